/**
 * searchLogs paged from the first page to the last (Elasticsearch pages by `from`: offset
 * cursors). Elasticsearch is Elastic's own mock under the real client, as in search-logs.test.ts,
 * here answering each request with the slice its `from`/`size`/sort ask for out of a fixed set
 * of records; the tenant's namespace comes from the lab's real Kubernetes.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { Client } from '@elastic/elasticsearch';
import MockModule from '@elastic/elasticsearch-mock';
import { callSubgraph, userIdentity } from '@meridian/core/testing';
import { collectPages } from '@meridian/core/paging/testing';
import { start } from '../src/index.ts';
import { createNamespace, deleteNamespace, eventually, suffix } from './fixtures.ts';

const id = suffix();
const ws = `logs-pg-ws-${id}`;
const ns = `logs-pg-${id}`;
const viewer = userIdentity('pg-viewer', { projects: { [ns]: 'viewer' } });
const RECORDS = 37;
// Several records share a timestamp: the store's order among them is what paging must keep.
const records = Array.from({ length: RECORDS }, (_, i) => ({
  '@timestamp': new Date(Date.UTC(2026, 10, 26, 10, 0, Math.floor(i / 3))).toISOString(),
  log: `line ${String(i).padStart(2, '0')}`,
  kubernetes: { namespace_name: ns, pod_name: 'web-1', container_name: 'app', host: 'node-0' },
}));

const Mock = MockModule as unknown as typeof MockModule.default;
const mock = new Mock();
const asked: { from: number; size: number }[] = [];
mock.add({ method: ['GET', 'POST'], path: '/:index/_search' }, (params: unknown) => {
  const body = (params as { body: { from: number; size: number; sort: { '@timestamp': { order: 'asc' | 'desc' } }[] } }).body;
  asked.push({ from: body.from, size: body.size });
  const ordered = body.sort[0]['@timestamp'].order === 'asc' ? records : [...records].reverse();
  const hits = ordered.slice(body.from, body.from + body.size).map((r, i) => ({ _index: 'logstash-2026.11.26', _id: String(body.from + i), _source: r }));
  return { took: 1, timed_out: false, hits: { total: { value: RECORDS, relation: 'eq' }, hits } };
});

let subgraph: Awaited<ReturnType<typeof start>>;

const SEARCH = `query($filter: LogFilter!, $first: Int, $after: String, $sort: LogSortOrder) {
  searchLogs(filter: $filter, first: $first, after: $after, sort: $sort) { totalCount pageInfo { hasNextPage endCursor } edges { node { message } } } }`;
type Data = { searchLogs: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { message: string } }[] } };

beforeAll(async () => {
  await createNamespace(ns, { 'meridian.io/workspace': ws });
  subgraph = await start({ port: 0, elasticsearchClient: new Client({ node: 'http://127.0.0.1:9200', Connection: mock.getConnection() as never }) });
  await eventually('the namespace in the directory', async () => !(await callSubgraph(subgraph.url, SEARCH, { filter: { namespaces: [ns] }, first: 1 }, viewer)).errors);
});

afterAll(async () => {
  await subgraph?.stop();
  await deleteNamespace(ns);
});

async function pageAll(first: number, sort: 'NEWEST_FIRST' | 'OLDEST_FIRST'): Promise<string[]> {
  asked.length = 0;
  return collectPages(first, async (after) => {
    const res = await callSubgraph<Data>(subgraph.url, SEARCH, { filter: { namespaces: [ns] }, first, after, sort }, viewer);
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    expect(res.data!.searchLogs.totalCount).toBe(RECORDS);
    return { nodes: res.data!.searchLogs.edges.map((e) => e.node.message), pageInfo: res.data!.searchLogs.pageInfo };
  });
}

describe('searchLogs: paging through every record, no duplicates, no gaps', () => {
  it('oldest first and newest first, at several page sizes; each page asks from where the last ended', async () => {
    const oldest = records.map((r) => r.log);
    for (const first of [1, 5, 37, 500]) {
      expect(await pageAll(first, 'OLDEST_FIRST'), `oldest first, ${first}`).toEqual(oldest);
      const pages = Math.max(1, Math.ceil(RECORDS / first));
      expect(asked).toEqual(Array.from({ length: pages }, (_, i) => ({ from: i * first, size: first })));
      expect(await pageAll(first, 'NEWEST_FIRST'), `newest first, ${first}`).toEqual([...oldest].reverse());
    }
  });

  it('omitted, first is 20; outside 1..500 it is BAD_USER_INPUT naming the argument and the range', async () => {
    asked.length = 0;
    const res = await callSubgraph<Data>(subgraph.url, SEARCH, { filter: { namespaces: [ns] } }, viewer);
    expect(res.data!.searchLogs.edges).toHaveLength(20);
    expect(asked).toEqual([{ from: 0, size: 20 }]);
    for (const first of [0, 501]) {
      const bad = await callSubgraph(subgraph.url, SEARCH, { filter: { namespaces: [ns] }, first }, viewer);
      expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
      expect(bad.errors?.[0]?.message).toMatch(/"first".*1 to 500/);
    }
  });
});
