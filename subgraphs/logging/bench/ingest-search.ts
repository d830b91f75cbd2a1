/**
 * Issue #11's logging benchmark, against the lab's Kubernetes (kwok), Kafka and Elasticsearch
 * (needs `npm run lab:up`); it prints figures, it asserts no goal.
 * 1. Ingest end to end: MERIDIAN_BENCH_INGEST_PODS pods (default 20) writing
 *    MERIDIAN_BENCH_INGEST_RATE lines/s in all (default 5,000) for MERIDIAN_BENCH_INGEST_SECONDS
 *    (default 30), collected by the real pipeline: lines/s from written to searchable, and the
 *    lag (line written → searchable), p50 / p95; then the lag again at a pace the pipeline keeps
 *    up with (MERIDIAN_BENCH_INGEST_CALM_RATE, default 200 lines/s, 20 s) (ingest-end-to-end.ts).
 * 2. Search over MERIDIAN_BENCH_LOG_LINES lines (default 10,000,000) bulk-loaded over
 *    MERIDIAN_BENCH_LOG_DAYS days (default 3): the load rate, then MERIDIAN_BENCH_SEARCHES
 *    (default 200) tenant searches and histograms through LogStore, p50 / p95 / p99
 *    (search-at-scale.ts). Needs a few GB of disk for 10 million lines; loading stops after
 *    MERIDIAN_BENCH_LOAD_SECONDS (default 7,200) and the figures say how many lines were loaded.
 * Every index the bench makes is deleted at the end, also when it fails or is interrupted.
 *
 *   npx tsx subgraphs/logging/bench/ingest-search.ts
 *   MERIDIAN_BENCH_LOG_LINES=200000 MERIDIAN_BENCH_PARTS=search npx tsx subgraphs/logging/bench/ingest-search.ts
 */
import { randomBytes } from 'node:crypto';
import { Client } from '@elastic/elasticsearch';
import { config } from '@meridian/core';
import { percentile } from '../../../gateway/bench/timing.ts';
import { deleteIndices } from '../src/pipeline/retention.ts';
import { lagSummary, measureIngest } from './ingest-end-to-end.ts';
import { bulkLoad, timeSearches } from './search-at-scale.ts';

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const LINES = env('MERIDIAN_BENCH_LOG_LINES', 10_000_000);
const DAYS = env('MERIDIAN_BENCH_LOG_DAYS', 3);
const SEARCHES = env('MERIDIAN_BENCH_SEARCHES', 200);
/** Loading stops here if not done (the machine is shared): the figures say how many were loaded. */
const LOAD_SECONDS = env('MERIDIAN_BENCH_LOAD_SECONDS', 7_200);
const PARTS = (process.env.MERIDIAN_BENCH_PARTS ?? 'ingest,search').split(',');
const ms = (xs: number[]) => `p50 ${percentile(xs, 50).toFixed(1)} ms, p95 ${percentile(xs, 95).toFixed(1)} ms, p99 ${percentile(xs, 99).toFixed(1)} ms (n=${xs.length})`;
const n = (x: number) => Math.round(x).toLocaleString('en-US');

const id = randomBytes(4).toString('hex');
const searchPrefix = `bench-logs-${id}-`;
const es = new Client({ node: config.elasticsearchUrl, requestTimeout: 600_000, maxRetries: 3 });
// Both parts' indices (bench-ingest-<id>-… and bench-logs-<id>-…).
const cleanUp = () => deleteIndices(es, `bench-*-${id}*`).catch((err: Error) => console.error(`!!! could not delete bench-*-${id}*: ${err.message}`));
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void cleanUp().finally(() => process.exit(130)));
}

try {
  console.log(`${new Date().toISOString()}, Elasticsearch ${config.elasticsearchUrl}`);
  if (PARTS.includes('ingest')) {
    const pods = env('MERIDIAN_BENCH_INGEST_PODS', 20);
    const rate = env('MERIDIAN_BENCH_INGEST_RATE', 5_000);
    const seconds = env('MERIDIAN_BENCH_INGEST_SECONDS', 30);
    console.log(`\ningest: ${pods} pods writing ${n(rate)} lines/s for ${seconds} s → collector → Kafka → indexer → Elasticsearch`);
    const r = await measureIngest(es, { id, pods, rate, seconds });
    console.log(`  written: ${n(r.written)} lines in ${r.writeSeconds.toFixed(1)} s (${n(r.written / r.writeSeconds)} lines/s, the lab generator's own lines included)`);
    console.log(
      r.allSearchableSeconds === null
        ? `  searchable: only ${n(r.searchable)} of ${n(r.written)} lines when the bench stopped waiting`
        : `  all searchable ${r.allSearchableSeconds.toFixed(1)} s after the first line: ${n(r.written / r.allSearchableSeconds)} lines/s end to end`,
    );
    console.log(`  searchable while writing (after the first fifth): ${n(r.steadyRate)} lines/s`);
    console.log(`  lag, line written → searchable (${r.lagMs.length} of ${r.probes} probes found): ${lagSummary(r.lagMs)}`);
    // The lag a pace the pipeline keeps up with shows (above, it is mostly the backlog's).
    const calmRate = env('MERIDIAN_BENCH_INGEST_CALM_RATE', 200);
    const calm = await measureIngest(es, { id: `${id}c`, pods, rate: calmRate, seconds: 20 });
    console.log(`  at ${n(calmRate)} lines/s for 20 s: ${n(calm.written)} lines, lag (${calm.lagMs.length} of ${calm.probes} probes) ${lagSummary(calm.lagMs)}`);
  }
  if (PARTS.includes('search')) {
    console.log(`\nsearch: ${n(LINES)} lines over ${DAYS} days under ${searchPrefix}*`);
    const load = await bulkLoad(es, searchPrefix, LINES, DAYS, LOAD_SECONDS, (done) => console.log(`  … ${n(done)} sent`));
    const stats = await es.indices.stats({ index: `${searchPrefix}*`, metric: ['docs', 'store'] });
    const bytes = stats._all.primaries?.store?.size_in_bytes ?? 0;
    console.log(`  loaded ${n(load.docs)}${load.docs + load.failed < LINES ? ` of ${n(LINES)} (MERIDIAN_BENCH_LOAD_SECONDS=${LOAD_SECONDS} reached)` : ''} (${load.failed} failed) in ${load.seconds.toFixed(1)} s: ${n(load.docs / load.seconds)} lines/s; ${load.indices.length} daily indices, ${(bytes / 2 ** 30).toFixed(2)} GiB`);
    const t = await timeSearches(es, searchPrefix, DAYS, SEARCHES);
    console.log(`  search (1-3 namespaces, keyword 3 in 4, last 1/6/24/72 h, newest 20, total counted): ${ms(t.search)}; median total ${n(t.hitsMedian)} hits`);
    console.log(`  histogram (same filters, 60 bars): ${ms(t.histogram)}`);
  }
} finally {
  await cleanUp();
  await es.close();
}
