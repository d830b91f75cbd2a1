/**
 * Audit records through the lab's real Postgres, Kafka and Elasticsearch: a workloads mutation's
 * record goes outbox → relay → Kafka → the logging subgraph's audit indexer → meridian-audit-*,
 * and searchAuditEvents finds it (filters, keyword, histogram, secrets absent). Tenants: a
 * namespace deleted and made again under another workspace shows its new admins nothing of the
 * old tenant's records; a workspace admin reads only their workspace's; a stranger nothing.
 * Redelivery (the whole topic read again by a new group, records published again): no duplicate
 * ids. Elasticsearch unreachable: nothing is committed, and every record arrives once it is back.
 * Topic, consumer groups, indices and database are the test's own.
 */
import { test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { Client } from '@elastic/elasticsearch';
import { createLogger, type Identity } from '@meridian/core';
import { createPrisma, type PrismaClient } from '@meridian/core/db';
import { createTestDatabase, type TestDatabase } from '@meridian/core/db/testing';
import { startAuditPipeline, type AuditPipeline, type AuditRecord } from '@meridian/core/audit/index';
import { createKafka, idempotentProducer, sendAll } from '@meridian/core/kafka/index';
import { labKafkaBrokers } from '@meridian/core/kafka/testing';
import { callSubgraph, userIdentity } from '@meridian/core/testing';
import { start } from '../src/index.ts';
import { startAuditIndexer } from '../src/audit/index.ts';
import { deleteIndices } from '../src/pipeline/retention.ts';
import { start as startWorkloads } from '../../workloads/src/index.ts';
import { createNamespace, deleteNamespace, eventually, namespaceGone, suffix } from './fixtures.ts';
import { labElasticsearchUrl } from './helpers.ts';

const id = suffix();
const topic = `meridian.audit.test-${id}`;
const auditPrefix = `meridian-audit-test-${id}-`;
const eventsPrefix = `meridian-events-audit-test-${id}-`;
const outagePrefix = `meridian-audit-outage-test-${id}-`;
const indexerGroup = `audit-indexer-test-${id}`;
const [wsA, wsB] = [`aud-wa-${id}`, `aud-wb-${id}`];
const [nsA, reused] = [`aud-a-${id}`, `aud-r-${id}`];
const SECRET_VALUE = `s3cr3t-${randomBytes(6).toString('hex')}`;
const log = createLogger('logging-audit-test');

const platformAdmin = userIdentity('aud-platform', { platformRole: 'platform-admin' });
const adminA = userIdentity('aud-admin-a', { workspaces: { [wsA]: 'workspace-admin' } });
const adminB = userIdentity('aud-admin-b', { workspaces: { [wsB]: 'workspace-admin' } });
/** Admin of the namespace made again under workspace B. */
const projectAdminB = userIdentity('aud-padmin-b', { projects: { [reused]: 'admin' } });
const viewerB = userIdentity('aud-viewer-b', { projects: { [reused]: 'viewer' } });
const stranger = userIdentity('aud-stranger');

let db: TestDatabase;
let prisma: PrismaClient;
let pipeline: AuditPipeline;
let workloads: Awaited<ReturnType<typeof startWorkloads>>;
let logging: Awaited<ReturnType<typeof start>>;
const es = new Client({ node: labElasticsearchUrl() });

beforeAll(async () => {
  db = await createTestDatabase('logging_audit');
  prisma = createPrisma(db.url, { maxConnections: 2 });
  // Every subgraph writes its audit records into DATABASE_URL's outbox (tenancy's in the product).
  process.env.DATABASE_URL = db.url;
  // The workspaces (a workspace admin reads a workspace's records from its creation on).
  await prisma.workspace.createMany({ data: [wsA, wsB].map((name) => ({ name, displayName: name })) });
  await createNamespace(nsA, { 'meridian.io/workspace': wsA });
  await createNamespace(reused, { 'meridian.io/workspace': wsA });
  pipeline = await startAuditPipeline(prisma, { brokers: labKafkaBrokers(), topic, groupId: `audit-store-test-${id}` }, log);
  logging = await start({
    port: 0,
    elasticsearchUrl: labElasticsearchUrl(),
    pipeline: false,
    events: { brokers: labKafkaBrokers(), topic: `meridian.events.audit-test-${id}`, groupId: `events-audit-test-${id}`, indexPrefix: eventsPrefix, audit: { topic, groupId: indexerGroup, indexPrefix: auditPrefix } },
  });
  assert.ok((await logging.eventsStarted)?.audit, 'the audit indexer runs with the events pipeline');
  workloads = await startWorkloads({ port: 0 });
  await eventually('the namespaces are in the directory', async () => logging.sources.namespaces.workspaceOf(reused) === wsA && logging.sources.namespaces.workspaceOf(nsA) === wsA, 30_000);
}, 120_000);

afterAll(async () => {
  await workloads?.stop();
  await logging?.stop();
  await pipeline?.stop();
  await prisma?.$disconnect();
  await db?.drop();
  for (const prefix of [auditPrefix, eventsPrefix, outagePrefix]) await deleteIndices(es, `${prefix}*`).catch(() => undefined);
  for (const prefix of [auditPrefix, eventsPrefix, outagePrefix]) await es.indices.deleteIndexTemplate({ name: prefix.replace(/-$/, '') }).catch(() => undefined);
  await Promise.all([nsA, reused].map(deleteNamespace));
});

const mutate = async (who: Identity, query: string, variables: Record<string, unknown>) => {
  const r = await callSubgraph(workloads.url, query, variables, who);
  assert.equal(r.errors, undefined, JSON.stringify(r.errors));
};
const createConfigMap = (who: Identity, project: string, name: string) =>
  mutate(who, 'mutation($p: String!, $n: String!) { createConfigMap(project: $p, input: { name: $n, data: [{ key: "k", value: "v" }] }) { name } }', { p: project, n: name });

const SEARCH = `query($f: AuditSearchFilter, $first: Int, $after: String) {
  searchAuditEvents(filter: $f, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id time service username credential operationName operation targetKind workspace project targetName arguments result requestId } }
    histogram(interval: "1m") { time count }
  }
}`;
interface AuditNode { id: string; time: string; service: string; username: string; credential: string; operationName: string | null; operation: string; targetKind: string; workspace: string | null; project: string | null; targetName: string | null; arguments: string; result: string; requestId: string }
interface Result { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: AuditNode }[]; histogram: { time: string; count: number }[] }

async function search(who: Identity, filter: Record<string, unknown> = {}, first = 50, after?: string) {
  return callSubgraph<{ searchAuditEvents: Result | null }>(logging.url, SEARCH, { f: filter, first, after }, who);
}
async function found(who: Identity, filter: Record<string, unknown> = {}): Promise<Result> {
  const r = await search(who, filter);
  assert.equal(r.errors, undefined, `${who.username}: ${JSON.stringify(r.errors)}`);
  return r.data!.searchAuditEvents!;
}
const names = (r: Result) => r.edges.map((e) => e.node.targetName).sort();
const indexed = (name: string) => eventually(`the record of ${name} is searchable`, async () => (await found(platformAdmin, { keyword: name })).totalCount > 0, 60_000, 500);

test('a mutation\'s record reaches Elasticsearch and is found by searchAuditEvents, without its secret', { timeout: 120_000 }, async () => {
  const before = new Date().toISOString();
  await createConfigMap(adminA, nsA, `cm-first-${id}`);
  await mutate(adminA, 'mutation CreateApiKey($p: String!, $n: String!, $v: String!) { createSecret(project: $p, input: { name: $n, data: [{ key: "password", value: $v }] }) { name } }', { p: nsA, n: `sec-${id}`, v: SECRET_VALUE });
  await indexed(`cm-first-${id}`);
  await indexed(`sec-${id}`);

  const all = await found(platformAdmin, { projects: [nsA] });
  assert.deepEqual(names(all), [`cm-first-${id}`, `sec-${id}`]);
  assert.equal(all.edges[0].node.targetName, `sec-${id}`, 'newest first');
  const secret = all.edges[0].node;
  assert.deepEqual(
    { ...secret, id: undefined, time: undefined, requestId: undefined, arguments: undefined },
    { id: undefined, time: undefined, requestId: undefined, arguments: undefined, service: 'workloads', username: 'aud-admin-a', credential: 'SESSION', operationName: 'CreateApiKey', operation: 'createSecret', targetKind: 'Secret', workspace: wsA, project: nsA, targetName: `sec-${id}`, result: 'ok' },
  );
  assert.ok(secret.time >= before);
  assert.ok(!secret.arguments.includes(SECRET_VALUE) && secret.arguments.includes('[REDACTED]'), secret.arguments);
  // The stored document's id is the record's: what makes redelivery overwrite.
  const doc = await es.get({ index: `${auditPrefix}${secret.time.slice(0, 10).replace(/-/g, '.')}`, id: secret.id });
  assert.equal(doc.found, true);
  assert.ok(!JSON.stringify(doc._source).includes(SECRET_VALUE));

  // Filters, keyword, time, paging, histogram.
  assert.deepEqual(names(await found(platformAdmin, { projects: [nsA], operations: ['createConfigMap'] })), [`cm-first-${id}`]);
  assert.deepEqual(names(await found(platformAdmin, { projects: [nsA], users: ['aud-admin-a'], results: ['ok'] })), [`cm-first-${id}`, `sec-${id}`]);
  assert.equal((await found(platformAdmin, { projects: [nsA], results: ['FORBIDDEN'] })).totalCount, 0);
  assert.deepEqual(names(await found(platformAdmin, { keyword: `CreateApiKey sec-${id}` })), [`sec-${id}`], 'every word, anywhere in the record');
  assert.equal((await found(platformAdmin, { keyword: SECRET_VALUE })).totalCount, 0, 'the secret is not searchable either');
  assert.equal((await found(platformAdmin, { projects: [nsA], to: before })).totalCount, 0);
  assert.equal((await found(platformAdmin, { projects: [nsA], from: before })).totalCount, 2);
  const page1 = (await search(platformAdmin, { projects: [nsA] }, 1)).data!.searchAuditEvents!;
  assert.equal(page1.pageInfo.hasNextPage, true);
  const page2 = (await search(platformAdmin, { projects: [nsA] }, 1, page1.pageInfo.endCursor!)).data!.searchAuditEvents!;
  assert.deepEqual([page1.edges[0].node.targetName, page2.edges[0].node.targetName], [`sec-${id}`, `cm-first-${id}`]);
  assert.equal(all.histogram.reduce((n, b) => n + b.count, 0), 2);
  assert.ok(all.histogram.length >= 60, `an open range: the last 60 buckets at least (${all.histogram.length})`);
  const ranged = await found(platformAdmin, { projects: [nsA], from: new Date(Date.parse(before) - 10 * 60_000).toISOString() });
  assert.ok(ranged.histogram.length >= 10, `empty buckets fill the range: ${ranged.histogram.length}`);
  assert.equal(ranged.histogram.reduce((n, b) => n + b.count, 0), 2);
  const bad = await search(platformAdmin, { from: 'yesterday' });
  assert.equal(bad.errors?.[0].extensions?.code, 'BAD_USER_INPUT');
});

test('a reused namespace name: its new admins never see the old tenant\'s records; a workspace admin sees only theirs; a stranger nothing', { timeout: 180_000 }, async () => {
  await createConfigMap(adminA, reused, `cm-old-${id}`);
  await indexed(`cm-old-${id}`);
  await deleteNamespace(reused);
  await eventually('the namespace is deleted', () => namespaceGone(reused), 90_000, 500);
  await createNamespace(reused, { 'meridian.io/workspace': wsB });
  // Records name the project's workspace as the directory knows it: wait for the new label.
  await eventually('the new namespace is in the directory', async () => logging.sources.namespaces.workspaceOf(reused) === wsB, 30_000);
  await createConfigMap(adminB, reused, `cm-new-${id}`);
  await indexed(`cm-new-${id}`);

  assert.deepEqual(names(await found(projectAdminB)), [`cm-new-${id}`], 'not cm-old, made in the earlier namespace of that name');
  assert.deepEqual(names(await found(projectAdminB, { projects: [reused] })), [`cm-new-${id}`]);
  assert.equal((await found(projectAdminB, { keyword: `cm-old-${id}` })).totalCount, 0);
  assert.deepEqual(names(await found(adminB)), [`cm-new-${id}`]);
  const a = names(await found(adminA));
  assert.ok(a.includes(`cm-old-${id}`) && a.includes(`cm-first-${id}`) && !a.includes(`cm-new-${id}`), a.join(','));
  assert.deepEqual(names(await found(adminA, { projects: [nsA], operations: ['createConfigMap'] })), [`cm-first-${id}`]);

  const stranger0 = await found(stranger);
  assert.equal(stranger0.totalCount, 0);
  assert.deepEqual(stranger0.histogram, []);
  assert.equal((await found(viewerB)).totalCount, 0, 'a viewer administers nothing');
  const refusals: [Identity, Record<string, unknown>, string][] = [
    [stranger, { projects: [reused] }, 'NOT_FOUND'],
    [stranger, { workspaces: [wsA] }, 'NOT_FOUND'],
    [adminA, { workspaces: [wsB] }, 'NOT_FOUND'],
    [adminA, { projects: [reused] }, 'NOT_FOUND'],
    [adminB, { projects: [nsA] }, 'NOT_FOUND'],
    [viewerB, { projects: [reused] }, 'FORBIDDEN'],
    [viewerB, { workspaces: [wsB] }, 'FORBIDDEN'],
  ];
  for (const [who, filter, code] of refusals) {
    const r = await search(who, filter);
    assert.equal(r.errors?.[0].extensions?.code, code, `${who.username} ${JSON.stringify(filter)}`);
    assert.equal(r.data?.searchAuditEvents ?? null, null);
  }
});

/** Each of the topic's partitions (that holds anything) committed up to its end by `groupId`. */
async function caughtUp(groupId: string): Promise<boolean> {
  const admin = createKafka({ brokers: labKafkaBrokers(), clientId: 'audit-test', log }).admin();
  await admin.connect();
  try {
    const ends = await admin.fetchTopicOffsets(topic);
    const [committed] = await admin.fetchOffsets({ groupId, topics: [topic] });
    return ends.every((e) => e.high === e.low || committed.partitions.find((p) => p.partition === e.partition)?.offset === e.high);
  } finally {
    await admin.disconnect();
  }
}

test('redelivery: a new group reading the whole topic and records published again make no duplicate', { timeout: 120_000 }, async () => {
  await pipeline.relay.drained();
  await eventually('the indexer group committed everything', () => caughtUp(indexerGroup), 60_000, 500);
  await es.indices.refresh({ index: `${auditPrefix}*` });
  const docs = await es.search<AuditRecord>({ index: `${auditPrefix}*`, size: 1000, query: { match_all: {} } });
  const before = docs.hits.hits.length;
  assert.ok(before >= 4, `records indexed: ${before}`);
  assert.ok(docs.hits.hits.every((h) => h._id === h._source?.id), 'each document under its record id');

  // Published again (as a relay that crashed before stamping its batch would), under their keys.
  const producer = idempotentProducer(createKafka({ brokers: labKafkaBrokers(), clientId: 'audit-test', log }));
  await producer.connect();
  const records = docs.hits.hits.map((h) => h._source!);
  await sendAll(producer, topic, records.map((r) => ({ key: r.target.workspace ?? 'platform', value: JSON.stringify(r) })));
  await producer.disconnect();
  // And a second indexer group reads the whole topic from its start (a restarted indexer whose
  // commits were lost), writing into the same indices.
  const secondGroup = `${indexerGroup}-again`;
  const again = await startAuditIndexer({ kafka: createKafka({ brokers: labKafkaBrokers(), clientId: 'audit-test-again', log }), elasticsearch: es, log, install: pipeline.install }, { topic, groupId: secondGroup, indexPrefix: auditPrefix });
  try {
    await eventually('both groups handled everything', async () => (await caughtUp(indexerGroup)) && (await caughtUp(secondGroup)), 60_000, 500);
  } finally {
    await again.stop();
  }
  await es.indices.refresh({ index: `${auditPrefix}*` });
  const after = await es.search({ index: `${auditPrefix}*`, size: 0, track_total_hits: true, aggs: { ids: { cardinality: { field: 'id' } }, twice: { terms: { field: 'id', min_doc_count: 2, size: 10 } } } });
  const total = typeof after.hits.total === 'number' ? after.hits.total : after.hits.total?.value;
  assert.equal(total, before, 'no new document');
  assert.equal((after.aggregations?.ids as { value: number }).value, before, 'as many distinct ids as documents');
  assert.deepEqual((after.aggregations?.twice as { buckets: unknown[] }).buckets, []);
  assert.equal((await found(platformAdmin, { projects: [nsA] })).totalCount, 2, 'the search counts each record once');
});

test('Elasticsearch unreachable: the indexer commits nothing, and every record arrives once it is back', { timeout: 120_000 }, async () => {
  const group = `${indexerGroup}-outage`;
  const kafka = createKafka({ brokers: labKafkaBrokers(), clientId: 'audit-test-outage', log });
  const unreachable = new Client({ node: 'http://127.0.0.1:9', maxRetries: 0, requestTimeout: 1_000 });
  const down = await startAuditIndexer({ kafka, elasticsearch: unreachable, log, install: pipeline.install }, { topic, groupId: group, indexPrefix: outagePrefix, retentionDays: 3650 });
  try {
    // A change made meanwhile: on the topic, not yet indexed by this group.
    await createConfigMap(adminA, nsA, `cm-outage-${id}`);
    await indexed(`cm-outage-${id}`); // by the product's indexer, whose Elasticsearch is up
    await new Promise((r) => setTimeout(r, 5_000));
    assert.equal(await caughtUp(group), false, 'nothing committed while Elasticsearch is unreachable');
  } finally {
    await down.stop();
  }
  const back = await startAuditIndexer({ kafka, elasticsearch: es, log, install: pipeline.install }, { topic, groupId: group, indexPrefix: outagePrefix, retentionDays: 3650 });
  try {
    await eventually('the group caught up with Elasticsearch back', () => caughtUp(group), 60_000, 500);
  } finally {
    await back.stop();
  }
  await es.indices.refresh({ index: `${auditPrefix}*,${outagePrefix}*` });
  const expected = (await es.count({ index: `${auditPrefix}*` })).count;
  const got = await es.search({ index: `${outagePrefix}*`, size: 0, track_total_hits: true, aggs: { ids: { cardinality: { field: 'id' } } } });
  const total = typeof got.hits.total === 'number' ? got.hits.total : got.hits.total?.value;
  assert.equal(total, expected, 'every record of the topic, once');
  assert.equal((got.aggregations?.ids as { value: number }).value, expected);
});
