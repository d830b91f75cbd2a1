/**
 * My account → sessions through the gateway, in front of the real tenancy (lab Postgres): a
 * sign-in through the gateway keeps the browser's address and User-Agent on its session; ending
 * another session of one's own with revokeSession stops its token on HTTP within the identity
 * cache time and closes its open socket (4401), while the session that asked goes on; logout
 * ends its own token at the gateway at once.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, test } from 'vitest';
import { createPrisma, hashPassword, type PrismaClient } from '@meridian/core/db';
import { createTestDatabase, type TestDatabase } from '@meridian/core/db/testing';
import { labKubeconfigPath, waitFor } from '@meridian/core/kube/testing';
import { start as startTenancy } from '../../subgraphs/tenancy/src/index.ts';
import { startGateway, type RunningGateway } from '../src/server.ts';
import { gql, wsClient } from './helpers.ts';

const CACHE_MS = 400;
const USER = `sr-${randomBytes(3).toString('hex')}`;
const PASSWORD = `Pw-${randomBytes(6).toString('hex')}1`;

let db: TestDatabase;
let prisma: PrismaClient;
let tenancy: { url: string; stop(): Promise<void> };
let gateway: RunningGateway;

beforeAll(async () => {
  db = await createTestDatabase('gwsessions');
  prisma = createPrisma(db.url);
  tenancy = (await startTenancy({ port: 0, databaseUrl: db.url, kubeconfig: labKubeconfigPath(), ldap: false, oidc: false })) as unknown as typeof tenancy;
  gateway = await startGateway({ port: 0, subgraphUrls: { tenancy: tenancy.url }, identityCacheMs: CACHE_MS });
  await prisma.user.create({ data: { username: USER, email: `${USER}@example.test`, displayName: USER, passwordHash: await hashPassword(PASSWORD) } });
}, 60_000);

afterAll(async () => {
  await gateway?.stop();
  await tenancy?.stop();
  await prisma?.$disconnect();
  await db?.drop();
});

async function signInAs(userAgent: string): Promise<string> {
  const res = await fetch(gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'user-agent': userAgent },
    body: JSON.stringify({ query: 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', variables: { u: USER, p: PASSWORD } }),
  });
  const body = (await res.json()) as { data?: { login: { token: string } } };
  assert.ok(body.data?.login.token, JSON.stringify(body));
  return body.data.login.token;
}

test('revokeSession ends another of my sessions: its token stops and its socket closes with 4401', async () => {
  const laptop = await signInAs('Laptop Browser/1.0');
  const phone = await signInAs('Phone Browser/2.0');
  const ws = wsClient(gateway.wsUrl, phone, { keepOpen: true });
  await gql(gateway.url, '{ me { username } }', {}, phone);

  const listed = await gql(gateway.url, '{ mySessions { edges { node { id userAgent clientAddress method current } } } }', {}, laptop);
  const rows = listed.body.data!.mySessions.edges.map((e: { node: unknown }) => e.node) as { id: string; userAgent: string; clientAddress: string; method: string; current: boolean }[];
  assert.deepEqual(rows.map((r) => [r.userAgent, r.method, r.current]), [
    ['Phone Browser/2.0', 'PASSWORD', false],
    ['Laptop Browser/1.0', 'PASSWORD', true],
  ]);
  assert.match(rows[0].clientAddress, /127\.0\.0\.1/, 'the gateway signed the client address onto the sign-in');

  await waitFor('the phone socket to be open', async () => {
    await new Promise((r) => setTimeout(r, 100));
    return !ws.closed();
  });
  const revoked = await gql(gateway.url, 'mutation($id: ID!) { revokeSession(id: $id) }', { id: rows[0].id }, laptop);
  assert.equal(revoked.body.data?.revokeSession, true, JSON.stringify(revoked.body));
  assert.equal((await ws.waitClosed(CACHE_MS * 4 + 2_000)).code, 4401);
  await ws.client.dispose();
  await new Promise((r) => setTimeout(r, CACHE_MS + 200));
  assert.equal((await gql(gateway.url, '{ me { username } }', {}, phone)).status, 401);
  assert.equal((await gql(gateway.url, '{ me { username } }', {}, laptop)).body.data?.me.username, USER);
});

test('logout ends the session at this gateway at once, not when its cached identity expires', async () => {
  // A gateway that caches identities for a minute: only the logout itself can end the token here.
  const slow = await startGateway({ port: 0, subgraphUrls: { tenancy: tenancy.url }, identityCacheMs: 60_000 });
  try {
    const token = await signInAs('Logout Browser/1.0');
    assert.equal((await gql(slow.url, '{ me { username } }', {}, token)).body.data?.me.username, USER);
    assert.equal((await gql(slow.url, 'mutation { logout }', {}, token)).body.data?.logout, true);
    assert.equal((await gql(slow.url, '{ me { username } }', {}, token)).status, 401);
    // Under an alias too.
    const aliased = await signInAs('Logout Browser/2.0');
    assert.equal((await gql(slow.url, '{ me { username } }', {}, aliased)).body.data?.me.username, USER);
    assert.equal((await gql(slow.url, 'mutation { bye: logout }', {}, aliased)).body.data?.bye, true);
    assert.equal((await gql(slow.url, '{ me { username } }', {}, aliased)).status, 401);
  } finally {
    await slow.stop();
  }
});
