/**
 * Search features against the lab's real Elasticsearch: level, workspace, workload, pod,
 * container and keyword filters (with highlight fragments), the histogram, context lines around
 * a hit (same container, search_after in a point in time, same-millisecond lines in order), the
 * streamed NDJSON/CSV export with its row limit, and tenant isolation with two tenants and a
 * namespace name reused after delete. Records go to an index of the test's own.
 */
import { test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { Client } from '@elastic/elasticsearch';
import { config, IDENTITY_HEADER, signIdentity } from '@meridian/core';
import { callSubgraph, userIdentity } from '@meridian/core/testing';
import { createDeployment, labKubeConfig } from '@meridian/core/kube/testing';
import { kubeRequest } from '@meridian/core/kube/index';
import { start } from '../src/index.ts';
import { createNamespace, deleteNamespace, eventually, namespaceGone, suffix } from './fixtures.ts';
import { labElasticsearchUrl } from './helpers.ts';

const id = suffix();
const index = `logstash-meridian-test-${id}`;
const [wsA, wsB] = [`sf-wa-${id}`, `sf-wb-${id}`];
const [nsA, nsA2, nsB] = [`sf-a-${id}`, `sf-a2-${id}`, `sf-b-${id}`];
const reused = `sf-r-${id}`;
const viewerA = userIdentity('sf-viewer-a', { projects: { [nsA]: 'viewer', [nsA2]: 'viewer' } });
const tenantB = userIdentity('sf-tenant-b', { projects: { [nsB]: 'viewer', [reused]: 'viewer' } });
let es: Client;
let subgraph: Awaited<ReturnType<typeof start>>;
let base: number;
let deployPod = '';

const at = (s: number) => new Date(base + s * 1000).toISOString();
const doc = (ns: string, time: string, log: string, pod = 'web-1', container = 'app') => ({
  '@timestamp': time,
  log: `${log}\n`,
  kubernetes: { namespace_name: ns, pod_name: pod, container_name: container, host: 'node-0' },
});

beforeAll(async () => {
  es = new Client({ node: labElasticsearchUrl() });
  await createNamespace(nsA, { 'meridian.io/workspace': wsA });
  await createNamespace(nsA2, { 'meridian.io/workspace': `other-${wsA}` });
  await createNamespace(nsB, { 'meridian.io/workspace': wsB });
  // A name tenant A used first, then deleted, then tenant B took.
  await createNamespace(reused, { 'meridian.io/workspace': wsA });
  const kc = labKubeConfig();
  await createDeployment(kc, nsA, 'api', { replicas: 1 });
  deployPod = await eventually('the api deployment has a pod', async () => {
    const pods = await kubeRequest<{ items: { metadata: { name: string } }[] }>(kc, { path: `/api/v1/namespaces/${nsA}/pods?labelSelector=app%3Dapi` });
    return pods.items[0]?.metadata.name;
  });
  base = Date.now() + 2000;
  const tenantAInReused = doc(reused, new Date(base - 1000).toISOString(), 'ERROR tenant A secret in the old namespace');
  await es.bulk({ refresh: 'wait_for', operations: [{ index: { _index: index } }, tenantAInReused] });
  await deleteNamespace(reused);
  await eventually('the reused namespace is deleted', () => namespaceGone(reused), 60_000, 500);
  await new Promise((r) => setTimeout(r, 1100)); // creation times have second precision
  await createNamespace(reused, { 'meridian.io/workspace': wsB });
  base = Date.now() + 2000;
  const docs = [
    doc(nsA, new Date(base - 86_400_000).toISOString(), 'ERROR before the namespace existed'),
    doc(nsA, at(1), 'INFO  http: GET /orders 200 seq=1'),
    doc(nsA, at(2), 'ERROR orders: request failed: disk full seq=2'),
    // A stack trace: the same millisecond as its first line, kept in order.
    doc(nsA, at(2), 'java.io.IOException: disk full'),
    doc(nsA, at(2), '\tat com.acme.orders.Store.write(Store.java:42)'),
    doc(nsA, at(3), 'WARN  orders: slow GET /orders took 900ms seq=3'),
    doc(nsA, at(4), 'DEBUG cache: hit key=orders:1 seq=4'),
    doc(nsA, at(2), 'INFO  sidecar: ready', 'web-1', 'proxy'),
    doc(nsA, at(5), 'ERROR payments: disk quota <exceeded>, "now" & more', 'web-2'),
    doc(nsA, at(6), 'INFO  api: started', deployPod),
    doc(nsA2, at(1), 'ERROR in the second project of A'),
    doc(nsB, at(1), 'ERROR disk full in the other tenant'),
    doc(reused, at(1), 'INFO  tenant B in the reused namespace'),
  ];
  await es.bulk({ refresh: 'wait_for', operations: docs.flatMap((d) => [{ index: { _index: index } }, d]) });
  subgraph = await start({ port: 0, elasticsearchUrl: labElasticsearchUrl(), elasticsearchIndex: index, events: false, pipeline: false });
}, 120_000);

afterAll(async () => {
  await subgraph?.stop();
  await es?.indices.delete({ index, ignore_unavailable: true }).catch(() => undefined);
  await Promise.all([nsA, nsA2, nsB, reused].map(deleteNamespace));
});

const SEARCH = `query($f: LogFilter!, $sort: LogSortOrder, $i: String!) {
  searchLogs(filter: $f, sort: $sort, first: 50) {
    totalCount
    edges { node { id message namespace pod container level highlights } }
    histogram(interval: $i) { time count }
  }
}`;
interface Node { id: string; message: string; namespace: string; pod: string; container: string; level: string | null; highlights: string[] }
type Data = { searchLogs: { totalCount: number; edges: { node: Node }[]; histogram: { time: string; count: number }[] } };

async function search(who: typeof viewerA, f: Record<string, unknown>, interval = '1s') {
  const r = await callSubgraph<Data>(subgraph.url, SEARCH, { f, sort: 'OLDEST_FIRST', i: interval }, who);
  assert.equal(r.errors, undefined, JSON.stringify(r.errors));
  return r.data!.searchLogs;
}
const messages = (r: Data['searchLogs']) => r.edges.map((e) => e.node.message);

test('filters: level, workspace, workload, pod, container, keyword with highlights; histogram', { timeout: 60_000 }, async () => {
  const all = await eventually('the namespace directory has the test namespaces', async () => {
    const r = await search(viewerA, { namespaces: [nsA] });
    return r.totalCount ? r : undefined;
  }, 20_000);
  assert.equal(all.totalCount, 9, 'nothing from before the namespace');
  assert.deepEqual(all.edges.slice(0, 2).map((e) => e.node.level), ['INFO', 'ERROR']);
  assert.equal(all.edges.find((e) => e.node.message.startsWith('java.io'))!.node.level, null);

  const errors = await search(viewerA, { namespaces: [nsA], levels: ['ERROR', 'WARN'] });
  assert.deepEqual(messages(errors), ['ERROR orders: request failed: disk full seq=2', 'WARN  orders: slow GET /orders took 900ms seq=3', 'ERROR payments: disk quota <exceeded>, "now" & more']);

  const ws = await search(viewerA, { workspace: wsA, levels: ['ERROR'] });
  assert.deepEqual(ws.edges.map((e) => e.node.namespace).sort(), [nsA, nsA], 'only the workspace\'s projects (not nsA2 of another workspace)');
  const both = await search(viewerA, { levels: ['ERROR'] });
  assert.equal(both.totalCount, 3, 'both of A\'s projects, none of B\'s');

  const workload = await search(viewerA, { namespaces: [nsA], workload: { kind: 'DEPLOYMENT', name: 'api' } });
  assert.deepEqual(messages(workload), ['INFO  api: started']);
  const noWorkload = await callSubgraph<Data>(subgraph.url, SEARCH, { f: { namespaces: [nsA], workload: { kind: 'DEPLOYMENT', name: 'nope' } }, i: '1s' }, viewerA);
  assert.equal(noWorkload.errors?.[0].extensions?.code, 'NOT_FOUND');
  const workloadNoProject = await callSubgraph<Data>(subgraph.url, SEARCH, { f: { workload: { kind: 'DEPLOYMENT', name: 'api' } }, i: '1s' }, viewerA);
  assert.equal(workloadNoProject.errors?.[0].extensions?.code, 'BAD_USER_INPUT');

  const pod = await search(viewerA, { namespaces: [nsA], pods: ['web-2'] });
  assert.deepEqual(messages(pod), ['ERROR payments: disk quota <exceeded>, "now" & more']);
  const container = await search(viewerA, { namespaces: [nsA], containers: ['proxy'] });
  assert.deepEqual(messages(container), ['INFO  sidecar: ready']);

  const kw = await search(viewerA, { namespaces: [nsA], keywords: ['DISK'] });
  assert.equal(kw.totalCount, 3);
  const payments = kw.edges.find((e) => e.node.pod === 'web-2')!.node;
  assert.deepEqual(payments.highlights, ['ERROR payments: <em>disk</em> quota &lt;exceeded&gt;, &quot;now&quot; &amp; more'], 'HTML-escaped, keyword marked');

  const h = await search(viewerA, { namespaces: [nsA] }, '1s');
  assert.equal(h.histogram.reduce((n, b) => n + b.count, 0), 9);
  const busiest = h.histogram.find((b) => b.time === new Date(Math.floor((base + 2000) / 1000) * 1000).toISOString());
  assert.equal(busiest?.count, 4, 'the second with the error, its stack trace and the sidecar line');
  const coarse = await search(viewerA, { namespaces: [nsA] }, '1d');
  assert.ok(coarse.histogram.length <= 2 && coarse.histogram.reduce((n, b) => n + b.count, 0) === 9);
  const bad = await callSubgraph<Data>(subgraph.url, SEARCH, { f: {}, i: 'often' }, viewerA);
  assert.equal(bad.errors?.[0].extensions?.code, 'BAD_USER_INPUT');
});

const CONTEXT = `query($p: String!, $id: ID!, $b: Int, $a: Int) { logContext(project: $p, id: $id, before: $b, after: $a) { before { message container } hit { message } after { message container } } }`;
type Ctx = { logContext: { before: { message: string; container: string }[]; hit: { message: string }; after: { message: string; container: string }[] } | null };

test('context: the lines before and after a hit in the same container, same-millisecond lines in order; hidden = NOT_FOUND', { timeout: 30_000 }, async () => {
  const hit = (await search(viewerA, { namespaces: [nsA], keywords: ['request failed'] })).edges[0].node;
  const r = await callSubgraph<Ctx>(subgraph.url, CONTEXT, { p: nsA, id: hit.id, b: 5, a: 2 }, viewerA);
  assert.equal(r.errors, undefined, JSON.stringify(r.errors));
  assert.deepEqual(r.data!.logContext!.before.map((l) => l.message), ['INFO  http: GET /orders 200 seq=1'], 'nothing from before the namespace, nor the proxy container');
  assert.equal(r.data!.logContext!.hit.message, hit.message);
  assert.deepEqual(r.data!.logContext!.after.map((l) => l.message), ['java.io.IOException: disk full', '\tat com.acme.orders.Store.write(Store.java:42)']);

  const other = await callSubgraph<Ctx>(subgraph.url, CONTEXT, { p: nsB, id: hit.id }, tenantB);
  assert.equal(other.errors?.[0].extensions?.code, 'NOT_FOUND', 'an id of another tenant\'s project is not found in one\'s own');
  const hidden = await callSubgraph<Ctx>(subgraph.url, CONTEXT, { p: nsA, id: hit.id }, tenantB);
  assert.equal(hidden.errors?.[0].extensions?.code, 'NOT_FOUND');
  const tooMany = await callSubgraph<Ctx>(subgraph.url, CONTEXT, { p: nsA, id: hit.id, b: 201 }, viewerA);
  assert.equal(tooMany.errors?.[0].extensions?.code, 'BAD_USER_INPUT');
});

async function download(file: string, params: Record<string, string>, who?: typeof viewerA) {
  const url = new URL(`/download/logs/${file}`, subgraph.url);
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
  return fetch(url, { headers: who ? { [IDENTITY_HEADER]: await signIdentity(who, config.internalKey) } : {} });
}

test('export: NDJSON and CSV, streamed in time order, cut at the row limit; 401 without identity, 404 when hidden', { timeout: 30_000 }, async () => {
  const filter = JSON.stringify({ namespaces: [nsA] });
  const nd = await download('logs.ndjson', { filter, sort: 'OLDEST_FIRST' }, viewerA);
  assert.equal(nd.status, 200);
  assert.equal(nd.headers.get('content-type'), 'application/x-ndjson');
  const rows = (await nd.text()).trim().split('\n').map((l) => JSON.parse(l) as { message: string; level: string | null; pod: string });
  assert.equal(rows.length, 9);
  assert.deepEqual(rows.slice(0, 2).map((r) => r.message), ['INFO  http: GET /orders 200 seq=1', 'ERROR orders: request failed: disk full seq=2']);

  const limited = await download('logs.ndjson', { filter, limit: '4' }, viewerA);
  assert.equal((await limited.text()).trim().split('\n').length, 4);

  const csv = await download('logs.csv', { filter: JSON.stringify({ namespaces: [nsA], pods: ['web-2'] }) }, viewerA);
  assert.equal(csv.status, 200);
  assert.match(csv.headers.get('content-disposition') ?? '', /logs\.csv/);
  const lines = (await csv.text()).split('\r\n');
  assert.equal(lines[0], 'time,namespace,pod,container,host,level,message');
  // Quoted because of its comma, its quotes doubled.
  assert.equal(lines[1].replace(/^[^,]+,/, ''), `${nsA},web-2,app,node-0,ERROR,"ERROR payments: disk quota <exceeded>, ""now"" & more"`);
  assert.equal(lines.length, 3, 'header, one row, and the last line end');

  assert.equal((await download('logs.csv', { filter })).status, 401);
  assert.equal((await download('logs.csv', { filter: JSON.stringify({ namespaces: [nsB] }) }, viewerA)).status, 404);
  assert.equal((await download('logs.csv', { filter, limit: '100001' }, viewerA)).status, 400);
  assert.equal((await download('logs.xml', { filter }, viewerA)).status, 400);
});

test('isolation: two tenants, and a namespace name reused after delete shows nothing of its earlier tenant', { timeout: 30_000 }, async () => {
  const b = await eventually('tenant B sees the reused namespace', async () => {
    const r = await search(tenantB, {});
    return r.edges.some((e) => e.node.namespace === reused) ? r : undefined;
  }, 20_000);
  assert.deepEqual(messages(b).sort(), ['ERROR disk full in the other tenant', 'INFO  tenant B in the reused namespace']);
  const kw = await search(tenantB, { namespaces: [reused], keywords: ['secret'] });
  assert.equal(kw.totalCount, 0, 'tenant A\'s line under the same name is older than the namespace');
  const a = await search(viewerA, { keywords: ['tenant'] });
  assert.equal(a.totalCount, 0, 'tenant A sees none of B\'s, nor its old namespace now someone else\'s');
});
