import { ANONYMOUS, IDENTITY_HEADER, normalizeIdentity, signIdentity, upstreamUnavailable, type Identity } from '@meridian/core';

/** The session token was presented but tenancy does not accept it (bad, expired or revoked). */
export class SessionRejected extends Error {
  constructor() {
    super('Your session is invalid or has expired. Sign in again.');
  }
}

export interface IdentityResolverOptions {
  /** tenancy's GraphQL URL; /internal/identity is resolved against its origin. */
  tenancyUrl: string;
  internalKey: string;
  /** How long an answer from tenancy is reused for the same token. */
  cacheMs?: number;
  timeoutMs?: number;
}

export interface IdentityResolver {
  /**
   * Turns the value of an `authorization` header (or the connection_init field) into the
   * caller's Identity. No value → ANONYMOUS (so `login` works); a value tenancy rejects →
   * SessionRejected; tenancy unreachable → UPSTREAM_UNAVAILABLE GraphQLError.
   */
  resolve(authorization: string | undefined | null): Promise<Identity>;
  /**
   * The session of this `authorization` was ended here (logout): rejected at once from now on,
   * not served from the cache for up to `cacheMs` more. (Another gateway replica still serves
   * its cached answer until it expires.)
   */
  ended(authorization: string | undefined | null): void;
}

/** `Bearer <t>` → `<t>`; anything else that is not empty is a malformed credential. */
export function bearerToken(authorization: string | undefined | null): string | null | 'malformed' {
  const value = authorization?.trim();
  if (!value) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(value);
  return match ? match[1] : 'malformed';
}

function isIdentity(value: unknown): value is Identity {
  const v = value as Identity | null;
  return !!v && (v.kind === 'user' || v.kind === 'anonymous');
}

const MAX_CACHED_TOKENS = 10_000;

/**
 * Asks tenancy who a session token belongs to, and remembers the answer for a few seconds per
 * token: one page of the console fires many requests, and a revoked session must still stop
 * working within `cacheMs`. Rejections are cached too (a bad token hammering us costs nothing).
 */
export function createIdentityResolver(opts: IdentityResolverOptions): IdentityResolver {
  const endpoint = new URL('/internal/identity', opts.tenancyUrl).href;
  const cacheMs = opts.cacheMs ?? 5_000;
  const cache = new Map<string, { expiresAt: number; identity: Identity | null }>();
  const inFlight = new Map<string, Promise<Identity | null>>();

  function remember(token: string, identity: Identity | null) {
    const now = Date.now();
    if (cache.size >= MAX_CACHED_TOKENS) {
      for (const [t, entry] of cache) if (entry.expiresAt <= now) cache.delete(t);
      if (cache.size >= MAX_CACHED_TOKENS) cache.clear();
    }
    cache.set(token, { expiresAt: now + cacheMs, identity });
  }

  async function askTenancy(token: string): Promise<Identity | null> {
    let res: Response;
    try {
      res = await fetch(endpoint, {
        headers: {
          authorization: `Bearer ${token}`,
          [IDENTITY_HEADER]: await signIdentity(ANONYMOUS, opts.internalKey),
        },
        signal: AbortSignal.timeout(opts.timeoutMs ?? 5_000),
      });
    } catch (err) {
      throw upstreamUnavailable('tenancy', err);
    }
    if (res.status === 401 || res.status === 403) return null;
    if (!res.ok) throw upstreamUnavailable('tenancy', new Error(`identity lookup answered HTTP ${res.status}`));
    const body: unknown = await res.json().catch(() => null);
    if (!isIdentity(body)) throw upstreamUnavailable('tenancy', new Error('identity lookup answered something that is not an identity'));
    return normalizeIdentity(body);
  }

  return {
    ended(authorization) {
      const token = bearerToken(authorization);
      if (token && token !== 'malformed') remember(token, null);
    },
    async resolve(authorization) {
      const token = bearerToken(authorization);
      if (token === null) return ANONYMOUS;
      if (token === 'malformed') throw new SessionRejected();
      const cached = cache.get(token);
      let identity: Identity | null;
      if (cached && cached.expiresAt > Date.now()) {
        identity = cached.identity;
      } else {
        let pending = inFlight.get(token);
        if (!pending) {
          pending = askTenancy(token)
            .then((id) => {
              remember(token, id);
              return id;
            })
            .finally(() => inFlight.delete(token));
          inFlight.set(token, pending);
        }
        identity = await pending;
      }
      if (!identity) throw new SessionRejected();
      return identity;
    },
  };
}

/**
 * The identity of one client request or WebSocket connection, signed lazily and reused for all
 * the subgraph calls it makes. Re-signed after a minute, well inside the signature's 5-minute
 * lifetime, because a WebSocket connection may keep one of these for hours.
 */
export interface RequestIdentity {
  identity: Identity;
  signed(): Promise<string>;
}

const RESIGN_AFTER_MS = 60_000;

export function requestIdentity(identity: Identity, internalKey: string): RequestIdentity {
  let signed: Promise<string> | undefined;
  let signedAt = 0;
  return {
    identity,
    signed: () => {
      if (!signed || Date.now() - signedAt > RESIGN_AFTER_MS) {
        signedAt = Date.now();
        signed = signIdentity(identity, internalKey);
      }
      return signed;
    },
  };
}
