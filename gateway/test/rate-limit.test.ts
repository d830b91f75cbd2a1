/**
 * The token buckets behind the gateway's rate limits, on a clock the test moves: refill rate,
 * burst, Retry-After, and bounded memory (idle buckets dropped, at most maxBuckets kept).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'vitest';
import { normalizeIdentity } from '@meridian/core';
import { TokenBuckets, createRateLimiter } from '../src/limits/rate-limit.ts';

function clock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => void (t += ms) };
}

describe('TokenBuckets', () => {
  test('a burst, then one request per 1/rps seconds; the wait is rounded up to whole seconds', () => {
    const c = clock();
    const b = new TokenBuckets({ rps: 2, burst: 3 }, 100, c.now);
    assert.deepEqual([b.take('k'), b.take('k'), b.take('k')], [null, null, null]);
    assert.equal(b.take('k'), 1);
    c.advance(400);
    assert.equal(b.take('k'), 1, '0.8 of a token after 400 ms');
    c.advance(100);
    assert.equal(b.take('k'), null, 'a whole token after 500 ms');
    const slow = new TokenBuckets({ rps: 0.25, burst: 1 }, 100, c.now);
    assert.equal(slow.take('k'), null);
    assert.equal(slow.take('k'), 4, 'Retry-After 4 s at one request per 4 s');
  });

  test('keys have buckets of their own', () => {
    const c = clock();
    const b = new TokenBuckets({ rps: 1, burst: 1 }, 100, c.now);
    assert.equal(b.take('a'), null);
    assert.equal(b.take('a'), 1);
    assert.equal(b.take('b'), null);
  });

  test('buckets idle long enough to be full again are dropped; the map never exceeds maxBuckets', () => {
    const c = clock();
    const b = new TokenBuckets({ rps: 10, burst: 20 }, 1_000, c.now); // full again after 2 s
    for (let i = 0; i < 500; i++) b.take(`k${i}`);
    assert.equal(b.size, 500);
    c.advance(1_000);
    b.take('k0'); // refreshed: now the most recently used
    assert.equal(b.size, 500, 'not idle long enough yet');
    c.advance(1_500);
    b.take('fresh');
    assert.equal(b.size, 2, 'k1..k499 refilled and dropped; k0 and fresh kept');
    for (let i = 0; i < 5_000; i++) b.take(`many${i}`);
    assert.equal(b.size, 1_000);
  });
});

describe('createRateLimiter', () => {
  const user = (extra: object) => normalizeIdentity({ kind: 'user', userId: 'u1', username: 'u', workspaces: {}, projects: {}, ...extra });

  test('API tokens count per token, sessions per user, anonymous callers not at all; rps 0 turns a limit off', () => {
    const c = clock();
    const limiter = createRateLimiter({ token: { rps: 1, burst: 1 }, session: { rps: 1, burst: 2 }, maxBuckets: 10 }, c.now);
    const tokenA = user({ authMethod: 'token', tokenId: 'a' });
    const tokenB = user({ authMethod: 'token', tokenId: 'b' });
    const session = user({ authMethod: 'session', sessionId: 's' });
    assert.equal(limiter.check(tokenA), null);
    assert.equal(limiter.check(tokenA), 1);
    assert.equal(limiter.check(tokenB), null, 'the same user, another token');
    assert.deepEqual([limiter.check(session), limiter.check(session), limiter.check(session)], [null, null, 1]);
    const anonymous = normalizeIdentity({ kind: 'anonymous', workspaces: {}, projects: {} });
    for (let i = 0; i < 10; i++) assert.equal(limiter.check(anonymous), null);
    assert.deepEqual(limiter.sizes(), { token: 2, session: 1 });
    const off = createRateLimiter({ token: { rps: 0, burst: 0 }, session: { rps: 0, burst: 0 }, maxBuckets: 10 }, c.now);
    for (let i = 0; i < 10; i++) assert.equal(off.check(tokenA), null);
  });
});
