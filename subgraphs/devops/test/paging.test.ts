/**
 * Devops lists (Jenkins pages only by position: offset cursors) paged from the first page to the
 * last against the Jenkins stand-in: a project's pipelines and a pipeline's runs, each item
 * exactly once and in Jenkins' order; the page-size rule and foreign cursors.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { callSubgraph, userIdentity } from '@meridian/core/testing';
import { collectPages } from '@meridian/core/paging/testing';
import { startJenkinsStandin, type RunningStandin } from '../../../deploy/local/jenkins-standin/src/server.ts';
import { start } from '../src/index.ts';
import { createNamespace, deleteNamespace, suffix } from './fixtures.ts';

const id = suffix();
const ws = `ws-pg-${id}`;
const proj = `devops-pg-${id}`;
const viewer = userIdentity('pg-viewer', { workspaces: { [ws]: 'workspace-viewer' } });
const pipelineNames = Array.from({ length: 13 }, (_, i) => `p${String(i).padStart(2, '0')}`);
const RUNS = 11;

let standin: RunningStandin;
let subgraph: Awaited<ReturnType<typeof start>>;

type Conn<N> = { pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: N[] };
const PIPELINES = `query($p: String!, $first: Int, $after: String) {
  devopsProject(name: $p) { pipelines(first: $first, after: $after) { nodes { name } pageInfo { hasNextPage endCursor } } } }`;
const RUNS_QUERY = `query($p: String!, $name: String!, $first: Int, $after: String) {
  devopsProject(name: $p) { pipeline(name: $name) { runs(first: $first, after: $after) { nodes { number } pageInfo { hasNextPage endCursor } } } } }`;

const gql = <T>(query: string, variables: Record<string, unknown>) => callSubgraph<T>(subgraph.url, query, variables, viewer);

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
  subgraph = await start({ port: 0, jenkinsUrl: standin.url, jenkinsUser: 'meridian', jenkinsToken: 'secret-token' });
});

afterAll(async () => {
  await subgraph?.stop();
  await standin?.stop();
  await deleteNamespace(proj);
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
