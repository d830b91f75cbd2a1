/**
 * Named series at every level, ranking and their authorization, against the lab's real
 * Prometheus (kwok's simulated usage, set per pod with `kwok.x-k8s.io/usage-cpu`) through a
 * query-counting proxy (hostile input must never reach Prometheus).
 */
import { describe, test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { callSubgraph, userIdentity } from '@meridian/core/testing';
import type { Identity, RunningSubgraph } from '@meridian/core';
import { createNamespace, deleteNamespace, labKubeConfig, labKubeconfigPath, uniqueName, waitFor } from '@meridian/core/kube/testing';
import { labEndpoints } from '../../../deploy/local/lib/endpoints.ts';
import { start } from '../src/index.ts';
import { countingProxy, createWorkload, runningPods } from './helpers.ts';

const kc = labKubeConfig();
const ws = uniqueName('ws-lv');
const ws2 = uniqueName('ws-lv2');
const ns = uniqueName('t-lv');
const ns2 = uniqueName('t-lv2');
const admin = userIdentity('lv-admin', { platformRole: 'platform-admin' });
const member = userIdentity('lv-member', { workspaces: { [ws]: 'workspace-viewer' } });
const projectViewer = userIdentity('lv-pviewer', { projects: { [ns]: 'viewer' } });
const other = userIdentity('lv-other', { workspaces: { [ws2]: 'workspace-admin' } });

/** Pods per workload and their simulated CPU (cores). */
const CPU = { big: 0.4, db: 0.15, small: 0.05, agent: 0.01 };
let sg: RunningSubgraph;
let proxy: Awaited<ReturnType<typeof countingProxy>>;
let pods: { name: string; node: string; app: string }[] = [];

type Series = { name: string; unit: string; value: number | null; points: { timestamp: string; value: number }[] | null };
type Err = { message: string; extensions?: { code?: string } };
type Res<T> = { data?: T | null; errors?: Err[] };
const codes = (r: Res<unknown>) => (r.errors ?? []).map((e) => e.extensions?.code);
const call = <T>(query: string, variables: Record<string, unknown>, who: Identity) => callSubgraph<T>(sg.url, query, variables, who) as Promise<Res<T>>;

const SERIES = '{ name unit value points { timestamp value } }';
const entitySeries = (type: string, names: string[]) =>
  `query($reps: [_Any!]!, $range: MetricRange) { _entities(representations: $reps) { ... on ${type} { metrics { series(names: ${JSON.stringify(names)}, range: $range) ${SERIES} } } } }`;
type EntitySeries = { _entities: ({ metrics: { series: Series[] | null } | null } | null)[] };

/** Series of one entity once every value is > 0 (Prometheus needs a few scrapes). */
async function positive(type: string, rep: Record<string, string>, names: string[], who: Identity = admin): Promise<Map<string, Series>> {
  return waitFor(`${type} ${names.join(', ')} > 0`, async () => {
    const r = await call<EntitySeries>(entitySeries(type, names), { reps: [{ __typename: type, ...rep }] }, who);
    assert.deepEqual(r.errors, undefined, JSON.stringify(r.errors));
    const series = r.data?._entities[0]?.metrics?.series ?? [];
    return series.length === names.length && series.every((s) => (s.value ?? 0) > 0) ? new Map(series.map((s) => [s.name, s])) : undefined;
  }, 90_000, 1000);
}

beforeAll(async () => {
  await createNamespace(kc, ns, ws);
  await createNamespace(kc, ns2, ws2);
  await createWorkload(kc, 'Deployment', ns, 'big', { replicas: 2, cpu: '400m' });
  await createWorkload(kc, 'Deployment', ns, 'small', { replicas: 1, cpu: '50m' });
  await createWorkload(kc, 'StatefulSet', ns, 'db', { replicas: 1, cpu: '150m' });
  await createWorkload(kc, 'DaemonSet', ns, 'agent', { cpu: '10m' });
  await createWorkload(kc, 'Deployment', ns2, 'theirs', { replicas: 1, cpu: '100m' });
  proxy = await countingProxy(labEndpoints('prometheus').url as string);
  sg = await start({ port: 0, kubeconfig: labKubeconfigPath(), prometheusUrl: proxy.url });
  // 2 + 1 + 1 + one per kwok node.
  pods = await runningPods(kc, ns, 7);
  await runningPods(kc, ns2, 1);
}, 120_000);

afterAll(async () => {
  await sg?.stop();
  await proxy?.close();
  await deleteNamespace(kc, ns);
  await deleteNamespace(kc, ns2);
});

describe('every level answers with real values', () => {
  test('cluster and control plane (platform admin)', async () => {
    const names = ['cluster_cpu_usage', 'cluster_memory_usage_wo_cache', 'cluster_pod_running_count', 'cluster_node_total', 'apiserver_request_rate', 'apiserver_request_latencies', 'etcd_mvcc_db_size', 'etcd_server_has_leader', 'scheduler_up_sum'];
    const q = `query($names: [String!]!) { clusterMetrics(names: $names) ${SERIES} }`;
    const series = await waitFor('cluster series > 0', async () => {
      const r = await call<{ clusterMetrics: Series[] }>(q, { names }, admin);
      assert.deepEqual(r.errors, undefined, JSON.stringify(r.errors));
      const running = r.data!.clusterMetrics.find((s) => s.name === 'cluster_pod_running_count')!.value ?? 0;
      // Once this test's pods are scraped too.
      return running >= 8 && r.data!.clusterMetrics.every((s) => (s.value ?? 0) > 0) ? r.data!.clusterMetrics : undefined;
    }, 90_000, 1000);
    assert.deepEqual(series.map((s) => s.name), names);
    const by = new Map(series.map((s) => [s.name, s]));
    assert.ok(by.get('cluster_pod_running_count')!.value! >= 8, 'at least this test\'s pods run');
    assert.equal(by.get('apiserver_request_latencies')!.unit, 'seconds');
    assert.ok(by.get('apiserver_request_latencies')!.value! < 60);
  });

  test('node: a node running the test\'s pods', async () => {
    const node = pods.find((p) => p.app === 'big')!.node;
    const s = await waitFor('the node\'s 400m pod counted', async () => {
      const m = await positive('Node', { name: node }, ['node_cpu_usage', 'node_memory_usage_wo_cache', 'node_cpu_utilisation', 'node_pod_running_count', 'node_net_bytes_received']);
      return m.get('node_cpu_usage')!.value! >= CPU.big - 0.01 ? m : undefined;
    }, 90_000, 1000);
    assert.ok(s.get('node_cpu_utilisation')!.value! < 1);
    assert.equal(s.get('node_cpu_utilisation')!.unit, 'ratio');
  });

  test('workspace (workspace viewer)', async () => {
    const s = await waitFor('workspace totals', async () => {
      const m = await positive('Workspace', { name: ws }, ['workspace_cpu_usage', 'workspace_memory_usage_wo_cache', 'workspace_pod_running_count', 'workspace_net_bytes_transmitted', 'workspace_namespace_count'], member);
      return m.get('workspace_pod_running_count')!.value === 7 && m.get('workspace_cpu_usage')!.value! > 1 ? m : undefined;
    }, 90_000, 1000);
    const expected = 2 * CPU.big + CPU.db + CPU.small + 3 * CPU.agent;
    assert.ok(Math.abs(s.get('workspace_cpu_usage')!.value! - expected) < 0.05, `workspace cpu ${s.get('workspace_cpu_usage')!.value} ~ ${expected}`);
    assert.equal(s.get('workspace_namespace_count')!.value, 1);
  });

  test('project (project viewer)', async () => {
    const s = await waitFor('project totals', async () => {
      const m = await positive('Project', { name: ns }, ['namespace_cpu_usage', 'namespace_memory_usage_wo_cache', 'namespace_net_bytes_received', 'namespace_pod_count', 'namespace_pod_running_count'], projectViewer);
      return m.get('namespace_pod_running_count')!.value === 7 ? m : undefined;
    }, 90_000, 1000);
    assert.equal(s.get('namespace_pod_count')!.value, 7);
    assert.equal(s.get('namespace_memory_usage_wo_cache')!.unit, 'bytes');
    // No claims in the project: a storage series with no data is null, not an error.
    const r = await call<EntitySeries>(entitySeries('Project', ['namespace_pvc_bytes_total']), { reps: [{ __typename: 'Project', name: ns }] }, projectViewer);
    assert.deepEqual(r.errors, undefined);
    assert.equal(r.data!._entities[0]!.metrics!.series![0].value, null);
  });

  test('workloads: Deployment, StatefulSet, DaemonSet', async () => {
    const cases = [
      { type: 'Deployment', name: 'big', cpu: 2 * CPU.big, replicas: ['workload_deployment_replica', 2] },
      { type: 'StatefulSet', name: 'db', cpu: CPU.db, replicas: ['workload_statefulset_replica', 1] },
      { type: 'DaemonSet', name: 'agent', cpu: 3 * CPU.agent, replicas: ['workload_daemonset_replica', 3] },
    ] as const;
    for (const c of cases) {
      // The rule's 1m rate settles once the pods ran a minute.
      const s = await waitFor(`${c.type} cpu ~ ${c.cpu}`, async () => {
        const m = await positive(c.type, { namespace: ns, name: c.name }, ['workload_cpu_usage', 'workload_memory_usage_wo_cache', 'workload_pod_running_count', 'workload_net_bytes_received', c.replicas[0]], projectViewer);
        return Math.abs(m.get('workload_cpu_usage')!.value! - c.cpu) < 0.02 ? m : undefined;
      }, 90_000, 2000);
      assert.ok(Math.abs(s.get('workload_cpu_usage')!.value! - c.cpu) < 0.02, `${c.type} cpu ${s.get('workload_cpu_usage')!.value} ~ ${c.cpu}`);
      assert.equal(s.get(c.replicas[0])!.value, c.replicas[1]);
    }
    // A Deployment metric on a StatefulSet is refused, not silently empty.
    const r = await call<EntitySeries>(entitySeries('StatefulSet', ['workload_deployment_replica']), { reps: [{ __typename: 'StatefulSet', namespace: ns, name: 'db' }] }, projectViewer);
    assert.deepEqual(codes(r), ['BAD_USER_INPUT']);
  });

  test('pod and container', async () => {
    const pod = pods.find((p) => p.app === 'db')!.name;
    const s = await positive('Pod', { namespace: ns, name: pod }, ['pod_cpu_usage', 'pod_memory_usage_wo_cache', 'pod_net_bytes_received', 'pod_net_bytes_transmitted'], projectViewer);
    assert.ok(Math.abs(s.get('pod_cpu_usage')!.value! - CPU.db) < 0.01);
    const q = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Pod { metrics { containers(names: ["container_cpu_usage", "container_memory_usage_wo_cache", "container_restarts"]) { container series { name value } } } } } }`;
    const r = await call<{ _entities: { metrics: { containers: { container: string; series: { name: string; value: number | null }[] }[] } }[] }>(q, { reps: [{ __typename: 'Pod', namespace: ns, name: pod }] }, projectViewer);
    assert.deepEqual(r.errors, undefined);
    const [main] = r.data!._entities[0].metrics.containers;
    assert.equal(main.container, 'main');
    assert.ok(main.series[0].value! > 0 && main.series[1].value! > 0);
    assert.equal(main.series[2].value, 0, 'no restarts');
  });
});

describe('ranges', () => {
  test('the last 30 s at a 5 s step: 7 points on multiples of the step', async () => {
    const pod = pods.find((p) => p.app === 'small')!.name;
    const q = entitySeries('Pod', ['pod_cpu_usage', 'pod_memory_usage_wo_cache']);
    const series = await waitFor('a full window of points', async () => {
      const r = await call<EntitySeries>(q, { reps: [{ __typename: 'Pod', namespace: ns, name: pod }], range: { lastSeconds: 30, step: 5 } }, projectViewer);
      assert.deepEqual(r.errors, undefined, JSON.stringify(r.errors));
      const s = r.data!._entities[0]!.metrics!.series!;
      return s.every((x) => x.points!.length === 7) ? s : undefined;
    }, 90_000, 2000);
    for (const s of series) {
      const times = s.points!.map((p) => Date.parse(p.timestamp));
      assert.equal(times[0] % 5000, 0, `aligned: ${s.points![0].timestamp}`);
      for (let i = 1; i < times.length; i++) assert.equal(times[i] - times[i - 1], 5000);
      assert.equal(s.value, s.points!.at(-1)!.value, 'value is the newest point');
      assert.equal(s.unit, s.name === 'pod_cpu_usage' ? 'cores' : 'bytes');
    }
    assert.ok(series[0].points!.every((p) => Math.abs(p.value - CPU.small) < 0.01));
    // start/end (well within the pod's life): 20 s at 10 s = 3 points.
    const end = Math.floor(Date.now() / 10_000) * 10 - 10;
    const r = await call<EntitySeries>(q, { reps: [{ __typename: 'Pod', namespace: ns, name: pod }], range: { start: new Date((end - 20) * 1000).toISOString(), end: String(end), step: 10 } }, projectViewer);
    assert.deepEqual(r.errors, undefined);
    assert.deepEqual(r.data!._entities[0]!.metrics!.series![1].points!.map((p) => Date.parse(p.timestamp) / 1000), [end - 20, end - 10, end]);
  });

  test('bad windows are BAD_USER_INPUT', async () => {
    const rep = [{ __typename: 'Project', name: ns }];
    for (const range of [{ step: 5 }, { lastSeconds: 60, start: '0', step: 5 }, { lastSeconds: -1, step: 5 }, { lastSeconds: 86_400, step: 1 }, { lastSeconds: 60, step: 0 }, { start: 'soon', step: 5 }]) {
      assert.deepEqual(codes(await call(entitySeries('Project', ['namespace_cpu_usage']), { reps: rep, range }, admin)), ['BAD_USER_INPUT'], JSON.stringify(range));
    }
  });
});

describe('ranking', () => {
  type Ranked = { metricRanking: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: { name: string; namespace: string | null; workloadKind: string | null; value: number; unit: string }[] } };
  const RANK = `query($level: RankLevel!, $metric: RankMetric!, $order: SortDirection, $project: String, $workspace: String, $first: Int, $after: String) {
    metricRanking(level: $level, metric: $metric, order: $order, project: $project, workspace: $workspace, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } nodes { name namespace workloadKind value unit } } }`;
  const rank = (vars: Record<string, unknown>, who: Identity = projectViewer) => call<Ranked>(RANK, vars, who);
  const appOf = (podName: string) => pods.find((p) => p.name === podName)!.app;

  test('pods of a project by CPU, both orders, paged', async () => {
    const all = await waitFor('7 ranked pods', async () => {
      const r = await rank({ level: 'POD', metric: 'CPU', project: ns, first: 50 });
      assert.deepEqual(r.errors, undefined, JSON.stringify(r.errors));
      return r.data!.metricRanking.totalCount === 7 ? r.data!.metricRanking : undefined;
    }, 90_000, 1000);
    assert.deepEqual(all.nodes.map((n) => appOf(n.name)), ['big', 'big', 'db', 'small', 'agent', 'agent', 'agent']);
    assert.equal(all.nodes[0].unit, 'cores');
    const asc = (await rank({ level: 'POD', metric: 'CPU', project: ns, order: 'ASC', first: 50 })).data!.metricRanking;
    assert.deepEqual(asc.nodes.map((n) => appOf(n.name)), ['agent', 'agent', 'agent', 'small', 'db', 'big', 'big']);
    // Pages of 3: no duplicates, no gaps. Values are live and the three agents use about the same
    // CPU, so they may trade places between two reads (CI 18:47) and a page could then repeat or
    // pass over one: the pages are compared with the whole list read before and after the walk,
    // on a walk during which the order did not move.
    const names = async () => (await rank({ level: 'POD', metric: 'CPU', project: ns, first: 50 })).data!.metricRanking.nodes.map((n) => n.name);
    let walked = false;
    for (let attempt = 0; attempt < 5 && !walked; attempt++) {
      const before = await names();
      const seen: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 3; page++) {
        const r: Res<Ranked> = await rank({ level: 'POD', metric: 'CPU', project: ns, first: 3, after });
        const conn = r.data!.metricRanking;
        seen.push(...conn.nodes.map((n) => n.name));
        assert.equal(conn.pageInfo.hasNextPage, page < 2);
        after = conn.pageInfo.endCursor;
      }
      if ((await names()).join() !== before.join()) continue;
      assert.deepEqual(seen, before);
      walked = true;
    }
    assert.ok(walked, 'the order held still for one walk of the pages in five');
    // A cursor of another order is refused.
    const descCursor = (await rank({ level: 'POD', metric: 'CPU', project: ns, first: 1 })).data!.metricRanking.pageInfo.endCursor;
    assert.ok(descCursor);
    assert.deepEqual(codes(await rank({ level: 'POD', metric: 'CPU', project: ns, order: 'ASC', first: 3, after: descCursor })), ['BAD_USER_INPUT']);
  });

  test('workloads by CPU, with kinds', async () => {
    const r = await waitFor('4 ranked workloads', async () => {
      const res = await rank({ level: 'WORKLOAD', metric: 'CPU', project: ns, first: 10 });
      return res.data?.metricRanking.totalCount === 4 ? res.data.metricRanking : undefined;
    }, 90_000, 1000);
    assert.deepEqual(r.nodes.map((n) => [n.name, n.workloadKind]), [['big', 'DEPLOYMENT'], ['db', 'STATEFULSET'], ['small', 'DEPLOYMENT'], ['agent', 'DAEMONSET']]);
  });

  test('tenants rank only what they may read', async () => {
    const mine = await waitFor('projects ranked', async () => {
      const res = await rank({ level: 'PROJECT', metric: 'MEMORY', first: 500 }, other);
      return res.data?.metricRanking.nodes.length ? res.data.metricRanking : undefined;
    }, 90_000, 1000);
    assert.deepEqual(mine.nodes.map((n) => n.name), [ns2]);
    const wsRank = (await rank({ level: 'WORKSPACE', metric: 'CPU', first: 500 }, member)).data!.metricRanking;
    assert.deepEqual(wsRank.nodes.map((n) => n.name), [ws]);
    // A platform admin sees both (among others).
    const everyone = (await rank({ level: 'PROJECT', metric: 'CPU', first: 500 }, admin)).data!.metricRanking.nodes.map((n) => n.name);
    assert.ok(everyone.includes(ns) && everyone.includes(ns2));
    assert.deepEqual(codes(await rank({ level: 'POD', metric: 'CPU', project: ns }, other)), ['NOT_FOUND']);
    assert.deepEqual(codes(await rank({ level: 'PROJECT', metric: 'CPU', workspace: ws }, other)), ['NOT_FOUND']);
    assert.deepEqual(codes(await rank({ level: 'NODE', metric: 'CPU' }, other)), ['FORBIDDEN']);
    const nodes = (await rank({ level: 'NODE', metric: 'CPU', first: 500 }, admin)).data!.metricRanking;
    assert.ok(nodes.totalCount >= 3);
    assert.ok(nodes.nodes.every((n, i) => i === 0 || nodes.nodes[i - 1].value >= n.value));
  });
});

describe('authorization', () => {
  test('another tenant gets NOT_FOUND for the project\'s metrics, FORBIDDEN for cluster and nodes', async () => {
    const node = pods[0].node;
    const cases: [string, Record<string, string>, string, string][] = [
      ['Project', { name: ns }, 'namespace_cpu_usage', 'NOT_FOUND'],
      ['Deployment', { namespace: ns, name: 'big' }, 'workload_cpu_usage', 'NOT_FOUND'],
      ['Pod', { namespace: ns, name: pods[0].name }, 'pod_cpu_usage', 'NOT_FOUND'],
      ['Workspace', { name: ws }, 'workspace_cpu_usage', 'NOT_FOUND'],
      ['Node', { name: node }, 'node_cpu_usage', 'FORBIDDEN'],
    ];
    for (const [type, rep, metric, code] of cases) {
      const r = await call<EntitySeries>(entitySeries(type, [metric]), { reps: [{ __typename: type, ...rep }] }, other);
      assert.deepEqual(codes(r), [code], `${type}: ${JSON.stringify(r.errors)}`);
      assert.equal(r.data?._entities[0]?.metrics ?? null, null);
    }
    assert.deepEqual(codes(await call(`{ clusterMetrics(names: ["cluster_cpu_usage"]) { value } }`, {}, member)), ['FORBIDDEN']);
    // A project member sees the workspace (through its project) but holds nothing in it.
    assert.deepEqual(codes(await call(entitySeries('Workspace', ['workspace_cpu_usage']), { reps: [{ __typename: 'Workspace', name: ws }] }, projectViewer)), ['FORBIDDEN']);
  });

  test('PromQL injection: hostile names and label values are BAD_USER_INPUT and never reach Prometheus', async () => {
    const before = proxy.seen.length;
    const hostile = ['pod_cpu_usage"}) or vector(1) #', 'pod_cpu_usage{namespace=~".+"}', 'sum(up)', '__proto__', 'constructor', 'toString', 'hasOwnProperty', '', ' pod_cpu_usage', 'pod_cpu_usage\n', 'POD_CPU_USAGE', 'pod_cpu_usage offset 1d'];
    // Real names of another level are refused too.
    for (const name of [...hostile, 'namespace_cpu_usage', 'cluster_cpu_usage']) {
      const r = await call(entitySeries('Pod', [name]), { reps: [{ __typename: 'Pod', namespace: ns, name: pods[0].name }] }, projectViewer);
      assert.deepEqual(codes(r), ['BAD_USER_INPUT'], JSON.stringify(name));
    }
    for (const name of [...hostile, 'pod_cpu_usage']) {
      assert.deepEqual(codes(await call(`query($n: String!) { clusterMetrics(names: [$n]) { value } }`, { n: name }, admin)), ['BAD_USER_INPUT'], JSON.stringify(name));
    }
    const values = ['a"}', 'a|b', '.*', '.+', 'x\\"', 'x") or vector(1', 'UPPER', 'a b', '-bad', 'x'.repeat(300), '__proto__', 'ns{a="b"}', 'a\nb', "a'b", 'a`b', 'a=~".*"', '$1', 'a,b', '\u0000', 'a}'];
    for (const v of values) {
      const entities: [string, Record<string, string>, string][] = [
        ['Pod', { namespace: ns, name: v }, 'pod_cpu_usage'],
        ['Deployment', { namespace: v, name: 'big' }, 'workload_cpu_usage'],
        ['Deployment', { namespace: ns, name: v }, 'workload_cpu_usage'],
        ['Workspace', { name: v }, 'workspace_cpu_usage'],
        ['Node', { name: v }, 'node_cpu_usage'],
      ];
      for (const [type, rep, metric] of entities) {
        const r = await call(entitySeries(type, [metric]), { reps: [{ __typename: type, ...rep }] }, admin);
        assert.deepEqual(codes(r), ['BAD_USER_INPUT'], `${type} ${JSON.stringify(rep)}`);
      }
      for (const arg of ['project', 'workspace']) {
        const r = await call(`query($v: String) { metricRanking(level: POD, metric: CPU, ${arg}: $v) { totalCount } }`, { v }, admin);
        assert.deepEqual(codes(r), ['BAD_USER_INPUT'], `${arg} ${JSON.stringify(v)}`);
      }
    }
    assert.equal(proxy.seen.length, before, `queries reached Prometheus: ${JSON.stringify(proxy.seen.slice(before))}`);
  });
});
