/**
 * Issue #10's monitoring benchmark, against the lab (needs `npm run lab:up`):
 * - a project dashboard (8 charts over the last hour, the console's ProjectMetrics query) through
 *   the gateway over tenancy + monitoring: p50 / p95, and Prometheus queries per page, counted
 *   at a proxy in front of the lab's Prometheus (goal: one per chart);
 * - the whole project monitoring page (dashboard + workload and pod ranking).
 * Ranking over thousands of namespaces: ranking-scale.ts.
 *
 *   npx tsx subgraphs/monitoring/bench/project-dashboard.ts
 */
import { randomBytes } from 'node:crypto';
import { createPrisma, hashPassword } from '@meridian/core/db';
import { createTestDatabase } from '@meridian/core/db/testing';
import { createNamespace, deleteNamespace, labKubeConfig, labKubeconfigPath, uniqueName, waitFor } from '@meridian/core/kube/testing';
import { labEndpoints } from '../../../deploy/local/lib/endpoints.ts';
import { percentile, timeCalls } from '../../../gateway/bench/timing.ts';
import { gql } from '../../../gateway/test/helpers.ts';
import { startGateway } from '../../../gateway/src/server.ts';
import { start as startTenancy } from '../../tenancy/src/index.ts';
import { start as startMonitoring } from '../src/index.ts';
import { countingProxy, createWorkload, runningPods } from '../test/helpers.ts';

const N = Number(process.env.N ?? 100);
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

async function cleanUp(): Promise<void> {
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
} finally {
  await cleanUp();
  await gateway.stop();
  await Promise.all([tenancy.stop(), monitoring.stop()]);
  await proxy.close();
  await prisma.$disconnect();
  await db.drop();
}
