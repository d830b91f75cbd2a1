/** Shared by monitoring's tests and benchmarks: a query-counting Prometheus proxy, lab workloads with set usage. */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { labKubeConfig } from '@meridian/core/kube/testing';
import { Kinds, apiPath, kubeRequest } from '@meridian/core/kube/index';
import { waitFor } from '@meridian/core/kube/testing';

type KubeConfig = ReturnType<typeof labKubeConfig>;

export interface SeenQuery {
  path: string;
  query: string;
}

/** An HTTP proxy in front of Prometheus that records every PromQL query passing it. */
export async function countingProxy(target: string): Promise<{ url: string; seen: SeenQuery[]; close(): Promise<void> }> {
  const seen: SeenQuery[] = [];
  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks);
    const url = new URL(req.url ?? '/', target);
    if (url.pathname.startsWith('/api/v1/query')) {
      seen.push({ path: url.pathname, query: new URLSearchParams(body.toString()).get('query') ?? url.searchParams.get('query') ?? '' });
    }
    const upstream = await fetch(url, { method: req.method, headers: { 'content-type': req.headers['content-type'] ?? '' }, body: req.method === 'POST' ? body : undefined });
    res.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'application/json' });
    res.end(Buffer.from(await upstream.arrayBuffer()));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

export type WorkloadKindName = 'Deployment' | 'StatefulSet' | 'DaemonSet';

/**
 * A workload whose pods use `cpu` (kwok's simulated usage, `kwok.x-k8s.io/usage-cpu`, e.g. "250m").
 * StatefulSets get a serviceName; DaemonSets run one pod per kwok node.
 */
export async function createWorkload(kc: KubeConfig, kind: WorkloadKindName, namespace: string, name: string, opts: { replicas?: number; cpu?: string } = {}): Promise<void> {
  const labels = { app: name };
  const template = {
    metadata: { labels, annotations: opts.cpu ? { 'kwok.x-k8s.io/usage-cpu': opts.cpu } : {} },
    spec: { containers: [{ name: 'main', image: 'registry.local/meridian/demo:1' }] },
  };
  const spec: Record<string, unknown> = { selector: { matchLabels: labels }, template };
  if (kind !== 'DaemonSet') spec.replicas = opts.replicas ?? 1;
  if (kind === 'StatefulSet') spec.serviceName = name;
  await kubeRequest(kc, { method: 'POST', path: apiPath(Kinds[kind], { namespace }), body: { apiVersion: 'apps/v1', kind, metadata: { name, namespace, labels }, spec } });
}

/** Waits until `count` pods of `namespace` run; their names and nodes. */
export async function runningPods(kc: KubeConfig, namespace: string, count: number, timeoutMs = 90_000): Promise<{ name: string; node: string; app: string }[]> {
  return waitFor(`${count} running pods in ${namespace}`, async () => {
    const list = await kubeRequest<{ items: { metadata: { name: string; labels?: Record<string, string> }; spec: { nodeName?: string }; status?: { phase?: string } }[] }>(kc, {
      path: apiPath(Kinds.Pod, { namespace }),
    });
    const running = list.items.filter((p) => p.status?.phase === 'Running');
    return running.length >= count ? running.map((p) => ({ name: p.metadata.name, node: p.spec.nodeName ?? '', app: p.metadata.labels?.app ?? '' })) : undefined;
  }, timeoutMs, 500);
}
