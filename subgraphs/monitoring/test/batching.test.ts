/**
 * Instant metrics are batched per request: a page of pods (from two namespaces) asking for
 * `metrics` costs ONE Prometheus query per metric, counted at an HTTP proxy in front of the
 * lab's real Prometheus; a second request asks again (loaders are never shared).
 */
import { describe, test, beforeAll, afterAll, expect } from 'vitest';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { callSubgraph, userIdentity } from '@meridian/core/testing';
import type { RunningSubgraph } from '@meridian/core';
import { Kinds, apiPath, kubeRequest } from '@meridian/core/kube/index';
import { createDeployment, createNamespace, deleteNamespace, labKubeConfig, labKubeconfigPath, uniqueName, waitFor } from '@meridian/core/kube/testing';
import { labEndpoints } from '../../../deploy/local/lib/endpoints.ts';
import { start } from '../src/index.ts';

const kc = labKubeConfig();
const ws = uniqueName('ws-batch');
const namespaces = [uniqueName('t-mb1'), uniqueName('t-mb2')];
const replicas = [3, 2];
const viewer = userIdentity('batch-viewer', { workspaces: { [ws]: 'workspace-viewer' } });

/** Every PromQL query that passed the proxy, per API path. */
const seen: { path: string; query: string }[] = [];
let proxy: http.Server;
let sg: RunningSubgraph;
const pods: { namespace: string; name: string }[] = [];

/** Forwards everything to Prometheus and records the queries. */
function countingProxy(target: string): http.Server {
  return http.createServer(async (req, res) => {
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
}

const POD_METRICS = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Pod { namespace name
  metrics { cpu memory networkReceiveBytesPerSecond networkTransmitBytesPerSecond } } } }`;
type PodMetricsData = { _entities: { namespace: string; name: string; metrics: Record<string, number | null> | null }[] };
const PROJECT_METRICS = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Project { name metrics { cpu memory podCount } } } }`;
type ProjectMetricsData = { _entities: { name: string; metrics: { cpu: number | null; memory: number | null; podCount: number } | null }[] };

const podReps = () => pods.map((p) => ({ __typename: 'Pod', ...p }));
const instantQueries = () => seen.filter((s) => s.path === '/api/v1/query').map((s) => s.query);

beforeAll(async () => {
  for (const [i, ns] of namespaces.entries()) {
    await createNamespace(kc, ns, ws);
    await createDeployment(kc, ns, 'web', { replicas: replicas[i] });
  }
  for (const [i, ns] of namespaces.entries()) {
    const names = await waitFor(`${replicas[i]} running pods in ${ns}`, async () => {
      const list = await kubeRequest<{ items: { metadata: { name: string }; status?: { phase?: string } }[] }>(kc, { path: apiPath(Kinds.Pod, { namespace: ns }) });
      const running = list.items.filter((p) => p.status?.phase === 'Running');
      return running.length === replicas[i] ? running.map((p) => p.metadata.name) : undefined;
    }, 60_000, 500);
    pods.push(...names.map((name) => ({ namespace: ns, name })));
  }
  proxy = countingProxy(labEndpoints('prometheus').url as string);
  await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
  sg = await start({ port: 0, kubeconfig: labKubeconfigPath(), prometheusUrl: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}` });
  // Until Prometheus has scraped every pod (a few scrape intervals).
  await waitFor('metrics of every pod', async () => {
    const r = await callSubgraph<PodMetricsData>(sg.url, POD_METRICS, { reps: podReps() }, viewer);
    return r.data?._entities.every((e) => e.metrics && Object.values(e.metrics).every((v) => typeof v === 'number')) ? r : undefined;
  }, 90_000, 1000);
});

afterAll(async () => {
  await sg?.stop();
  proxy?.close();
  await Promise.all(namespaces.map((ns) => deleteNamespace(kc, ns)));
});

describe('one Prometheus query per metric and level per request', () => {
  test(`a page of ${replicas[0] + replicas[1]} pods in two namespaces: four instant queries, each pod its own numbers`, async () => {
    seen.length = 0;
    const r = await callSubgraph<PodMetricsData>(sg.url, POD_METRICS, { reps: podReps() }, viewer);
    expect(r.errors).toBeUndefined();
    const queries = instantQueries();
    expect(queries).toHaveLength(4);
    for (const series of ['container_cpu_usage_seconds_total', 'container_memory_working_set_bytes', 'container_network_receive_bytes_total', 'container_network_transmit_bytes_total']) {
      expect(queries.filter((q) => q.includes(series)), series).toHaveLength(1);
    }
    expect(r.data!._entities.map((e) => `${e.namespace}/${e.name}`)).toEqual(pods.map((p) => `${p.namespace}/${p.name}`));
    for (const e of r.data!._entities) {
      expect(e.metrics!.memory, `${e.namespace}/${e.name}`).toBeGreaterThan(1024);
      expect(e.metrics!.cpu, `${e.namespace}/${e.name}`).toBeGreaterThanOrEqual(0);
    }

    // The next request has its own loaders: it asks Prometheus again (nothing cached across requests).
    seen.length = 0;
    const again = await callSubgraph<PodMetricsData>(sg.url, POD_METRICS, { reps: podReps().slice(0, 1) }, viewer);
    expect(again.errors).toBeUndefined();
    expect(instantQueries()).toHaveLength(4);
  });

  test('two projects\' totals: three instant queries, each project its own running pod count', async () => {
    const reps = namespaces.map((name) => ({ __typename: 'Project', name }));
    const r = await waitFor('running pod counts of both projects', async () => {
      seen.length = 0;
      const res = await callSubgraph<ProjectMetricsData>(sg.url, PROJECT_METRICS, { reps }, viewer);
      return res.data?._entities.every((e, i) => e.metrics?.podCount === replicas[i]) ? res : undefined;
    }, 60_000, 1000);
    expect(r.errors).toBeUndefined();
    expect(instantQueries()).toHaveLength(3);
    for (const e of r.data!._entities) expect(e.metrics!.memory).toBeGreaterThan(1024);
  });
});
