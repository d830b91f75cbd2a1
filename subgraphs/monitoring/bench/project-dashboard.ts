/**
 * Issue #10's monitoring benchmark, against the lab (needs `npm run lab:up`):
 * - a project dashboard (8 charts over the last hour, the console's ProjectMetrics query) through
 *   the gateway over tenancy + monitoring: p50 / p95, and Prometheus queries per page, counted
 *   at a proxy in front of the lab's Prometheus (goal: one per chart);
 * - the whole project monitoring page (dashboard + workload and pod ranking);
 * - ranking projects by CPU over many namespaces (MERIDIAN_BENCH_NAMESPACES, default 200, one
 *   pod each, placed on the kwok nodes by name as issue #8's scale bench does, past the
 *   scheduler's 110 pods per node; namespaces not yet scraped are not ranked, and the figure
 *   says how many were): a platform admin
 *   through the gateway (one query, no matcher) and a workspace viewer of all of them straight at
 *   the subgraph (one query with a namespace matcher of every name).
 *
 *   npx tsx subgraphs/monitoring/bench/project-dashboard.ts
 */
import { randomBytes } from 'node:crypto';
import { createPrisma, hashPassword } from '@meridian/core/db';
import { createTestDatabase } from '@meridian/core/db/testing';
import { callSubgraph, userIdentity } from '@meridian/core/testing';
import { Kinds, apiPath, kubeRequest } from '@meridian/core/kube/index';
import { createNamespace, createPod, deleteNamespace, labKubeConfig, labKubeconfigPath, uniqueName, waitFor } from '@meridian/core/kube/testing';
import { labEndpoints } from '../../../deploy/local/lib/endpoints.ts';
import { percentile, timeCalls } from '../../../gateway/bench/timing.ts';
import { gql } from '../../../gateway/test/helpers.ts';
import { startGateway } from '../../../gateway/src/server.ts';
import { start as startTenancy } from '../../tenancy/src/index.ts';
import { start as startMonitoring } from '../src/index.ts';
import { countingProxy, createWorkload, runningPods } from '../test/helpers.ts';

const N = Number(process.env.N ?? 100);
const NAMESPACES = Number(process.env.MERIDIAN_BENCH_NAMESPACES ?? 200);
/** How long to wait for every namespace to be ranked before measuring what is. */
const RANK_WAIT_MS = Number(process.env.MERIDIAN_BENCH_RANK_WAIT_MS ?? 240_000);
const CONCURRENCY = 16;
const NOWHERE = 'http://127.0.0.1:9/graphql';
const CHARTS = [
  'namespace_cpu_usage',
  'namespace_memory_usage_wo_cache',
  'namespace_net_bytes_received',
  'namespace_net_bytes_transmitted',
  'namespace_pod_running_count',
  'namespace_pod_count',
  'namespace_pod_restarts',
  'namespace_pvc_bytes_total',
];
const summary = (xs: number[]) => `p50 ${percentile(xs, 50).toFixed(1)} ms, p95 ${percentile(xs, 95).toFixed(1)} ms (n=${xs.length})`;

const kubeconfig = labKubeconfigPath();
const kc = labKubeConfig(kubeconfig);
const proxy = await countingProxy(labEndpoints('prometheus').url as string);
const db = await createTestDatabase('monitoring_bench');
const prisma = createPrisma(db.url);
const tenancy = await startTenancy({ port: 0, databaseUrl: db.url, kubeconfig });
const monitoring = await startMonitoring({ port: 0, kubeconfig, prometheusUrl: proxy.url });
const gateway = await startGateway({
  port: 0,
  subgraphUrls: { tenancy: tenancy.url, workloads: NOWHERE, monitoring: monitoring.url, devops: NOWHERE, logging: NOWHERE, appstore: NOWHERE },
});
const ws = uniqueName('mon-bench');
const project = uniqueName('mon-bench-p');
const many = Array.from({ length: NAMESPACES }, (_, i) => `${ws}-${i}`);

/** Runs `work` over `items`, `CONCURRENCY` at a time. */
async function pool<T>(items: T[], work: (item: T) => Promise<unknown>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
    while (next < items.length) await work(items[next++]);
  }));
}

async function cleanUp(): Promise<void> {
  await pool(many, async (ns) => {
    await kubeRequest(kc, { method: 'DELETE', path: `${apiPath(Kinds.Pod, { namespace: ns })}/p`, query: { gracePeriodSeconds: '0' } }).catch(() => undefined);
    await deleteNamespace(kc, ns);
  });
  await deleteNamespace(kc, project);
}
// Ctrl-C still deletes what was made.
process.once('SIGINT', () => void cleanUp().finally(() => process.exit(130)));

const queriesPer = async (call: () => Promise<unknown>, n = 20) => {
  const before = proxy.seen.length;
  for (let i = 0; i < n; i++) await call();
  return (proxy.seen.length - before) / n;
};

try {
  const password = `pw-${randomBytes(6).toString('hex')}`;
  await prisma.user.create({ data: { username: 'bench', email: 'bench@example.test', displayName: 'bench', passwordHash: await hashPassword(password), platformRole: 'platform-admin' } });
  const token: string = (await gql(gateway.url, 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', { u: 'bench', p: password })).body.data?.login.token;

  // A project like the demo one: two Deployments, 5 pods.
  await createNamespace(kc, project, ws);
  await createWorkload(kc, 'Deployment', project, 'web', { replicas: 3, cpu: '200m' });
  await createWorkload(kc, 'Deployment', project, 'api', { replicas: 2, cpu: '100m' });
  await runningPods(kc, project, 5);

  const dashboard = `query($p: String!, $names: [String!]!, $range: MetricRange) { project(name: $p) { name metrics { series(names: $names, range: $range) { name unit value points { timestamp value } } } } }`;
  const dashVars = { p: project, names: CHARTS, range: { lastSeconds: 3600, step: 30 } };
  await waitFor('dashboard data', async () => {
    const r = await gql(gateway.url, dashboard, dashVars, token);
    const series = r.body.data?.project?.metrics?.series as { points: unknown[] }[] | undefined;
    return (series?.filter((s) => s.points.length).length ?? 0) >= 6; // PVCs: none; restarts: where kube-state-metrics reports them
  }, 120_000, 1000);
  console.log(`project dashboard (8 charts, last hour at 30 s) at the gateway: ${summary(await timeCalls(N, () => gql(gateway.url, dashboard, dashVars, token), 10))}`);
  console.log(`  Prometheus queries per dashboard: ${await queriesPer(() => gql(gateway.url, dashboard, dashVars, token))} (goal: one per chart = ${CHARTS.length})`);
  const ranking = `query($level: RankLevel!, $p: String, $first: Int) { metricRanking(level: $level, metric: CPU, project: $p, first: $first) { totalCount nodes { name value } } }`;
  const page = () => Promise.all([gql(gateway.url, dashboard, dashVars, token), gql(gateway.url, ranking, { level: 'WORKLOAD', p: project, first: 10 }, token), gql(gateway.url, ranking, { level: 'POD', p: project, first: 10 }, token)]);
  console.log(`project monitoring page (dashboard + workload and pod ranking, 3 requests in parallel): ${summary(await timeCalls(N, page, 5))}`);
  console.log(`  Prometheus queries per page: ${await queriesPer(page)}`);

  // Many namespaces, one pod each, on the kwok nodes by name.
  const nodes = (await kubeRequest<{ items: { metadata: { name: string } }[] }>(kc, { path: '/api/v1/nodes', query: { labelSelector: 'type=kwok' } })).items.map((n) => n.metadata.name);
  const t0 = Date.now();
  await pool(many, async (ns) => {
    await createNamespace(kc, ns, ws);
    // Pods need the namespace's default ServiceAccount; the controller's may come later at this pace.
    await kubeRequest(kc, { method: 'POST', path: `/api/v1/namespaces/${ns}/serviceaccounts`, body: { metadata: { name: 'default' } } }).catch((err: { statusCode?: number }) => {
      if (err.statusCode !== 409) throw err;
    });
  });
  await pool(many, (ns) => createPod(kc, ns, 'p', { nodeName: nodes[many.indexOf(ns) % nodes.length] }));
  console.log(`created ${NAMESPACES} namespaces with a pod each in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  const rankProjects = `query($w: String, $first: Int) { metricRanking(level: PROJECT, metric: CPU, workspace: $w, first: $first) { totalCount nodes { name value } } }`;
  let ranked = 0;
  for (const deadline = Date.now() + RANK_WAIT_MS; ranked < NAMESPACES && Date.now() < deadline; await new Promise((r) => setTimeout(r, 5000))) {
    const r = await gql(gateway.url, rankProjects, { w: ws, first: 20 }, token);
    ranked = r.body.data?.metricRanking?.totalCount ?? 0;
  }
  console.log(`  ${ranked} projects of the workspace ranked (${NAMESPACES} new + the dashboard's) ${((Date.now() - t0) / 1000).toFixed(1)} s after the first create (missing ones: pods not scheduled or not scraped yet)`);
  console.log(`rank projects by CPU, top 20 of the whole cluster, platform admin at the gateway: ${summary(await timeCalls(N, () => gql(gateway.url, rankProjects, { first: 20 }, token), 5))}`);
  console.log(`  Prometheus queries per ranking: ${await queriesPer(() => gql(gateway.url, rankProjects, { first: 20 }, token))}`);
  const viewer = userIdentity('bench-viewer', { workspaces: { [ws]: 'workspace-viewer' } });
  const tenantRank = '{ metricRanking(level: PROJECT, metric: MEMORY, first: 20) { totalCount nodes { name value } } }';
  const check = await callSubgraph<{ metricRanking: { totalCount: number } }>(monitoring.url, tenantRank, {}, viewer);
  console.log(`rank projects by memory, a workspace viewer of ${NAMESPACES + 1} projects, at the subgraph (namespace matcher of ${NAMESPACES + 1} names; ${check.data?.metricRanking.totalCount} ranked): ${summary(await timeCalls(N, () => callSubgraph(monitoring.url, tenantRank, {}, viewer), 5))}`);
} finally {
  await cleanUp();
  await gateway.stop();
  await Promise.all([tenancy.stop(), monitoring.stop()]);
  await proxy.close();
  await prisma.$disconnect();
  await db.drop();
}
