/**
 * Simulated nodes of a benchmark's own, so that its thousands of pods neither land on nor slow the
 * lab's shared kwok nodes: kwok plays the kubelet for any Node with its annotation, and lists each
 * one as its own Prometheus target (its cAdvisor endpoint). A node carries a taint nothing else
 * tolerates (the scheduler and DaemonSets keep away; the benchmark binds its pods by nodeName) and
 * the benchmark's label, by which they are deleted together.
 */
import { kubeRequest } from '@meridian/core/kube/index';
import { waitFor, type labKubeConfig } from '@meridian/core/kube/testing';

type KubeConfig = ReturnType<typeof labKubeConfig>;

/** The label every object of one benchmark run carries (nodes, namespaces): `meridian.io/bench=<run>`. */
export const BENCH_LABEL = 'meridian.io/bench';

export async function createBenchNodes(kc: KubeConfig, run: string, count: number): Promise<string[]> {
  const names = Array.from({ length: count }, (_, i) => `kwok-${run}-${i}`);
  for (const name of names) {
    await kubeRequest(kc, {
      method: 'POST',
      path: '/api/v1/nodes',
      body: {
        apiVersion: 'v1',
        kind: 'Node',
        metadata: {
          name,
          annotations: { 'kwok.x-k8s.io/node': 'fake', 'node.alpha.kubernetes.io/ttl': '0' },
          labels: { [BENCH_LABEL]: run, type: 'kwok-bench', 'kubernetes.io/hostname': name, 'kubernetes.io/os': 'linux' },
        },
        spec: { taints: [{ key: BENCH_LABEL, value: run, effect: 'NoSchedule' }] },
        status: {
          capacity: { cpu: '32', memory: '128Gi', pods: '250' },
          allocatable: { cpu: '32', memory: '128Gi', pods: '250' },
        },
      },
    });
  }
  await waitFor(`${count} bench nodes Ready`, async () => {
    const nodes = await kubeRequest<{ items: { status?: { conditions?: { type: string; status: string }[] } }[] }>(kc, { path: '/api/v1/nodes', query: { labelSelector: `${BENCH_LABEL}=${run}` } });
    return nodes.items.filter((n) => n.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True')).length === count;
  }, 120_000, 1000);
  return names;
}

/** Deletes every namespace and node labelled with `run`, `concurrency` at a time; answers how many namespaces. */
export async function deleteBenchObjects(kc: KubeConfig, run: string, concurrency = 16): Promise<number> {
  const selector = { labelSelector: `${BENCH_LABEL}=${run}` };
  const namespaces = (await kubeRequest<{ items: { metadata: { name: string } }[] }>(kc, { path: '/api/v1/namespaces', query: selector, timeoutMs: 60_000 })).items.map((n) => n.metadata.name);
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < namespaces.length) {
        const ns = namespaces[next++];
        await kubeRequest(kc, { method: 'DELETE', path: `/api/v1/namespaces/${ns}/pods`, query: { gracePeriodSeconds: '0' }, timeoutMs: 60_000 }).catch(() => undefined);
        await kubeRequest(kc, { method: 'DELETE', path: `/api/v1/namespaces/${ns}`, timeoutMs: 60_000 }).catch(() => undefined);
      }
    }),
  );
  // Nodes support a delete of the whole collection.
  await kubeRequest(kc, { method: 'DELETE', path: '/api/v1/nodes', query: selector, timeoutMs: 60_000 }).catch(() => undefined);
  return namespaces.length;
}
