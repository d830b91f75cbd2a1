/**
 * Devops lists paged from the first page to the last against the Jenkins stand-in and the lab's
 * Kubernetes: a project's pipelines and a pipeline's runs (Jenkins pages only by position: offset
 * cursors), each item exactly once and in Jenkins' order; a workspace's DevOps projects and a
 * project's credentials (keyset cursors, NAME or CREATED_AT either way, a name filter), each
 * item exactly once and in order, and nothing of them for a viewer of another workspace; the
 * page-size rule and foreign cursors.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { callSubgraph, userIdentity } from '@meridian/core/testing';
import { collectPages, nameAndAgeOrders } from '@meridian/core/paging/testing';
import { kubeRequest } from '@meridian/core/kube/index';
import { startJenkinsStandin, type RunningStandin } from '../../../deploy/local/jenkins-standin/src/server.ts';
import { start } from '../src/index.ts';
import { createNamespace, deleteNamespace, labKube, suffix } from './fixtures.ts';

const id = suffix();
const ws = `ws-pg-${id}`;
const proj = `devops-pg-${id}`;
const viewer = userIdentity('pg-viewer', { workspaces: { [ws]: 'workspace-viewer' } });
const wsAdmin = userIdentity('pg-admin', { workspaces: { [ws]: 'workspace-admin' } });
const otherWs = `ws-pg-other-${id}`;
const outsider = userIdentity('pg-outsider', { workspaces: { [otherWs]: 'workspace-viewer' } });
/** More DevOps projects in the workspace than one page holds (with `proj`), and a plain project. */
const moreProjects = Array.from({ length: 6 }, (_, i) => `devops-pg-${String.fromCharCode(102 - i)}-${id}`);
const plainProject = `plain-pg-${id}`;
const otherProject = `devops-pg-other-${id}`;
/** Created in this order; ids deliberately not in name order. */
const credentialIds = ['m-deploy', 'b-git', 'x-token', 'a-registry', 'k-kubeconfig', 'c-ssh', 'z-last'];
/** Sees only two of the workspace's DevOps projects. */
const twoProjectsViewer = userIdentity('pg-two', { projects: { [moreProjects[1]]: 'viewer', [moreProjects[4]]: 'viewer' } });
const pipelineNames = Array.from({ length: 13 }, (_, i) => `p${String(i).padStart(2, '0')}`);
const RUNS = 11;

let standin: RunningStandin;
let subgraph: Awaited<ReturnType<typeof start>>;

type Conn<N> = { pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: N[] };
const PIPELINES = `query($p: String!, $first: Int, $after: String) {
  devopsProject(name: $p) { pipelines(first: $first, after: $after) { nodes { name } pageInfo { hasNextPage endCursor } } } }`;
const RUNS_QUERY = `query($p: String!, $name: String!, $first: Int, $after: String) {
  devopsProject(name: $p) { pipeline(name: $name) { runs(first: $first, after: $after) { nodes { number } pageInfo { hasNextPage endCursor } } } } }`;

const gql = <T>(query: string, variables: Record<string, unknown>, as = viewer) => callSubgraph<T>(subgraph.url, query, variables, as);

beforeAll(async () => {
  standin = await startJenkinsStandin({
    port: 0,
    users: { meridian: 'secret-token' },
    seed: {
      items: [
        {
          folder: proj,
          items: pipelineNames.map((name, i) => ({
            pipeline: name,
            stages: [{ name: 'Build', durationMs: 10, logs: [] }],
            history: i === 0 ? Array.from({ length: RUNS }, (_, r) => ({ ageMs: (RUNS - r) * 1000 })) : [],
          })),
        },
      ],
    },
  });
  await createNamespace(proj, { 'meridian.io/workspace': ws, 'meridian.io/devops-project': 'true' });
  // One a second at most: creation times (whole seconds) then differ for some, tie for others.
  for (const [i, name] of moreProjects.entries()) {
    if (i % 2) await new Promise((r) => setTimeout(r, 1100));
    await createNamespace(name, { 'meridian.io/workspace': ws, 'meridian.io/devops-project': 'true' });
  }
  await createNamespace(plainProject, { 'meridian.io/workspace': ws });
  await createNamespace(otherProject, { 'meridian.io/workspace': otherWs, 'meridian.io/devops-project': 'true' });
  subgraph = await start({ port: 0, jenkinsUrl: standin.url, jenkinsUser: 'meridian', jenkinsToken: 'secret-token' });
});

afterAll(async () => {
  await subgraph?.stop();
  await standin?.stop();
  await Promise.all([proj, ...moreProjects, plainProject, otherProject].map(deleteNamespace));
});

async function allPipelines(first: number): Promise<string[]> {
  return collectPages(first, async (after) => {
    const res = await gql<{ devopsProject: { pipelines: Conn<{ name: string }> } }>(PIPELINES, { p: proj, first, after });
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    const c = res.data!.devopsProject.pipelines;
    return { nodes: c.nodes.map((n) => n.name), pageInfo: c.pageInfo };
  });
}

async function allRuns(first: number): Promise<number[]> {
  return collectPages(first, async (after) => {
    const res = await gql<{ devopsProject: { pipeline: { runs: Conn<{ number: number }> } } }>(RUNS_QUERY, { p: proj, name: pipelineNames[0], first, after });
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    const c = res.data!.devopsProject.pipeline.runs;
    return { nodes: c.nodes.map((n) => n.number), pageInfo: c.pageInfo };
  });
}

describe('paging through every item, no duplicates, no gaps', () => {
  it("a project's pipelines, in Jenkins' order", async () => {
    // The project appears once the subgraph's namespace watch has seen it.
    for (let deadline = Date.now() + 10_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 100))) {
      if ((await gql<{ devopsProject: unknown }>(PIPELINES, { p: proj, first: 1 })).data?.devopsProject) break;
    }
    for (const first of [1, 2, 5, 13, 500]) expect(await allPipelines(first), `first ${first}`).toEqual(pipelineNames);
  });

  it("a pipeline's runs, newest first", async () => {
    const expected = Array.from({ length: RUNS }, (_, i) => RUNS - i);
    for (const first of [1, 3, 11, 500]) expect(await allRuns(first), `first ${first}`).toEqual(expected);
  });
});

describe('the page-size rule and cursors', () => {
  it('first outside 1..500 is BAD_USER_INPUT naming the argument and the range; omitted it is 20', async () => {
    for (const first of [0, 501]) {
      const res = await gql(PIPELINES, { p: proj, first });
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.message).toMatch(/"first".*1 to 500/);
    }
    const all = await gql<{ devopsProject: { pipelines: Conn<{ name: string }> } }>(PIPELINES, { p: proj });
    expect(all.data!.devopsProject.pipelines.nodes).toHaveLength(pipelineNames.length);
  });

  it("a cursor of another list (runs vs pipelines) or a made-up one is BAD_USER_INPUT on after", async () => {
    const runs = await gql<{ devopsProject: { pipeline: { runs: Conn<{ number: number }> } } }>(RUNS_QUERY, { p: proj, name: pipelineNames[0], first: 2 });
    const runCursor = runs.data!.devopsProject.pipeline.runs.pageInfo.endCursor;
    for (const after of [runCursor, Buffer.from('o:3').toString('base64url')]) {
      const res = await gql(PIPELINES, { p: proj, first: 2, after });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    }
  });
});

const PROJECTS = `query($ws: String!, $first: Int, $after: String, $filter: DevOpsProjectFilter, $sort: DevOpsSort) {
  devopsProjects(workspace: $ws, first: $first, after: $after, filter: $filter, sort: $sort) { nodes { name createdAt } totalCount pageInfo { hasNextPage endCursor } } }`;
const CREDENTIALS = `query($p: String!, $first: Int, $after: String, $filter: CredentialFilter, $sort: DevOpsSort) {
  devopsProject(name: $p) { credentials(first: $first, after: $after, filter: $filter, sort: $sort) { nodes { id } totalCount pageInfo { hasNextPage endCursor } } } }`;
type Sort = { field: string; direction: string };

async function allProjects(first: number, sort: Sort, as = viewer, filter?: { name: string }): Promise<string[]> {
  return collectPages(first, async (after) => {
    const res = await gql<{ devopsProjects: Conn<{ name: string }> }>(PROJECTS, { ws, first, after, sort, filter }, as);
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    return { nodes: res.data!.devopsProjects.nodes.map((n) => n.name), pageInfo: res.data!.devopsProjects.pageInfo };
  });
}

async function allCredentials(first: number, sort: Sort, filter?: { id: string }): Promise<string[]> {
  return collectPages(first, async (after) => {
    const res = await gql<{ devopsProject: { credentials: Conn<{ id: string }> } }>(CREDENTIALS, { p: proj, first, after, sort, filter });
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    return { nodes: res.data!.devopsProject.credentials.nodes.map((n) => n.id), pageInfo: res.data!.devopsProject.credentials.pageInfo };
  });
}

const createdMs = async (name: string) => {
  const ns = await kubeRequest<{ metadata: { creationTimestamp: string } }>(labKube(), { method: 'GET', path: `/api/v1/namespaces/${name}` });
  return new Date(ns.metadata.creationTimestamp).getTime();
};

describe('DevOps projects and credentials: keyset pages in either order, filtered by who may see them', () => {
  it("a workspace's DevOps projects, each exactly once, by name and by creation, both ways", async () => {
    const all = [proj, ...moreProjects];
    for (let deadline = Date.now() + 10_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 100))) {
      if ((await gql<{ devopsProjects: { totalCount: number } }>(PROJECTS, { ws })).data?.devopsProjects.totalCount === all.length) break;
    }
    const created = new Map(await Promise.all(all.map(async (n) => [n, await createdMs(n)] as const)));
    const byName = [...all].sort();
    const byCreated = [...all].sort((a, b) => created.get(a)! - created.get(b)! || (a < b ? -1 : 1));
    for (const [sort, expected] of nameAndAgeOrders(byName, byCreated)) {
      for (const first of [1, 2, 3, 7]) expect(await allProjects(first, sort), `${sort.field} ${sort.direction}, first ${first}`).toEqual(expected);
    }
    const res = await gql<{ devopsProjects: { totalCount: number; nodes: { name: string; createdAt: string }[] } }>(PROJECTS, { ws, first: 1 });
    expect(res.data!.devopsProjects.totalCount, 'the plain project is no DevOps project').toBe(all.length);
    expect(Date.parse(res.data!.devopsProjects.nodes[0].createdAt)).toBe(created.get(byName[0]));
  });

  it('the name filter and the caller\'s grants apply before a page is filled', async () => {
    const nameSort = { field: 'NAME', direction: 'ASC' };
    const letter = moreProjects[2].split('-')[2];
    expect(await allProjects(1, nameSort, viewer, { name: `-${letter.toUpperCase()}-` })).toEqual([moreProjects[2]]);
    expect(await allProjects(1, nameSort, twoProjectsViewer)).toEqual([moreProjects[4], moreProjects[1]]);
    const count = await gql<{ devopsProjects: { totalCount: number } }>(PROJECTS, { ws, first: 1 }, twoProjectsViewer);
    expect(count.data!.devopsProjects.totalCount).toBe(2);
  });

  it("a project's credentials, each exactly once, by id and in the order they were added, both ways", async () => {
    const CREATE = 'mutation($p: String!, $i: CredentialInput!) { createCredential(project: $p, input: $i) { id } }';
    for (const credentialId of credentialIds) {
      const r = await gql(CREATE, { p: proj, i: { id: credentialId, secretText: { secret: `s-${credentialId}` } } }, wsAdmin);
      expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    }
    for (const [sort, expected] of nameAndAgeOrders([...credentialIds].sort(), credentialIds)) {
      for (const first of [1, 2, 3, 7]) expect(await allCredentials(first, sort), `${sort.field} ${sort.direction}, first ${first}`).toEqual(expected);
    }
    expect(await allCredentials(2, { field: 'NAME', direction: 'ASC' }, { id: 'K-' })).toEqual(['k-kubeconfig']);
  });

  it('a viewer of another workspace sees none of them: the workspace and the project are NOT_FOUND', async () => {
    const projects = await gql(PROJECTS, { ws, first: 1 }, outsider);
    expect(projects.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(projects.data).toBeNull();
    const credentials = await gql(CREDENTIALS, { p: proj, first: 1 }, outsider);
    expect(credentials.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((credentials.data as { devopsProject?: unknown } | null)?.devopsProject ?? null).toBeNull();
    // Their own workspace lists only its own project.
    const own = await gql<{ devopsProjects: { nodes: { name: string }[] } }>(PROJECTS, { ws: otherWs, first: 500 }, outsider);
    expect(own.data?.devopsProjects.nodes.map((n) => n.name)).toEqual([otherProject]);
  });

  it('cursors of another order or list, and bad page sizes, are BAD_USER_INPUT', async () => {
    const byName = await gql<{ devopsProjects: Conn<{ name: string }> }>(PROJECTS, { ws, first: 1, sort: { field: 'NAME', direction: 'ASC' } });
    const cursor = byName.data!.devopsProjects.pageInfo.endCursor;
    const otherOrder = await gql(PROJECTS, { ws, first: 1, after: cursor, sort: { field: 'CREATED_AT', direction: 'ASC' } });
    expect(otherOrder.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    const otherList = await gql(CREDENTIALS, { p: proj, first: 1, after: cursor });
    expect(otherList.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    for (const first of [0, 501]) expect((await gql(CREDENTIALS, { p: proj, first })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
