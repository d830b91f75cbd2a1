/**
 * Issue #10's ranking at scale, against the lab (needs `npm run lab:up`): MERIDIAN_BENCH_NAMESPACES
 * (default 5,000) new namespaces of one workspace, one pod each with its own simulated CPU and
 * memory, ranked by CPU and by memory (metricRanking, level PROJECT):
 * - a platform admin through the gateway: the cluster's top 20, p50 / p95;
 * - paging: every page of the workspace's ranking (100 a page, keyset cursor) walked to the end,
 *   by CPU high to low and by memory low to high, checked complete and in order;
 * - a workspace viewer of all of them, straight at the subgraph (a namespace matcher of every name);
 * - Prometheus queries per request, counted at a proxy in front of the lab's Prometheus (goal: one);
 * - the scrapes behind them: the slowest scrape of a bench node and of kube-state-metrics.
 * The pods run on simulated nodes of the benchmark's own, 100 pods a node (a kubelet's default
 * limit is 110): with 5,000 pods on the lab's three shared nodes each node's cAdvisor endpoint
 * held about 1,700 pods, its scrape missed Prometheus' 4 s timeout on the loaded machine, and no
 * namespace was ranked (and every other user of the lab lost its pods' metrics meanwhile).
 * Every namespace and node it makes carries meridian.io/bench=<run> and is deleted at the end,
 * also on Ctrl-C.
 *
 *   npx tsx subgraphs/monitoring/bench/ranking-scale.ts
 *   MERIDIAN_BENCH_NAMESPACES=200 npx tsx subgraphs/monitoring/bench/ranking-scale.ts   # a quick look
 */
import { randomBytes } from 'node:crypto';
import { config } from '@meridian/core';
import { createPrisma, hashPassword } from '@meridian/core/db';
import { createTestDatabase } from '@meridian/core/db/testing';
import { callSubgraph, userIdentity } from '@meridian/core/testing';
import { kubeRequest } from '@meridian/core/kube/index';
import { labKubeConfig, labKubeconfigPath } from '@meridian/core/kube/testing';
import { labEndpoints } from '../../../deploy/local/lib/endpoints.ts';
import { percentile, timeCalls } from '../../../gateway/bench/timing.ts';
import { gql } from '../../../gateway/test/helpers.ts';
import { startGateway } from '../../../gateway/src/server.ts';
import { start as startTenancy } from '../../tenancy/src/index.ts';
import { start as startMonitoring } from '../src/index.ts';
import { countingProxy } from '../test/helpers.ts';
import { BENCH_LABEL, createBenchNodes, deleteBenchObjects } from './bench-nodes.ts';

const NAMESPACES = Number(process.env.MERIDIAN_BENCH_NAMESPACES ?? 5000);
const PODS_PER_NODE = 100;
const N = Number(process.env.N ?? 50);
const PAGE = 100;
const CONCURRENCY = 24;
/** How long to wait for every namespace to be ranked before measuring what is. */
const RANK_WAIT_MS = Number(process.env.MERIDIAN_BENCH_RANK_WAIT_MS ?? 300_000);
const NOWHERE = 'http://127.0.0.1:9/graphql';
const summary = (xs: number[]) => `p50 ${percentile(xs, 50).toFixed(1)} ms, p95 ${percentile(xs, 95).toFixed(1)} ms (n=${xs.length})`;
const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

const run = `mb${randomBytes(3).toString('hex')}`;
const ws = `${run}-ws`;
const kubeconfig = labKubeconfigPath();
const kc = labKubeConfig(kubeconfig);
const prometheusUrl = labEndpoints('prometheus').url as string;
const proxy = await countingProxy(prometheusUrl);
const db = await createTestDatabase('monitoring_rank_bench');
const prisma = createPrisma(db.url);
const tenancy = await startTenancy({ port: 0, databaseUrl: db.url, kubeconfig });
const monitoring = await startMonitoring({ port: 0, kubeconfig, prometheusUrl: proxy.url });
const gateway = await startGateway({
  port: 0,
  subgraphUrls: { tenancy: tenancy.url, workloads: NOWHERE, monitoring: monitoring.url, devops: NOWHERE, logging: NOWHERE, appstore: NOWHERE },
});

/** Runs `work` over `items`, `CONCURRENCY` at a time. */
async function pool<T>(items: T[], work: (item: T, index: number) => Promise<unknown>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < items.length) {
        const i = next++;
        await work(items[i], i);
      }
    }),
  );
}

/** A scalar from the lab's Prometheus itself (not through the counting proxy). */
async function promScalar(query: string): Promise<number | undefined> {
  const body = (await (await fetch(`${prometheusUrl}/api/v1/query?${new URLSearchParams({ query })}`)).json()) as { data?: { result?: { value: [number, string] }[] } };
  const v = body.data?.result?.[0]?.value[1];
  return v === undefined ? undefined : Number(v);
}

const ignoreConflict = (err: { statusCode?: number }) => {
  if (err.statusCode !== 409) throw err;
};

/** Namespace, its default ServiceAccount (the controller's may come later at this pace), and a pod on a bench node. */
async function createNamespaceWithPod(ns: string, i: number, nodes: string[]): Promise<void> {
  await kubeRequest(kc, { method: 'POST', path: '/api/v1/namespaces', body: { metadata: { name: ns, labels: { [config.workspaceLabel]: ws, [BENCH_LABEL]: run } } } }).catch(ignoreConflict);
  await kubeRequest(kc, { method: 'POST', path: `/api/v1/namespaces/${ns}/serviceaccounts`, body: { metadata: { name: 'default' } } }).catch(ignoreConflict);
  // Distinct usage per pod, so the ranking's order means something (kwok's usage annotations).
  const annotations = { 'kwok.x-k8s.io/usage-cpu': `${5 + ((i * 7) % 500)}m`, 'kwok.x-k8s.io/usage-memory': `${16 + ((i * 13) % 256)}Mi` };
  const pod = { metadata: { name: 'p', annotations }, spec: { nodeName: nodes[i % nodes.length], containers: [{ name: 'main', image: 'registry.local/meridian/demo:1' }] } };
  for (let attempt = 0; ; attempt++) {
    try {
      await kubeRequest(kc, { method: 'POST', path: `/api/v1/namespaces/${ns}/pods`, body: pod, timeoutMs: 30_000 });
      return;
    } catch (err) {
      if ((err as { statusCode?: number }).statusCode === 409) return;
      if (attempt >= 5) throw err;
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
}

let cleaned = false;
async function cleanUp(): Promise<void> {
  if (cleaned) return;
  cleaned = true;
  const t = Date.now();
  const n = await deleteBenchObjects(kc, run);
  console.log(`deleted ${n} namespaces and the bench nodes (label ${BENCH_LABEL}=${run}) in ${seconds(t)}`);
}
// Ctrl-C (or a kill) still deletes what was made.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void cleanUp().finally(() => process.exit(130)));

const RANK = `query($m: RankMetric!, $o: SortDirection, $w: String, $first: Int, $after: String) {
  metricRanking(level: PROJECT, metric: $m, order: $o, workspace: $w, first: $first, after: $after) { totalCount nodes { name value } pageInfo { endCursor hasNextPage } }
}`;
type Ranking = { totalCount: number; nodes: { name: string; value: number }[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } };

try {
  const password = `pw-${randomBytes(6).toString('hex')}`;
  await prisma.user.create({ data: { username: 'bench', email: 'bench@example.test', displayName: 'bench', passwordHash: await hashPassword(password), platformRole: 'platform-admin' } });
  const token: string = (await gql(gateway.url, 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', { u: 'bench', p: password })).body.data?.login.token;
  const ranking = async (vars: Record<string, unknown>): Promise<Ranking> => {
    const r = await gql(gateway.url, RANK, vars, token);
    if (r.body.errors?.length) throw new Error(JSON.stringify(r.body.errors));
    return r.body.data?.metricRanking as Ranking;
  };
  const queriesPer = async (call: () => Promise<unknown>, n = 20) => {
    const before = proxy.seen.length;
    for (let i = 0; i < n; i++) await call();
    return (proxy.seen.length - before) / n;
  };

  const t0 = Date.now();
  const nodes = await createBenchNodes(kc, run, Math.ceil(NAMESPACES / PODS_PER_NODE));
  console.log(`${nodes.length} bench nodes Ready in ${seconds(t0)}`);
  const names = Array.from({ length: NAMESPACES }, (_, i) => `${run}-${i}`);
  const t1 = Date.now();
  await pool(names, (ns, i) => createNamespaceWithPod(ns, i, nodes));
  console.log(`created ${NAMESPACES} namespaces with a pod each in ${seconds(t1)} (${CONCURRENCY} at a time)`);

  // Ranked once kube-state-metrics has the namespace's workspace label and two scrapes of its pod's CPU are in.
  let ranked = { cpu: 0, memory: 0 };
  for (const deadline = Date.now() + RANK_WAIT_MS; (ranked.cpu < NAMESPACES || ranked.memory < NAMESPACES) && Date.now() < deadline; ) {
    await new Promise((r) => setTimeout(r, 5000));
    const [cpu, memory] = await Promise.all([ranking({ m: 'CPU', w: ws, first: 1 }), ranking({ m: 'MEMORY', w: ws, first: 1 })]);
    ranked = { cpu: cpu.totalCount, memory: memory.totalCount };
  }
  console.log(`${ranked.cpu} of ${NAMESPACES} namespaces ranked by CPU, ${ranked.memory} by memory, ${seconds(t1)} after the first create`);
  const scrapes = {
    up: await promScalar(`count(up{job="kubelet", node=~"kwok-${run}-.*"} == 1)`),
    node: await promScalar(`max(max_over_time(scrape_duration_seconds{job="kubelet", node=~"kwok-${run}-.*"}[2m]))`),
    ksm: await promScalar('max_over_time(scrape_duration_seconds{job="kube-state-metrics"}[2m])'),
    ksmSamples: await promScalar('scrape_samples_scraped{job="kube-state-metrics"}'),
  };
  console.log(
    `  scrapes (last 2 min): ${scrapes.up} of ${nodes.length} bench nodes up, slowest ${scrapes.node?.toFixed(2)} s (timeout 4 s); kube-state-metrics slowest ${scrapes.ksm?.toFixed(2)} s, ${scrapes.ksmSamples} samples`,
  );

  for (const metric of ['CPU', 'MEMORY'] as const) {
    const call = () => ranking({ m: metric, first: 20 });
    console.log(`rank projects by ${metric}, the cluster's top 20, platform admin at the gateway: ${summary(await timeCalls(N, call, 5))}`);
    console.log(`  Prometheus queries per ranking: ${await queriesPer(call)}`);
  }

  // Paging to the end: every namespace once, in order.
  for (const [metric, order] of [['CPU', 'DESC'], ['MEMORY', 'ASC']] as const) {
    const times: number[] = [];
    const seen = new Set<string>();
    const values: number[] = [];
    const before = proxy.seen.length;
    let after: string | null = null;
    let total = 0;
    do {
      const t = performance.now();
      const page: Ranking = await ranking({ m: metric, o: order, w: ws, first: PAGE, after });
      times.push(performance.now() - t);
      total = page.totalCount;
      for (const n of page.nodes) {
        seen.add(n.name);
        values.push(n.value);
      }
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    const inOrder = values.every((v, i) => i === 0 || (order === 'DESC' ? v <= values[i - 1] : v >= values[i - 1]));
    console.log(
      `paging the workspace's ${metric} ranking (${order}, ${PAGE} a page) to the end: ${times.length} pages, ${values.length} rows, ${seen.size} distinct of totalCount ${total}, ${inOrder ? 'in order' : 'OUT OF ORDER'}; a page ${summary(times)}; Prometheus queries per page ${((proxy.seen.length - before) / times.length).toFixed(2)}`,
    );
  }

  const viewer = userIdentity('bench-viewer', { workspaces: { [ws]: 'workspace-viewer' } });
  const tenantRank = '{ metricRanking(level: PROJECT, metric: MEMORY, first: 20) { totalCount nodes { name value } } }';
  const check = await callSubgraph<{ metricRanking: { totalCount: number } }>(monitoring.url, tenantRank, {}, viewer);
  const tenantCall = () => callSubgraph(monitoring.url, tenantRank, {}, viewer);
  console.log(`rank projects by MEMORY, top 20, a workspace viewer of ${NAMESPACES} projects, at the subgraph (namespace matcher of ${NAMESPACES} names; ${check.data?.metricRanking.totalCount} ranked): ${summary(await timeCalls(N, tenantCall, 5))}`);
  console.log(`  Prometheus queries per ranking: ${await queriesPer(tenantCall)}`);
} finally {
  await cleanUp();
  await gateway.stop();
  await Promise.all([tenancy.stop(), monitoring.stop()]);
  await proxy.close();
  await prisma.$disconnect();
  await db.drop();
}
