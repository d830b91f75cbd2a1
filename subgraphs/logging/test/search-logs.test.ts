/**
 * searchLogs through @elastic/elasticsearch, with Elastic's own mock (@elastic/elasticsearch-mock)
 * in place of the HTTP layer: we assert the exact request Elasticsearch would get (tenant
 * namespaces, each with its creation time, filters, sort, paging) and how the answer is mapped.
 * Namespaces (and their creation times) come from the lab's real Kubernetes.
 */
import { test, beforeAll, afterAll, beforeEach } from 'vitest';
import assert from 'node:assert/strict';
import { Client } from '@elastic/elasticsearch';
import MockModule from '@elastic/elasticsearch-mock';
import { callSubgraph, userIdentity } from '@meridian/core/testing';
import { offsetCursor } from '@meridian/core/paging/index';
import { start } from '../src/index.ts';
import { createNamespace, deleteNamespace, eventually, namespaceGone, suffix } from './fixtures.ts';

const id = suffix();
const wsA = `logs-ws-a-${id}`;
const wsB = `logs-ws-b-${id}`;
const nsA1 = `logs-a1-${id}`;
const nsA2 = `logs-a2-${id}`;
const nsB = `logs-b-${id}`;
const created: Record<string, string> = {};

const roles = {
  admin: userIdentity('root', { platformRole: 'platform-admin' }),
  wsAdminA: userIdentity('wadmin', { workspaces: { [wsA]: 'workspace-admin' } }),
  viewerA1: userIdentity('viewer', { projects: { [nsA1]: 'viewer' } }),
  tenantB: userIdentity('bob', { workspaces: { [wsB]: 'workspace-viewer' } }),
  nobody: userIdentity('nobody'),
};

// The package is CommonJS (module.exports = class) but its types declare an ES default export.
const Mock = MockModule as unknown as typeof MockModule.default;
const mock = new Mock();
const requests: { path: string; body: Record<string, unknown>; querystring: Record<string, string> }[] = [];
let nextResponse: unknown;
mock.add({ method: ['GET', 'POST'], path: '/:index/_search' }, (params: unknown) => {
  requests.push(params as never);
  return nextResponse as Record<string, unknown>;
});

let subgraph: Awaited<ReturnType<typeof start>>;
let esDown: Awaited<ReturnType<typeof start>>;

beforeAll(async () => {
  for (const [ns, ws] of [[nsA1, wsA], [nsA2, wsA], [nsB, wsB]] as const) {
    const obj = await createNamespace(ns, { 'meridian.io/workspace': ws });
    created[ns] = new Date(obj.metadata.creationTimestamp).toISOString();
  }
  // `as never`: the mock's types name the CommonJS build of @elastic/transport, the client's the ESM one.
  subgraph = await start({ port: 0, elasticsearchClient: new Client({ node: 'http://127.0.0.1:9200', Connection: mock.getConnection() as never }) });
  esDown = await start({ port: 0, elasticsearchUrl: 'http://127.0.0.1:1' });
  // The namespace watch sees our namespaces shortly after they are created.
  await eventually('namespaces in the directory', async () => {
    nextResponse = emptyAnswer;
    const r = await callSubgraph<{ searchLogs: { totalCount: number } }>(subgraph.url, SEARCH, { filter: { namespaces: [nsA1, nsA2, nsB] } }, roles.admin);
    return !r.errors;
  });
});
afterAll(async () => {
  await subgraph?.stop();
  await esDown?.stop();
  await Promise.all([nsA1, nsA2, nsB].map(deleteNamespace));
});
beforeEach(() => {
  requests.length = 0;
  nextResponse = emptyAnswer;
});

const emptyAnswer = { took: 1, timed_out: false, hits: { total: { value: 0, relation: 'eq' }, hits: [] } };
const SOURCE = ['@timestamp', 'log', 'kubernetes.namespace_name', 'kubernetes.pod_name', 'kubernetes.container_name', 'kubernetes.host'];
const nsClause = (...names: string[]) => ({
  bool: {
    should: names.map((n) => ({ bool: { filter: [{ term: { 'kubernetes.namespace_name.keyword': n } }, { range: { '@timestamp': { gte: created[n] } } }] } })),
    minimum_should_match: 1,
  },
});

const SEARCH = `query($filter: LogFilter!, $first: Int, $after: String, $sort: LogSortOrder) {
  searchLogs(filter: $filter, first: $first, after: $after, sort: $sort) {
    totalCount
    edges { cursor node { time message namespace pod container host } }
    pageInfo { hasNextPage hasPreviousPage endCursor }
  }
}`;
type SearchData = {
  searchLogs: {
    totalCount: number;
    edges: { cursor: string; node: { time: string; message: string; namespace: string; pod: string | null; container: string | null; host: string | null } }[];
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  } | null;
};

test('a workspace admin searches every project of the workspace, each from its creation time', async () => {
  const res = await callSubgraph<SearchData>(subgraph.url, SEARCH, { filter: {} }, roles.wsAdminA);
  assert.equal(res.errors, undefined);
  assert.equal(requests.length, 1);
  assert.equal(requests[0].path, '/logstash-*/_search');
  assert.deepEqual(requests[0].querystring, { ignore_unavailable: 'true', allow_no_indices: 'true' });
  assert.deepEqual(requests[0].body, {
    query: { bool: { filter: [nsClause(nsA1, nsA2)] } },
    sort: [{ '@timestamp': { order: 'desc', unmapped_type: 'date' } }],
    from: 0,
    size: 20,
    track_total_hits: true,
    _source: SOURCE,
  });
});

test('filters, keywords (OR), time range, oldest-first sort and paging reach Elasticsearch exactly', async () => {
  nextResponse = {
    hits: {
      total: { value: 5, relation: 'eq' },
      hits: [
        { _index: 'logstash-2026.11.26', _id: '1', _source: { '@timestamp': '2026-11-26T10:00:00.000Z', log: 'GET /healthz 200\n', kubernetes: { namespace_name: nsA1, pod_name: 'web-1', container_name: 'app', host: 'node-0' } } },
        { _index: 'logstash-2026.11.26', _id: '2', _source: { '@timestamp': '2026-11-26T10:00:01.000Z', log: 'ERROR timeout', kubernetes: { namespace_name: nsA1, pod_name: 'web-2' } } },
      ],
    },
  };
  // The cursor comes from a page in the same order (a cursor is bound to its list's sort order).
  const first = await callSubgraph<SearchData>(subgraph.url, SEARCH, { filter: { namespaces: [nsA1] }, first: 2, sort: 'OLDEST_FIRST' }, roles.viewerA1);
  const cursor = first.data!.searchLogs!.pageInfo.endCursor;
  assert.ok(cursor);
  requests.length = 0;
  const res = await callSubgraph<SearchData>(
    subgraph.url,
    SEARCH,
    {
      filter: { namespaces: [nsA1], pods: ['web-1', 'web-2'], containers: ['app'], keywords: ['error', 'Timeout'], start: '2026-11-26T00:00:00Z', end: '2026-11-26T12:00:00+01:00' },
      first: 2,
      after: cursor,
      sort: 'OLDEST_FIRST',
    },
    roles.viewerA1,
  );
  assert.equal(res.errors, undefined);
  assert.deepEqual(requests[0].body, {
    query: {
      bool: {
        filter: [
          nsClause(nsA1),
          { terms: { 'kubernetes.pod_name.keyword': ['web-1', 'web-2'] } },
          { terms: { 'kubernetes.container_name.keyword': ['app'] } },
          { range: { '@timestamp': { gte: '2026-11-26T00:00:00.000Z', lte: '2026-11-26T11:00:00.000Z' } } },
          { bool: { should: [{ match_phrase: { log: 'error' } }, { match_phrase: { log: 'Timeout' } }], minimum_should_match: 1 } },
        ],
      },
    },
    // Fragments around the keywords, HTML-escaped with <em> marks.
    highlight: {
      encoder: 'html',
      pre_tags: ['<em>'],
      post_tags: ['</em>'],
      fields: { log: { number_of_fragments: 3, fragment_size: 200, highlight_query: { bool: { should: [{ match_phrase: { log: 'error' } }, { match_phrase: { log: 'Timeout' } }], minimum_should_match: 1 } } } },
    },
    sort: [{ '@timestamp': { order: 'asc', unmapped_type: 'date' } }],
    from: 2,
    size: 2,
    track_total_hits: true,
    _source: SOURCE,
  });
  const result = res.data!.searchLogs!;
  assert.equal(result.totalCount, 5);
  assert.deepEqual(result.edges.map((e) => e.node), [
    { time: '2026-11-26T10:00:00.000Z', message: 'GET /healthz 200', namespace: nsA1, pod: 'web-1', container: 'app', host: 'node-0' },
    { time: '2026-11-26T10:00:01.000Z', message: 'ERROR timeout', namespace: nsA1, pod: 'web-2', container: null, host: null },
  ]);
  assert.deepEqual(result.pageInfo.hasNextPage, true, 'records 3-4 of 5: one more remains');
  assert.deepEqual(result.pageInfo.hasPreviousPage, true);
  // The next page starts after the last edge.
  requests.length = 0;
  await callSubgraph<SearchData>(subgraph.url, SEARCH, { filter: { namespaces: [nsA1] }, first: 2, after: result.pageInfo.endCursor, sort: 'OLDEST_FIRST' }, roles.viewerA1);
  assert.equal(requests[0].body.from, 4);
});

test('asking for a project one may not view is NOT_FOUND, and Elasticsearch is not asked', async () => {
  for (const [who, ns] of [[roles.viewerA1, nsA2], [roles.viewerA1, nsB], [roles.tenantB, nsA1], [roles.wsAdminA, nsB]] as const) {
    const res = await callSubgraph<SearchData>(subgraph.url, SEARCH, { filter: { namespaces: [ns] } }, who);
    assert.equal(res.errors?.[0].extensions?.code, 'NOT_FOUND', `${who.username} on ${ns}`);
    assert.equal(res.data?.searchLogs ?? null, null);
  }
  const mixed = await callSubgraph<SearchData>(subgraph.url, SEARCH, { filter: { namespaces: [nsA1, nsB] } }, roles.viewerA1);
  assert.equal(mixed.errors?.[0].extensions?.code, 'NOT_FOUND', 'one hidden namespace fails the whole search');
  const unknown = await callSubgraph<SearchData>(subgraph.url, SEARCH, { filter: { namespaces: [`never-${id}`] } }, roles.admin);
  assert.equal(unknown.errors?.[0].extensions?.code, 'NOT_FOUND', 'a namespace that does not exist has no logs to show');
  assert.equal(requests.length, 0);
});

test('without a namespace filter each caller searches exactly their own projects', async () => {
  await callSubgraph(subgraph.url, SEARCH, { filter: {} }, roles.tenantB);
  assert.deepEqual((requests[0].body.query as { bool: { filter: unknown[] } }).bool.filter[0], nsClause(nsB));
  requests.length = 0;
  await callSubgraph(subgraph.url, SEARCH, { filter: {} }, roles.viewerA1);
  assert.deepEqual((requests[0].body.query as { bool: { filter: unknown[] } }).bool.filter[0], nsClause(nsA1));
  requests.length = 0;
  await callSubgraph(subgraph.url, SEARCH, { filter: {} }, roles.admin);
  const should = ((requests[0].body.query as { bool: { filter: { bool: { should: { bool: { filter: { term: Record<string, string> }[] } }[] } }[] } }).bool.filter[0].bool.should).map(
    (s) => s.bool.filter[0].term['kubernetes.namespace_name.keyword'],
  );
  for (const ns of [nsA1, nsA2, nsB]) assert.ok(should.includes(ns), `platform admin searches ${ns}`);

  requests.length = 0;
  const none = await callSubgraph<SearchData>(subgraph.url, SEARCH, { filter: {} }, roles.nobody);
  assert.deepEqual(none.data?.searchLogs, { totalCount: 0, edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: false, endCursor: null } });
  assert.equal(requests.length, 0, 'a caller with no projects costs Elasticsearch nothing');
});

test('histogram aggregates over the same tenant filter', async () => {
  nextResponse = {
    hits: { total: { value: 7, relation: 'eq' }, hits: [] },
    aggregations: {
      histogram: {
        buckets: [
          { key_as_string: '2026-11-26T10:00:00.000Z', key: Date.parse('2026-11-26T10:00:00Z'), doc_count: 4 },
          { key_as_string: '2026-11-26T10:05:00.000Z', key: Date.parse('2026-11-26T10:05:00Z'), doc_count: 3 },
        ],
      },
    },
  };
  const res = await callSubgraph<{ searchLogs: { histogram: { time: string; count: number }[] } }>(
    subgraph.url,
    `query($f: LogFilter!) { searchLogs(filter: $f) { histogram(interval: "5m") { time count } } }`,
    { f: { keywords: ['oops'] } },
    roles.wsAdminA,
  );
  assert.equal(res.errors, undefined);
  assert.equal(requests.length, 1, 'only the aggregation runs when no hits are asked for');
  assert.deepEqual(requests[0].body, {
    size: 0,
    query: { bool: { filter: [nsClause(nsA1, nsA2), { bool: { should: [{ match_phrase: { log: 'oops' } }], minimum_should_match: 1 } }] } },
    aggs: { histogram: { date_histogram: { field: '@timestamp', fixed_interval: '5m', min_doc_count: 0 } } },
  });
  assert.deepEqual(res.data!.searchLogs.histogram, [
    { time: '2026-11-26T10:00:00.000Z', count: 4 },
    { time: '2026-11-26T10:05:00.000Z', count: 3 },
  ]);
  const bad = await callSubgraph(subgraph.url, `{ searchLogs(filter: {}) { histogram(interval: "5 minutes") { count } } }`, {}, roles.wsAdminA);
  assert.equal(bad.errors?.[0].extensions?.code, 'BAD_USER_INPUT');
});

test('bad paging and times are BAD_USER_INPUT', async () => {
  for (const vars of [{ first: 0 }, { first: 501 }, { after: 'bogus' }, { filter: { start: 'yesterday' } }]) {
    const res = await callSubgraph(subgraph.url, SEARCH, { filter: {}, ...vars }, roles.wsAdminA);
    assert.equal(res.errors?.[0].extensions?.code, 'BAD_USER_INPUT', JSON.stringify(vars));
  }
  // A genuine cursor (signed with this run's key) of the 9,990th record: 50 more go past the window.
  const deep = offsetCursor('searchLogs:desc', 9989);
  const res = await callSubgraph(subgraph.url, SEARCH, { filter: {}, first: 50, after: deep }, roles.wsAdminA);
  assert.equal(res.errors?.[0].extensions?.code, 'BAD_USER_INPUT', 'beyond max_result_window');
});

test('Elasticsearch down: UPSTREAM_UNAVAILABLE', async () => {
  const res = await callSubgraph<SearchData>(esDown.url, SEARCH, { filter: { namespaces: [nsA1] } }, roles.viewerA1);
  assert.equal(res.data?.searchLogs ?? null, null);
  assert.equal(res.errors?.[0].extensions?.code, 'UPSTREAM_UNAVAILABLE');
  assert.equal(res.errors?.[0].extensions?.dependency, 'Elasticsearch');
});

test('a reused namespace name only shows records from its new creation on', async () => {
  const name = `logs-reuse-${id}`;
  const first = await createNamespace(name, { 'meridian.io/workspace': wsA });
  await deleteNamespace(name);
  await eventually('namespace deleted', () => namespaceGone(name), 60_000, 500);
  // Creation times have one-second resolution: make sure the new one differs.
  await new Promise((r) => setTimeout(r, 1100));
  const second = await createNamespace(name, { 'meridian.io/workspace': wsA });
  const since = new Date(second.metadata.creationTimestamp).toISOString();
  assert.ok(since > new Date(first.metadata.creationTimestamp).toISOString());
  try {
    const body = await eventually('the directory has the new namespace', async () => {
      requests.length = 0;
      const r = await callSubgraph<SearchData>(subgraph.url, SEARCH, { filter: { namespaces: [name] } }, roles.wsAdminA);
      const b = requests[0]?.body as { query: { bool: { filter: { bool: { should: { bool: { filter: unknown[] } }[] } }[] } } } | undefined;
      const gte = (b?.query.bool.filter[0].bool.should[0].bool.filter[1] as { range: { '@timestamp': { gte: string } } } | undefined)?.range['@timestamp'].gte;
      return !r.errors && gte === since ? b : undefined;
    }, 10_000);
    assert.ok(body);
  } finally {
    await deleteNamespace(name);
  }
});
