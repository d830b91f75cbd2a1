/**
 * Workloads' lists paged from the first page to the last against the lab's real Kubernetes
 * (kwok runs the pods): a project's pods and deployments and a deployment's pods, by name and
 * by creation time (pods of one Deployment share creation seconds: equal sort keys), each item
 * exactly once and in order; pods and deployments by reference through the loaders.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { userIdentity } from '@meridian/core/testing';
import { collectPages, nameAndAgeOrders } from '@meridian/core/paging/testing';
import { Kinds, apiPath, kubeRequest } from '@meridian/core/kube/index';
import { createDeployment, createNamespace, deleteNamespace, labKubeConfig, labKubeconfigPath, uniqueName, waitFor } from '@meridian/core/kube/testing';
import { start, type RunningWorkloads } from '../src/index.ts';
import { gqlAt, type Gql } from './helpers.ts';

const kc = labKubeConfig();
const ws = uniqueName('ws-pg');
const ns = uniqueName('t-wl-pg');
const viewer = userIdentity('pg-viewer', { workspaces: { [ws]: 'workspace-viewer' } });
const deployments = ['web', 'api', 'db', 'cache', 'queue', 'batch'];
const replicas: Record<string, number> = { web: 9, api: 3 };

let sg: RunningWorkloads;
let gql: Gql;
type Item = { name: string; created: number };
let pods: Item[] = [];
let webPods: string[] = [];
let deploymentItems: Item[] = [];

type Conn = { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { name: string } }[] };
const CONN = 'totalCount pageInfo { hasNextPage endCursor } edges { node { name } }';
const PROJECT_PODS = `query($ns: String!, $first: Int, $after: String, $sort: WorkloadSort) {
  _entities(representations: [{ __typename: "Project", name: $ns }]) { ... on Project { list: pods(first: $first, after: $after, sort: $sort) { ${CONN} } } } }`;
const PROJECT_DEPLOYMENTS = `query($ns: String!, $first: Int, $after: String, $sort: WorkloadSort) {
  _entities(representations: [{ __typename: "Project", name: $ns }]) { ... on Project { list: deployments(first: $first, after: $after, sort: $sort) { ${CONN} } } } }`;
const DEPLOYMENT_PODS = `query($ns: String!, $first: Int, $after: String, $sort: WorkloadSort) {
  _entities(representations: [{ __typename: "Deployment", namespace: $ns, name: "web" }]) { ... on Deployment { list: pods(first: $first, after: $after, sort: $sort) { ${CONN} } } } }`;

async function pageAll(query: string, first: number, sort: { field: string; direction: string }): Promise<string[]> {
  return collectPages(first, async (after) => {
    const res = await gql<{ _entities: { list: Conn }[] }>(viewer, query, { ns, first, after, sort });
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    const c = res.data!._entities[0].list;
    return { nodes: c.edges.map((e) => e.node.name), pageInfo: c.pageInfo };
  });
}

/** The orders the API promises: by name; by (creation time, name). */
const orders = (items: Item[]) => {
  const byName = items.map((i) => i.name).sort();
  const byCreated = [...items].sort((a, b) => a.created - b.created || (a.name < b.name ? -1 : 1)).map((i) => i.name);
  return nameAndAgeOrders(byName, byCreated);
};

type Listed = { items: { metadata: { name: string; creationTimestamp: string; labels?: Record<string, string> } }[] };
const items = (l: Listed) => l.items.map((o) => ({ name: o.metadata.name, created: Date.parse(o.metadata.creationTimestamp), labels: o.metadata.labels ?? {} }));

beforeAll(async () => {
  await createNamespace(kc, ns, ws);
  for (const d of deployments) await createDeployment(kc, ns, d, { replicas: replicas[d] ?? 1 });
  const total = deployments.reduce((n, d) => n + (replicas[d] ?? 1), 0);
  const listed = await waitFor(`${total} pods`, async () => {
    const all = items(await kubeRequest<Listed>(kc, { path: apiPath(Kinds.Pod, { namespace: ns }) }));
    return all.length === total ? all : undefined;
  }, 60_000, 300);
  pods = listed;
  webPods = listed.filter((p) => p.labels.app === 'web').map((p) => p.name);
  deploymentItems = items(await kubeRequest<Listed>(kc, { path: apiPath(Kinds.Deployment, { namespace: ns }) }));
  sg = await start({ port: 0, kubeconfig: labKubeconfigPath() });
  gql = gqlAt(sg.url);
  // Until the subgraph's watch caches hold every pod.
  await waitFor('pods in the cache', async () => {
    const r = await gql<{ _entities: { list: Conn }[] }>(viewer, PROJECT_PODS, { ns, first: 1 });
    return r.data?._entities[0]?.list.totalCount === total ? true : undefined;
  }, 30_000, 200);
});

afterAll(async () => {
  await sg?.stop();
  await deleteNamespace(kc, ns);
});

describe('paging through every item, no duplicates, no gaps', () => {
  it("a project's pods, by name and by creation time (equal creation seconds), both directions", async () => {
    expect(new Set(pods.map((p) => p.created)).size).toBeLessThan(pods.length); // equal sort keys exist
    for (const [sort, expected] of orders(pods)) {
      for (const first of [1, 4, 500]) expect(await pageAll(PROJECT_PODS, first, sort), `${sort.field} ${sort.direction} ${first}`).toEqual(expected);
    }
  });

  it("a project's deployments, both orders", async () => {
    for (const [sort, expected] of orders(deploymentItems)) {
      for (const first of [1, 5]) expect(await pageAll(PROJECT_DEPLOYMENTS, first, sort)).toEqual(expected);
    }
  });

  it("a deployment's pods (its selector applied while paging)", async () => {
    const web = pods.filter((p) => webPods.includes(p.name));
    for (const [sort, expected] of orders(web)) {
      for (const first of [2, 9]) expect(await pageAll(DEPLOYMENT_PODS, first, sort)).toEqual(expected);
    }
  });
});

describe('entity references through the loaders', () => {
  it('every pod and deployment of the project by reference in one request, each its own object', async () => {
    const reps = [...pods.map((p) => ({ __typename: 'Pod', namespace: ns, name: p.name })), ...deploymentItems.map((d) => ({ __typename: 'Deployment', namespace: ns, name: d.name }))];
    reps.push({ __typename: 'Pod', namespace: ns, name: 'no-such-pod' });
    const res = await gql<{ _entities: ({ namespace: string; name: string } | null)[] }>(
      viewer,
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Pod { namespace name } ... on Deployment { namespace name } } }',
      { r: reps },
    );
    expect(res.data!._entities.slice(0, -1)).toEqual(reps.slice(0, -1).map((r) => ({ namespace: r.namespace, name: r.name })));
    expect(res.data!._entities.at(-1)).toBeNull();
  });
});
