import type express from 'express';
import { rateLimited, type Identity } from '@meridian/core';
import type { RequestIdentity } from '../identity.ts';

/**
 * Request rate limits at the gateway: a token bucket per API token (scripts and dashboards),
 * and a looser one per signed-in user for console sessions. Anonymous requests (only `login`
 * does anything) are left to tenancy's sign-in lockout. Every HTTP request and every WebSocket
 * operation (subscribe message) takes one token; events of a running subscription take none.
 */

export interface Rate {
  /** Sustained requests per second; 0 turns the limit off. */
  rps: number;
  /** Requests allowed at once after an idle while (the bucket's size). */
  burst: number;
}

export interface RateLimits {
  /** Per API token. */
  token: Rate;
  /** Per signed-in user, for requests with a session token. */
  session: Rate;
  /** Most buckets kept per kind; beyond it the least recently used are dropped. */
  maxBuckets: number;
}

const envNumber = (name: string, fallback: number) => {
  const raw = process.env[name];
  const value = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a number >= 0 (got "${raw}")`);
  return value;
};

/** MERIDIAN_RATE_TOKEN_RPS / _BURST (default 10/s, 50), MERIDIAN_RATE_SESSION_RPS / _BURST (100/s, 1000). */
export function rateLimitsFromEnv(): RateLimits {
  return {
    token: { rps: envNumber('MERIDIAN_RATE_TOKEN_RPS', 10), burst: envNumber('MERIDIAN_RATE_TOKEN_BURST', 50) },
    session: { rps: envNumber('MERIDIAN_RATE_SESSION_RPS', 100), burst: envNumber('MERIDIAN_RATE_SESSION_BURST', 1000) },
    maxBuckets: envNumber('MERIDIAN_RATE_MAX_BUCKETS', 100_000),
  };
}

interface Bucket {
  tokens: number;
  /** When `tokens` was last brought up to date (ms). */
  at: number;
}

/**
 * Token buckets by key with bounded memory. The map is kept in least-recently-used order (a
 * key is moved to the end on each use), so the idle ones are at the front: a bucket idle long
 * enough to have refilled is the same as a new one and is dropped, and past `maxBuckets` the
 * least recently used go first.
 */
export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();
  private readonly refillMs: number;

  constructor(
    private readonly rate: Rate,
    private readonly maxBuckets: number,
    private readonly now: () => number = Date.now,
  ) {
    this.refillMs = (Math.max(rate.burst, 1) / rate.rps) * 1000;
  }

  /** Takes one token: null when allowed, else the whole seconds until one is available. */
  take(key: string): number | null {
    const now = this.now();
    this.evictIdle(now);
    const burst = Math.max(this.rate.burst, 1);
    const previous = this.buckets.get(key);
    const bucket = previous ? { tokens: Math.min(burst, previous.tokens + ((now - previous.at) / 1000) * this.rate.rps), at: now } : { tokens: burst, at: now };
    this.buckets.delete(key);
    let wait: number | null = null;
    if (bucket.tokens >= 1) bucket.tokens -= 1;
    else wait = Math.max(1, Math.ceil((1 - bucket.tokens) / this.rate.rps));
    this.buckets.set(key, bucket);
    while (this.buckets.size > this.maxBuckets) this.buckets.delete(this.buckets.keys().next().value!);
    return wait;
  }

  get size(): number {
    return this.buckets.size;
  }

  private evictIdle(now: number): void {
    for (const [key, bucket] of this.buckets) {
      if (now - bucket.at < this.refillMs) break; // LRU order: the rest were used more recently
      this.buckets.delete(key);
    }
  }
}

export interface RateLimiter {
  /** null when the caller may go on, else the seconds to wait (RATE_LIMITED, Retry-After). */
  check(identity: Identity): number | null;
  /** Buckets held now (token, session): for tests of the memory bound. */
  sizes(): { token: number; session: number };
}

export function createRateLimiter(limits: RateLimits, now: () => number = Date.now): RateLimiter {
  const perToken = limits.token.rps > 0 ? new TokenBuckets(limits.token, limits.maxBuckets, now) : null;
  const perUser = limits.session.rps > 0 ? new TokenBuckets(limits.session, limits.maxBuckets, now) : null;
  return {
    check(identity) {
      if (identity.kind !== 'user' || !identity.userId) return null;
      if (identity.authMethod === 'token') return perToken && identity.tokenId ? perToken.take(identity.tokenId) : null;
      return perUser ? perUser.take(identity.userId) : null;
    },
    sizes: () => ({ token: perToken?.size ?? 0, session: perUser?.size ?? 0 }),
  };
}

/**
 * HTTP: after the identity is known (`res.locals.auth`), 429 with Retry-After and a GraphQL
 * error body (`extensions.code` RATE_LIMITED, `retryAfter` in seconds) when over the limit.
 */
export function rateLimitMiddleware(limiter: RateLimiter): express.RequestHandler {
  return (_req, res, next) => {
    const auth = res.locals.auth as RequestIdentity | undefined;
    const wait = auth ? limiter.check(auth.identity) : null;
    if (wait === null) return next();
    res.status(429).set('retry-after', String(wait)).json({ errors: [rateLimited(wait).toJSON()] });
  };
}
