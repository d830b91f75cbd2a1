import { signGatewayToken, verifyGatewayToken } from './gateway-token.ts';

/**
 * The address a client connected to the gateway from, as the gateway vouches for it. Sign-in
 * throttling in tenancy keys on it, so it must not be something a caller can write: the gateway
 * signs it (config.internalKey) on the requests that need it (mutations), and subgraphs read it
 * only through `verifyClientAddress`. Absent or forged: the caller's address is unknown.
 */
export const CLIENT_ADDRESS_HEADER = 'x-meridian-client-address';

const AUDIENCE = 'meridian-client-address';

export function signClientAddress(address: string, key: string, ttlSeconds = 60): Promise<string> {
  return signGatewayToken({ addr: address }, AUDIENCE, key, ttlSeconds);
}

export async function verifyClientAddress(token: string | undefined | null, key: string): Promise<string | undefined> {
  const payload = await verifyGatewayToken(token, AUDIENCE, key);
  return typeof payload?.addr === 'string' && payload.addr ? payload.addr : undefined;
}
