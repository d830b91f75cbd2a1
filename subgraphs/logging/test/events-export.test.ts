/**
 * Kubernetes Events through the lab's real Kafka into its real Elasticsearch: an Event created
 * through the API server with timestamps two hours old (past the API server's one-hour expiry) is
 * found by searchEvents; filters; a tenant never sees another tenant's events, nor those of an
 * earlier namespace of the same name. Topic, consumer group and indices are the test's own.
 */
import { test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { Client } from '@elastic/elasticsearch';
import { callSubgraph, userIdentity } from '@meridian/core/testing';
import { labKafkaBrokers } from '@meridian/core/kafka/testing';
import { kubeRequest } from '@meridian/core/kube/index';
import { start } from '../src/index.ts';
import { createNamespace, deleteNamespace, eventually, labKube, namespaceGone, suffix } from './fixtures.ts';
import { labElasticsearchUrl } from './helpers.ts';

const id = suffix();
const indexPrefix = `meridian-events-test-${id}-`;
const [nsA, nsB, reused] = [`ev-a-${id}`, `ev-b-${id}`, `ev-r-${id}`];
const tenantA = userIdentity('ev-tenant-a', { projects: { [nsA]: 'viewer' } });
const tenantB = userIdentity('ev-tenant-b', { projects: { [nsB]: 'viewer', [reused]: 'viewer' } });
let subgraph: Awaited<ReturnType<typeof start>>;
const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString().replace(/\.\d+Z$/, 'Z');

async function createEvent(namespace: string, name: string, reason: string, opts: { type?: string; kind?: string; object?: string; at?: string } = {}) {
  const at = opts.at ?? hoursAgo(0);
  await kubeRequest(labKube(), {
    method: 'POST',
    path: `/api/v1/namespaces/${namespace}/events`,
    body: {
      apiVersion: 'v1',
      kind: 'Event',
      metadata: { name, namespace },
      involvedObject: { kind: opts.kind ?? 'Pod', name: opts.object ?? 'web-1', namespace },
      reason,
      message: `${reason} happened`,
      type: opts.type ?? 'Normal',
      count: 3,
      firstTimestamp: at,
      lastTimestamp: at,
      source: { component: 'meridian-test' },
    },
  });
}

beforeAll(async () => {
  await createNamespace(nsA, { 'meridian.io/workspace': `ev-wa-${id}` });
  await createNamespace(nsB, { 'meridian.io/workspace': `ev-wb-${id}` });
  await createNamespace(reused, { 'meridian.io/workspace': `ev-wa-${id}` });
  subgraph = await start({
    port: 0,
    elasticsearchUrl: labElasticsearchUrl(),
    pipeline: false,
    events: { brokers: labKafkaBrokers(), topic: `meridian.events.test-${id}`, groupId: `meridian-events-test-${id}`, indexPrefix },
  });
  assert.ok(await subgraph.eventsStarted, 'the event export runs');
}, 60_000);

afterAll(async () => {
  await subgraph?.stop();
  const es = new Client({ node: labElasticsearchUrl() });
  await es.indices.delete({ index: `${indexPrefix}*`, ignore_unavailable: true, allow_no_indices: true }).catch(() => undefined);
  await es.indices.deleteIndexTemplate({ name: indexPrefix.replace(/-$/, '') }).catch(() => undefined);
  await Promise.all([nsA, nsB, reused].map(deleteNamespace));
});

const SEARCH = `query($p: String!, $kind: String, $name: String, $reason: String, $type: String, $from: String, $to: String) {
  searchEvents(project: $p, kind: $kind, name: $name, reason: $reason, type: $type, from: $from, to: $to) {
    totalCount
    edges { node { uid namespace involvedKind involvedName type reason message count source firstSeen lastSeen } }
  }
}`;
interface EventNode { uid: string; namespace: string; involvedKind: string; involvedName: string; type: string; reason: string; message: string; count: number; source: string; firstSeen: string; lastSeen: string }
type Data = { searchEvents: { totalCount: number; edges: { node: EventNode }[] } | null };

const reasons = (d: Data) => d.searchEvents!.edges.map((e) => e.node.reason).sort();

test('an Event two hours old (past the API server\'s expiry) is found, with its fields; filters', { timeout: 60_000 }, async () => {
  const twoHoursAgo = hoursAgo(2);
  await createEvent(nsA, 'old-one', 'BackOff', { type: 'Warning', at: twoHoursAgo });
  await createEvent(nsA, 'new-one', 'Scaled', { kind: 'Deployment', object: 'api' });
  const found = await eventually('both events are searchable', async () => {
    const r = await callSubgraph<Data>(subgraph.url, SEARCH, { p: nsA }, tenantA);
    return r.data?.searchEvents?.totalCount === 2 ? r.data : undefined;
  }, 30_000, 500);
  const old = found.searchEvents!.edges.find((e) => e.node.reason === 'BackOff')!.node;
  assert.deepEqual(
    { ...old, uid: undefined },
    { uid: undefined, namespace: nsA, involvedKind: 'Pod', involvedName: 'web-1', type: 'Warning', reason: 'BackOff', message: 'BackOff happened', count: 3, source: 'meridian-test', firstSeen: new Date(twoHoursAgo).toISOString(), lastSeen: new Date(twoHoursAgo).toISOString() },
  );
  assert.equal(found.searchEvents!.edges[0].node.reason, 'Scaled', 'newest first');

  const q = async (vars: Record<string, string>) => (await callSubgraph<Data>(subgraph.url, SEARCH, { p: nsA, ...vars }, tenantA)).data!;
  assert.deepEqual(reasons(await q({ type: 'Warning' })), ['BackOff']);
  assert.deepEqual(reasons(await q({ kind: 'Deployment', name: 'api' })), ['Scaled']);
  assert.deepEqual(reasons(await q({ reason: 'BackOff' })), ['BackOff']);
  assert.deepEqual(reasons(await q({ from: hoursAgo(1) })), ['Scaled'], 'the old one was last seen two hours ago');
  assert.deepEqual(reasons(await q({ to: hoursAgo(1) })), ['BackOff']);
  const bad = await callSubgraph<Data>(subgraph.url, SEARCH, { p: nsA, from: 'yesterday' }, tenantA);
  assert.equal(bad.errors?.[0].extensions?.code, 'BAD_USER_INPUT');
});

test('tenants: never another tenant\'s events, nor those of an earlier namespace of the same name', { timeout: 120_000 }, async () => {
  await createEvent(nsB, 'b-one', 'Pulled');
  await createEvent(reused, 'a-in-reused', 'SecretOfA');
  await eventually('tenant A\'s event in the reused namespace is indexed', async () => {
    const es = new Client({ node: labElasticsearchUrl() });
    const r = await es.count({ index: `${indexPrefix}*`, query: { term: { namespace: reused } } }).catch(() => ({ count: 0 }));
    return r.count > 0;
  }, 30_000, 500);
  await deleteNamespace(reused);
  await eventually('the reused namespace is deleted', () => namespaceGone(reused), 60_000, 500);
  await createNamespace(reused, { 'meridian.io/workspace': `ev-wb-${id}` });
  await createEvent(reused, 'b-in-reused', 'MineNow');

  const b = await eventually('tenant B sees its own event in the reused namespace', async () => {
    const r = await callSubgraph<Data>(subgraph.url, SEARCH, { p: reused }, tenantB);
    return r.data?.searchEvents?.totalCount ? r.data : undefined;
  }, 30_000, 500);
  assert.deepEqual(reasons(b), ['MineNow'], 'not SecretOfA, whose namespace of that name came first');
  const bOwn = (await callSubgraph<Data>(subgraph.url, SEARCH, { p: nsB }, tenantB)).data!;
  assert.deepEqual(reasons(bOwn), ['Pulled']);

  for (const [who, ns] of [[tenantA, nsB], [tenantB, nsA], [tenantA, reused]] as const) {
    const r = await callSubgraph<Data>(subgraph.url, SEARCH, { p: ns }, who);
    assert.equal(r.errors?.[0].extensions?.code, 'NOT_FOUND', `${who.username} on ${ns}`);
    assert.equal(r.data?.searchEvents ?? null, null);
  }
});
