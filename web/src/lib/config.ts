/**
 * Where the gateway lives. NEXT_PUBLIC_* is inlined at build time, so a console built for one
 * environment points at that environment's gateway; the WebSocket URL is derived from it so the
 * two can never disagree.
 */
export const API_URL = process.env.NEXT_PUBLIC_MERIDIAN_API ?? 'http://127.0.0.1:4000/graphql';

export function wsUrlFor(httpUrl: string): string {
  const url = new URL(httpUrl);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.toString();
}

export const WS_URL = wsUrlFor(API_URL);
