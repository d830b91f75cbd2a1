import { test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { ANONYMOUS } from '@meridian/core';
import { labEndpoints } from '../../../deploy/local/lib/endpoints.ts';
import type { LdapOptions } from '../src/sources/ldap.ts';
import { codes, startTenancy, suffix, type Harness } from './helpers.ts';

// Sign-in against the lab's real OpenLDAP (people alice..dave, group platform-admins = alice).

const LOGIN = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token user { username email displayName platformRole } } }';
let h: Harness;
let deadLdap: Harness;
let ldap: LdapOptions;

beforeAll(async () => {
  const eps = labEndpoints('ldap');
  ldap = { url: eps.url, bindDN: eps.bindDN, bindPassword: eps.bindPassword, usersDN: eps.usersDN, groupsDN: eps.groupsDN };
  h = await startTenancy('ldap', { ldap });
  deadLdap = await startTenancy('ldap_down', { ldap: { ...ldap, url: 'ldap://127.0.0.1:9', timeoutMs: 1000 } });
});
afterAll(async () => {
  await h?.stop();
  await deadLdap?.stop();
});

type LoginData = { login: { token: string; user: { username: string; email: string; displayName: string; platformRole: string } } };

test('a directory person signs in with their LDAP password; admin group means platform-admin', async () => {
  const alice = await h.call<LoginData>(LOGIN, { u: 'alice', p: 'alice-password' }, ANONYMOUS);
  assert.equal(alice.errors, undefined, JSON.stringify(alice.errors));
  assert.deepEqual(alice.data!.login.user, { username: 'alice', email: 'alice@meridian.local', displayName: 'Alice Admin', platformRole: 'PLATFORM_ADMIN' });
  const identity = await h.identityOf(alice.data!.login.token);
  assert.equal((identity.body as { platformRole: string }).platformRole, 'platform-admin');

  const bob = await h.call<LoginData>(LOGIN, { u: 'bob', p: 'bob-password' }, ANONYMOUS);
  assert.equal(bob.data?.login.user.platformRole, 'PLATFORM_REGULAR');
  const row = await h.prisma.user.findUniqueOrThrow({ where: { username: 'bob' } });
  assert.equal(row.source, 'ldap');
  assert.equal(row.passwordHash, null, 'no LDAP password is stored');
  // The second sign-in reuses the same user.
  await h.call<LoginData>(LOGIN, { u: 'bob', p: 'bob-password' }, ANONYMOUS);
  assert.equal(await h.prisma.user.count({ where: { username: 'bob' } }), 1);
});

test('wrong LDAP passwords, unknown people and filter tricks fail like any wrong login', async () => {
  const local = await h.call(LOGIN, { u: `nobody-${suffix()}`, p: 'x' }, ANONYMOUS);
  const wrong = await h.call(LOGIN, { u: 'carol', p: 'alice-password' }, ANONYMOUS);
  const empty = await h.call(LOGIN, { u: 'carol', p: '' }, ANONYMOUS);
  const tricky = await h.call(LOGIN, { u: 'carol)(uid=*', p: 'carol-password' }, ANONYMOUS);
  const star = await h.call(LOGIN, { u: '*', p: 'carol-password' }, ANONYMOUS);
  for (const res of [local, wrong, empty, tricky, star]) {
    assert.deepEqual(codes(res), ['UNAUTHENTICATED']);
    assert.equal(res.errors![0].message, local.errors![0].message);
  }
  const attempt = await h.prisma.loginAttempt.findFirst({ where: { username: 'carol' }, orderBy: { id: 'desc' } });
  assert.equal(attempt?.reason, 'ldap-rejected');
});

test('a local account is never taken over by a directory person of the same name', async () => {
  const dave = await h.makeUser('dave');
  assert.deepEqual(codes(await h.call(LOGIN, { u: 'dave', p: 'dave-password' }, ANONYMOUS)), ['UNAUTHENTICATED']);
  const res = await h.call<LoginData>(LOGIN, { u: 'dave', p: dave.password }, ANONYMOUS);
  assert.equal(res.data?.login.user.username, 'dave');
});

test('with the directory down, local users still sign in and directory people get UPSTREAM_UNAVAILABLE', async () => {
  const local = await deadLdap.makeUser(`local-${suffix()}`);
  const ok = await deadLdap.call<LoginData>(LOGIN, { u: local.username, p: local.password }, ANONYMOUS);
  assert.equal(ok.errors, undefined);
  const res = await deadLdap.call(LOGIN, { u: 'alice', p: 'alice-password' }, ANONYMOUS);
  assert.deepEqual(codes(res), ['UPSTREAM_UNAVAILABLE']);
});

test('healthz includes the directory when one is configured', async () => {
  const up = (await (await fetch(`${h.origin}/healthz`)).json()) as { checks: Record<string, string> };
  assert.equal(up.checks.ldap, 'ok');
  const down = (await (await fetch(`${deadLdap.origin}/healthz`)).json()) as { checks: Record<string, string> };
  assert.notEqual(down.checks.ldap, 'ok');
});
