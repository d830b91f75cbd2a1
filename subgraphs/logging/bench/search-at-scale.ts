/**
 * Issue #11's search half: `lines` synthetic container lines in the pipeline's document shape
 * (the lab generator's own messages, many namespaces/pods/containers, spread over `days` days so
 * several daily indices exist) bulk-loaded straight into Elasticsearch, then searched the way the
 * product searches: through LogStore, a tenant's namespaces + keyword + time range, newest first,
 * a page of 20, and the histogram beside it.
 */
import { performance } from 'node:perf_hooks';
import type { Client } from '@elastic/elasticsearch';
import { containerOutput, containerSeed } from '../../../deploy/local/kwok/log-lines.ts';
import { percentile } from '../../../gateway/bench/timing.ts';
import { dailyIndex } from '../src/pipeline/log-record.ts';
import { LogStore, type LogQuery } from '../src/sources/elasticsearch.ts';

const NAMESPACES = 40;
const PODS_PER_NAMESPACE = 8;
const CONTAINERS = ['app', 'sidecar'];
const KEYWORDS = ['connection pool exhausted', 'deadlock detected', 'Read timed out', '/api/orders', 'cache miss', 'slow', 'ERROR', 'HTTP/1.1" 404'];
const RANGES_H = [1, 6, 24, 72];
const ROUNDS = 20;

export interface LoadResult {
  docs: number;
  failed: number;
  seconds: number;
  indices: string[];
}

/** One stream per namespace/pod/container; the i-th document goes to stream i mod streams. */
function streams() {
  const out: { namespace: string; pod: string; podId: string; container: string; host: string; seed: number; seq: number; pending: string[] }[] = [];
  for (let n = 0; n < NAMESPACES; n++) {
    for (let p = 0; p < PODS_PER_NAMESPACE; p++) {
      for (const container of CONTAINERS) {
        const namespace = `bench-ns-${n}`;
        const pod = `svc-${p % 4}-${(n * 7919 + p).toString(36)}`;
        out.push({ namespace, pod, podId: `bench-${n}-${p}`, container, host: `kwok-node-${(n + p) % 4}`, seed: containerSeed(namespace, pod, container), seq: 0, pending: [] });
      }
    }
  }
  return out;
}

interface LogDocument {
  '@timestamp': string;
  log: string;
  kubernetes: { namespace_name: string; pod_name: string; pod_id: string; container_name: string; host: string };
}

/**
 * The documents in ROUNDS passes, each over the whole time range (oldest first), so that a load
 * stopped at its deadline still covers every day and hour; together an even grid from `start`
 * to `end`.
 */
async function* documents(lines: number, start: number, end: number, deadline: number): AsyncGenerator<LogDocument> {
  const all = streams();
  const step = (end - start) / lines;
  const perRound = Math.ceil(lines / ROUNDS);
  for (let i = 0; i < lines && performance.now() < deadline; i++) {
    const s = all[i % all.length];
    if (!s.pending.length) s.pending = containerOutput(s.seed, ++s.seq);
    const time = new Date(start + ((i % perRound) * ROUNDS + Math.floor(i / perRound)) * step).toISOString();
    yield {
      '@timestamp': time,
      log: `${s.pending.shift()}\n`,
      kubernetes: { namespace_name: s.namespace, pod_name: s.pod, pod_id: s.podId, container_name: s.container, host: s.host },
    };
  }
}

/**
 * Bulk-loads `lines` documents over the last `days` days under `prefix` (parallel _bulk
 * requests), or as many as `seconds` allow.
 */
export async function bulkLoad(es: Client, prefix: string, lines: number, days: number, seconds: number, progress: (done: number) => void): Promise<LoadResult> {
  const end = Date.now();
  const start = end - days * 86_400_000;
  const indices: string[] = [];
  const t0 = performance.now();
  for (let t = start; t <= end + 86_400_000; t += 86_400_000) {
    const index = dailyIndex(new Date(Math.min(t, end)).toISOString(), prefix);
    if (indices.includes(index)) continue;
    indices.push(index);
    // Dynamic mapping as the indexer's indices get it; no refresh while loading (one at the end).
    await es.indices.create({ index, settings: { number_of_shards: 1, number_of_replicas: 0, refresh_interval: '-1' } });
  }
  let done = 0;
  const stats = await es.helpers.bulk<LogDocument>({
    datasource: documents(lines, start, end, t0 + seconds * 1000),
    onDocument: (doc) => {
      if (++done % 250_000 === 0) progress(done);
      return { index: { _index: dailyIndex(doc['@timestamp'], prefix) } };
    },
    flushBytes: 2_000_000, // about 7,000 documents a request
    concurrency: 3,
    refreshOnCompletion: false,
  });
  for (const index of indices) await es.indices.putSettings({ index, settings: { refresh_interval: '1s' } });
  const took = (performance.now() - t0) / 1000;
  // Not force-merged: searched as a live cluster's indices are, in the segments indexing left.
  await es.indices.refresh({ index: `${prefix}*` });
  return { docs: stats.successful, failed: stats.failed, seconds: took, indices };
}

/** A tenant's query: 1-3 namespaces (with their creation times), a keyword most of the time, a time range. */
function tenantQuery(i: number, days: number): { q: LogQuery; hours: number } {
  const since = new Date(Date.now() - (days + 1) * 86_400_000).toISOString();
  const first = (i * 13) % NAMESPACES;
  const namespaces = Array.from({ length: 1 + (i % 3) }, (_, k) => ({ name: `bench-ns-${(first + k * 11) % NAMESPACES}`, since }));
  const hours = RANGES_H[i % RANGES_H.length];
  const q: LogQuery = { namespaces, start: new Date(Date.now() - hours * 3_600_000).toISOString(), end: new Date().toISOString() };
  if (i % 4 !== 3) q.keywords = [KEYWORDS[i % KEYWORDS.length]];
  return { q, hours };
}

export interface SearchTimes {
  search: number[];
  histogram: number[];
  hitsMedian: number;
}

/** `n` searches and `n` histograms after `warmUp` untimed ones of each, sequential (one user). */
export async function timeSearches(es: Client, prefix: string, days: number, n: number, warmUp = 20): Promise<SearchTimes> {
  const store = new LogStore(es, `${prefix}*`);
  const search: number[] = [];
  const histogram: number[] = [];
  const totals: number[] = [];
  for (let i = 0; i < warmUp + n; i++) {
    const { q, hours } = tenantQuery(i, days);
    let t = performance.now();
    const page = await store.search(q, { from: 0, size: 20, order: 'desc' });
    const searchMs = performance.now() - t;
    t = performance.now();
    await store.histogram(q, `${hours}m`); // 60 bars over the range
    const histogramMs = performance.now() - t;
    if (i < warmUp) continue;
    search.push(searchMs);
    histogram.push(histogramMs);
    totals.push(page.total);
  }
  return { search, histogram, hitsMedian: percentile(totals, 50) };
}
