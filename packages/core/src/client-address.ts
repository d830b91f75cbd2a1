import { SignJWT, jwtVerify } from 'jose';

/**
 * The address a client connected to the gateway from, as the gateway vouches for it. Sign-in
 * throttling in tenancy keys on it, so it must not be something a caller can write: the gateway
 * signs it (config.internalKey) on the requests that need it (mutations), and subgraphs read it
 * only through `verifyClientAddress`. Absent or forged: the caller's address is unknown.
 */
export const CLIENT_ADDRESS_HEADER = 'x-meridian-client-address';

const ISSUER = 'meridian-gateway';
const AUDIENCE = 'meridian-client-address';
const keyBytes = (key: string) => new TextEncoder().encode(key);

export function signClientAddress(address: string, key: string, ttlSeconds = 60): Promise<string> {
  return new SignJWT({ addr: address })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${ttlSeconds}s`)
    .sign(keyBytes(key));
}

export async function verifyClientAddress(token: string | undefined | null, key: string): Promise<string | undefined> {
  if (!token) return undefined;
  try {
    const { payload } = await jwtVerify(token, keyBytes(key), { issuer: ISSUER, audience: AUDIENCE });
    return typeof payload.addr === 'string' && payload.addr ? payload.addr : undefined;
  } catch {
    return undefined;
  }
}
