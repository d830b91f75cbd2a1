/**
 * Personal API tokens through the gateway, in front of the real tenancy and workloads subgraphs
 * (lab Postgres and Kubernetes): a bearer API token works on HTTP and in graphql-ws
 * connection_init; READ_ONLY refuses every mutation of schema/api.graphql; a token limited to
 * some projects sees only those; a revoked token stops within the identity cache time and its
 * sockets close; the per-token and per-user rate limits answer 429 + Retry-After + RATE_LIMITED
 * and recover after the wait.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  type GraphQLInputType,
} from 'graphql';
import { afterAll, beforeAll, describe, test } from 'vitest';
import { createPrisma, hashPassword, type PrismaClient } from '@meridian/core/db';
import { createTestDatabase, type TestDatabase } from '@meridian/core/db/testing';
import { createDeployment, deleteNamespace, labKubeConfig, labKubeconfigPath, waitFor } from '@meridian/core/kube/testing';
import { start as startTenancy } from '../../subgraphs/tenancy/src/index.ts';
import { start as startWorkloads } from '../../subgraphs/workloads/src/index.ts';
import { startGateway, type RunningGateway } from '../src/server.ts';
import { gql, record, wsClient } from './helpers.ts';

const CACHE_MS = 500;
const run = randomBytes(3).toString('hex');
const WS = `tk-${run}`;
const P1 = `tk-${run}-one`;
const P2 = `tk-${run}-two`;
const PASSWORD = `Pw-${randomBytes(6).toString('hex')}1`;
const kubeconfig = labKubeconfigPath();
const kc = labKubeConfig(kubeconfig);

let db: TestDatabase;
let prisma: PrismaClient;
let subgraphs: { stop(): Promise<void> }[] = [];
let gateway: RunningGateway;
/** A second gateway over the same subgraphs with tiny rate limits. */
let limited: RunningGateway;
let adminSession: string;
let ownerSession: string;

const CREATE = `mutation($n: String!, $s: ApiTokenScope!, $p: [String!], $d: Int!) {
  createApiToken(input: { name: $n, scope: $s, projects: $p, expiresInDays: $d }) { token apiToken { id } }
}`;

async function must(url: string, query: string, variables: Record<string, unknown>, token?: string) {
  const res = await gql(url, query, variables, token);
  assert.equal(res.body.errors, undefined, `${query}: ${JSON.stringify(res.body.errors)}`);
  return res.body.data!;
}

async function signIn(username: string): Promise<string> {
  const d = await must(gateway.url, 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', { u: username, p: PASSWORD });
  return d.login.token;
}

async function createToken(session: string, scope: 'READ_ONLY' | 'READ_WRITE', projects: string[] | null = null): Promise<{ token: string; id: string }> {
  const d = await must(gateway.url, CREATE, { n: `t-${randomBytes(2).toString('hex')}`, s: scope, p: projects, d: 30 }, session);
  return { token: d.createApiToken.token, id: d.createApiToken.apiToken.id };
}

const code = (res: { body: { errors?: { extensions?: Record<string, unknown> }[] } }) => res.body.errors?.[0]?.extensions?.code;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeAll(async () => {
  db = await createTestDatabase('gwtokens');
  prisma = createPrisma(db.url);
  subgraphs = await Promise.all([startTenancy({ port: 0, databaseUrl: db.url, kubeconfig, ldap: false }), startWorkloads({ port: 0, kubeconfig })]);
  const [tenancy, workloads] = subgraphs as unknown as { url: string }[];
  const subgraphUrls = { tenancy: tenancy.url, workloads: workloads.url };
  // Generous limits here (this file sends bursts); tiny ones on the second gateway.
  gateway = await startGateway({ port: 0, subgraphUrls, identityCacheMs: CACHE_MS, rateLimits: { token: { rps: 1000, burst: 1000 } } });
  limited = await startGateway({ port: 0, subgraphUrls, identityCacheMs: CACHE_MS, rateLimits: { token: { rps: 2, burst: 3 }, session: { rps: 2, burst: 4 } } });

  const passwordHash = await hashPassword(PASSWORD);
  for (const [username, platformRole] of [
    [`tka-${run}`, 'platform-admin'],
    [`tko-${run}`, 'platform-regular'],
  ]) {
    await prisma.user.create({ data: { username, email: `${username}@example.test`, displayName: username, passwordHash, platformRole } });
  }
  adminSession = await signIn(`tka-${run}`);
  await must(gateway.url, 'mutation($n: String!) { createWorkspace(input: { name: $n }) { name } }', { n: WS }, adminSession);
  for (const p of [P1, P2]) await must(gateway.url, 'mutation($w: String!, $n: String!) { createProject(workspace: $w, name: $n) { name } }', { w: WS, n: p }, adminSession);
  await must(gateway.url, 'mutation($w: String!, $u: String!) { addWorkspaceMember(workspace: $w, username: $u, role: WORKSPACE_ADMIN) { role } }', { w: WS, u: `tko-${run}` }, adminSession);
  await createDeployment(kc, P2, 'web', { replicas: 0 });
  ownerSession = await signIn(`tko-${run}`);
}, 120_000);

afterAll(async () => {
  await limited?.stop();
  await gateway?.stop();
  await Promise.all(subgraphs.map((s) => s.stop()));
  await Promise.all([P1, P2].map((ns) => deleteNamespace(kc, ns).catch(() => undefined)));
  await prisma?.$disconnect();
  await db?.drop();
});

// ---------------------------------------------------------------------------------------------
// Every mutation of the client API, with made-up arguments of the right types

/** A value of the input type: what validation accepts (the refusal comes before any resolver). */
function sampleValue(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sampleValue(type.ofType);
  if (isListType(type)) return [sampleValue(type.ofType)];
  const named = getNamedType(type);
  if (isEnumType(named)) return named.getValues()[0].value;
  if (isInputObjectType(named)) {
    return Object.fromEntries(Object.values(named.getFields()).filter((f) => isNonNullType(f.type)).map((f) => [f.name, sampleValue(f.type)]));
  }
  return { Int: 1, Float: 1, Boolean: true, String: 'x', ID: 'x' }[named.name] ?? 'x';
}

function everyMutation(): { name: string; query: string; variables: Record<string, unknown> }[] {
  const schema = buildSchema(readFileSync(new URL('../../schema/api.graphql', import.meta.url), 'utf8'));
  return Object.values(schema.getMutationType()!.getFields()).map((field) => {
    const defs = field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
    const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
    const named = getNamedType(field.type);
    const selection = isLeafType(named) ? '' : ' { __typename }';
    return {
      name: field.name,
      query: `mutation${defs ? `(${defs})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`,
      variables: Object.fromEntries(field.args.map((a) => [a.name, sampleValue(a.type)])),
    };
  });
}

describe('a READ_ONLY token', () => {
  test('queries like its user, over HTTP and WebSocket', async () => {
    const { token } = await createToken(ownerSession, 'READ_ONLY');
    const d = await must(gateway.url, 'query($p: String!) { me { username canCreateWorkspace } project(name: $p) { name viewerCanEdit pods(first: 5) { totalCount } } }', { p: P1 }, token);
    assert.deepEqual(d, { me: { username: `tko-${run}`, canCreateWorkspace: false }, project: { name: P1, viewerCanEdit: false, pods: { totalCount: 0 } } });
    const ws = wsClient(gateway.wsUrl, token);
    try {
      const rec = record(ws.client, 'query($p: String!) { project(name: $p) { name } }', { p: P2 });
      await rec.until(1);
      assert.equal(rec.events[0]?.data?.project?.name, P2);
    } finally {
      await ws.client.dispose();
    }
  });

  test('gets FORBIDDEN for every mutation of schema/api.graphql, over HTTP; the same user’s session may do them', async () => {
    const { token } = await createToken(adminSession, 'READ_ONLY');
    const mutations = everyMutation();
    assert.ok(mutations.length >= 13, `read ${mutations.length} mutations`);
    // devops and appstore are not running here: their mutations (runPipeline, …) are FORBIDDEN
    // only because the gateway refuses before planning; the others are refused by both.
    for (const m of mutations) {
      const res = await gql(gateway.url, m.query, m.variables, token);
      assert.equal(code(res), 'FORBIDDEN', `${m.name}: ${JSON.stringify(res.body)}`);
      assert.equal(res.body.data?.[m.name] ?? null, null, m.name);
    }
    // Not FORBIDDEN for the admin's own session (so the refusal above is the token's scope).
    const res = await gql(gateway.url, 'mutation($p: String!) { scaleDeployment(namespace: $p, name: "web", replicas: 0) { replicas } }', { p: P2 }, adminSession);
    assert.equal(res.body.errors, undefined, JSON.stringify(res.body.errors));
    // Nothing changed: a workspace the refused createWorkspace would have made does not exist.
    assert.equal(await prisma.workspace.count({ where: { name: 'x' } }), 0);
  });

  test('gets FORBIDDEN for a mutation over WebSocket', async () => {
    const { token } = await createToken(adminSession, 'READ_ONLY');
    const ws = wsClient(gateway.wsUrl, token);
    try {
      const rec = record(ws.client, 'mutation($n: String!) { createWorkspace(input: { name: $n }) { name } }', { n: `ro-${run}` });
      await rec.until(1);
      const errors = (rec.error ?? rec.events[0]?.errors) as { extensions?: { code?: string } }[];
      assert.equal(errors?.[0]?.extensions?.code, 'FORBIDDEN', JSON.stringify(rec));
    } finally {
      await ws.client.dispose();
    }
    assert.equal(await prisma.workspace.count({ where: { name: `ro-${run}` } }), 0);
  });
});

describe('a token limited to projects', () => {
  test("a platform admin's token limited to one project sees and changes only that project", async () => {
    const { token } = await createToken(adminSession, 'READ_WRITE', [P1]);
    const p1 = await must(gateway.url, 'query($p: String!) { project(name: $p) { name viewerCanEdit pods(first: 1) { totalCount } } }', { p: P1 }, token);
    assert.equal(p1.project.viewerCanEdit, true);
    for (const [query, vars] of [
      ['query($p: String!) { project(name: $p) { name } }', { p: P2 }],
      ['query($p: String!) { deployment(namespace: $p, name: "web") { name } }', { p: P2 }],
      ['mutation($p: String!) { scaleDeployment(namespace: $p, name: "web", replicas: 1) { replicas } }', { p: P2 }],
    ] as const) {
      const res = await gql(gateway.url, query, vars, token);
      assert.equal(code(res), 'NOT_FOUND', `${query}: ${JSON.stringify(res.body)}`);
    }
    // The admin's session sees P2: the narrowing is the token's.
    await must(gateway.url, 'query($p: String!) { deployment(namespace: $p, name: "web") { name } }', { p: P2 }, adminSession);
    assert.equal(code(await gql(gateway.url, '{ users(first: 1) { totalCount } }', {}, token)), 'FORBIDDEN');
    const ws = await must(gateway.url, 'query($w: String!) { workspace(name: $w) { projects { edges { node { name } } } } }', { w: WS }, token);
    assert.deepEqual(ws.workspace.projects.edges.map((e: { node: { name: string } }) => e.node.name), [P1]);
  });

  test('a subscription on a project outside the token is NOT_FOUND', async () => {
    const { token } = await createToken(ownerSession, 'READ_ONLY', [P1]);
    const ws = wsClient(gateway.wsUrl, token);
    try {
      const outside = record(ws.client, 'subscription($p: String!) { podStatusChanged(project: $p) { type } }', { p: P2 });
      await outside.until(1, 10_000);
      const errors = (outside.error ?? outside.events[0]?.errors) as { extensions?: { code?: string } }[];
      assert.equal(errors?.[0]?.extensions?.code, 'NOT_FOUND', JSON.stringify(outside));
    } finally {
      await ws.client.dispose();
    }
  });
});

describe('revoking a token', () => {
  test('it stops on HTTP within the identity cache time and its open socket closes (4401)', async () => {
    const { token, id } = await createToken(ownerSession, 'READ_WRITE');
    await must(gateway.url, '{ me { username } }', {}, token);
    const ws = wsClient(gateway.wsUrl, token, { keepOpen: true });
    const rec = record(ws.client, 'subscription($p: String!) { podStatusChanged(project: $p) { type } }', { p: P1 });
    await waitFor('the socket to be open', async () => {
      await sleep(100);
      return rec.error === undefined && !ws.closed();
    });
    await must(gateway.url, 'mutation($id: ID!) { revokeApiToken(id: $id) { status } }', { id }, ownerSession);
    const revokedAt = Date.now();
    await sleep(CACHE_MS + 300);
    const res = await gql(gateway.url, '{ me { username } }', {}, token);
    assert.equal(res.status, 401, `still accepted ${Date.now() - revokedAt} ms after revoking: ${JSON.stringify(res.body)}`);
    assert.equal(code(res), 'UNAUTHENTICATED');
    assert.equal((await ws.waitClosed(CACHE_MS * 4 + 2_000)).code, 4401);
    await ws.client.dispose();
    // A new socket with it is refused at connection_init.
    const again = wsClient(gateway.wsUrl, token, { keepOpen: true });
    assert.equal((await again.waitClosed()).code, 4401);
    await again.client.dispose();
  });
});

describe('rate limits', () => {
  test('a token over its bucket gets 429 + Retry-After + RATE_LIMITED on HTTP and RATE_LIMITED over WebSocket, then recovers', async () => {
    const { token } = await createToken(ownerSession, 'READ_ONLY');
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await gql(limited.url, '{ me { username } }', {}, token)).status);
    assert.deepEqual(statuses, [200, 200, 200], 'the burst');
    const over = await gql(limited.url, '{ me { username } }', {}, token);
    assert.equal(over.status, 429);
    const retryAfter = Number(over.headers.get('retry-after'));
    assert.ok(Number.isInteger(retryAfter) && retryAfter >= 1, `Retry-After: ${over.headers.get('retry-after')}`);
    assert.equal(code(over), 'RATE_LIMITED');
    assert.equal(over.body.errors?.[0]?.extensions?.retryAfter, retryAfter);

    const ws = wsClient(limited.wsUrl, token);
    try {
      const rec = record(ws.client, '{ me { username } }');
      await rec.until(1);
      const errors = (rec.error ?? rec.events[0]?.errors) as { extensions?: { code?: string } }[];
      assert.equal(errors?.[0]?.extensions?.code, 'RATE_LIMITED', JSON.stringify(rec));
    } finally {
      await ws.client.dispose();
    }

    // Another caller is not affected by this token's bucket.
    assert.equal((await gql(limited.url, '{ me { username } }', {}, adminSession)).status, 200);

    await sleep(retryAfter * 1000 + 100);
    const recovered = await gql(limited.url, '{ me { username } }', {}, token);
    assert.equal(recovered.status, 200, JSON.stringify(recovered.body));
    assert.equal(recovered.body.data?.me?.username, `tko-${run}`);
  });

  test('a session user has a bucket of their own (looser by default), with the same answer', async () => {
    const session = await signIn(`tko-${run}`);
    let res = await gql(limited.url, '{ me { username } }', {}, session);
    let sent = 1;
    while (res.status === 200 && sent < 50) {
      res = await gql(limited.url, '{ me { username } }', {}, session);
      sent++;
    }
    assert.equal(res.status, 429, `never limited after ${sent} requests`);
    assert.ok(sent >= 4, `limited after ${sent} requests, before the burst of 4 was used`);
    assert.equal(code(res), 'RATE_LIMITED');
    assert.ok(Number(res.headers.get('retry-after')) >= 1);
    // An anonymous caller (sign-in) is not limited here.
    for (let i = 0; i < 6; i++) assert.notEqual((await gql(limited.url, '{ me { username } }')).status, 429);
  });
});
