import { test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { ANONYMOUS, CLIENT_ADDRESS_HEADER, IDENTITY_HEADER, config, signClientAddress, signIdentity, type Identity } from '@meridian/core';
import { codes, startTenancy, suffix, type Harness } from './helpers.ts';

// My account → sessions: the caller's live sessions with where they came from, and revoke.

const SESSIONS = '{ mySessions(first: 10) { totalCount edges { node { id createdAt lastSeenAt expiresAt clientAddress userAgent method current } } } }';
const REVOKE = 'mutation($id: ID!) { revokeSession(id: $id) }';
type Row = { id: string; clientAddress: string | null; userAgent: string | null; method: string; current: boolean };
type Sessions = { mySessions: { totalCount: number; edges: { node: Row }[] } };

let h: Harness;
beforeAll(async () => {
  h = await startTenancy('my_sessions');
});
afterAll(async () => {
  await h?.stop();
});

/** Signs in as the gateway forwards a browser's login: signed client address, user agent. */
async function loginFrom(username: string, password: string, address: string, userAgent: string): Promise<string> {
  const res = await fetch(h.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      [IDENTITY_HEADER]: await signIdentity(ANONYMOUS, config.internalKey),
      [CLIENT_ADDRESS_HEADER]: await signClientAddress(address, config.internalKey),
      'x-meridian-user-agent': userAgent,
    },
    body: JSON.stringify({ query: 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', variables: { u: username, p: password } }),
  });
  const body = (await res.json()) as { data?: { login: { token: string } }; errors?: unknown };
  if (!body.data?.login) throw new Error(`login failed: ${JSON.stringify(body.errors)}`);
  return body.data.login.token;
}

async function identity(token: string): Promise<Identity> {
  const { status, body } = await h.identityOf(token);
  assert.equal(status, 200);
  return body as Identity;
}

test('mySessions lists the live sessions with address, user agent and method, marking the current one; revokeSession ends one', async () => {
  const user = await h.makeUser(`sess-${suffix()}`);
  const laptop = await loginFrom(user.username, user.password, '203.0.113.7', 'Laptop Browser/1.0');
  const phone = await loginFrom(user.username, user.password, '198.51.100.9', 'Phone Browser/2.0');
  const ended = await loginFrom(user.username, user.password, '192.0.2.1', 'Old/0.1');
  const endedId = (await identity(ended)).sessionId!;
  assert.equal((await h.call(REVOKE, { id: endedId }, await identity(ended))).data?.revokeSession, true, 'a session may end itself');

  const asLaptop = await identity(laptop);
  const list = await h.call<Sessions>(SESSIONS, {}, asLaptop);
  assert.equal(list.errors, undefined, JSON.stringify(list.errors));
  assert.equal(list.data!.mySessions.totalCount, 2, 'the revoked session is not listed');
  const rows = list.data!.mySessions.edges.map((e) => e.node);
  assert.deepEqual(
    rows.map((r) => [r.clientAddress, r.userAgent, r.method, r.current]),
    [
      ['198.51.100.9', 'Phone Browser/2.0', 'PASSWORD', false],
      ['203.0.113.7', 'Laptop Browser/1.0', 'PASSWORD', true],
    ],
  );

  const phoneId = rows.find((r) => !r.current)!.id;
  const revoked = await h.call<{ revokeSession: boolean }>(REVOKE, { id: phoneId }, asLaptop);
  assert.equal(revoked.data?.revokeSession, true);
  assert.equal((await h.identityOf(phone)).status, 401, 'the revoked token stops working at once');
  assert.equal((await h.identityOf(laptop)).status, 200);
  assert.equal((await h.call<{ revokeSession: boolean }>(REVOKE, { id: phoneId }, asLaptop)).data?.revokeSession, false, 'ending it again changes nothing');
  assert.equal((await h.call<Sessions>(SESSIONS, {}, asLaptop)).data!.mySessions.totalCount, 1);
});

test("another user's session is NOT_FOUND and untouched; anonymous callers may not list sessions, API tokens may list but not end them", async () => {
  const alice = await h.makeUser(`sess-a-${suffix()}`);
  const bob = await h.makeUser(`sess-b-${suffix()}`);
  const aliceToken = await h.login(alice.username, alice.password);
  const aliceSession = (await identity(aliceToken)).sessionId!;
  const asBob = await identity(await h.login(bob.username, bob.password));

  assert.deepEqual(codes(await h.call(REVOKE, { id: aliceSession }, asBob)), ['NOT_FOUND']);
  assert.deepEqual(codes(await h.call(REVOKE, { id: 'not-a-uuid' }, asBob)), ['NOT_FOUND']);
  assert.equal((await h.identityOf(aliceToken)).status, 200);
  const bobsList = await h.call<Sessions>(SESSIONS, {}, asBob);
  assert.ok(bobsList.data!.mySessions.edges.every((e) => e.node.id !== aliceSession));

  assert.deepEqual(codes(await h.call(SESSIONS, {}, ANONYMOUS)), ['UNAUTHENTICATED']);
  const viaToken: Identity = { ...asBob, authMethod: 'token', tokenId: '00000000-0000-0000-0000-000000000000' };
  const listedByToken = await h.call<Sessions>(SESSIONS, {}, viaToken);
  assert.ok(listedByToken.data!.mySessions.edges.some((e) => e.node.id === asBob.sessionId));
  assert.ok(listedByToken.data!.mySessions.edges.every((e) => !e.node.current), 'a token is no session of the list');
  assert.deepEqual(codes(await h.call(REVOKE, { id: asBob.sessionId }, viaToken)), ['FORBIDDEN']);
});

test('loginMethods without LDAP or an OpenID provider is the password alone, for anyone', async () => {
  const res = await h.call<{ loginMethods: { kind: string }[] }>('{ loginMethods { kind id displayName } }', {}, ANONYMOUS);
  assert.deepEqual(res.data?.loginMethods, [{ kind: 'PASSWORD', id: 'password', displayName: 'Password' }]);
});
