import type { NextConfig } from 'next';

// The console is a client-rendered app talking to the gateway directly (HTTP + graphql-ws);
// Next serves the shell and the bundles. No remote fonts or images: the build runs offline.
const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  images: { unoptimized: true },
  // The repo root holds the lockfile; tell Turbopack where the workspace root is.
  turbopack: { root: new URL('..', import.meta.url).pathname },
};

export default nextConfig;
