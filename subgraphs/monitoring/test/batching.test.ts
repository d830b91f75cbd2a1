/**
 * Instant metrics are batched per request: a page of pods (from two namespaces) asking for
 * `metrics` costs ONE Prometheus query per metric, counted at an HTTP proxy in front of the
 * lab's real Prometheus; a second request asks again (loaders are never shared).
 */
import { describe, test, beforeAll, afterAll, expect } from 'vitest';
import { callSubgraph, userIdentity } from '@meridian/core/testing';
import type { RunningSubgraph } from '@meridian/core';
import { Kinds, apiPath, kubeRequest } from '@meridian/core/kube/index';
import { createDeployment, createNamespace, deleteNamespace, labKubeConfig, labKubeconfigPath, uniqueName, waitFor } from '@meridian/core/kube/testing';
import { labEndpoints } from '../../../deploy/local/lib/endpoints.ts';
import { start } from '../src/index.ts';
import { countingProxy, type SeenQuery } from './helpers.ts';

const kc = labKubeConfig();
const ws = uniqueName('ws-batch');
const namespaces = [uniqueName('t-mb1'), uniqueName('t-mb2')];
const replicas = [3, 2];
const viewer = userIdentity('batch-viewer', { workspaces: { [ws]: 'workspace-viewer' } });

let proxy: Awaited<ReturnType<typeof countingProxy>>;
let seen: SeenQuery[] = [];
let sg: RunningSubgraph;
const pods: { namespace: string; name: string }[] = [];

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
  proxy = await countingProxy(labEndpoints('prometheus').url as string);
  seen = proxy.seen;
  sg = await start({ port: 0, kubeconfig: labKubeconfigPath(), prometheusUrl: proxy.url });
  // Until Prometheus has scraped every pod (a few scrape intervals).
  await waitFor('metrics of every pod', async () => {
    const r = await callSubgraph<PodMetricsData>(sg.url, POD_METRICS, { reps: podReps() }, viewer);
    return r.data?._entities.every((e) => e.metrics && Object.values(e.metrics).every((v) => typeof v === 'number')) ? r : undefined;
  }, 90_000, 1000);
});

afterAll(async () => {
  await sg?.stop();
  await proxy?.close();
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

  test('named series over a window: one range query per metric and level, however many objects and fields', async () => {
    const names = ['pod_cpu_usage', 'pod_memory_usage_wo_cache', 'pod_net_bytes_received'];
    const q = `query($reps: [_Any!]!, $range: MetricRange) { _entities(representations: $reps) {
      ... on Pod { metrics { series(names: ${JSON.stringify(names)}, range: $range) { name points { value } } } }
      ... on Project { metrics { series(names: ["namespace_cpu_usage", "namespace_memory_usage_wo_cache"], range: $range) { name points { value } } } }
      ... on Deployment { metrics { series(names: ["workload_cpu_usage"], range: $range) { name points { value } } } } } }`;
    const reps = [...pods.map((p) => ({ __typename: 'Pod', ...p })), ...namespaces.map((name) => ({ __typename: 'Project', name })), ...namespaces.map((namespace) => ({ __typename: 'Deployment', namespace, name: 'web' }))];
    const r = await waitFor('points for every object', async () => {
      seen.length = 0;
      const res = await callSubgraph<{ _entities: { metrics: { series: { name: string; points: { value: number }[] }[] } }[] }>(sg.url, q, { reps, range: { lastSeconds: 60, step: 15 } }, viewer);
      expect(res.errors).toBeUndefined();
      return res.data!._entities.every((e) => e.metrics.series.every((s) => s.points.length > 0)) ? res : undefined;
    }, 90_000, 1000);
    const ranges = seen.filter((s) => s.path === '/api/v1/query_range');
    // 3 pod metrics + 2 project metrics + 1 workload metric, and no instant query.
    expect(ranges).toHaveLength(6);
    expect(instantQueries()).toHaveLength(0);
    expect(r.data!._entities).toHaveLength(pods.length + 4);
  });
});
