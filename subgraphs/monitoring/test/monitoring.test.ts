/**
 * The monitoring subgraph against the lab's real Prometheus (scraping kwok's cAdvisor-style
 * metrics and our kube-state-metrics every 5 s) and real Kubernetes (for authorization).
 */
import { describe, test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import net from 'node:net';
import { callSubgraph, userIdentity } from '@meridian/core/testing';
import type { Identity, RunningSubgraph } from '@meridian/core';
import { Kinds, apiPath, kubeRequest } from '@meridian/core/kube/index';
import { createDeployment, createNamespace, deleteNamespace, labKubeConfig, labKubeconfigPath, uniqueName, waitFor } from '@meridian/core/kube/testing';
import { labEndpoints } from '../../../deploy/local/lib/endpoints.ts';
import { start } from '../src/index.ts';

const kc = labKubeConfig();
const ws = uniqueName('ws');
const ns = uniqueName('t-mon');
const viewer = userIdentity('viewer', { projects: { [ns]: 'viewer' } });
const wsViewer = userIdentity('wsviewer', { workspaces: { [ws]: 'workspace-viewer' } });
const outsider = userIdentity('outsider', { workspaces: { [uniqueName('ws-other')]: 'workspace-admin' } });

let sg: RunningSubgraph;
let down: RunningSubgraph;
let podNames: string[] = [];

type Codes = { errors?: { path?: (string | number)[]; extensions?: { code?: string } }[] };
const codes = (res: Codes) => (res.errors ?? []).map((e) => e.extensions?.code);

const POD_METRICS = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Pod { namespace name
  metrics { cpu memory networkReceiveBytesPerSecond networkTransmitBytesPerSecond } } } }`;
interface PodMetricsData { _entities: ({ namespace: string; name: string; metrics: Record<string, number | null> | null } | null)[] }

const podReps = () => podNames.map((name) => ({ __typename: 'Pod', namespace: ns, name }));

async function freePort(): Promise<number> {
  const srv = net.createServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const port = (srv.address() as net.AddressInfo).port;
  await new Promise((r) => srv.close(r));
  return port;
}

beforeAll(async () => {
  await createNamespace(kc, ns, ws);
  await createDeployment(kc, ns, 'web', { replicas: 2 });
  podNames = await waitFor('2 running pods', async () => {
    const list = await kubeRequest<{ items: { metadata: { name: string }; status?: { phase?: string } }[] }>(kc, { path: apiPath(Kinds.Pod, { namespace: ns }) });
    const running = list.items.filter((p) => p.status?.phase === 'Running');
    return running.length === 2 ? running.map((p) => p.metadata.name).sort() : undefined;
  }, 60_000, 500);
  sg = await start({ port: 0, kubeconfig: labKubeconfigPath(), prometheusUrl: labEndpoints('prometheus').url as string });
  // The same subgraph pointed at a port where nothing listens.
  down = await start({ port: 0, kubeconfig: labKubeconfigPath(), prometheusUrl: `http://127.0.0.1:${await freePort()}`, prometheusTimeoutMs: 2000 });
});

afterAll(async () => {
  await sg?.stop();
  await down?.stop();
  await deleteNamespace(kc, ns);
});

describe('metrics from Prometheus', () => {
  test('running pods have cpu, memory and network numbers > 0 once scraped', async () => {
    const t0 = Date.now();
    const res = await waitFor('pod metrics', async () => {
      const r = await callSubgraph<PodMetricsData>(sg.url, POD_METRICS, { reps: podReps() }, viewer);
      const ok = r.data?._entities.every((e) => e?.metrics && Object.values(e.metrics).every((v) => typeof v === 'number' && v > 0));
      return ok ? r : undefined;
    }, 60_000, 1000);
    console.log(`pod metrics available ${((Date.now() - t0) / 1000).toFixed(1)} s after the pods were Running`);
    assert.deepEqual(res.errors, undefined);
    for (const e of res.data!._entities) {
      assert.ok(e!.metrics!.cpu! < 64, 'cpu is in cores');
      assert.ok(e!.metrics!.memory! > 1024, 'memory is in bytes');
    }
  });

  test('project totals: cpu, memory, running pod count', async () => {
    const q = `query($ns: String!) { _entities(representations: [{ __typename: "Project", name: $ns }]) { ... on Project { metrics { cpu memory podCount } } } }`;
    const m = await waitFor('project metrics', async () => {
      const r = await callSubgraph<{ _entities: { metrics: { cpu: number | null; memory: number | null; podCount: number } }[] }>(sg.url, q, { ns }, wsViewer);
      const metrics = r.data?._entities[0]?.metrics;
      return metrics && metrics.podCount === 2 && (metrics.cpu ?? 0) > 0 && (metrics.memory ?? 0) > 0 ? metrics : undefined;
    }, 60_000, 1000);
    const pods = await callSubgraph<PodMetricsData>(sg.url, POD_METRICS, { reps: podReps() }, viewer);
    const podMemory = pods.data!._entities.reduce((s, e) => s + (e!.metrics!.memory ?? 0), 0);
    // Both are working-set sums over the same containers, scraped at about the same time.
    assert.ok(Math.abs(m.memory! - podMemory) <= podMemory * 0.5, `project memory ${m.memory} ~ sum of its pods ${podMemory}`);
  });

  test('ranges return evenly stepped samples', async () => {
    const start = new Date(Date.now() - 90_000).toISOString();
    const q = `query($reps: [_Any!]!, $start: String!) { _entities(representations: $reps) { ... on Pod {
      metrics { cpuRange(start: $start, step: 5) { timestamp value } memoryRange(start: $start, step: 15) { timestamp value } } } } }`;
    const r = await waitFor('range samples', async () => {
      const res = await callSubgraph<{ _entities: { metrics: { cpuRange: { timestamp: string; value: number }[]; memoryRange: { timestamp: string; value: number }[] } }[] }>(
        sg.url, q, { reps: podReps().slice(0, 1), start }, viewer);
      const m = res.data?._entities[0]?.metrics;
      return m && m.cpuRange.length >= 2 && m.memoryRange.length >= 1 ? m : undefined;
    }, 60_000, 1000);
    const times = r.cpuRange.map((s) => Date.parse(s.timestamp));
    for (let i = 1; i < times.length; i++) assert.equal(times[i] - times[i - 1], 5000);
    assert.ok(times[0] >= Date.parse(start));
    assert.ok(r.cpuRange.every((s) => s.value >= 0));
    assert.ok(r.memoryRange.every((s) => s.value > 0));
    const pq = `query($ns: String!, $start: String!) { _entities(representations: [{ __typename: "Project", name: $ns }]) { ... on Project { metrics { cpuRange(start: $start, step: 10) { value } } } } }`;
    const pr = await callSubgraph<{ _entities: { metrics: { cpuRange: { value: number }[] } }[] }>(sg.url, pq, { ns, start }, viewer);
    assert.deepEqual(pr.errors, undefined);
    assert.ok(pr.data!._entities[0].metrics.cpuRange.length >= 1);
  });

  test('bad ranges are BAD_USER_INPUT', async () => {
    const q = `query($reps: [_Any!]!, $start: String!, $end: String, $step: Int!) { _entities(representations: $reps) { ... on Pod { metrics { cpuRange(start: $start, end: $end, step: $step) { value } } } } }`;
    const now = Date.now();
    const call = (vars: Record<string, unknown>) => callSubgraph(sg.url, q, { reps: podReps().slice(0, 1), ...vars }, viewer);
    assert.deepEqual(codes(await call({ start: new Date(now - 60_000).toISOString(), step: 0 })), ['BAD_USER_INPUT']);
    assert.deepEqual(codes(await call({ start: new Date(now - 60_000).toISOString(), step: -5 })), ['BAD_USER_INPUT']);
    // One day at 1 s is 86,401 points.
    assert.deepEqual(codes(await call({ start: new Date(now - 86_400_000).toISOString(), step: 1 })), ['BAD_USER_INPUT']);
    assert.deepEqual(codes(await call({ start: 'yesterday-ish', step: 60 })), ['BAD_USER_INPUT']);
    assert.deepEqual(codes(await call({ start: new Date(now).toISOString(), end: new Date(now - 60_000).toISOString(), step: 60 })), ['BAD_USER_INPUT']);
    // 11,000 points exactly is allowed.
    const ok = await call({ start: String(Math.floor(now / 1000) - 10_999 * 10), end: String(Math.floor(now / 1000)), step: 10 });
    assert.deepEqual(ok.errors, undefined);
  });
});

describe('failure and access', () => {
  test('Prometheus unreachable: metrics is null with UPSTREAM_UNAVAILABLE, the rest resolves', async () => {
    const res = await callSubgraph<PodMetricsData>(down.url, POD_METRICS, { reps: podReps() }, viewer);
    assert.deepEqual(res.data!._entities.map((e) => [e!.namespace, e!.name, e!.metrics]), podNames.map((n) => [ns, n, null]));
    assert.deepEqual(codes(res), ['UPSTREAM_UNAVAILABLE', 'UPSTREAM_UNAVAILABLE']);
    assert.deepEqual(res.errors![0].path, ['_entities', 0, 'metrics']);
    const pr = await callSubgraph<{ _entities: { name: string; metrics: unknown }[] }>(
      down.url,
      `query($ns: String!) { _entities(representations: [{ __typename: "Project", name: $ns }]) { ... on Project { name metrics { cpu } } } }`,
      { ns },
      viewer,
    );
    assert.deepEqual(pr.data!._entities, [{ name: ns, metrics: null }]);
    assert.deepEqual(codes(pr), ['UPSTREAM_UNAVAILABLE']);
    const health = await fetch(down.url.replace('/graphql', '/healthz'));
    assert.equal(health.status, 503);
    const body = (await health.json()) as { checks: Record<string, string> };
    assert.equal(body.checks.kubernetes, 'ok');
    assert.match(body.checks.prometheus, /unreachable/);
    assert.equal((await fetch(sg.url.replace('/graphql', '/healthz'))).status, 200);
  });

  test('a Prometheus that accepts but never answers times out into UPSTREAM_UNAVAILABLE', async () => {
    const sockets = new Set<net.Socket>();
    const silent = net.createServer((s) => sockets.add(s)); // accepts, answers nothing
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    const hung = await start({ port: 0, kubeconfig: labKubeconfigPath(), prometheusUrl: `http://127.0.0.1:${(silent.address() as net.AddressInfo).port}`, prometheusTimeoutMs: 800 });
    try {
      const t0 = Date.now();
      const res = await callSubgraph<PodMetricsData>(hung.url, POD_METRICS, { reps: podReps().slice(0, 1) }, viewer);
      const took = Date.now() - t0;
      assert.deepEqual(res.data!._entities, [{ namespace: ns, name: podNames[0], metrics: null }]);
      assert.deepEqual(codes(res), ['UPSTREAM_UNAVAILABLE']);
      assert.ok(took < 5000, `answered after the timeout (${took} ms), not hung`);
    } finally {
      await hung.stop();
      for (const s of sockets) s.destroy();
      silent.close();
    }
  });

  test('metrics of another tenant\'s pods and project are NOT_FOUND (hidden like missing)', async () => {
    const check = async (identity: Identity) => {
      const pods = await callSubgraph<PodMetricsData>(sg.url, POD_METRICS, { reps: podReps().slice(0, 1) }, identity);
      const project = await callSubgraph(sg.url, `query($ns: String!) { _entities(representations: [{ __typename: "Project", name: $ns }]) { ... on Project { metrics { cpu } } } }`, { ns }, identity);
      return [codes(pods), codes(project), pods.data?._entities[0]?.metrics ?? null];
    };
    const denied = await check(outsider);
    assert.deepEqual(denied.slice(0, 2), [['NOT_FOUND'], ['NOT_FOUND']]);
    assert.equal(denied[2], null);
    const allowed = await check(viewer);
    assert.deepEqual(allowed.slice(0, 2), [[], []]);
  });
});
