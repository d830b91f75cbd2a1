/**
 * Kubernetes going away under a running workloads subgraph (the API server reached through a
 * proxy the test cuts): no silently stale data, partial results, and a subscription that
 * resumes without losing what happened during the outage.
 */
import { test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { userIdentity } from '@meridian/core/testing';
import { Kinds, apiPath, kubeRequest } from '@meridian/core/kube/index';
import { CuttableProxy, createDeployment, createNamespace, deleteNamespace, labKubeConfig, proxiedKubeconfigFile, uniqueName, waitFor } from '@meridian/core/kube/testing';
import { start, type RunningWorkloads } from '../src/index.ts';
import { codes, gqlAt, wsClient, type Gql } from './helpers.ts';

const kc = labKubeConfig();
const ns = uniqueName('t-wl-out');
const operator = userIdentity('operator', { projects: { [ns]: 'operator' } });
const proxy = CuttableProxy.toApiServer(kc);
let sg: RunningWorkloads;
let gql: Gql;

const PODS = `query($ns: String!) { _entities(representations: [{ __typename: "Project", name: $ns }]) { ... on Project { name pods(first: 100) { nodes { name } } } } }`;
type PodsData = { _entities: { name: string; pods: { nodes: { name: string }[] } | null }[] };
const podNames = async () => (await gql<PodsData>(operator, PODS, { ns })).data?._entities[0].pods?.nodes.map((n) => n.name) ?? [];

beforeAll(async () => {
  await createNamespace(kc, ns, uniqueName('ws'));
  await createDeployment(kc, ns, 'web', { replicas: 1 });
  await proxy.listen();
  sg = await start({ port: 0, kubeconfig: proxiedKubeconfigFile(kc, proxy.port), cache: { staleAfterMs: 1500, backoffMs: { initial: 100, max: 500 } } });
  gql = gqlAt(sg.url);
  await waitFor('the web pod', async () => (await podNames()).length === 1, 60_000, 250);
});

afterAll(async () => {
  await sg?.stop();
  await proxy.cut().catch(() => undefined);
  await deleteNamespace(kc, ns);
});

test('an outage gives UPSTREAM_UNAVAILABLE (not stale data), then events resume with nothing lost', { timeout: 90_000 }, async () => {
  const client = wsClient(sg.url, operator);
  const sub = client.iterate<{ podStatusChanged: { type: string; pod: { name: string } } }>({
    query: `subscription($p: String!) { podStatusChanged(project: $p) { type pod { name } } }`,
    variables: { p: ns },
  });
  const received: string[] = [];
  const consuming = (async () => {
    for await (const msg of sub) received.push(`${msg.data!.podStatusChanged.type} ${msg.data!.podStatusChanged.pod.name}`);
  })();
  await new Promise((r) => setTimeout(r, 300));
  const before = await podNames();

  await proxy.cut();
  // While Kubernetes is away, the deployment grows (changed directly, not through the proxy).
  await kubeRequest(kc, { method: 'PATCH', path: apiPath(Kinds.Deployment, { namespace: ns, name: 'web', subresource: 'scale' }), body: { spec: { replicas: 3 } } });
  await waitFor('the cache to turn stale', () => sg.kube.pods.health().state === 'stale', 10_000, 50);

  const res = await gql<PodsData>(operator, PODS, { ns });
  assert.deepEqual(res.data!._entities, [{ name: ns, pods: null }], 'the project still resolves; its pods do not');
  assert.deepEqual(codes(res), ['UPSTREAM_UNAVAILABLE']);
  const scale = await gql(operator, `mutation($ns: String!) { scaleDeployment(namespace: $ns, name: "web", replicas: 2) { replicas } }`, { ns });
  assert.deepEqual(codes(scale), ['UPSTREAM_UNAVAILABLE']);
  const health = await fetch(sg.url.replace('/graphql', '/healthz'));
  assert.equal(health.status, 503);

  await waitFor('3 running web pods (seen directly)', async () => {
    const list = await kubeRequest<{ items: { status?: { phase?: string } }[] }>(kc, { path: apiPath(Kinds.Pod, { namespace: ns }) });
    return list.items.filter((p) => p.status?.phase === 'Running').length === 3;
  }, 60_000, 250);
  const listsBefore = sg.kube.pods.stats.lists;
  const goneBefore = sg.kube.pods.stats.gone;
  await proxy.listen();

  await waitFor('the outage\'s pods in the cache', async () => (await podNames()).length === 3, 30_000, 100);
  const added = (await podNames()).filter((n) => !before.includes(n));
  await waitFor('ADDED events for the pods created during the outage', () => added.every((n) => received.includes(`ADDED ${n}`)), 10_000, 50);
  // Resuming from the resourceVersion is the rule; the API server may instead answer 410 Gone
  // when other tests' churn pushed that version out of its watch cache — then, and only then,
  // a re-list is right (and its diff still delivered the ADDED events checked above).
  const relisted = sg.kube.pods.stats.lists - listsBefore;
  const gone = sg.kube.pods.stats.gone - goneBefore;
  console.log(`after the outage: ${relisted ? `re-listed after ${gone} × 410 Gone` : 'resumed the watch from its resourceVersion'}`);
  assert.ok(relisted === 0 || gone > 0, 're-listed only because of 410 Gone');
  await sub.return?.();
  await client.dispose();
  await consuming;
});
