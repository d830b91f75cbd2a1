import type { NextConfig } from 'next';

// The console is a client-rendered app talking to the gateway directly (HTTP + graphql-ws);
// Next serves the shell and the bundles. No remote fonts or images: the build runs offline.
const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  images: { unoptimized: true },
  // Types are checked once, by `tsc -p web` in `npm test` (which fails on any error); the build
  // skips its own second pass, which costs minutes on this machine.
  typescript: { ignoreBuildErrors: true },
  // A second build beside the usual one (another port set on the same checkout) gets its own
  // output folder, so two builds never write into each other.
  distDir: process.env.MERIDIAN_NEXT_DIST ?? '.next',
  // The repo root holds the lockfile; tell Turbopack where the workspace root is.
  turbopack: { root: new URL('..', import.meta.url).pathname },
};

export default nextConfig;
