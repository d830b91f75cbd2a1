/**
 * Rollouts, CronJob controls, node maintenance and live access against the lab: a Deployment
 * updated twice rolls back to its first revision (ReplicaSet revision annotation), a StatefulSet
 * and a DaemonSet through their ControllerRevisions; pause/resume; runCronJob starts a Job that completes; cordon
 * makes a node unschedulable and drain evicts its pods (on a kwok node of this test's own, tainted
 * so no other test's pod lands there, and deleted after); `events` streams what happens to an
 * object, clusterResourceChanged a cluster kind's changes (platform admins); a subscriber who loses sight of the project gets NOT_FOUND and no more events.
 */
import { describe, test, beforeAll, afterAll, expect } from 'vitest';
import { parse, stringify } from 'yaml';
import { config } from '@meridian/core';
import { userIdentity } from '@meridian/core/testing';
import { Kinds, apiPath, kubeRequest } from '@meridian/core/kube/index';
import { deleteNamespace, labKubeConfig, uniqueName, waitFor } from '@meridian/core/kube/testing';
import type { RunningWorkloads } from '../src/index.ts';
import { codes, recordSubscription, startOverNamespaces, wsClient, type Gql } from './helpers.ts';

const kc = labKubeConfig();
const ws = uniqueName('ws-roll');
const ns = uniqueName('t-roll');
const nodeName = uniqueName('kwok-kinds');
const storageClassName = uniqueName('sc-live');
const admin = userIdentity('roll-platform-admin', { platformRole: 'platform-admin' });
const projectAdmin = userIdentity('roll-admin', { projects: { [ns]: 'admin' } });
const wsViewer = userIdentity('roll-ws-viewer', { workspaces: { [ws]: 'workspace-viewer' } });

let sg: RunningWorkloads;
let gql: Gql;
const clients: ReturnType<typeof wsClient>[] = [];
const IMAGE = (tag: number) => `registry.local/meridian/demo:${tag}`;

async function must<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}, identity = projectAdmin): Promise<T> {
  const res = await gql<T>(identity, query, variables);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!;
}

/** Changes the image of a workload by YAML with its resourceVersion (retried on CONFLICT). */
async function setImage(kind: string, name: string, tag: number): Promise<void> {
  await waitFor(`${kind} ${name} at image ${tag}`, async () => {
    const { kubeObject } = await must<{ kubeObject: { yaml: string } }>('query($k: String!, $p: String!, $n: String!) { kubeObject(kind: $k, project: $p, name: $n) { yaml } }', { k: kind, p: ns, n: name });
    const doc = parse(kubeObject.yaml);
    doc.spec.template.spec.containers[0].image = IMAGE(tag);
    const res = await gql(projectAdmin, 'mutation($p: String!, $y: String!) { updateObject(project: $p, yaml: $y) { name } }', { p: ns, y: stringify(doc) });
    if (codes(res).includes('CONFLICT')) return false;
    expect(res.errors).toBeUndefined();
    return true;
  });
}

const imageOf = async (kind: string, name: string) =>
  parse((await must<{ kubeObject: { yaml: string } }>('query($k: String!, $p: String!, $n: String!) { kubeObject(kind: $k, project: $p, name: $n) { yaml } }', { k: kind, p: ns, n: name })).kubeObject.yaml).spec.template.spec.containers[0]
    .image as string;

/** Reads go through the shared cache, which sees a write once its watch delivers it. */
const untilImage = (kind: string, name: string, tag: number) => waitFor(`${kind} ${name} read at image ${tag}`, async () => (await imageOf(kind, name)) === IMAGE(tag));

beforeAll(async () => {
  ({ sg, gql } = await startOverNamespaces(kc, [[ns, ws]]));
}, 60_000);

afterAll(async () => {
  for (const c of clients) await c.dispose();
  await sg?.stop();
  await kubeRequest(kc, { method: 'DELETE', path: apiPath(Kinds.Node, { name: nodeName }) }).catch(() => undefined);
  await kubeRequest(kc, { method: 'DELETE', path: apiPath(Kinds.StorageClass, { name: storageClassName }) }).catch(() => undefined);
  await deleteNamespace(kc, ns);
});

describe('rollouts', () => {
  test('a Deployment updated twice rolls back to its first revision; pause and resume', async () => {
    const t = { containers: [{ image: IMAGE(1) }] };
    await must('mutation($p: String!, $t: PodTemplateInput!) { createDeployment(project: $p, input: { name: "web", replicas: 1, template: $t }) { name } }', { p: ns, t });
    await waitFor('revision 1', async () => (await must<{ deployment: { revision: number | null } }>('query($p: String!) { deployment(namespace: $p, name: "web") { revision } }', { p: ns })).deployment.revision === 1);
    await setImage('Deployment', 'web', 2);
    await waitFor('revision 2', async () => (await must<{ deployment: { revision: number | null } }>('query($p: String!) { deployment(namespace: $p, name: "web") { revision } }', { p: ns })).deployment.revision === 2);
    await setImage('Deployment', 'web', 3);
    await waitFor('revision 3 and its ReplicaSet', async () => {
      const d = await must<{ _entities: { replicaSets: { nodes: { revision: number; images: string[] }[] } }[] }>(
        'query($p: String!) { _entities(representations: [{ __typename: "Project", name: $p }]) { ... on Project { replicaSets(filter: { owner: "Deployment/web" }) { nodes { revision images } } } } }',
        { p: ns },
      );
      return d._entities[0].replicaSets.nodes.some((rs) => rs.revision === 3 && rs.images[0] === IMAGE(3));
    });

    const unknown = await gql(projectAdmin, 'mutation($p: String!) { rollbackRollout(kind: "Deployment", project: $p, name: "web", revision: 42) { name } }', { p: ns });
    expect(codes(unknown)).toEqual(['BAD_USER_INPUT']);
    expect((unknown.errors![0].extensions as { field?: string }).field).toBe('revision');

    await must('mutation($p: String!) { rollbackRollout(kind: "Deployment", project: $p, name: "web", revision: 1) { name ... on Deployment { images } } }', { p: ns });
    await untilImage('Deployment', 'web', 1);
    // The rolled-back template is the first ReplicaSet's again: it becomes the newest revision.
    await waitFor('revision 4 = the first template', async () => {
      const d = await must<{ deployment: { revision: number | null; images: string[] } }>('query($p: String!) { deployment(namespace: $p, name: "web") { revision images } }', { p: ns });
      return d.deployment.revision === 4 && d.deployment.images[0] === IMAGE(1);
    });

    const paused = await must<{ pauseRollout: { paused: boolean; status: { status: string } } }>('mutation($p: String!) { pauseRollout(project: $p, name: "web") { paused status { status } } }', { p: ns });
    expect(paused.pauseRollout).toEqual({ paused: true, status: { status: 'Paused' } });
    const resumed = await must<{ resumeRollout: { paused: boolean } }>('mutation($p: String!) { resumeRollout(project: $p, name: "web") { paused } }', { p: ns });
    expect(resumed.resumeRollout.paused).toBe(false);

    const restarted = await must<{ restartRollout: { yaml: string } }>('mutation($p: String!) { restartRollout(kind: "Deployment", project: $p, name: "web") { yaml } }', { p: ns });
    expect(restarted.restartRollout.yaml).toContain('kubectl.kubernetes.io/restartedAt');
    expect(codes(await gql(projectAdmin, 'mutation($p: String!) { restartRollout(kind: "ConfigMap", project: $p, name: "web") { name } }', { p: ns }))).toEqual(['BAD_USER_INPUT']);
  }, 90_000);

  test('a StatefulSet rolls back through its ControllerRevisions', async () => {
    await must('mutation($p: String!, $t: PodTemplateInput!) { createStatefulSet(project: $p, input: { name: "db", template: $t }) { name } }', { p: ns, t: { containers: [{ image: IMAGE(1) }] } });
    await setImage('StatefulSet', 'db', 2);
    await waitFor('two ControllerRevisions of db', async () => {
      const d = await must<{ _entities: { controllerRevisions: { nodes: { revision: number }[] } }[] }>(
        'query($p: String!) { _entities(representations: [{ __typename: "Project", name: $p }]) { ... on Project { controllerRevisions(filter: { owner: "StatefulSet/db" }) { nodes { revision } } } } }',
        { p: ns },
      );
      return d._entities[0].controllerRevisions.nodes.length >= 2;
    });
    await untilImage('StatefulSet', 'db', 2);
    await must('mutation($p: String!) { rollbackRollout(kind: "StatefulSet", project: $p, name: "db", revision: 1) { name } }', { p: ns });
    await untilImage('StatefulSet', 'db', 1);
  }, 60_000);

  test('a DaemonSet updated twice rolls back to revision 1 through its ControllerRevisions', async () => {
    type Revisions = { _entities: { controllerRevisions: { nodes: { revision: number }[] } }[] };
    const revisionsOfAgent = async () =>
      (await must<Revisions>('query($p: String!) { _entities(representations: [{ __typename: "Project", name: $p }]) { ... on Project { controllerRevisions(filter: { owner: "DaemonSet/agent" }) { nodes { revision } } } } }', { p: ns }))._entities[0].controllerRevisions.nodes
        .map((r) => r.revision)
        .sort((a, b) => a - b);
    await must('mutation($p: String!, $t: PodTemplateInput!) { createDaemonSet(project: $p, input: { name: "agent", template: $t }) { name } }', { p: ns, t: { containers: [{ image: IMAGE(1) }] } });
    await waitFor('revision 1 of agent', async () => (await revisionsOfAgent()).join() === '1');
    await setImage('DaemonSet', 'agent', 2);
    await waitFor('revision 2 of agent', async () => (await revisionsOfAgent()).join() === '1,2');
    await setImage('DaemonSet', 'agent', 3);
    await waitFor('revision 3 of agent', async () => (await revisionsOfAgent()).join() === '1,2,3');

    const unknown = await gql(projectAdmin, 'mutation($p: String!) { rollbackRollout(kind: "DaemonSet", project: $p, name: "agent", revision: 7) { name } }', { p: ns });
    expect(codes(unknown)).toEqual(['BAD_USER_INPUT']);
    expect(unknown.errors![0].message).toContain('1, 2, 3');

    const back = await must<{ rollbackRollout: { images: string[] } }>('mutation($p: String!) { rollbackRollout(kind: "DaemonSet", project: $p, name: "agent", revision: 1) { ... on DaemonSet { images } } }', { p: ns });
    expect(back.rollbackRollout.images).toEqual([IMAGE(1)]);
    await untilImage('DaemonSet', 'agent', 1);
    // The controller reuses the first template's ControllerRevision as the newest one.
    await waitFor('revision 1 renumbered 4', async () => (await revisionsOfAgent()).join() === '2,3,4');
    // Then the controller places the first template's pods on kwok's nodes again (their
    // readiness is kwok's pace, slow while a benchmark adds nodes and pods: not asserted here).
    await waitFor('pods of the rolled-back template scheduled', async () => {
      const d = await must<{ kubeObject: { desiredNumberScheduled: number; updatedNumberScheduled: number } }>(
        'query($p: String!) { kubeObject(kind: "DaemonSet", project: $p, name: "agent") { ... on DaemonSet { desiredNumberScheduled updatedNumberScheduled } } }',
        { p: ns },
      );
      return d.kubeObject.desiredNumberScheduled > 0 && d.kubeObject.updatedNumberScheduled > 0;
    }, 60_000, 500);
  }, 90_000);
});

describe('CronJob controls', () => {
  test('runCronJob creates a Job from the template that completes; suspend and resume', async () => {
    await must('mutation($p: String!, $t: PodTemplateInput!) { createCronJob(project: $p, input: { name: "nightly", schedule: "0 3 * * *", template: $t }) { name } }', {
      p: ns,
      t: { containers: [{ image: IMAGE(1), command: ['true'] }] },
    });
    const run = await must<{ runCronJob: { name: string; metadata: { ownerReferences: { kind: string; name: string }[] } } }>(
      'mutation($p: String!) { runCronJob(project: $p, name: "nightly") { name metadata { ownerReferences { kind name } } } }',
      { p: ns },
    );
    expect(run.runCronJob.name).toMatch(/^nightly-manual-/);
    expect(run.runCronJob.metadata.ownerReferences).toEqual([{ kind: 'CronJob', name: 'nightly' }]);
    await waitFor('the Job to complete', async () => {
      const r = await gql<{ kubeObject: { status: { status: string }; succeeded: number } }>(projectAdmin, 'query($p: String!, $n: String!) { kubeObject(kind: "Job", project: $p, name: $n) { status { status } ... on Job { succeeded } } }', { p: ns, n: run.runCronJob.name });
      return r.data?.kubeObject?.status.status === 'Complete' && r.data.kubeObject.succeeded === 1;
    }, 60_000, 500);

    const s = await must<{ suspendCronJob: { suspend: boolean; status: { status: string } } }>('mutation($p: String!) { suspendCronJob(project: $p, name: "nightly") { suspend status { status } } }', { p: ns });
    expect(s.suspendCronJob).toEqual({ suspend: true, status: { status: 'Suspended' } });
    const r = await must<{ resumeCronJob: { suspend: boolean } }>('mutation($p: String!) { resumeCronJob(project: $p, name: "nightly") { suspend } }', { p: ns });
    expect(r.resumeCronJob.suspend).toBe(false);
    expect(codes(await gql(projectAdmin, 'mutation($p: String!) { runCronJob(project: $p, name: "nope") { name } }', { p: ns }))).toEqual(['NOT_FOUND']);
  }, 90_000);
});

describe('node maintenance (platform admins)', () => {
  test('cordon makes a node unschedulable, drain evicts its pods, uncordon undoes it; others are FORBIDDEN', async () => {
    const taint = { key: 'meridian.io/test-node', value: nodeName, effect: 'NoSchedule' };
    await kubeRequest(kc, {
      method: 'POST',
      path: apiPath(Kinds.Node),
      body: {
        apiVersion: 'v1',
        kind: 'Node',
        metadata: { name: nodeName, annotations: { 'kwok.x-k8s.io/node': 'fake', 'node.alpha.kubernetes.io/ttl': '0' }, labels: { type: 'kwok-test', 'kubernetes.io/hostname': nodeName } },
        spec: { taints: [taint] },
        status: { capacity: { cpu: '4', memory: '8Gi', pods: '20' }, allocatable: { cpu: '4', memory: '8Gi', pods: '20' } },
      },
    });
    await waitFor('the test node Ready', async () => {
      const r = await gql<{ nodes: { nodes: { name: string; ready: boolean }[] } }>(admin, 'query($n: String!) { nodes(filter: { name: $n }) { nodes { name ... on Node { ready } } } }', { n: nodeName });
      return r.data?.nodes.nodes.some((n) => n.ready);
    }, 60_000, 500);
    for (const name of ['drained-a', 'drained-b', 'guarded']) {
      await kubeRequest(kc, {
        method: 'POST',
        path: apiPath(Kinds.Pod, { namespace: ns }),
        body: { apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: ns, labels: { drain: name } }, spec: { nodeName, tolerations: [{ ...taint, operator: 'Equal' }], containers: [{ name: 'main', image: IMAGE(1) }] } },
      });
    }
    // A budget that never allows evicting `guarded`: the drain retries it, then reports it pending.
    await kubeRequest(kc, {
      method: 'POST',
      path: `/apis/policy/v1/namespaces/${ns}/poddisruptionbudgets`,
      body: { apiVersion: 'policy/v1', kind: 'PodDisruptionBudget', metadata: { name: 'keep-guarded', namespace: ns }, spec: { minAvailable: 1, selector: { matchLabels: { drain: 'guarded' } } } },
    });
    await waitFor('all three pods Running on the node', async () => {
      const r = await must<{ _entities: { pods: { nodes: { phase: string }[] } }[] }>('query($p: String!, $n: String!) { _entities(representations: [{ __typename: "Project", name: $p }]) { ... on Project { pods(filter: { node: $n }) { nodes { phase } } } } }', { p: ns, n: nodeName });
      return r._entities[0].pods.nodes.filter((p) => p.phase === 'Running').length === 3;
    }, 60_000, 300);

    expect(codes(await gql(projectAdmin, 'mutation($n: String!) { cordonNode(name: $n) { name } }', { n: nodeName }))).toEqual(['FORBIDDEN']);
    expect(codes(await gql(projectAdmin, 'mutation($n: String!) { drainNode(name: $n) { evicted } }', { n: nodeName }))).toEqual(['FORBIDDEN']);
    expect(codes(await gql(projectAdmin, '{ nodes { totalCount } }'))).toEqual(['FORBIDDEN']);

    const cordoned = await must<{ cordonNode: { unschedulable: boolean; status: { status: string } } }>('mutation($n: String!) { cordonNode(name: $n) { unschedulable status { status } } }', { n: nodeName }, admin);
    expect(cordoned.cordonNode).toEqual({ unschedulable: true, status: { status: 'Ready,SchedulingDisabled' } });

    expect(codes(await gql(admin, 'mutation($n: String!) { drainNode(name: $n, timeoutSeconds: 0) { evicted } }', { n: nodeName }))).toEqual(['BAD_USER_INPUT']);
    type Drained = { drainNode: { evicted: string[]; skipped: unknown[]; pending: { pod: string; reason: string }[]; complete: boolean; node: { unschedulable: boolean } } };
    const drainQuery = 'mutation($n: String!, $t: Int) { drainNode(name: $n, timeoutSeconds: $t) { evicted skipped { pod reason } pending { pod reason } complete node { unschedulable } } }';
    const drained = await must<Drained>(drainQuery, { n: nodeName, t: 6 }, admin);
    expect(drained.drainNode.evicted.sort()).toEqual([`${ns}/drained-a`, `${ns}/drained-b`]);
    expect(drained.drainNode.node.unschedulable).toBe(true);
    expect(drained.drainNode.complete).toBe(false);
    expect(drained.drainNode.pending).toEqual([{ pod: `${ns}/guarded`, reason: expect.stringMatching(/PodDisruptionBudget/) }]);
    // The drain waited for the evictions to finish: when it answers, the evicted pods are gone
    // from the API server itself (not only on their way out).
    for (const name of ['drained-a', 'drained-b']) {
      await expect(kubeRequest(kc, { method: 'GET', path: apiPath(Kinds.Pod, { namespace: ns, name }) })).rejects.toThrow(/404|not found/i);
    }
    // Once the budget goes, a second drain evicts the last pod and completes.
    await kubeRequest(kc, { method: 'DELETE', path: `/apis/policy/v1/namespaces/${ns}/poddisruptionbudgets/keep-guarded` });
    const again = await must<Drained>(drainQuery, { n: nodeName, t: 30 }, admin);
    expect(again.drainNode).toMatchObject({ evicted: [`${ns}/guarded`], pending: [], complete: true });
    const left = await must<{ _entities: { pods: { totalCount: number } }[] }>('query($p: String!, $n: String!) { _entities(representations: [{ __typename: "Project", name: $p }]) { ... on Project { pods(filter: { node: $n }) { totalCount } } } }', { p: ns, n: nodeName });
    expect(left._entities[0].pods.totalCount).toBe(0);

    const back = await must<{ uncordonNode: { unschedulable: boolean; status: { status: string } } }>('mutation($n: String!) { uncordonNode(name: $n) { unschedulable status { status } } }', { n: nodeName }, admin);
    expect(back.uncordonNode).toEqual({ unschedulable: false, status: { status: 'Ready' } });
    expect(codes(await gql(admin, 'mutation { cordonNode(name: "no-such-node-kinds") { name } }'))).toEqual(['NOT_FOUND']);
  }, 120_000);
});

describe('live', () => {
  test('events(kind, namespace, name): what was recorded, then what happens', async () => {
    await must('mutation($p: String!, $t: PodTemplateInput!) { createDeployment(project: $p, input: { name: "watched", replicas: 1, template: $t }) { name } }', { p: ns, t: { containers: [{ image: IMAGE(1) }] } });
    await waitFor('a first event about watched', async () => {
      const r = await must<{ deployment: { events: unknown[] } }>('query($p: String!) { deployment(namespace: $p, name: "watched") { events { reason } } }', { p: ns });
      return r.deployment.events.length > 0;
    });
    const client = wsClient(sg.url, projectAdmin);
    clients.push(client);
    type E = { events: { type: string; event: { reason: string; message: string; involvedName: string } } };
    const rec = recordSubscription<E>(client, 'subscription($p: String!) { events(kind: "Deployment", namespace: $p, name: "watched") { type event { reason message involvedName } } }', { p: ns });
    await rec.until((r) => r.data?.events.type === 'ADDED' && r.data.events.event.reason === 'ScalingReplicaSet', 'the recorded ScalingReplicaSet event');
    const before = rec.results.length;
    await must('mutation($p: String!) { scaleDeployment(namespace: $p, name: "watched", replicas: 3) { name } }', { p: ns });
    const live = await rec.until((r) => rec.results.indexOf(r) >= before && /to 3/.test(r.data?.events.event.message ?? ''), 'a live event of the scale to 3');
    expect(live.data!.events.event.involvedName).toBe('watched');
    rec.stop();
  }, 60_000);

  test('clusterResourceChanged: a platform admin sees a StorageClass added, changed and deleted; others are FORBIDDEN', async () => {
    const query = 'subscription($k: String!, $n: String!) { clusterResourceChanged(kind: $k, filter: { name: $n }) { type object { name metadata { labels { key value } } } } }';
    type C = { clusterResourceChanged: { type: string; object: { name: string; metadata: { labels: { key: string; value: string }[] } } } };
    const errorOf = async (identity: typeof admin, kind: string) => {
      const client = wsClient(sg.url, identity);
      clients.push(client);
      const rec = recordSubscription<C>(client, query, { k: kind, n: storageClassName });
      return (await rec.until((r) => !!r.errors?.length, `${kind} refused`)).errors!.map((e) => e.extensions?.code);
    };
    expect(await errorOf(projectAdmin, 'StorageClass')).toEqual(['FORBIDDEN']);
    expect(await errorOf(admin, 'ConfigMap')).toEqual(['BAD_USER_INPUT']);

    const client = wsClient(sg.url, admin);
    clients.push(client);
    const rec = recordSubscription<C>(client, query, { k: 'StorageClass', n: storageClassName });
    await new Promise((r) => setTimeout(r, 300));
    const path = apiPath(Kinds.StorageClass, { name: storageClassName });
    await kubeRequest(kc, { method: 'POST', path: apiPath(Kinds.StorageClass), body: { apiVersion: 'storage.k8s.io/v1', kind: 'StorageClass', metadata: { name: storageClassName }, provisioner: 'meridian.io/test' } });
    await rec.until((r) => r.data?.clusterResourceChanged.type === 'ADDED' && r.data.clusterResourceChanged.object.name === storageClassName, 'ADDED');
    await kubeRequest(kc, { method: 'PATCH', path, contentType: 'application/merge-patch+json', body: { metadata: { labels: { step: 'changed' } } } });
    await rec.until((r) => r.data?.clusterResourceChanged.type === 'MODIFIED' && r.data.clusterResourceChanged.object.metadata.labels.some((l) => l.key === 'step' && l.value === 'changed'), 'MODIFIED with the label');
    await kubeRequest(kc, { method: 'DELETE', path });
    await rec.until((r) => r.data?.clusterResourceChanged.type === 'DELETED', 'DELETED');
    // The name filter holds: no other StorageClass (or Node) came through.
    expect(rec.results.every((r) => r.data?.clusterResourceChanged.object.name === storageClassName)).toBe(true);
    rec.stop();
  }, 60_000);

  test('a subscriber who loses sight of the project gets NOT_FOUND and no more events', async () => {
    const client = wsClient(sg.url, wsViewer);
    clients.push(client);
    type C = { resourceChanged: { type: string; object: { name: string } } };
    const rec = recordSubscription<C>(client, 'subscription($p: String!) { resourceChanged(kind: "ConfigMap", project: $p) { type object { name } } }', { p: ns });
    await new Promise((r) => setTimeout(r, 300));
    await must('mutation($p: String!) { createConfigMap(project: $p, input: { name: "seen", data: [] }) { name } }', { p: ns });
    await rec.until((r) => r.data?.resourceChanged.object.name === 'seen', 'the ADDED of seen');

    // The project moves to another workspace: the workspace viewer no longer sees it.
    await kubeRequest(kc, { method: 'PATCH', path: apiPath(Kinds.Namespace, { name: ns }), body: { metadata: { labels: { [config.workspaceLabel]: `${ws}-moved` } } } });
    try {
      await waitFor('the directory to see the move', async () => codes(await gql(wsViewer, 'query($p: String!) { kubeObject(kind: "ConfigMap", project: $p, name: "seen") { name } }', { p: ns })).includes('NOT_FOUND'));
      await must('mutation($p: String!) { createConfigMap(project: $p, input: { name: "unseen", data: [] }) { name } }', { p: ns }, admin);
      const refused = await rec.until((r) => !!r.errors?.length, 'NOT_FOUND after the move');
      expect(refused.errors!.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
      await waitFor('the stream to end', () => rec.done, 5_000);
      expect(rec.results.some((r) => r.data?.resourceChanged.object.name === 'unseen')).toBe(false);
    } finally {
      await kubeRequest(kc, { method: 'PATCH', path: apiPath(Kinds.Namespace, { name: ns }), body: { metadata: { labels: { [config.workspaceLabel]: ws } } } });
    }
  }, 60_000);
});
