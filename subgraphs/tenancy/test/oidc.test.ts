import { test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { ANONYMOUS, type Identity } from '@meridian/core';
import { labEndpoints } from '../../../deploy/local/lib/endpoints.ts';
import { signInAtLabIdp } from '../../../deploy/local/oidc/src/sign-in.ts';
import { codes, startTenancy, suffix, type Harness } from './helpers.ts';

// Single sign-on through the lab's real OpenID provider (oidc-provider; oidc-alice in
// platform-admins, oidc-bob in team-dev, oidc-carol in no group), tenancy as relying party.

const REDIRECT = 'http://127.0.0.1:3999/login/oidc/callback';
const START = 'mutation($r: String!, $p: String! = "oidc") { startOidcLogin(provider: $p, redirectUri: $r) { authorizationUrl state expiresAt } }';
const FINISH = 'mutation($u: String!) { finishOidcLogin(callbackUrl: $u) { token user { username displayName source platformRole } } }';
type Finish = { finishOidcLogin: { token: string; user: { username: string; displayName: string; source: string; platformRole: string } } };

let h: Harness;
const workspace = `sso-${suffix()}`;

beforeAll(async () => {
  const eps = labEndpoints('oidc');
  h = await startTenancy('oidc', {
    oidc: { issuer: eps.issuer, clientId: eps.clientId, clientSecret: eps.clientSecret, displayName: 'Lab IdP', redirectUris: [REDIRECT] },
    groupRoles: [
      { source: 'oidc', group: 'platform-admins', platformRole: 'platform-admin' },
      { source: 'oidc', group: 'team-dev', workspace, workspaceRole: 'workspace-regular' },
      // An LDAP-only mapping must not apply to OIDC sign-ins.
      { source: 'ldap', group: 'team-dev', platformRole: 'platform-self-provisioner' },
    ],
  });
  const admin = await h.makeUser(`owner-${suffix()}`, 'platform-admin');
  await h.prisma.workspace.create({ data: { name: workspace, displayName: workspace, createdById: admin.id } });
});
afterAll(async () => {
  await h?.stop();
});

async function startLogin(redirectUri = REDIRECT) {
  const res = await h.call<{ startOidcLogin: { authorizationUrl: string; state: string } }>(START, { r: redirectUri }, ANONYMOUS);
  assert.equal(res.errors, undefined, JSON.stringify(res.errors));
  return res.data!.startOidcLogin;
}

async function atIdp(username: string, password: string) {
  const started = await startLogin();
  const callbackUrl = await signInAtLabIdp(started.authorizationUrl, username, password);
  return { ...started, callbackUrl };
}

const finish = (callbackUrl: string) => h.call<Finish>(FINISH, { u: callbackUrl }, ANONYMOUS);

test('loginMethods offers the password and the configured OpenID provider, to anyone', async () => {
  const res = await h.call<{ loginMethods: { kind: string; id: string; displayName: string }[] }>('{ loginMethods { kind id displayName } }', {}, ANONYMOUS);
  assert.equal(res.errors, undefined);
  assert.deepEqual(res.data!.loginMethods, [
    { kind: 'PASSWORD', id: 'password', displayName: 'Password' },
    { kind: 'OIDC', id: 'oidc', displayName: 'Lab IdP' },
  ]);
});

test('the authorization URL carries state, nonce and a PKCE S256 challenge, never the verifier', async () => {
  const { authorizationUrl, state } = await startLogin();
  const url = new URL(authorizationUrl);
  assert.equal(url.origin, labEndpoints('oidc').issuer);
  assert.equal(url.searchParams.get('state'), state);
  assert.equal(url.searchParams.get('code_challenge_method'), 'S256');
  assert.ok(url.searchParams.get('nonce'));
  assert.equal(url.searchParams.get('redirect_uri'), REDIRECT);
  const row = await h.prisma.oidcLogin.findUniqueOrThrow({ where: { state } });
  assert.ok(!authorizationUrl.includes(row.codeVerifier), 'the PKCE verifier stays on the server');
  assert.ok(row.expiresAt.getTime() - Date.now() <= 10 * 60_000);
});

test('oidc-alice signs in end to end and gets platform-admin from her group; the session works like a password one', async () => {
  const { callbackUrl } = await atIdp('oidc-alice', 'alice-oidc-password');
  assert.ok(callbackUrl.startsWith(`${REDIRECT}?`), callbackUrl);
  const res = await finish(callbackUrl);
  assert.equal(res.errors, undefined, JSON.stringify(res.errors));
  assert.deepEqual(res.data!.finishOidcLogin.user, { username: 'oidc-alice', displayName: 'Alice (OIDC)', source: 'OIDC', platformRole: 'PLATFORM_ADMIN' });
  const identity = await h.identityOf(res.data!.finishOidcLogin.token);
  assert.equal(identity.status, 200);
  assert.equal((identity.body as Identity).platformRole, 'platform-admin');
  const row = await h.prisma.user.findUniqueOrThrow({ where: { username: 'oidc-alice' } });
  assert.equal(row.source, 'oidc');
  assert.equal(row.passwordHash, null);
  assert.match(row.externalId!, /^http:\/\/127\.0\.0\.1:\d+ oidc-alice$/);
  const session = await h.prisma.session.findFirstOrThrow({ where: { userId: row.id } });
  assert.equal(session.authMethod, 'oidc');
  // Signing in again is the same user, not a second one.
  await finish((await atIdp('oidc-alice', 'alice-oidc-password')).callbackUrl);
  assert.equal(await h.prisma.user.count({ where: { source: 'oidc', username: 'oidc-alice' } }), 1);
});

test('oidc-bob gets the mapped workspace role (and not the LDAP-only mapping); oidc-carol, in no group, gets nothing', async () => {
  const bob = await finish((await atIdp('oidc-bob', 'bob-oidc-password')).callbackUrl);
  assert.equal(bob.errors, undefined, JSON.stringify(bob.errors));
  const bobId = (await h.identityOf(bob.data!.finishOidcLogin.token)).body as Identity;
  assert.equal(bobId.platformRole, 'platform-regular');
  assert.deepEqual({ ...bobId.workspaces }, { [workspace]: 'workspace-regular' });

  const carol = await finish((await atIdp('oidc-carol', 'carol-oidc-password')).callbackUrl);
  const carolId = (await h.identityOf(carol.data!.finishOidcLogin.token)).body as Identity;
  assert.equal(carolId.platformRole, 'platform-regular');
  assert.deepEqual({ ...carolId.workspaces }, {});
});

test('a replayed callback (same state and code) is refused', async () => {
  const { callbackUrl } = await atIdp('oidc-bob', 'bob-oidc-password');
  assert.equal((await finish(callbackUrl)).errors, undefined);
  const again = await finish(callbackUrl);
  assert.deepEqual(codes(again), ['UNAUTHENTICATED']);
});

test('a used code under a fresh state is refused by the provider (code replay, PKCE mismatch)', async () => {
  const first = await atIdp('oidc-bob', 'bob-oidc-password');
  assert.equal((await finish(first.callbackUrl)).errors, undefined);
  const fresh = await startLogin();
  const replay = new URL(first.callbackUrl);
  replay.searchParams.set('state', fresh.state);
  assert.deepEqual(codes(await finish(replay.href)), ['UNAUTHENTICATED']);
});

test('a state not started here, a wrong nonce, an expired sign-in and another callback address are refused', async () => {
  const forged = new URL((await atIdp('oidc-bob', 'bob-oidc-password')).callbackUrl);
  forged.searchParams.set('state', `forged-${suffix()}`);
  assert.deepEqual(codes(await finish(forged.href)), ['UNAUTHENTICATED']);

  const nonce = await atIdp('oidc-bob', 'bob-oidc-password');
  await h.prisma.oidcLogin.update({ where: { state: nonce.state }, data: { nonce: `other-${suffix()}` } });
  const wrongNonce = await finish(nonce.callbackUrl);
  assert.deepEqual(codes(wrongNonce), ['UNAUTHENTICATED']);
  assert.match(wrongNonce.errors![0].message, /nonce/);

  const late = await atIdp('oidc-bob', 'bob-oidc-password');
  await h.prisma.oidcLogin.update({ where: { state: late.state }, data: { expiresAt: new Date(Date.now() - 1000) } });
  assert.deepEqual(codes(await finish(late.callbackUrl)), ['UNAUTHENTICATED']);

  const moved = await atIdp('oidc-bob', 'bob-oidc-password');
  assert.deepEqual(codes(await finish(moved.callbackUrl.replace('127.0.0.1:3999', '127.0.0.1:4000'))), ['UNAUTHENTICATED']);
});

test('only configured callbacks and known providers may start a sign-in', async () => {
  const elsewhere = await h.call(START, { r: 'https://evil.example/login/oidc/callback' }, ANONYMOUS);
  assert.deepEqual(codes(elsewhere), ['BAD_USER_INPUT']);
  const unknown = await h.call(START, { r: REDIRECT, p: 'other' }, ANONYMOUS);
  assert.deepEqual(codes(unknown), ['NOT_FOUND']);
});

test('a person whose username a local account holds is not signed in as that account', async () => {
  // A local oidc-carol existed first: the provider's oidc-carol may not take it over.
  const local = await startTenancy('oidc_taken', {
    oidc: { ...labEndpoints('oidc'), displayName: 'Lab IdP', redirectUris: [REDIRECT] } as never,
  });
  try {
    await local.prisma.user.create({ data: { username: 'oidc-carol', email: 'carol@local.test', displayName: 'Local Carol', passwordHash: 'x' } });
    const res = await local.call<{ startOidcLogin: { authorizationUrl: string } }>(START, { r: REDIRECT }, ANONYMOUS);
    const cb = await signInAtLabIdp(res.data!.startOidcLogin.authorizationUrl, 'oidc-carol', 'carol-oidc-password');
    const finished = await local.call(FINISH, { u: cb }, ANONYMOUS);
    assert.deepEqual(codes(finished), ['UNAUTHENTICATED']);
    assert.equal(await local.prisma.session.count(), 0);
  } finally {
    await local.stop();
  }
});

test('a wrong password at the provider never reaches the callback', async () => {
  const { authorizationUrl } = await startLogin();
  await assert.rejects(signInAtLabIdp(authorizationUrl, 'oidc-bob', 'wrong'), /refused the sign-in \(401\)/);
});

test("finishOidcLogin's callback URL (it carries the authorization code) is redacted from audit records", async () => {
  const { redactArguments, REDACTED } = await import('@meridian/core/audit/index');
  assert.deepEqual(redactArguments('finishOidcLogin', { callbackUrl: 'http://127.0.0.1:3000/login/oidc/callback?code=abc&state=def' }), { callbackUrl: REDACTED });
});

test('platform admins add and delete mappings in the API; a sign-in after the change follows it', async () => {
  const admin = await h.makeUser(`admin-${suffix()}`, 'platform-admin');
  const asAdmin = await h.signIn(admin.username, admin.password);
  const regular = await h.makeUser(`regular-${suffix()}`);
  const asRegular = await h.signIn(regular.username, regular.password);
  const LIST = '{ groupRoleMappings { id source group platformRole workspace workspaceRole fromFile } }';
  const CREATE = 'mutation($i: GroupRoleMappingInput!) { createGroupRoleMapping(input: $i) { id group workspace workspaceRole fromFile } }';
  const DELETE = 'mutation($id: ID!) { deleteGroupRoleMapping(id: $id) }';
  type Listed = { groupRoleMappings: { id: string; fromFile: boolean; group: string; source: string | null }[] };

  const listed = await h.call<Listed>(LIST, {}, asAdmin);
  assert.equal(listed.errors, undefined, JSON.stringify(listed.errors));
  assert.deepEqual(listed.data!.groupRoleMappings.slice(0, 3).map((m) => [m.id, m.fromFile, m.group, m.source]), [
    ['file:1', true, 'platform-admins', 'OIDC'],
    ['file:2', true, 'team-dev', 'OIDC'],
    ['file:3', true, 'team-dev', 'LDAP'],
  ]);
  assert.deepEqual(codes(await h.call(LIST, {}, asRegular)), ['FORBIDDEN']);
  assert.deepEqual(codes(await h.call(CREATE, { i: { group: 'x', workspace, workspaceRole: 'workspace-viewer' } }, asRegular)), ['FORBIDDEN']);
  assert.deepEqual(codes(await h.call(DELETE, { id: 'file:1' }, asAdmin)), ['BAD_USER_INPUT']);
  assert.deepEqual(codes(await h.call(CREATE, { i: { group: 'x', platformRole: 'platform-admin', workspace } }, asAdmin)), ['BAD_USER_INPUT']);

  // A mapping added here: bob's team-dev also gets viewer on another workspace.
  const extra = `sso-extra-${suffix()}`;
  await h.prisma.workspace.create({ data: { name: extra, displayName: extra, createdById: admin.id } });
  const created = await h.call<{ createGroupRoleMapping: { id: string; fromFile: boolean } }>(CREATE, { i: { source: 'OIDC', group: 'team-dev', workspace: extra, workspaceRole: 'workspace-viewer' } }, asAdmin);
  assert.equal(created.errors, undefined, JSON.stringify(created.errors));
  assert.equal(created.data!.createGroupRoleMapping.fromFile, false);
  const bob = await finish((await atIdp('oidc-bob', 'bob-oidc-password')).callbackUrl);
  const withExtra = (await h.identityOf(bob.data!.finishOidcLogin.token)).body as Identity;
  assert.deepEqual({ ...withExtra.workspaces }, { [workspace]: 'workspace-regular', [extra]: 'workspace-viewer' });

  assert.equal((await h.call<{ deleteGroupRoleMapping: boolean }>(DELETE, { id: created.data!.createGroupRoleMapping.id }, asAdmin)).data?.deleteGroupRoleMapping, true);
  assert.deepEqual(codes(await h.call(DELETE, { id: created.data!.createGroupRoleMapping.id }, asAdmin)), ['NOT_FOUND']);
  const again = await finish((await atIdp('oidc-bob', 'bob-oidc-password')).callbackUrl);
  const withoutExtra = (await h.identityOf(again.data!.finishOidcLogin.token)).body as Identity;
  assert.deepEqual({ ...withoutExtra.workspaces }, { [workspace]: 'workspace-regular' }, 'the deleted mapping\'s grant went at the next sign-in');
});

test('several first sign-ins of one person at once all succeed, as one user with one set of grants', async () => {
  const local = await startTenancy('oidc_race', {
    oidc: { ...labEndpoints('oidc'), displayName: 'Lab IdP', redirectUris: [REDIRECT] } as never,
    groupRoles: [{ group: 'team-dev', platformRole: 'platform-self-provisioner' }],
  });
  try {
    const callbacks = await Promise.all(
      Array.from({ length: 4 }, async () => {
        const res = await local.call<{ startOidcLogin: { authorizationUrl: string } }>(START, { r: REDIRECT }, ANONYMOUS);
        return signInAtLabIdp(res.data!.startOidcLogin.authorizationUrl, 'oidc-bob', 'bob-oidc-password');
      }),
    );
    const finished = await Promise.all(callbacks.map((u) => local.call<Finish>(FINISH, { u }, ANONYMOUS)));
    assert.deepEqual(finished.map((f) => f.errors), [undefined, undefined, undefined, undefined], JSON.stringify(finished.map((f) => f.errors)));
    assert.equal(await local.prisma.user.count({ where: { username: 'oidc-bob' } }), 1);
    assert.equal(await local.prisma.groupGrant.count(), 1);
    assert.ok(finished.every((f) => f.data!.finishOidcLogin.user.platformRole === 'PLATFORM_SELF_PROVISIONER'));
  } finally {
    await local.stop();
  }
});
