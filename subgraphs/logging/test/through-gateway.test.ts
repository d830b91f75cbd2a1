/**
 * Both of this team's subgraphs behind the real gateway: Pod.logs joined onto workloads' pods,
 * podLogTail and pipelineRunLog routed as subscriptions, runPipeline, and a user without
 * grants refused — with tenancy (Postgres sessions) vouching for identities, the lab's
 * Kubernetes, and the Jenkins stand-in. This is what the console gets.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { test, beforeAll, afterAll } from 'vitest';
import { createPrisma, hashPassword, type PrismaClient } from '@meridian/core/db';
import { createTestDatabase, type TestDatabase } from '@meridian/core/db/testing';
import { start as startTenancy } from '../../tenancy/src/index.ts';
import { start as startWorkloads } from '../../workloads/src/index.ts';
import { start as startDevops } from '../../devops/src/index.ts';
import { start as startLogging } from '../src/index.ts';
import { startGateway, type RunningGateway } from '../../../gateway/src/server.ts';
import { gql, record, wsClient } from '../../../gateway/test/helpers.ts';
import { startJenkinsStandin, type RunningStandin } from '../../../deploy/local/jenkins-standin/src/server.ts';
import { createNamespace, createPod, deleteNamespace, eventually, podPhase, suffix } from './fixtures.ts';

const NOWHERE = 'http://127.0.0.1:9/graphql';
const id = suffix();
const ns = `gw-logs-${id}`;
let db: TestDatabase;
let prisma: PrismaClient;
let standin: RunningStandin;
let subgraphs: { stop(): Promise<void> }[] = [];
let gateway: RunningGateway;
const tokens: Record<'admin' | 'outsider', string> = { admin: '', outsider: '' };

async function loginAs(username: string, platformRole: string): Promise<string> {
  const password = `pw-${randomBytes(6).toString('hex')}`;
  await prisma.user.create({ data: { username, email: `${username}@example.test`, displayName: username, passwordHash: await hashPassword(password), platformRole } });
  const res = await gql(gateway.url, 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', { u: username, p: password });
  const token = res.body.data?.login?.token;
  assert.ok(token, `login failed: ${JSON.stringify(res.body)}`);
  return token;
}

beforeAll(async () => {
  db = await createTestDatabase('logging_gateway');
  prisma = createPrisma(db.url);
  await createNamespace(ns, { 'meridian.io/workspace': `gw-ws-${id}`, 'meridian.io/devops-project': 'true' });
  await createPod(ns, 'web', ['app']);
  standin = await startJenkinsStandin({
    port: 0,
    users: { meridian: 'tok' },
    quietPeriodMs: 100,
    seed: { items: [{ folder: ns, items: [{ pipeline: 'ship', stages: [{ name: 'Build', durationMs: 400, logs: ['building'] }, { name: 'Ship', durationMs: 400, logs: ['shipped'] }] }] }] },
  });
  const [tenancy, workloads, logging, devops] = await Promise.all([
    startTenancy({ port: 0, databaseUrl: db.url }),
    startWorkloads({ port: 0 }),
    startLogging({ port: 0, elasticsearchUrl: 'http://127.0.0.1:1' }),
    startDevops({ port: 0, jenkinsUrl: standin.url, jenkinsUser: 'meridian', jenkinsToken: 'tok', logPollMs: 200 }),
  ]);
  subgraphs = [tenancy, workloads, logging, devops];
  gateway = await startGateway({
    port: 0,
    subgraphUrls: { tenancy: tenancy.url, workloads: workloads.url, logging: logging.url, devops: devops.url, monitoring: NOWHERE, appstore: NOWHERE },
  });
  tokens.admin = await loginAs(`gw-admin-${id}`, 'platform-admin');
  tokens.outsider = await loginAs(`gw-outsider-${id}`, 'platform-regular');
  await eventually('pod Running', async () => (await podPhase(ns, 'web')) === 'Running', 60_000);
});

afterAll(async () => {
  await gateway?.stop();
  await Promise.all(subgraphs.map((s) => s.stop()));
  await standin?.stop();
  await prisma?.$disconnect();
  await db?.drop();
  await deleteNamespace(ns);
});

test('Pod.logs is joined onto workloads\' pods through the gateway', async () => {
  const res = await eventually('the pod with its logs', async () => {
    const r = await gql(gateway.url, `query($p: String!) { project(name: $p) { pods { nodes { name logs(tailLines: 2) { container lines { time message } } } } } }`, { p: ns }, tokens.admin);
    return r.body.data?.project?.pods?.nodes?.[0]?.logs?.lines?.length === 2 ? r : undefined;
  }, 30_000);
  assert.equal(res.body.errors, undefined);
  const pod = res.body.data!.project.pods.nodes[0];
  assert.equal(pod.name, 'web');
  assert.equal(pod.logs.container, 'app');
  for (const l of pod.logs.lines) assert.match(l.message, /^(?:(?:INFO|WARN|ERROR|DEBUG) +\w+: .+ seq=\d+|[\w.]+(?:Exception|Error): .+|\tat .+|\t\.\.\. \d+ more)$/);
});

test('podLogTail streams through the gateway; an outsider is refused', async () => {
  const ws = wsClient(gateway.wsUrl, tokens.admin);
  const rec = record(ws.client, 'subscription($ns: String!) { podLogTail(namespace: $ns, pod: "web", tailLines: 1) { time message } }', { ns });
  try {
    await rec.until(2, 15_000);
    assert.equal(rec.error, undefined, JSON.stringify(rec.error));
    assert.match(rec.events[1].data.podLogTail.message, /^(?:(?:INFO|WARN|ERROR|DEBUG) +\w+: .+ seq=\d+|[\w.]+(?:Exception|Error): .+|\tat .+|\t\.\.\. \d+ more)$/);
  } finally {
    rec.unsubscribe();
  }
  const other = wsClient(gateway.wsUrl, tokens.outsider);
  const denied = record(other.client, 'subscription($ns: String!) { podLogTail(namespace: $ns, pod: "web") { message } }', { ns });
  await denied.until(1, 10_000);
  const errors = (denied.error ?? denied.events[0]?.errors) as { extensions?: { code?: string } }[];
  assert.equal(errors?.[0]?.extensions?.code, 'NOT_FOUND');
});

test('a pipeline runs and its log is followed to the end through the gateway; an outsider sees no project', async () => {
  const list = await gql(gateway.url, `query($p: String!) { devopsProject(name: $p) { name pipelines { nodes { name lastRun { status } } } } }`, { p: ns }, tokens.admin);
  assert.deepEqual(list.body, { data: { devopsProject: { name: ns, pipelines: { nodes: [{ name: 'ship', lastRun: null }] } } } });
  const run = await gql(gateway.url, `mutation($p: String!) { runPipeline(project: $p, pipeline: "ship") { number status } }`, { p: ns }, tokens.admin);
  assert.deepEqual(run.body.data?.runPipeline, { number: 1, status: 'RUNNING' });

  const ws = wsClient(gateway.wsUrl, tokens.admin);
  const rec = record(ws.client, 'subscription($p: String!) { pipelineRunLog(project: $p, pipeline: "ship", run: 1) { text more } }', { p: ns });
  await rec.until(1000, 15_000).catch(() => undefined); // resolves on completion
  assert.equal(rec.error, undefined, JSON.stringify(rec.error));
  assert.equal(rec.completed, true);
  const log = rec.events.map((e) => e.data.pipelineRunLog.text).join('');
  assert.match(log, /\nbuilding\n[\s\S]*\nshipped\n[\s\S]*Finished: SUCCESS\n$/);

  const denied = await gql(gateway.url, `query($p: String!) { devopsProject(name: $p) { name } }`, { p: ns }, tokens.outsider);
  assert.equal(denied.body.errors?.[0]?.extensions?.code, 'NOT_FOUND');
});

test('a log export goes through the gateway with the caller\'s identity: 401 without a session, 404 for an outsider, 502 with Elasticsearch down', async () => {
  const url = new URL(`/download/logs/logs.csv?filter=${encodeURIComponent(JSON.stringify({ namespaces: [ns] }))}`, gateway.url);
  const as = (token?: string) => fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  assert.equal((await as()).status, 401);
  const outsider = await as(tokens.outsider);
  assert.equal(outsider.status, 404);
  assert.equal(((await outsider.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code, 'NOT_FOUND');
  const admin = await as(tokens.admin);
  assert.equal(admin.status, 502, 'this test\'s logging points at no Elasticsearch');
  assert.equal(((await admin.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code, 'UPSTREAM_UNAVAILABLE');
});
