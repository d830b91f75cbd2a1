import { SignJWT, jwtVerify, type JWTPayload } from 'jose';

/**
 * Short-lived HS256 tokens the gateway signs with config.internalKey for subgraphs (the identity,
 * the client address). Each use has its own audience so one kind of token never passes for another.
 */
const ISSUER = 'meridian-gateway';
const keyBytes = (key: string) => new TextEncoder().encode(key);

export function signGatewayToken(claims: JWTPayload, audience: string, key: string, ttlSeconds: number): Promise<string> {
  return new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setIssuer(ISSUER).setAudience(audience).setIssuedAt().setExpirationTime(`${ttlSeconds}s`).sign(keyBytes(key));
}

/** The token's claims if the gateway signed it with `key` for `audience`, else undefined. */
export async function verifyGatewayToken(token: string | undefined | null, audience: string, key: string): Promise<JWTPayload | undefined> {
  if (!token) return undefined;
  try {
    return (await jwtVerify(token, keyBytes(key), { issuer: ISSUER, audience })).payload;
  } catch {
    return undefined;
  }
}
