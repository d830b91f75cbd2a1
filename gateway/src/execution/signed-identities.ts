import type { RequestIdentity } from '../identity.ts';
import { identityScope } from './in-flight.ts';
import { LruCache } from './lru.ts';

/** Same as requestIdentity's re-signing period: a reused signature has 4 of its 5 minutes left. */
const REUSE_MS = 60_000;

/**
 * Signed identity headers reused across requests of the same caller: the gateway signs one
 * per request otherwise (an HMAC JWT each time), though every request of a session within a
 * minute carries exactly the same identity. Keyed by the whole identity (identityScope), so a
 * changed grant, session or read-only flag signs anew; bounded.
 */
export function createSignedIdentities(capacity = 10_000) {
  const signed = new LruCache<string, { token: Promise<string>; at: number }>(capacity);
  return (auth: RequestIdentity): Promise<string> => {
    const scope = identityScope(auth.identity);
    const now = Date.now();
    const hit = signed.get(scope);
    if (hit && now - hit.at < REUSE_MS) return hit.token;
    const token = auth.signed();
    signed.set(scope, { token, at: now });
    token.catch(() => signed.get(scope)?.token === token && signed.set(scope, { token, at: 0 }));
    return token;
  };
}

/** The gateway's one table (all subgraph data sources sign the same identities). */
export const signedIdentityOf = createSignedIdentities();
