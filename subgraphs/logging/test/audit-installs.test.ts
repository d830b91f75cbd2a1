/**
 * Two installs (two databases) on one Kafka and one Elasticsearch, as the product and the tests'
 * subgraphs are in `npm test`: both publish audit records at the same time, on the same topic and
 * into the same indices, and each install's store (tenancy's audit_events) and search
 * (searchAuditEvents) hold exactly its own records. The Kafka (this test's own) is down when
 * both logging subgraphs start: they serve meanwhile, and their events export and audit indexer
 * start once it is up. Default topics and consumer groups (the broker is the test's own);
 * indices under the test's prefixes.
 */
import { test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { Client } from '@elastic/elasticsearch';
import { createLogger } from '@meridian/core';
import { createPrisma, type PrismaClient } from '@meridian/core/db';
import { createTestDatabase, type TestDatabase } from '@meridian/core/db/testing';
import { outboxSink, startAuditPipeline, startRecord, type AuditPipeline } from '@meridian/core/audit/index';
import { scratchKafka, type ScratchKafka } from '@meridian/core/kafka/testing';
import { kubeRequest } from '@meridian/core/kube/index';
import { callSubgraph, userIdentity } from '@meridian/core/testing';
import { start } from '../src/index.ts';
import { deleteIndices } from '../src/pipeline/retention.ts';
import { createNamespace, deleteNamespace, eventually, labKube, suffix } from './fixtures.ts';
import { labElasticsearchUrl } from './helpers.ts';

const id = suffix();
const auditPrefix = `meridian-audit-inst-test-${id}-`;
const eventsPrefix = `meridian-events-inst-test-${id}-`;
const ns = `aud-inst-${id}`;
const PER_INSTALL = 12;
const log = createLogger('logging-audit-installs-test');
const platformAdmin = userIdentity('inst-platform', { platformRole: 'platform-admin' });
const es = new Client({ node: labElasticsearchUrl() });

interface Install {
  name: 'a' | 'b';
  db: TestDatabase;
  prisma: PrismaClient;
  pipeline?: AuditPipeline;
  logging?: Awaited<ReturnType<typeof start>>;
  /** The ids of the records this install published. */
  published: string[];
}
const installs: Install[] = [];
let kafka: ScratchKafka;

beforeAll(async () => {
  kafka = await scratchKafka(); // not started: down when the subgraphs start
  for (const name of ['a', 'b'] as const) {
    const db = await createTestDatabase(`audit_inst_${name}`);
    installs.push({ name, db, prisma: createPrisma(db.url, { maxConnections: 2 }), published: [] });
  }
  await createNamespace(ns, { 'meridian.io/workspace': `aud-inst-ws-${id}` });
}, 120_000);

afterAll(async () => {
  for (const i of installs) {
    await i.logging?.stop();
    await i.pipeline?.stop();
    await i.prisma.$disconnect();
    await i.db.drop();
  }
  await kafka?.remove();
  for (const prefix of [auditPrefix, eventsPrefix]) {
    await deleteIndices(es, `${prefix}*`).catch(() => undefined);
    await es.indices.deleteIndexTemplate({ name: prefix.replace(/-$/, '') }).catch(() => undefined);
  }
  await deleteNamespace(ns);
});

const SEARCH = `query { searchAuditEvents(first: 100) { totalCount edges { node { id targetName } } } }`;
interface Found { searchAuditEvents: { totalCount: number; edges: { node: { id: string; targetName: string } }[] } | null }
const search = (i: Install) => callSubgraph<Found>(i.logging!.url, SEARCH, {}, platformAdmin);

/** What a mutation of a subgraph of install `i` writes: a record into its database's outbox. */
async function publish(i: Install, n: number) {
  const sink = outboxSink(i.db.url, log);
  try {
    await Promise.all(
      Array.from({ length: n }, async (_, k) => {
        const record = startRecord({ subgraph: 'workloads', identity: platformAdmin, requestId: randomUUID(), field: 'createConfigMap', args: { project: ns, input: { name: `cm-${i.name}-${k}-${id}` } } });
        record.result = 'ok';
        i.published.push(record.id);
        await sink.write(record);
      }),
    );
  } finally {
    await sink.close();
  }
}

test('Kafka down at start: both logging subgraphs serve, and their exporters and audit indexers start once it is up', { timeout: 240_000 }, async () => {
  for (const i of installs) {
    i.logging = await start({
      port: 0,
      elasticsearchUrl: labElasticsearchUrl(),
      pipeline: false,
      databaseUrl: i.db.url,
      events: { brokers: kafka.brokers, indexPrefix: eventsPrefix, audit: { indexPrefix: auditPrefix } },
    });
    i.pipeline = await startAuditPipeline(i.prisma, { brokers: kafka.brokers }, log);
  }
  const [a, b] = installs;
  assert.notEqual(a.pipeline!.install, b.pipeline!.install, 'two databases, two installs');
  // Serving, with Kafka down: nothing indexed yet, and no error.
  for (const i of installs) {
    const r = await search(i);
    assert.equal(r.errors, undefined, JSON.stringify(r.errors));
    assert.equal(r.data?.searchAuditEvents?.totalCount, 0);
  }
  // An event made while Kafka is down is exported once it is up (the cache holds it).
  await kubeRequest(labKube(), {
    method: 'POST',
    path: `/api/v1/namespaces/${ns}/events`,
    body: { apiVersion: 'v1', kind: 'Event', metadata: { name: `ev-${id}`, namespace: ns }, involvedObject: { kind: 'Pod', name: 'web-1', namespace: ns }, reason: 'WhileKafkaDown', message: 'made while Kafka was down', type: 'Normal' },
  });
  await new Promise((r) => setTimeout(r, 3_000));
  assert.equal(a.logging!.events, undefined, 'nothing started without Kafka');

  await kafka.start();
  for (const i of installs) {
    const events = await i.logging!.eventsStarted;
    assert.ok(events?.exporter && events.audit, `install ${i.name}: the events export and the audit indexer started`);
  }
  await eventually(
    'the event made while Kafka was down is indexed',
    async () => {
      await es.indices.refresh({ index: `${eventsPrefix}*`, allow_no_indices: true });
      return (await es.count({ index: `${eventsPrefix}*`, allow_no_indices: true, query: { term: { reason: 'WhileKafkaDown' } } })).count > 0;
    },
    90_000,
    1_000,
  );
});

test('two installs publishing at once: each store and each search holds exactly its own records', { timeout: 240_000 }, async () => {
  const [a, b] = installs;
  await Promise.all([publish(a, PER_INSTALL), publish(b, PER_INSTALL)]);
  await Promise.all(installs.map((i) => i.pipeline!.relay.drained()));

  for (const i of installs) {
    const own = [...i.published].sort();
    await eventually(`install ${i.name}'s store has its records`, async () => (await i.prisma.auditEvent.count()) >= PER_INSTALL, 90_000, 500);
    await eventually(`install ${i.name}'s search finds its records`, async () => (await search(i)).data?.searchAuditEvents?.totalCount === PER_INSTALL, 90_000, 1_000);
    // Given the other install's records time to arrive too, were they to be taken in.
    await new Promise((r) => setTimeout(r, 3_000));
    const stored = await i.prisma.auditEvent.findMany({ select: { id: true } });
    assert.deepEqual(stored.map((e) => e.id).sort(), own, `install ${i.name}'s audit_events: its records, no other`);
    const found = (await search(i)).data!.searchAuditEvents!;
    assert.equal(found.totalCount, PER_INSTALL);
    assert.deepEqual(found.edges.map((e) => e.node.id).sort(), own, `install ${i.name}'s search: its records, no other`);
    assert.ok(found.edges.every((e) => e.node.targetName.startsWith(`cm-${i.name}-`)));
  }
  // Both installs' documents are in the one set of indices, each with its install.
  await es.indices.refresh({ index: `${auditPrefix}*` });
  const all = await es.search<{ id: string; install?: string }>({ index: `${auditPrefix}*`, size: 100, query: { match_all: {} } });
  const byInstall = new Map<string | undefined, number>();
  for (const h of all.hits.hits) byInstall.set(h._source?.install, (byInstall.get(h._source?.install) ?? 0) + 1);
  assert.deepEqual(Object.fromEntries(byInstall), { [a.pipeline!.install]: PER_INSTALL, [b.pipeline!.install]: PER_INSTALL });
});
