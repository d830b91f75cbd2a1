/**
 * Real-cluster measurement: a 100-replica deployment, time until its pods are all Running in
 * the cache, then the latency of paging through Project.pods over HTTP (20 per page, cursors).
 * Run: node --import tsx subgraphs/workloads/test/pods-page.bench.ts
 */
import { userIdentity, callSubgraph, type GraphQLResponse } from '@meridian/core/testing';
import { createDeployment, createNamespace, deleteNamespace, labKubeConfig, labKubeconfigPath, uniqueName, waitFor } from '@meridian/core/kube/testing';
import { start } from '../src/index.ts';

const REPLICAS = 100;
const kc = labKubeConfig();
const ns = uniqueName('b-wl');
const admin = userIdentity('admin', { platformRole: 'platform-admin' });
type PodsPage = { _entities: { pods: { pageInfo: { hasNextPage: boolean; endCursor: string }; nodes: unknown[] } }[] };
const sg = await start({ port: 0, kubeconfig: labKubeconfigPath() });
try {
  await createNamespace(kc, ns, 'bench');
  const t0 = performance.now();
  await createDeployment(kc, ns, 'many', { replicas: REPLICAS });
  await waitFor('all pods running in the cache', () => {
    let running = 0;
    for (const p of sg.kube.pods.inNamespace(ns).byName.values()) if (p.status?.phase === 'Running') running++;
    return running === REPLICAS;
  }, 180_000, 50);
  console.log(`${REPLICAS} pods Running in the cache ${((performance.now() - t0) / 1000).toFixed(1)} s after the Deployment was created (${sg.kube.pods.stats.events} cache events)`);
  const q = `query($ns: String!, $after: String) { _entities(representations: [{ __typename: "Project", name: $ns }]) { ... on Project {
    pods(first: 20, after: $after, sort: { field: CREATED_AT, direction: DESC }) { pageInfo { hasNextPage endCursor } nodes { name phase containers { ready } } } } } }`;
  const times: number[] = [];
  for (let round = 0; round < 10; round++) {
    let after: string | null = null;
    do {
      const t = performance.now();
      // Annotated: `after` is assigned from `res` below, so TypeScript cannot infer `res` on its own.
      const res: GraphQLResponse<PodsPage> = await callSubgraph<PodsPage>(sg.url, q, { ns, after }, admin);
      times.push(performance.now() - t);
      const page: PodsPage['_entities'][number]['pods'] = res.data!._entities[0].pods;
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
  }
  times.sort((a, b) => a - b);
  const pct = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))].toFixed(1);
  console.log(`Project.pods page of 20 over HTTP (${times.length} requests): p50 ${pct(0.5)} ms, p95 ${pct(0.95)} ms, max ${pct(1)} ms; lists since start: ${sg.kube.pods.stats.lists}`);
} finally {
  await sg.stop();
  await deleteNamespace(kc, ns);
}
