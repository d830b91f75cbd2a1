import { test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { ANONYMOUS } from '@meridian/core';
import { codes, startTenancy, suffix, type Harness } from './helpers.ts';

let h: Harness;
beforeAll(async () => {
  h = await startTenancy('auth');
});
afterAll(async () => {
  await h?.stop();
});

const LOGIN = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token expiresAt user { id username platformRole lastLoginAt } } }';

test('login with the right password returns a session token and the user', async () => {
  const alice = await h.makeUser(`alice-${suffix()}`, 'platform-admin');
  const res = await h.call<{ login: { token: string; expiresAt: string; user: { id: string; username: string; platformRole: string; lastLoginAt: string } } }>(
    LOGIN,
    { u: alice.username, p: alice.password },
    ANONYMOUS,
  );
  assert.equal(res.errors, undefined);
  const login = res.data!.login;
  assert.equal(login.user.username, alice.username);
  assert.equal(login.user.id, alice.id);
  assert.equal(login.user.platformRole, 'PLATFORM_ADMIN');
  assert.ok(login.user.lastLoginAt);
  assert.equal(login.token.split('.').length, 3, 'a JWT');
  const ttl = Date.parse(login.expiresAt) - Date.now();
  assert.ok(ttl > 11 * 3600_000 && ttl <= 12 * 3600_000, `expires in about 12 h, got ${ttl} ms`);
  const attempt = await h.prisma.loginAttempt.findFirst({ where: { username: alice.username }, orderBy: { id: 'desc' } });
  assert.equal(attempt?.success, true);
});

test('a wrong password and an unknown user fail the same way, and both are recorded', async () => {
  const bob = await h.makeUser(`bob-${suffix()}`);
  const unknownName = `nobody-${suffix()}`;
  const wrong = await h.call(LOGIN, { u: bob.username, p: `${bob.password}x` }, ANONYMOUS);
  const unknown = await h.call(LOGIN, { u: unknownName, p: 'whatever' }, ANONYMOUS);
  assert.deepEqual(codes(wrong), ['UNAUTHENTICATED']);
  assert.deepEqual(codes(unknown), ['UNAUTHENTICATED']);
  assert.equal(wrong.errors![0].message, unknown.errors![0].message);
  assert.equal(wrong.data, null);
  const attempts = await h.prisma.loginAttempt.findMany({ where: { username: { in: [bob.username, unknownName] } } });
  assert.deepEqual(
    attempts.map((a) => [a.username, a.success, a.reason, a.userId]).sort(),
    [[bob.username, false, 'bad-password', bob.id], [unknownName, false, 'unknown-user', null]].sort(),
  );
});

test('absurdly long credentials are refused without being hashed or logged', async () => {
  const res = await h.call(LOGIN, { u: 'x'.repeat(10_000), p: 'y' }, ANONYMOUS);
  assert.deepEqual(codes(res), ['UNAUTHENTICATED']);
  assert.equal(await h.prisma.loginAttempt.count({ where: { username: 'x'.repeat(10_000) } }), 0);
  const long = await h.call(LOGIN, { u: 'someone', p: 'y'.repeat(100_000) }, ANONYMOUS);
  assert.deepEqual(codes(long), ['UNAUTHENTICATED']);
});

test('passwords are stored only as salted scrypt hashes', async () => {
  const a = await h.makeUser(`hash-a-${suffix()}`);
  const row = await h.prisma.user.findUniqueOrThrow({ where: { id: a.id } });
  assert.ok(row.passwordHash, 'a local user has a password hash');
  assert.ok(!row.passwordHash.includes(a.password));
  assert.match(row.passwordHash, /^scrypt\$\d+\$\d+\$\d+\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
});

test('repeated failures are throttled (RATE_LIMITED with retryAfter), whatever the password', async () => {
  const carol = await h.makeUser(`carol-${suffix()}`);
  for (let i = 0; i < 10; i++) await h.call(LOGIN, { u: carol.username, p: 'wrong' }, ANONYMOUS);
  const res = await h.call(LOGIN, { u: carol.username, p: carol.password }, ANONYMOUS);
  assert.deepEqual(codes(res), ['RATE_LIMITED'], 'even the right password waits');
  assert.ok((res.errors![0].extensions!.retryAfter as number) >= 1);
  // Unknown usernames are throttled alike, so the answer tells nothing about who exists.
  const ghost = `ghost-${suffix()}`;
  for (let i = 0; i < 10; i++) await h.call(LOGIN, { u: ghost, p: 'wrong' }, ANONYMOUS);
  assert.deepEqual(codes(await h.call(LOGIN, { u: ghost, p: 'wrong' }, ANONYMOUS)), ['RATE_LIMITED']);
});

test('/internal/identity answers the identity for a live session, and only to the gateway', async () => {
  const dave = await h.makeUser(`dave-${suffix()}`, 'platform-self-provisioner');
  const token = await h.login(dave.username, dave.password);
  const ok = await h.identityOf(token);
  assert.equal(ok.status, 200);
  const id = ok.body as Record<string, unknown>;
  assert.equal(id.kind, 'user');
  assert.equal(id.userId, dave.id);
  assert.equal(id.username, dave.username);
  assert.equal(id.platformRole, 'platform-self-provisioner');
  assert.deepEqual(id.workspaces, {});
  assert.deepEqual(id.projects, {});
  assert.equal(JSON.stringify(id).includes('scrypt'), false);

  const noGateway = await fetch(`${h.origin}/internal/identity`, { headers: { authorization: `Bearer ${token}` } });
  assert.equal(noGateway.status, 401);
  const forged = await h.identityOf(`${token.slice(0, -3)}abc`);
  assert.equal(forged.status, 401);
  const garbage = await h.identityOf('not-a-token');
  assert.equal(garbage.status, 401);
});

test('logout revokes the session; expired and idle sessions are refused', async () => {
  const erin = await h.makeUser(`erin-${suffix()}`);
  const t1 = await h.login(erin.username, erin.password);
  const identity = (await h.identityOf(t1)).body as { sessionId: string };
  const out = await h.call<{ logout: boolean }>('mutation { logout }', {}, identity as never);
  assert.equal(out.data?.logout, true);
  assert.equal((await h.identityOf(t1)).status, 401, 'the token no longer works after logout');

  const t2 = await h.login(erin.username, erin.password);
  const byToken = await h.call<{ logout: boolean }>('mutation($t: String) { logout(token: $t) }', { t: t2 }, ANONYMOUS);
  assert.equal(byToken.data?.logout, true);
  assert.equal((await h.identityOf(t2)).status, 401);

  const t3 = await h.login(erin.username, erin.password);
  assert.equal((await h.identityOf(t3)).status, 200);
  await h.prisma.session.updateMany({ where: { userId: erin.id, revokedAt: null }, data: { expiresAt: new Date(Date.now() - 1000) } });
  assert.equal((await h.identityOf(t3)).status, 401, 'expired');

  const t4 = await h.login(erin.username, erin.password);
  await h.prisma.session.updateMany({
    where: { userId: erin.id, revokedAt: null, expiresAt: { gt: new Date() } },
    data: { lastSeenAt: new Date(Date.now() - 3 * 3600_000) },
  });
  assert.equal((await h.identityOf(t4)).status, 401, 'idle too long');
});

test('me returns the signed-in user, null for anonymous; tenant queries need a user', async () => {
  const fay = await h.makeUser(`fay-${suffix()}`);
  const identity = await h.signIn(fay.username, fay.password);
  const me = await h.call<{ me: { username: string; email: string } }>('{ me { username email } }', {}, identity);
  assert.equal(me.data?.me.username, fay.username);
  const anon = await h.call<{ me: null }>('{ me { username } }', {}, ANONYMOUS);
  assert.equal(anon.data?.me, null);
  const ws = await h.call('{ workspaces { totalCount } }', {}, ANONYMOUS);
  assert.deepEqual(codes(ws), ['UNAUTHENTICATED']);
  const unsigned = await h.call('{ me { username } }', {}, null);
  assert.equal(unsigned.status, 401);
});

test('the User type has no way to read the password hash', async () => {
  const res = await h.call('{ me { passwordHash } }', {}, ANONYMOUS);
  assert.equal(res.errors?.[0]?.extensions?.code, 'GRAPHQL_VALIDATION_FAILED');
});
