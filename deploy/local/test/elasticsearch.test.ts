/**
 * The lab's Elasticsearch is a real node: documents are indexed and found again with the
 * queries and aggregations Meridian's log search uses (match_phrase on analysed text, a terms
 * filter on keyword sub-fields, a terms aggregation, a date_histogram), over plain REST.
 * Needs `npx tsx deploy/local/lab.ts up --only elasticsearch`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { labEndpoints } from '../lib/endpoints.ts';
import { unique } from './helpers.ts';

const { url } = labEndpoints('elasticsearch');
const index = unique('lab-es-test');

async function es<T = Record<string, unknown>>(method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${url}${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': typeof body === 'string' ? 'application/x-ndjson' : 'application/json' },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    signal: AbortSignal.timeout(15_000),
  });
  const json = (await res.json()) as T;
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
  return json;
}

type Hits = { hits: { total: { value: number }; hits: { _source: { log: string; pod: string } }[] } };

const docs = [
  { '@timestamp': '2026-11-30T10:00:05Z', pod: 'web-1', level: 'INFO', log: 'GET /api/items 200 in 12ms' },
  { '@timestamp': '2026-11-30T10:00:40Z', pod: 'web-1', level: 'ERROR', log: 'disk full on /var/lib/data' },
  { '@timestamp': '2026-11-30T10:01:10Z', pod: 'web-2', level: 'WARN', log: 'upstream timeout after 30s' },
  { '@timestamp': '2026-11-30T10:02:30Z', pod: 'web-2', level: 'ERROR', log: 'full disk is not the same words in order' },
  { '@timestamp': '2026-11-30T10:02:50Z', pod: 'worker-1', level: 'INFO', log: 'job 42 done' },
];

beforeAll(async () => {
  const bulk = docs.flatMap((d) => [JSON.stringify({ index: { _index: index } }), JSON.stringify(d)]).join('\n') + '\n';
  const res = await es<{ errors: boolean }>('POST', '/_bulk?refresh=wait_for', bulk);
  expect(res.errors).toBe(false);
});
afterAll(async () => {
  await es('DELETE', `/${index}`).catch(() => undefined);
});

describe('the lab Elasticsearch node', () => {
  it('answers GET / as Elasticsearch 8 with the product header', async () => {
    const res = await fetch(`${url}/`);
    expect(res.headers.get('x-elastic-product')).toBe('Elasticsearch');
    const body = (await res.json()) as { version: { number: string }; cluster_name: string };
    expect(body.version.number).toMatch(/^8\./);
    expect(body.cluster_name).toBe('meridian-lab');
  });

  it('indexes documents and gets one back by id', async () => {
    const put = await es<{ _id: string; result: string }>('POST', `/${index}/_doc?refresh=wait_for`, { '@timestamp': '2026-11-30T11:00:00Z', pod: 'web-9', log: 'one more' });
    expect(put.result).toBe('created');
    const got = await es<{ found: boolean; _source: { pod: string } }>('GET', `/${index}/_doc/${put._id}`);
    expect(got.found).toBe(true);
    expect(got._source.pod).toBe('web-9');
    await es('DELETE', `/${index}/_doc/${put._id}?refresh=wait_for`);
  });

  it('match_phrase finds the words in order only, in any case', async () => {
    const res = await es<Hits>('POST', `/${index}/_search`, { query: { match_phrase: { log: 'DISK FULL' } } });
    expect(res.hits.hits.map((h) => h._source.log)).toEqual(['disk full on /var/lib/data']);
  });

  it('a terms filter on the keyword sub-field selects pods exactly', async () => {
    const res = await es<Hits>('POST', `/${index}/_search`, {
      query: { bool: { filter: [{ terms: { 'pod.keyword': ['web-2', 'worker-1'] } }] } },
      sort: [{ '@timestamp': 'asc' }],
    });
    expect(res.hits.hits.map((h) => h._source.pod)).toEqual(['web-2', 'web-2', 'worker-1']);
  });

  it('a terms aggregation counts documents per level', async () => {
    const res = await es<{ aggregations: { levels: { buckets: { key: string; doc_count: number }[] } } }>('POST', `/${index}/_search`, {
      size: 0,
      aggs: { levels: { terms: { field: 'level.keyword' } } },
    });
    expect(res.aggregations.levels.buckets).toEqual([
      { key: 'ERROR', doc_count: 2 },
      { key: 'INFO', doc_count: 2 },
      { key: 'WARN', doc_count: 1 },
    ]);
  });

  it('a date_histogram buckets documents per minute', async () => {
    const res = await es<{ aggregations: { perMinute: { buckets: { key_as_string: string; doc_count: number }[] } } }>('POST', `/${index}/_search`, {
      size: 0,
      aggs: { perMinute: { date_histogram: { field: '@timestamp', fixed_interval: '1m' } } },
    });
    expect(res.aggregations.perMinute.buckets.map((b) => [b.key_as_string, b.doc_count])).toEqual([
      ['2026-11-30T10:00:00.000Z', 2],
      ['2026-11-30T10:01:00.000Z', 1],
      ['2026-11-30T10:02:00.000Z', 2],
    ]);
  });
});
