/**
 * Metrics end to end: pods run on kwok nodes, kwok serves their cAdvisor-style series, our
 * kube-state-metrics their state, Prometheus scrapes both every 5 s and records the rules.
 */
import assert from 'node:assert/strict';
import { test, beforeAll, afterAll } from 'vitest';
import { AppsV1Api, CoreV1Api, type KubeConfig } from '@kubernetes/client-node';
import { deleteNamespace, eventually, labKubeConfig, promQuery, tempNamespace, unique } from './helpers.ts';

let kc: KubeConfig;
let ns: string;
let podNames: string[];
const workspace = unique('ws');

beforeAll(async () => {
  kc = labKubeConfig();
  ns = await tempNamespace(kc, 'lab-prom', workspace);
  await kc.makeApiClient(AppsV1Api).createNamespacedDeployment({
    namespace: ns,
    body: {
      metadata: { name: 'api' },
      spec: {
        replicas: 2,
        selector: { matchLabels: { app: 'api' } },
        template: {
          metadata: { labels: { app: 'api' } },
          spec: { containers: [{ name: 'server', image: 'registry.local/api:1', resources: { requests: { cpu: '250m', memory: '64Mi' }, limits: { memory: '128Mi' } } }] },
        },
      },
    },
  });
  podNames = await eventually('2 Running pods', async () => {
    const pods = (await kc.makeApiClient(CoreV1Api).listNamespacedPod({ namespace: ns })).items.filter((p) => p.status?.phase === 'Running');
    return pods.length === 2 ? pods.map((p) => p.metadata!.name!).sort() : undefined;
  });
});
afterAll(() => deleteNamespace(kc, ns));

const POLL = 60_000;
const podsIn = (rows: { metric: Record<string, string> }[]) => [...new Set(rows.map((r) => r.metric.pod))].sort();

test('Prometheus has per-pod CPU rates from the simulated kubelets', async () => {
  const rows = await eventually('cpu rate for both pods', async () => {
    const r = await promQuery(`sum by (namespace, pod) (rate(container_cpu_usage_seconds_total{namespace="${ns}"}[2m]))`);
    return podsIn(r).join() === podNames.join() && r.every((x) => Number(x.value[1]) > 0) ? r : undefined;
  }, POLL, 2000);
  assert.deepEqual(podsIn(rows), podNames);
  const mem = await promQuery(`container_memory_working_set_bytes{namespace="${ns}", container="server"}`);
  assert.deepEqual(podsIn(mem), podNames);
  for (const m of mem) {
    assert.equal(m.metric.image, 'registry.local/api:1');
    assert.equal(m.metric.job, 'kubelet');
    assert.match(m.metric.node, /^kwok-node-\d+$/);
  }
  const rx = await eventually('network receive counters', async () => {
    const r = await promQuery(`rate(container_network_receive_bytes_total{namespace="${ns}"}[1m]) > 0`);
    return r.length === 2 ? r : undefined;
  }, POLL, 2000);
  assert.deepEqual(podsIn(rx), podNames);
});

test('kube-state-metrics series carry namespace, node, owner and the workspace label', async () => {
  const info = await eventually('kube_pod_info for both pods', async () => {
    const r = await promQuery(`kube_pod_info{namespace="${ns}"}`);
    return podsIn(r).join() === podNames.join() && r.every((x) => x.metric.pod_ip) ? r : undefined;
  }, POLL, 2000);
  for (const r of info) {
    assert.equal(r.metric.created_by_kind, 'ReplicaSet');
    assert.match(r.metric.created_by_name, /^api-/);
    assert.match(r.metric.node, /^kwok-node-\d+$/);
  }
  const labels = await promQuery(`kube_namespace_labels{namespace="${ns}"}`);
  assert.equal(labels.length, 1);
  assert.equal(labels[0].metric.label_meridian_io_workspace, workspace);

  const requests = await promQuery(`kube_pod_container_resource_requests{namespace="${ns}", resource="cpu"}`);
  assert.deepEqual(requests.map((r) => [r.metric.unit, Number(r.value[1])]), [['core', 0.25], ['core', 0.25]]);
  const available = await eventually('deployment available replicas', async () => {
    const r = await promQuery(`kube_deployment_status_replicas_available{namespace="${ns}", deployment="api"}`);
    return r[0]?.value[1] === '2' ? r : undefined;
  }, POLL, 2000);
  assert.equal(available.length, 1);
});

test('recording rules aggregate by namespace (with workspace), workspace and workload', async () => {
  const nsCpu = await eventually('namespace:container_cpu_usage_seconds_total:sum_rate', async () => {
    const r = await promQuery(`namespace:container_cpu_usage_seconds_total:sum_rate{namespace="${ns}"} > 0`);
    return r.length === 1 ? r[0] : undefined;
  }, POLL, 2000);
  assert.equal(nsCpu.metric.label_meridian_io_workspace, workspace);

  const nsMem = await promQuery(`namespace:container_memory_usage_bytes:sum{namespace="${ns}"}`);
  assert.equal(nsMem.length, 1);
  assert.ok(Number(nsMem[0].value[1]) > 0);

  const wsMem = await eventually('workspace:container_memory_usage_bytes:sum', async () => {
    const r = await promQuery(`workspace:container_memory_usage_bytes:sum{workspace="${workspace}"}`);
    return r.length === 1 ? r[0] : undefined;
  }, POLL, 2000);
  assert.equal(Number(wsMem.value[1]), Number(nsMem[0].value[1]), 'the workspace has just this namespace');

  const workload = await eventually('namespace:workload_cpu_usage:sum', async () => {
    const r = await promQuery(`namespace:workload_cpu_usage:sum{namespace="${ns}"}`);
    return r.length === 1 ? r[0] : undefined;
  }, POLL, 2000);
  assert.deepEqual([workload.metric.workload, workload.metric.workload_type], ['api', 'deployment']);

  const placed = await promQuery(`node_namespace_pod:kube_pod_info:{namespace="${ns}"}`);
  assert.deepEqual(podsIn(placed), podNames);
});

test('node rules: usage of the pods on a node against its allocatable capacity', async () => {
  const [pod] = await promQuery(`kube_pod_info{namespace="${ns}"}`);
  assert.ok(pod, 'kube_pod_info for a test pod');
  const node = pod.metric.node;
  const [used, ratio] = await eventually('node memory rules', async () => {
    const u = await promQuery(`node:node_memory_working_set_bytes:sum{node="${node}"}`);
    const r = await promQuery(`node:node_memory_utilisation:ratio{node="${node}"}`);
    return u.length === 1 && r.length === 1 ? [Number(u[0].value[1]), Number(r[0].value[1])] : undefined;
  }, POLL, 2000);
  // At least our pod's simulated working set (48Mi) is on that node; the ratio is against 32Gi.
  assert.ok(used >= 48 * 2 ** 20, `node ${node} uses ${used} bytes`);
  assert.ok(Math.abs(ratio * 32 * 2 ** 30 - used) / used < 0.2, `ratio ${ratio} ~ ${used} / 32Gi`);
  const cpu = await eventually('node cpu utilisation', async () => {
    const r = await promQuery(`node:node_cpu_utilisation:ratio{node="${node}"} > 0`);
    return r.length === 1 ? Number(r[0].value[1]) : undefined;
  }, POLL, 2000);
  assert.ok(cpu < 1, `cpu utilisation ${cpu} is a ratio of 8 cores`);
});

test('every scrape job is up: control plane over TLS, simulated kubelets, kube-state-metrics', async () => {
  const up = await eventually('all targets up', async () => {
    const r = await promQuery('up');
    return r.length > 0 && r.every((x) => x.value[1] === '1') ? r : undefined;
  }, POLL, 2000);
  const jobs = up.map((r) => r.metric.job);
  for (const job of ['apiserver', 'etcd', 'kube-controller-manager', 'kube-scheduler', 'kube-state-metrics', 'prometheus']) assert.ok(jobs.includes(job), `job ${job} scraped`);
  assert.ok(jobs.filter((j) => j === 'kubelet').length >= 3, 'one kubelet target per simulated node');
  const [requests] = await promQuery('sum(apiserver_request_total)');
  assert.ok(Number(requests.value[1]) > 0, 'API server metrics come through the authenticated scrape');
});

test('a pod can set its simulated usage with annotations', async () => {
  await kc.makeApiClient(CoreV1Api).createNamespacedPod({
    namespace: ns,
    body: {
      metadata: { name: 'heavy', annotations: { 'kwok.x-k8s.io/usage-cpu': '1500m', 'kwok.x-k8s.io/usage-memory': '300Mi' } },
      spec: { containers: [{ name: 'worker', image: 'registry.local/worker:1' }] },
    },
  });
  const mem = await eventually('annotated memory', async () => {
    const r = await promQuery(`container_memory_working_set_bytes{namespace="${ns}", pod="heavy"}`);
    return r.length === 1 && Number(r[0].value[1]) > 0 ? Number(r[0].value[1]) : undefined;
  }, POLL, 2000);
  assert.equal(mem, 300 * 2 ** 20);
  // A young series' rate is underestimated (fewer samples than the window): wait until it settles.
  const cpu = await eventually('annotated cpu rate ~ 1.5 cores', async () => {
    const r = await promQuery(`rate(container_cpu_usage_seconds_total{namespace="${ns}", pod="heavy"}[20s])`);
    return r.length === 1 && Math.abs(Number(r[0].value[1]) - 1.5) < 0.15 ? Number(r[0].value[1]) : undefined;
  }, POLL, 2000);
  assert.ok(cpu > 1.35 && cpu < 1.65);
});
