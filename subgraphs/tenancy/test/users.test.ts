/**
 * Platform user management: the users connection, createUser with KubeSphere's username rule and
 * the password policy, setUserPlatformRole (never leaving the platform without an admin), and
 * changePassword (ends the caller's other sessions). Real Postgres, tenancy in-process.
 */
import { describe, test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { ANONYMOUS, type Identity } from '@meridian/core';
import { verifyPassword } from '@meridian/core/db';
import type { GraphQLResponse } from '@meridian/core/testing';
import { codes, startTenancy, suffix, type Harness } from './helpers.ts';

let h: Harness;
const s = suffix();
let admin: Identity;
let regular: Identity;
let selfProvisioner: Identity;

const USERS = `query($f: String, $first: Int, $after: String, $sort: UserSort) {
  users(filter: { username: $f }, first: $first, after: $after, sort: $sort) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { username email displayName platformRole canCreateWorkspace canManageUsers } }
  }
}`;
const CREATE = `mutation($i: CreateUserInput!) { createUser(input: $i) { id username email displayName platformRole canCreateWorkspace canManageUsers } }`;
const SET_ROLE = 'mutation($u: String!, $r: PlatformRole!) { setUserPlatformRole(username: $u, role: $r) { username platformRole canManageUsers } }';
const CHANGE_PASSWORD = 'mutation($o: String!, $n: String!) { changePassword(oldPassword: $o, newPassword: $n) }';
const ME = '{ me { username platformRole canCreateWorkspace canManageUsers } }';

type UserNode = { username: string; email: string; displayName: string; platformRole: string; canCreateWorkspace: boolean; canManageUsers: boolean };
type UsersData = { users: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { cursor: string; node: UserNode }[] } };

const input = (username: string, extra: Record<string, unknown> = {}) => ({
  username,
  email: `${username}@example.test`,
  displayName: `Person ${username}`,
  password: 'Secret-2026',
  ...extra,
});

beforeAll(async () => {
  h = await startTenancy('users');
  const a = await h.makeUser(`root-${s}`, 'platform-admin');
  const r = await h.makeUser(`plain-${s}`);
  const p = await h.makeUser(`prov-${s}`, 'platform-self-provisioner');
  admin = await h.signIn(a.username, a.password);
  regular = await h.signIn(r.username, r.password);
  selfProvisioner = await h.signIn(p.username, p.password);
});

afterAll(async () => {
  await h?.stop();
});

describe('createUser', () => {
  test('a platform admin creates a user who can then sign in with that password', async () => {
    const name = `new-${s}`;
    const res = await h.call<{ createUser: UserNode & { id: string } }>(CREATE, { i: input(name, { platformRole: 'PLATFORM_SELF_PROVISIONER' }) }, admin);
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    assert.deepEqual(
      { ...res.data!.createUser, id: undefined },
      { id: undefined, username: name, email: `${name}@example.test`, displayName: `Person ${name}`, platformRole: 'PLATFORM_SELF_PROVISIONER', canCreateWorkspace: true, canManageUsers: false },
    );
    const row = await h.prisma.user.findUniqueOrThrow({ where: { username: name } });
    assert.equal(row.source, 'local');
    assert.match(row.passwordHash ?? '', /^scrypt\$/, 'stored only as a scrypt hash');
    assert.ok(await verifyPassword('Secret-2026', row.passwordHash!));
    const id = await h.signIn(name, 'Secret-2026');
    assert.equal(id.platformRole, 'platform-self-provisioner');
  });

  test('display name and platform role have defaults', async () => {
    const name = `dflt-${s}`;
    const res = await h.call<{ createUser: UserNode }>(CREATE, { i: { username: name, email: `${name}@example.test`, password: 'abcdefg1' } }, admin);
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    assert.equal(res.data!.createUser.displayName, name);
    assert.equal(res.data!.createUser.platformRole, 'PLATFORM_REGULAR');
  });

  test('only platform admins may create users', async () => {
    for (const who of [regular, selfProvisioner]) {
      const name = `nope-${suffix()}`;
      const res = await h.call(CREATE, { i: input(name) }, who);
      assert.deepEqual(codes(res), ['FORBIDDEN']);
      assert.equal(await h.prisma.user.count({ where: { username: name } }), 0);
    }
    assert.deepEqual(codes(await h.call(CREATE, { i: input(`anon-${s}`) }, ANONYMOUS)), ['UNAUTHENTICATED']);
  });

  test('usernames follow the lowercase DNS-1123 rule, 1 to 63 characters', async () => {
    const bad = ['', 'Alice', 'has space', '-lead', 'trail-', 'under_score', 'dot.ted', 'é', 'a'.repeat(64)];
    for (const username of bad) {
      const res = await h.call(CREATE, { i: input(username, { email: `x${suffix()}@example.test` }) }, admin);
      assert.deepEqual(codes(res), ['BAD_USER_INPUT'], `"${username}" was accepted`);
      assert.equal(res.errors![0].extensions?.field, 'username');
    }
    // The edges of the rule are accepted.
    for (const username of [`a${s}`.slice(0, 1), `${'b'.repeat(56)}-${s}`]) {
      const res = await h.call(CREATE, { i: input(username) }, admin);
      assert.equal(res.errors, undefined, `"${username}" (${username.length} chars): ${JSON.stringify(res.errors)}`);
    }
  });

  test('the password policy: at least 8 characters with a letter and a digit, with a message saying which', async () => {
    const cases: [string, RegExp][] = [
      ['short1', /at least 8 characters/],
      ['onlyletters', /at least one digit/],
      ['12345678', /at least one letter/],
      ['x1'.repeat(513), /at most 1024/],
    ];
    for (const [password, message] of cases) {
      const name = `pw-${suffix()}`;
      const res = await h.call(CREATE, { i: input(name, { password }) }, admin);
      assert.deepEqual(codes(res), ['BAD_USER_INPUT']);
      assert.match(res.errors![0].message, message);
      assert.equal(res.errors![0].extensions?.field, 'password');
      assert.equal(await h.prisma.user.count({ where: { username: name } }), 0);
    }
  });

  test('a malformed email is BAD_USER_INPUT', async () => {
    const res = await h.call(CREATE, { i: input(`mail-${s}`, { email: 'not-an-email' }) }, admin);
    assert.deepEqual(codes(res), ['BAD_USER_INPUT']);
    assert.equal(res.errors![0].extensions?.field, 'email');
  });

  test('a taken username or email is CONFLICT, and the existing user is unchanged', async () => {
    const name = `dup-${s}`;
    assert.equal((await h.call(CREATE, { i: input(name) }, admin)).errors, undefined);
    const before = await h.prisma.user.findUniqueOrThrow({ where: { username: name } });
    const sameName = await h.call(CREATE, { i: input(name, { email: `other-${s}@example.test`, password: 'Another-99' }) }, admin);
    assert.deepEqual(codes(sameName), ['CONFLICT']);
    assert.match(sameName.errors![0].message, new RegExp(`user named "${name}"`));
    const sameEmail = await h.call(CREATE, { i: input(`dup2-${s}`, { email: `${name}@example.test` }) }, admin);
    assert.deepEqual(codes(sameEmail), ['CONFLICT']);
    assert.match(sameEmail.errors![0].message, /email/);
    const after = await h.prisma.user.findUniqueOrThrow({ where: { username: name } });
    assert.equal(after.passwordHash, before.passwordHash);
  });
});

describe('users', () => {
  test('lists users with a username filter, sorted, a page at a time', async () => {
    const tag = `lst${suffix()}`;
    const names = ['c', 'a', 'e', 'b', 'd'].map((x) => `${tag}-${x}`);
    for (const n of names) assert.equal((await h.call(CREATE, { i: input(n) }, admin)).errors, undefined);
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      // Annotated: `after` is assigned from `res` below, so TypeScript cannot infer `res` on its own.
      const res: GraphQLResponse<UsersData> = await h.call<UsersData>(USERS, { f: tag.toUpperCase(), first: 2, after }, admin);
      assert.equal(res.errors, undefined, JSON.stringify(res.errors));
      assert.equal(res.data!.users.totalCount, 5);
      seen.push(...res.data!.users.edges.map((e) => e.node.username));
      pages++;
      if (!res.data!.users.pageInfo.hasNextPage) break;
      after = res.data!.users.pageInfo.endCursor;
    }
    assert.equal(pages, 3);
    assert.deepEqual(seen, [...names].sort());
    const desc = await h.call<UsersData>(USERS, { f: tag, sort: { field: 'USERNAME', direction: 'DESC' } }, admin);
    assert.deepEqual(desc.data!.users.edges.map((e) => e.node.username), [...names].sort().reverse());
    const byCreation = await h.call<UsersData>(USERS, { f: tag, sort: { field: 'CREATED_AT', direction: 'ASC' }, first: 10 }, admin);
    assert.deepEqual(byCreation.data!.users.edges.map((e) => e.node.username), names);
  });

  test('only platform admins may list users', async () => {
    for (const who of [regular, selfProvisioner]) {
      const res = await h.call<UsersData>(USERS, {}, who);
      assert.deepEqual(codes(res), ['FORBIDDEN']);
      assert.equal(res.data, null);
    }
  });

  test('me reports what the caller may do at platform level', async () => {
    const expect: [Identity, boolean, boolean][] = [
      [admin, true, true],
      [selfProvisioner, true, false],
      [regular, false, false],
    ];
    for (const [who, canCreateWorkspace, canManageUsers] of expect) {
      const res = await h.call<{ me: UserNode }>(ME, {}, who);
      assert.equal(res.data!.me.canCreateWorkspace, canCreateWorkspace, who.username);
      assert.equal(res.data!.me.canManageUsers, canManageUsers, who.username);
      // …and the mutations agree with what was reported.
      const ws = await h.call('mutation($n: String!) { createWorkspace(input: { name: $n }) { name } }', { n: `ws-${suffix()}` }, who);
      assert.deepEqual(codes(ws), canCreateWorkspace ? [] : ['FORBIDDEN'], who.username);
      assert.deepEqual(codes(await h.call(USERS, { first: 1 }, who)), canManageUsers ? [] : ['FORBIDDEN'], who.username);
    }
  });
});

describe('setUserPlatformRole', () => {
  test('an admin promotes a user, whose next identity carries the new role', async () => {
    const name = `promo-${s}`;
    assert.equal((await h.call(CREATE, { i: input(name) }, admin)).errors, undefined);
    const res = await h.call<{ setUserPlatformRole: UserNode }>(SET_ROLE, { u: name, r: 'PLATFORM_ADMIN' }, admin);
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    assert.deepEqual(res.data!.setUserPlatformRole, { username: name, platformRole: 'PLATFORM_ADMIN', canManageUsers: true });
    const promoted = await h.signIn(name, 'Secret-2026');
    assert.equal(promoted.platformRole, 'platform-admin');
    assert.deepEqual(codes(await h.call(USERS, { first: 1 }, promoted)), []);
    // …and back.
    await h.call(SET_ROLE, { u: name, r: 'PLATFORM_REGULAR' }, admin);
    assert.equal((await h.signIn(name, 'Secret-2026')).platformRole, 'platform-regular');
  });

  test('non-admins may not change roles, not even their own', async () => {
    const res = await h.call(SET_ROLE, { u: regular.username, r: 'PLATFORM_ADMIN' }, regular);
    assert.deepEqual(codes(res), ['FORBIDDEN']);
    assert.equal((await h.prisma.user.findUniqueOrThrow({ where: { username: regular.username! } })).platformRole, 'platform-regular');
  });

  test('an unknown user is NOT_FOUND', async () => {
    assert.deepEqual(codes(await h.call(SET_ROLE, { u: `ghost-${s}`, r: 'PLATFORM_ADMIN' }, admin)), ['NOT_FOUND']);
  });

  test('the last platform admin cannot be demoted', async () => {
    // A database of its own, so that this test decides how many admins there are.
    const solo = await startTenancy('users_last_admin');
    try {
      const only = await solo.makeUser(`only-${s}`, 'platform-admin');
      const id = await solo.signIn(only.username, only.password);
      const res = await solo.call(SET_ROLE, { u: only.username, r: 'PLATFORM_REGULAR' }, id);
      assert.deepEqual(codes(res), ['CONFLICT']);
      assert.equal((await solo.prisma.user.findUniqueOrThrow({ where: { id: only.id } })).platformRole, 'platform-admin');
      // A second admin who is disabled cannot sign in: still the last enabled one.
      const second = await solo.makeUser(`second-${s}`, 'platform-admin');
      await solo.prisma.user.update({ where: { id: second.id }, data: { disabledAt: new Date() } });
      assert.deepEqual(codes(await solo.call(SET_ROLE, { u: only.username, r: 'PLATFORM_REGULAR' }, id)), ['CONFLICT']);
      // Once the second is enabled, the first may step down.
      await solo.prisma.user.update({ where: { id: second.id }, data: { disabledAt: null } });
      assert.deepEqual(codes(await solo.call(SET_ROLE, { u: only.username, r: 'PLATFORM_REGULAR' }, id)), []);
    } finally {
      await solo.stop();
    }
  });
});

describe('changePassword', () => {
  async function userWithSessions(n: number) {
    const u = await h.makeUser(`chg-${suffix()}`);
    const tokens: string[] = [];
    for (let i = 0; i < n; i++) tokens.push(await h.login(u.username, u.password));
    return { ...u, tokens };
  }
  const identityFor = async (token: string) => (await h.identityOf(token)).body as Identity;

  test('changes the password and ends every other session of the caller, keeping this one', async () => {
    const u = await userWithSessions(3);
    const [mine, ...others] = u.tokens;
    const res = await h.call(CHANGE_PASSWORD, { o: u.password, n: 'Brand-new-2026' }, await identityFor(mine));
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    assert.equal((await h.identityOf(mine)).status, 200, 'the session that changed it stays');
    for (const t of others) assert.equal((await h.identityOf(t)).status, 401, 'other sessions ended');
    await assert.rejects(h.login(u.username, u.password), /login failed/);
    assert.equal((await h.signIn(u.username, 'Brand-new-2026')).username, u.username);
  });

  test('a wrong current password is refused, changes nothing, and counts as a failed sign-in', async () => {
    const u = await userWithSessions(2);
    const res = await h.call(CHANGE_PASSWORD, { o: `${u.password}x`, n: 'Brand-new-2026' }, await identityFor(u.tokens[0]));
    assert.deepEqual(codes(res), ['BAD_USER_INPUT']);
    assert.equal(res.errors![0].extensions?.field, 'oldPassword');
    assert.equal((await h.identityOf(u.tokens[1])).status, 200, 'no session ended');
    assert.ok(await h.login(u.username, u.password));
    const failed = await h.prisma.loginAttempt.count({ where: { username: u.username, success: false, reason: 'change-password-rejected' } });
    assert.equal(failed, 1);
  });

  test('the new password must meet the policy and differ from the old one', async () => {
    const u = await userWithSessions(1);
    const id = await identityFor(u.tokens[0]);
    for (const n of ['short1', 'no-digits-here', u.password]) {
      const res = await h.call(CHANGE_PASSWORD, { o: u.password, n }, id);
      assert.deepEqual(codes(res), ['BAD_USER_INPUT'], n);
      assert.equal(res.errors![0].extensions?.field, 'newPassword');
    }
    assert.ok(await h.login(u.username, u.password), 'the password is unchanged');
  });

  test('a session cannot be used to guess the password: changePassword is throttled like sign-in', async () => {
    const u = await userWithSessions(1);
    const id = await identityFor(u.tokens[0]);
    for (let i = 0; i < 10; i++) await h.call(CHANGE_PASSWORD, { o: `guess-${i}`, n: 'Brand-new-2026' }, id);
    const res = await h.call(CHANGE_PASSWORD, { o: u.password, n: 'Brand-new-2026' }, id);
    assert.deepEqual(codes(res), ['RATE_LIMITED'], 'even the right password waits');
    const row = await h.prisma.user.findUniqueOrThrow({ where: { id: u.id } });
    assert.ok(await verifyPassword(u.password, row.passwordHash!));
  });

  test('a directory (LDAP) user is told their password lives in the directory, and me says so beforehand', async () => {
    const name = `dir-${suffix()}`;
    const row = await h.prisma.user.create({
      data: { username: name, email: `${name}@example.test`, displayName: name, source: 'ldap', passwordHash: null },
    });
    const id: Identity = { kind: 'user', userId: row.id, username: name, platformRole: 'platform-regular', workspaces: {}, projects: {} };
    const me = await h.call<{ me: { source: string; canChangePassword: boolean } }>('{ me { source canChangePassword } }', {}, id);
    assert.deepEqual(me.data!.me, { source: 'LDAP', canChangePassword: false });
    const res = await h.call(CHANGE_PASSWORD, { o: 'whatever1', n: 'Brand-new-2026' }, id);
    assert.deepEqual(codes(res), ['BAD_USER_INPUT']);
    assert.match(res.errors![0].message, /directory/);
    assert.equal((await h.prisma.user.findUniqueOrThrow({ where: { id: row.id } })).passwordHash, null, 'no local password appeared');
    const local = await h.call<{ me: { source: string; canChangePassword: boolean } }>('{ me { source canChangePassword } }', {}, regular);
    assert.deepEqual(local.data!.me, { source: 'LOCAL', canChangePassword: true });
  });

  test('anonymous callers cannot change a password', async () => {
    assert.deepEqual(codes(await h.call(CHANGE_PASSWORD, { o: 'a', n: 'Brand-new-2026' }, ANONYMOUS)), ['UNAUTHENTICATED']);
  });
});
