/**
 * `npm run bench`: every benchmark, one after another (they measure time, so never in
 * parallel), each printing its own figures. Speed goals live here, not in timed tests.
 * Benchmarks that need real backends get the local lab, which this starts if it is down.
 *
 *   npm run bench                 # all
 *   npm run bench -- gateway      # only those whose path contains "gateway"
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT, loadOrCreateSecrets } from '@meridian/core';

// The servers a benchmark starts need keys; the embedded product's (children inherit them).
loadOrCreateSecrets(join(REPO_ROOT, '.run', 'secrets.json'));

const benchmarks = [
  { file: 'packages/core/test/kube-index.bench.ts', lab: false },
  { file: 'gateway/bench/latency.ts', lab: false },
  { file: 'gateway/bench/gateway-throughput.ts', lab: false },
  { file: 'subgraphs/tenancy/bench/auth.bench.ts', lab: true },
  { file: 'subgraphs/workloads/test/pods-page.bench.ts', lab: true },
  { file: 'gateway/bench/real.ts', lab: true },
  { file: 'gateway/bench/subscriptions-scale.ts', lab: true },
  // Issue #8: 100,000 pods in 5,000 namespaces by default (MERIDIAN_BENCH_PODS / _NAMESPACES).
  { file: 'subgraphs/workloads/bench/scale.ts', lab: true },
  // Issue #8: the console's pods page for a project of 10,000 pods, in Chromium.
  { file: 'web/bench/pods-console.ts', lab: true },
  // Issue #10: a project dashboard (8 charts, 1 hour), Prometheus queries per page.
  { file: 'subgraphs/monitoring/bench/project-dashboard.ts', lab: true },
  // Issue #10: ranking 5,000 namespaces by CPU and memory, with paging (MERIDIAN_BENCH_NAMESPACES).
  { file: 'subgraphs/monitoring/bench/ranking-scale.ts', lab: true },
  // Issue #11: logs end to end (container → Kafka → Elasticsearch, lines/s and lag) and search p95 over 10 million lines (MERIDIAN_BENCH_LOG_LINES).
  { file: 'subgraphs/logging/bench/ingest-search.ts', lab: true },
];

const filter = process.argv[2];
const chosen = benchmarks.filter((b) => !filter || b.file.includes(filter));
const run = (args: string[]) => execFileSync(process.execPath, args, { cwd: REPO_ROOT, stdio: 'inherit' });

if (chosen.some((b) => b.lab)) run(['--import', 'tsx', 'deploy/local/lab.ts', 'up']);
let failed = 0;
for (const b of chosen) {
  console.log(`\n=== ${b.file}`);
  const t = Date.now();
  try {
    run(['--import', 'tsx', b.file]);
  } catch {
    failed++;
    console.log(`!!! ${b.file} failed`);
  }
  console.log(`(${((Date.now() - t) / 1000).toFixed(1)} s)`);
}
process.exitCode = failed ? 1 : 0;
