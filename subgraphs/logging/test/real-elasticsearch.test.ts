/**
 * searchLogs against a real Elasticsearch: the lab's node (`lab up`; deploy/local/components/
 * elasticsearch.ts), or any other server when MERIDIAN_ELASTICSEARCH_URL is set (credentials may
 * go in the URL). The suite writes Fluent Bit-shaped records into its own index
 * `logstash-meridian-test-<id>` with dynamic mapping, searches only that index, and deletes it
 * afterwards. It needs the lab's Kubernetes for the namespaces. The mock-based suites
 * (search-logs, search-paging) stay as unit tests of the exact request bodies.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { Client } from '@elastic/elasticsearch';
import { LAB_DIR } from '@meridian/core';
import { callSubgraph, userIdentity } from '@meridian/core/testing';
import { start } from '../src/index.ts';
import { createNamespace, deleteNamespace, eventually, suffix } from './fixtures.ts';

/** The server to test: MERIDIAN_ELASTICSEARCH_URL, else the lab's; fails clearly when neither runs. */
function elasticsearchUrl(): string {
  if (process.env.MERIDIAN_ELASTICSEARCH_URL) return process.env.MERIDIAN_ELASTICSEARCH_URL;
  const file = join(LAB_DIR, 'endpoints.json');
  const eps = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { elasticsearch?: { url?: string } }) : {};
  if (!eps.elasticsearch?.url) throw new Error(`the lab's Elasticsearch is not running (no elasticsearch in ${file}); start it with "npx tsx deploy/local/lab.ts up --only elasticsearch"`);
  return eps.elasticsearch.url;
}

const id = suffix();
const index = `logstash-meridian-test-${id}`;
const ws = `es-ws-${id}`;
const nsA = `es-a-${id}`;
const nsB = `es-b-${id}`;
const viewerA = userIdentity('es-viewer', { projects: { [nsA]: 'viewer' } });
let es: Client | undefined;
let subgraph: Awaited<ReturnType<typeof start>> | undefined;

const record = (ns: string, time: string, log: string, pod = 'web-1') => ({
  '@timestamp': time,
  log: `${log}\n`,
  stream: 'stdout',
  kubernetes: { namespace_name: ns, pod_name: pod, container_name: 'app', host: 'node-0' },
});

beforeAll(async () => {
  const url = elasticsearchUrl();
  es = new Client({ node: url });
  await es.info().catch((err: Error) => {
    throw new Error(`Elasticsearch at ${url} does not answer (is the lab's up? "npx tsx deploy/local/lab.ts up --only elasticsearch"): ${err.message}`);
  });
  await createNamespace(nsA, { 'meridian.io/workspace': ws });
  await createNamespace(nsB, { 'meridian.io/workspace': `other-${ws}` });
  const now = Date.now();
  const at = (s: number) => new Date(now + s * 1000).toISOString();
  const docs = [
    record(nsA, new Date(now - 86_400_000).toISOString(), 'ERROR previous tenant secret'), // before nsA existed
    record(nsA, at(1), 'ERROR disk full'),
    record(nsA, at(2), 'all good'),
    record(nsA, at(3), 'upstream Timeout after 30s', 'web-2'),
    record(nsB, at(1), 'ERROR in the other tenant'),
  ];
  await es.bulk({ refresh: 'wait_for', operations: docs.flatMap((d) => [{ index: { _index: index } }, d]) });
  subgraph = await start({ port: 0, elasticsearchUrl: url, elasticsearchIndex: index });
});

afterAll(async () => {
  await subgraph?.stop();
  await es?.indices.delete({ index, ignore_unavailable: true }).catch(() => undefined);
  await Promise.all([nsA, nsB].map(deleteNamespace));
});

const SEARCH = `query($f: LogFilter!, $sort: LogSortOrder) {
  searchLogs(filter: $f, sort: $sort) { totalCount edges { node { message namespace pod } } histogram(interval: "1h") { count } }
}`;
type Data = { searchLogs: { totalCount: number; edges: { node: { message: string; namespace: string; pod: string } }[]; histogram: { count: number }[] } };

test('real Elasticsearch: tenant scope, creation-time cut-off, keywords (OR, any case), sort, histogram', { timeout: 60_000 }, async () => {
  const all = await eventually('the namespace directory has the test namespaces', async () => {
    const r = await callSubgraph<Data>(subgraph!.url, SEARCH, { f: {}, sort: 'OLDEST_FIRST' }, viewerA);
    return r.data?.searchLogs?.totalCount ? r : undefined;
  }, 15_000);
  assert.equal(all.errors, undefined, JSON.stringify(all.errors));
  assert.deepEqual(all.data!.searchLogs.edges.map((e) => e.node.message), ['ERROR disk full', 'all good', 'upstream Timeout after 30s']);
  assert.equal(all.data!.searchLogs.totalCount, 3, 'neither the other tenant nor the earlier holder of the name');
  assert.equal(all.data!.searchLogs.histogram.reduce((n, b) => n + b.count, 0), 3);

  const kw = await callSubgraph<Data>(subgraph!.url, SEARCH, { f: { keywords: ['error', 'TIMEOUT'] }, sort: 'NEWEST_FIRST' }, viewerA);
  assert.deepEqual(kw.data!.searchLogs.edges.map((e) => e.node.message), ['upstream Timeout after 30s', 'ERROR disk full']);

  const pods = await callSubgraph<Data>(subgraph!.url, SEARCH, { f: { pods: ['web-2'] } }, viewerA);
  assert.deepEqual(pods.data!.searchLogs.edges.map((e) => e.node.pod), ['web-2']);

  const denied = await callSubgraph<Data>(subgraph!.url, SEARCH, { f: { namespaces: [nsB] } }, viewerA);
  assert.equal(denied.errors?.[0].extensions?.code, 'NOT_FOUND');
});
