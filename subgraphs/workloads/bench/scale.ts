/**
 * Issue #8 at scale: many bare pods on kwok nodes in many namespaces, labelled with workspaces.
 * Measures the workloads subgraph's initial cache sync, its process's RSS, a tenant's filtered,
 * sorted page of pods (at the subgraph and through the gateway), and the LISTs the API server
 * saw per kind. Deletes every namespace it made, also when it fails. Needs `npm run lab:up`.
 *
 *   MERIDIAN_BENCH_PODS=2000 MERIDIAN_BENCH_NAMESPACES=100 npx tsx subgraphs/workloads/bench/scale.ts
 *
 * Goals (issue #8, at 100,000 pods in 5,000 namespaces): RSS ≤ 1 GiB, page p99 ≤ 20 ms, one LIST
 * per kind. The process also holds the gateway and tenancy, so RSS is given before and after.
 */
import { performance } from 'node:perf_hooks';
import { randomBytes } from 'node:crypto';
import { createPrisma, hashPassword } from '@meridian/core/db';
import { createTestDatabase } from '@meridian/core/db/testing';
import { callSubgraph, userIdentity } from '@meridian/core/testing';
import { createNamespace, createPod, deleteNamespace, labKubeConfig, labKubeconfigPath, uniqueName } from '@meridian/core/kube/testing';
import { kubeRequest, observeKubeRequests } from '@meridian/core/kube/transport';
import { percentile, timeCalls } from '../../../gateway/bench/timing.ts';
import { gql } from '../../../gateway/test/helpers.ts';
import { startGateway } from '../../../gateway/src/server.ts';
import { start as startTenancy } from '../../tenancy/src/index.ts';
import { start as startWorkloads } from '../src/index.ts';

const PODS = Number(process.env.MERIDIAN_BENCH_PODS ?? 100_000);
const NAMESPACES = Number(process.env.MERIDIAN_BENCH_NAMESPACES ?? 5_000);
/** Namespaces per workspace; the tenant administers the first workspace. */
const PER_WORKSPACE = 10;
const CONCURRENCY = Number(process.env.MERIDIAN_BENCH_CONCURRENCY ?? 48);
const SAMPLES = Number(process.env.MERIDIAN_BENCH_SAMPLES ?? 500);
/** Creating pods stops after this long; the run then measures the pods made so far (and says so). */
const CREATE_SECONDS = Number(process.env.MERIDIAN_BENCH_CREATE_SECONDS ?? 1800);
const SYNC_TIMEOUT_MS = 15 * 60_000;
const NOWHERE = 'http://127.0.0.1:9/graphql';

const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
const summary = (xs: number[]) => `p50 ${percentile(xs, 50).toFixed(1)} ms, p99 ${percentile(xs, 99).toFixed(1)} ms, max ${Math.max(...xs).toFixed(1)} ms (n=${xs.length})`;
const rss = () => {
  globalThis.gc?.();
  return process.memoryUsage();
};

/** Runs `work(i)` for i in 0..n-1, `CONCURRENCY` at a time. */
async function pool(n: number, work: (i: number) => Promise<unknown>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, n) }, async () => {
    while (next < n) await work(next++);
  }));
}

const kubeconfig = labKubeconfigPath();
const kc = labKubeConfig(kubeconfig);
const prefix = uniqueName('bs');
const namespaceName = (i: number) => `${prefix}-${i}`;
const workspaceOf = (i: number) => `${prefix}-ws-${Math.floor(i / PER_WORKSPACE)}`;
const created: string[] = [];
const stops: (() => Promise<unknown>)[] = [];

async function cleanUp() {
  const t = performance.now();
  for (const stop of stops.reverse()) await stop().catch((err) => console.error(`stop: ${(err as Error).message}`));
  // Pods first, with no grace period: at tens of thousands of pods, leaving them to the
  // namespace controller kept kwok holding them as Terminating for minutes (and gigabytes).
  await pool(created.length, async (i) => {
    await kubeRequest(kc, { method: 'DELETE', path: `/api/v1/namespaces/${created[i]}/pods`, query: { gracePeriodSeconds: 0 } }).catch(() => undefined);
    await deleteNamespace(kc, created[i]);
  });
  console.log(`cleanup: pods (grace 0) and namespaces deleted for ${created.length} namespaces in ${((performance.now() - t) / 1000).toFixed(1)} s`);
}
// Ctrl-C still deletes what was made.
process.once('SIGINT', () => void cleanUp().finally(() => process.exit(130)));

try {
  console.log(`scale: ${PODS} pods in ${NAMESPACES} namespaces (${Math.ceil(NAMESPACES / PER_WORKSPACE)} workspaces), ${CONCURRENCY} parallel creates`);
  const nodeList = await kubeRequest<{ items: { metadata: { name: string } }[] }>(kc, { path: '/api/v1/nodes', query: { labelSelector: 'type=kwok' } });
  const nodes = nodeList.items.map((n) => n.metadata.name);
  if (!nodes.length) throw new Error('no kwok nodes in the lab');

  let t = performance.now();
  await pool(NAMESPACES, async (i) => {
    await createNamespace(kc, namespaceName(i), workspaceOf(i));
    created.push(namespaceName(i));
    // Pods need the namespace's default ServiceAccount; the controller's would come later.
    await kubeRequest(kc, { method: 'POST', path: `/api/v1/namespaces/${namespaceName(i)}/serviceaccounts`, body: { metadata: { name: 'default' } } }).catch((err: { statusCode?: number }) => {
      if (err.statusCode !== 409) throw err;
    });
  });
  console.log(`created ${NAMESPACES} namespaces: ${(NAMESPACES / ((performance.now() - t) / 1000)).toFixed(0)}/s`);
  t = performance.now();
  let lastReport = t;
  let podsMade = 0;
  const createDeadline = t + CREATE_SECONDS * 1000;
  await pool(PODS, async (j) => {
    if (performance.now() > createDeadline) return;
    // Labels and names that filters can pick out: app=app-0..4.
    await createPod(kc, namespaceName(j % NAMESPACES), `pod-${j}`, { labels: { app: `app-${j % 5}` }, nodeName: nodes[j % nodes.length] });
    podsMade++;
    if (performance.now() - lastReport > 30_000) {
      lastReport = performance.now();
      console.log(`  ${podsMade} pods, ${(podsMade / ((lastReport - t) / 1000)).toFixed(0)}/s`);
    }
  });
  const createSeconds = (performance.now() - t) / 1000;
  console.log(`created ${podsMade} pods on ${nodes.length} kwok nodes in ${createSeconds.toFixed(0)} s: ${(podsMade / createSeconds).toFixed(0)}/s`);
  if (podsMade < PODS) console.log(`!!! stopped creating after MERIDIAN_BENCH_CREATE_SECONDS=${CREATE_SECONDS}: measuring ${podsMade} pods, not ${PODS}`);

  // LISTs (GETs that are not watches) from here on, per kind; a paged LIST counts once.
  const lists = new Map<string, { lists: number; pages: number }>();
  const stopObserving = observeKubeRequests((req) => {
    if (req.method !== 'GET' || req.query.watch === 'true' || req.query.watch === '1') return;
    // /api/v1/namespaces/x/pods -> pods; a discovery GET (/api/v1, /apis/apps/v1) by its path.
    const inNamespace = /\/namespaces\/[^/]+\/([^/]+)/.exec(req.path);
    const kind = /^\/api(\/v1)?$|^\/apis(\/[^/]+){0,2}$/.test(req.path) ? `(discovery) ${req.path}` : (inNamespace?.[1] ?? req.path.split('/').at(-1)!);
    const seen = lists.get(kind) ?? { lists: 0, pages: 0 };
    seen.pages++;
    if (!req.query.continue) seen.lists++;
    lists.set(kind, seen);
  });
  stops.push(async () => stopObserving());

  const before = rss();
  t = performance.now();
  const workloads = await startWorkloads({ port: 0, kubeconfig });
  stops.push(() => workloads.stop());
  await workloads.kube.pods.ready(SYNC_TIMEOUT_MS);
  const syncMs = performance.now() - t;
  const cached = workloads.kube.pods.size;
  const synced = rss();
  console.log(`workloads pods cache synced ${(syncMs / 1000).toFixed(1)} s after start (${cached} pods cached)`);
  console.log(`RSS: ${mib(before.rss)} before start, ${mib(synced.rss)} after sync (+${mib(synced.rss - before.rss)}; heap used ${mib(synced.heapUsed)})${globalThis.gc ? '' : ' [no --expose-gc: heap not collected first]'}`);

  // The tenant: administers the first workspace; pages through its projects' pods.
  const tenantNamespaces = Array.from({ length: Math.min(PER_WORKSPACE, NAMESPACES) }, (_, i) => namespaceName(i));
  const tenant = userIdentity('tenant', { workspaces: { [workspaceOf(0)]: 'workspace-admin' } });
  const sorts = ['{ field: NAME }', '{ field: CREATED_AT, direction: DESC }'];
  const page = (i: number) => `pods(first: 20, sort: ${sorts[i % 2]}, filter: { labelSelector: "app in (app-1,app-2,app-3)", phase: ${i % 3 ? 'Running' : 'Pending'} }) { totalCount nodes { name phase nodeName createdAt } }`;
  let n = 0;
  const direct = await timeCalls(SAMPLES, async () => {
    const i = n++;
    const res = await callSubgraph(workloads.url, `{ _entities(representations: [{ __typename: "Project", name: "${tenantNamespaces[i % tenantNamespaces.length]}" }]) { ... on Project { ${page(i)} } } }`, {}, tenant);
    if (res.errors?.length) throw new Error(JSON.stringify(res.errors));
  }, 20);
  console.log(`subgraph: tenant's filtered, sorted page of 20 pods (_entities Project.pods):   ${summary(direct)}`);

  const db = await createTestDatabase('bench_scale');
  const prisma = createPrisma(db.url);
  stops.push(() => db.drop());
  stops.push(() => prisma.$disconnect());
  const tenancy = await startTenancy({ port: 0, databaseUrl: db.url, kubeconfig });
  stops.push(() => tenancy.stop());
  const gateway = await startGateway({
    port: 0,
    subgraphUrls: { tenancy: tenancy.url, workloads: workloads.url, monitoring: NOWHERE, devops: NOWHERE, logging: NOWHERE, appstore: NOWHERE },
  });
  stops.push(() => gateway.stop());
  const password = `pw-${randomBytes(6).toString('hex')}`;
  const user = await prisma.user.create({ data: { username: 'tenant', email: 'tenant@example.test', displayName: 'tenant', passwordHash: await hashPassword(password), platformRole: 'platform-regular' } });
  await prisma.workspace.create({ data: { name: workspaceOf(0), displayName: 'bench', members: { create: { userId: user.id, role: 'workspace-admin' } } } });
  const login = await gql(gateway.url, 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', { u: 'tenant', p: password });
  const token: string | undefined = login.body.data?.login.token;
  if (!token) throw new Error(`login failed: ${JSON.stringify(login.body.errors)}`);
  n = 0;
  const viaGateway = await timeCalls(SAMPLES, async () => {
    const i = n++;
    const res = await gql(gateway.url, `query($p: String!) { project(name: $p) { name ${page(i)} } }`, { p: tenantNamespaces[i % tenantNamespaces.length] }, token);
    if (res.body.errors?.length || !res.body.data?.project) throw new Error(JSON.stringify(res.body));
  }, 20);
  console.log(`gateway:  tenant's filtered, sorted page of 20 pods (project(name) { pods }):   ${summary(viaGateway)}`);
  console.log(`RSS after the query runs (workloads + tenancy + gateway in this process): ${mib(rss().rss)}`);

  console.log('LIST requests at the API server since the subgraphs started (kind: lists, pages of 500):');
  for (const [kind, seen] of [...lists].sort()) console.log(`  ${kind.padEnd(28)} ${seen.lists}${seen.pages > seen.lists ? ` (${seen.pages} pages)` : ''}`);
} finally {
  await cleanUp();
}
