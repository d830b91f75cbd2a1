/**
 * The gateway over the real tenancy, workloads and monitoring subgraphs and the lab: latency of
 * the console's project page query (tenancy → workloads → monitoring), and of a pod event
 * through the subscription router. Needs `npm run lab:up`.
 *
 *   npx tsx gateway/bench/real.ts
 */
import { performance } from 'node:perf_hooks';
import { percentile, timeCalls } from './timing.ts';
import { randomBytes } from 'node:crypto';
import { createPrisma, hashPassword } from '@meridian/core/db';
import { createTestDatabase } from '@meridian/core/db/testing';
import { callSubgraph, userIdentity } from '@meridian/core/testing';
import { createDeployment, createNamespace, createPod, deleteNamespace, labKubeConfig, labKubeconfigPath, uniqueName, waitFor } from '@meridian/core/kube/testing';
import { start as startTenancy } from '../../subgraphs/tenancy/src/index.ts';
import { start as startWorkloads } from '../../subgraphs/workloads/src/index.ts';
import { start as startMonitoring } from '../../subgraphs/monitoring/src/index.ts';
import { startGateway } from '../src/server.ts';
import { gql, record, wsClient } from '../test/helpers.ts';

const N = Number(process.env.N ?? 100);
const NOWHERE = 'http://127.0.0.1:9/graphql';
const summary = (xs: number[]) => `p50 ${percentile(xs, 50).toFixed(1)} ms, p95 ${percentile(xs, 95).toFixed(1)} ms (n=${xs.length})`;
const time = (n: number, call: () => Promise<unknown>) => timeCalls(n, call, 10);

const kubeconfig = labKubeconfigPath();
const kc = labKubeConfig(kubeconfig);
const db = await createTestDatabase('gateway_bench');
const prisma = createPrisma(db.url);
const subgraphs = await Promise.all([
  startTenancy({ port: 0, databaseUrl: db.url, kubeconfig }),
  startWorkloads({ port: 0, kubeconfig }),
  startMonitoring({ port: 0, kubeconfig }),
]);
const [tenancy, workloads, monitoring] = subgraphs;
const gateway = await startGateway({
  port: 0,
  subgraphUrls: { tenancy: tenancy.url, workloads: workloads.url, monitoring: monitoring.url, devops: NOWHERE, logging: NOWHERE, appstore: NOWHERE },
});
const namespace = uniqueName('gw-bench');
try {
  const password = `pw-${randomBytes(6).toString('hex')}`;
  await prisma.user.create({ data: { username: 'bench', email: 'bench@example.test', displayName: 'bench', passwordHash: await hashPassword(password), platformRole: 'platform-admin' } });
  const login = await gql(gateway.url, 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', { u: 'bench', p: password });
  const token: string = login.body.data?.login.token;
  await createNamespace(kc, namespace);
  await createDeployment(kc, namespace, 'web', { replicas: 10 });
  const admin = userIdentity('bench', { platformRole: 'platform-admin' });
  const podsQuery = `query($p: String!) { project(name: $p) { pods(first: 20) { nodes { name phase } } } }`;
  await waitFor('10 pods', async () => {
    const r = await gql(gateway.url, podsQuery, { p: namespace }, token);
    return r.body.data?.project?.pods?.nodes?.length === 10;
  });

  const directPods = '{ _entities(representations: [{ __typename: "Project", name: "NS" }]) { ... on Project { pods(first: 20) { nodes { name phase } } } } }'.replace('NS', namespace);
  console.log(`workloads direct (pods of a project, 10 pods):       ${summary(await time(N, () => callSubgraph(workloads.url, directPods, {}, admin)))}`);
  console.log(`gateway: project { pods }            (tenancy+workloads): ${summary(await time(N, () => gql(gateway.url, podsQuery, { p: namespace }, token)))}`);
  const pageQuery = `query($p: String!) { project(name: $p) { displayName workspace { name } pods(first: 20) { nodes { name phase metrics { cpu memory } } } } }`;
  console.log(`gateway: project page incl. Pod.metrics (3 subgraphs + Prometheus): ${summary(await time(N, () => gql(gateway.url, pageQuery, { p: namespace }, token)))}`);

  const ws = wsClient(gateway.wsUrl, token);
  const rec = record(ws.client, 'subscription($p: String!) { podStatusChanged(project: $p) { type pod { name metrics { cpu } } } }', { p: namespace });
  await new Promise((r) => setTimeout(r, 1000));
  const latencies: number[] = [];
  for (let i = 0; i < 10; i++) {
    const name = `solo-${i}`;
    const t = performance.now();
    await createPod(kc, namespace, name);
    await waitFor(`event for ${name}`, () => rec.events.some((e) => e.data?.podStatusChanged?.pod?.name === name), 30_000, 5);
    latencies.push(performance.now() - t);
  }
  console.log(`pod created in the API server -> event with Pod.metrics at the client: ${summary(latencies)}`);
  await ws.client.dispose();
} finally {
  await deleteNamespace(kc, namespace);
  await gateway.stop();
  await Promise.all(subgraphs.map((s) => s.stop()));
  await prisma.$disconnect();
  await db.drop();
}
