import type { PrismaClient } from '@meridian/core/db';

/**
 * Sign-in throttling that an attacker can neither outrun nor turn against the account's owner.
 *
 * Every attempt first reserves its place, in one statement per key, before the (deliberately
 * slow) password check runs: concurrent guesses queue on the row lock and each sees the others'
 * reservations, so a burst gets no more checks than the limit. Refused attempts change nothing
 * (no lock an attacker can keep extending) and are answered RATE_LIMITED with when to come back.
 *
 * - `pair:<username>|<address>`: guesses at one account from one address. The first
 *   PAIR_FREE attempts run at once, then each waits 2^k s (k = attempts past the free ones,
 *   at most MAX_DELAY_S). A successful sign-in clears it; it is forgotten after MEMORY_S quiet.
 * - `address:<address>`: failed checks from one address at any accounts (password spraying),
 *   with the same growing delays after a larger free allowance. Counted when a check fails, not
 *   reserved (many people behind one NAT sign in at once); bursts stay bounded by the pair and
 *   account reservations. A success does not refill it.
 * - `account:<username>`: a ceiling of ACCOUNT_PER_MINUTE checks a minute from all addresses
 *   together. It never locks: it refills every minute. An attacker guessing from one address
 *   stays far below it, so the owner signing in from elsewhere is not held up.
 */

export const PAIR_FREE = 5;
export const ADDRESS_FREE = 30;
export const ACCOUNT_PER_MINUTE = 30;
const MAX_DELAY_S = 900;
const MEMORY_S = 3600;

export type Reservation = { ok: true } | { ok: false; retryAfter: number; key: string };

export const pairKey = (username: string, address: string) => `pair:${username}|${address}`;
export const addressKey = (address: string) => `address:${address}`;
export const accountKey = (username: string) => `account:${username}`;

/** The delay after the attempt numbered `count` (an SQL expression of it). */
const delayAfter = (count: string, free: number) =>
  `(CASE WHEN (${count}) < ${free} THEN 0 ELSE LEAST(power(2, (${count}) - ${free}), ${MAX_DELAY_S}) END)`;

export function createLoginThrottle(prisma: PrismaClient) {
  async function retryAfter(key: string, column: 'next_at' | 'window_start', extraS: number): Promise<number> {
    const rows = await prisma.$queryRawUnsafe<{ s: number }[]>(
      `SELECT extract(epoch FROM (${column} + make_interval(secs => ${extraS}) - now()))::float8 AS s FROM login_throttles WHERE key = $1`,
      key,
    );
    return Math.max(1, Math.ceil(rows[0]?.s ?? 1));
  }

  /** Growing delays after `free` attempts: reserves one attempt, or says when the next is allowed. */
  async function reserveBackoff(key: string, free: number): Promise<Reservation> {
    const count = `CASE WHEN t.updated_at < now() - make_interval(secs => ${MEMORY_S}) THEN 1 ELSE t.count + 1 END`;
    const rows = await prisma.$queryRawUnsafe<{ count: number }[]>(
      `INSERT INTO login_throttles AS t (key, count, next_at, window_start, updated_at)
       VALUES ($1, 1, now() + make_interval(secs => ${delayAfter('1', free)}), now(), now())
       ON CONFLICT (key) DO UPDATE SET
         count = ${count},
         next_at = now() + make_interval(secs => ${delayAfter(count, free)}),
         updated_at = now()
       WHERE t.next_at <= now()
       RETURNING t.count`,
      key,
    );
    return rows.length ? { ok: true } : { ok: false, key, retryAfter: await retryAfter(key, 'next_at', 0) };
  }

  /** At most `max` attempts a minute: reserves one, or says when the minute ends. */
  async function reserveCeiling(key: string, max: number): Promise<Reservation> {
    const fresh = `t.window_start <= now() - interval '60 seconds'`;
    const rows = await prisma.$queryRawUnsafe<{ count: number }[]>(
      `INSERT INTO login_throttles AS t (key, count, next_at, window_start, updated_at)
       VALUES ($1, 1, now(), now(), now())
       ON CONFLICT (key) DO UPDATE SET
         count = CASE WHEN ${fresh} THEN 1 ELSE t.count + 1 END,
         window_start = CASE WHEN ${fresh} THEN now() ELSE t.window_start END,
         updated_at = now()
       WHERE ${fresh} OR t.count < ${max}
       RETURNING t.count`,
      key,
    );
    return rows.length ? { ok: true } : { ok: false, key, retryAfter: await retryAfter(key, 'window_start', 60) };
  }

  /** Counts one failed check against the address (growing delays past ADDRESS_FREE). */
  async function addressFailed(address: string): Promise<void> {
    const count = `CASE WHEN t.updated_at < now() - make_interval(secs => ${MEMORY_S}) THEN 1 ELSE t.count + 1 END`;
    await prisma.$executeRawUnsafe(
      `INSERT INTO login_throttles AS t (key, count, next_at, window_start, updated_at)
       VALUES ($1, 1, now() + make_interval(secs => ${delayAfter('1', ADDRESS_FREE)}), now(), now())
       ON CONFLICT (key) DO UPDATE SET count = ${count}, next_at = now() + make_interval(secs => ${delayAfter(count, ADDRESS_FREE)}), updated_at = now()`,
      addressKey(address),
    );
  }

  return {
    /** A check failed: the address's spray budget shrinks (the pair and account reserved already). */
    async failed(address: string | undefined): Promise<void> {
      if (address) await addressFailed(address);
    },

    /**
     * Reserves one password check for `username` (normalized) from `address` (undefined: not
     * known, e.g. a caller that bypassed the gateway; it then shares the pair budget of every
     * unknown address and has no address budget of its own).
     */
    async reserve(username: string, address: string | undefined): Promise<Reservation> {
      if (address) {
        const key = addressKey(address);
        const blocked = await prisma.loginThrottle.findFirst({ where: { key, nextAt: { gt: new Date() } }, select: { key: true } });
        if (blocked) return { ok: false, key, retryAfter: await retryAfter(key, 'next_at', 0) };
      }
      const byPair = await reserveBackoff(pairKey(username, address ?? 'unknown'), PAIR_FREE);
      if (!byPair.ok) return byPair;
      return reserveCeiling(accountKey(username), ACCOUNT_PER_MINUTE);
    },

    /**
     * A successful sign-in clears the pair's delays and gives back the account's reservation:
     * only failures use it up.
     */
    async succeeded(username: string, address: string | undefined): Promise<void> {
      await prisma.loginThrottle.deleteMany({ where: { key: pairKey(username, address ?? 'unknown') } });
      await prisma.$executeRawUnsafe(`UPDATE login_throttles SET count = GREATEST(count - 1, 0) WHERE key = $1`, accountKey(username));
    },
  };
}
export type LoginThrottle = ReturnType<typeof createLoginThrottle>;
