/**
 * The devops subgraph against the Jenkins stand-in (real wire protocol, in-process) and the
 * lab's real Kubernetes (DevOps projects are labelled namespaces). Roles and tenants are
 * unique per run: two workspaces, each with one DevOps project.
 */
import { test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { callSubgraph, userIdentity } from '@meridian/core/testing';
import { startJenkinsStandin, type RunningStandin } from '../../../deploy/local/jenkins-standin/src/server.ts';
import { start } from '../src/index.ts';
import { createNamespace, deleteNamespace, eventually, subscribe, suffix } from './fixtures.ts';

const id = suffix();
const wsA = `ws-a-${id}`;
const wsB = `ws-b-${id}`;
const projA = `devops-a-${id}`;
const projB = `devops-b-${id}`;
const plainNs = `plain-${id}`; // a normal project in wsA, not a DevOps project

const roles = {
  admin: userIdentity('root', { platformRole: 'platform-admin' }),
  wsAdminA: userIdentity('wadmin', { workspaces: { [wsA]: 'workspace-admin' } }),
  wsViewerA: userIdentity('wviewer', { workspaces: { [wsA]: 'workspace-viewer' } }),
  wsRegularA: userIdentity('wregular', { workspaces: { [wsA]: 'workspace-regular' } }),
  operatorA: userIdentity('op', { projects: { [projA]: 'operator' } }),
  viewerA: userIdentity('viewer', { projects: { [projA]: 'viewer' } }),
  tenantB: userIdentity('bob', { workspaces: { [wsB]: 'workspace-admin' } }),
};

let standin: RunningStandin;
let subgraph: Awaited<ReturnType<typeof start>>;
let jenkinsDown: Awaited<ReturnType<typeof start>>;

beforeAll(async () => {
  standin = await startJenkinsStandin({
    port: 0,
    users: { meridian: 'secret-token' },
    quietPeriodMs: 100,
    seed: {
      items: [
        {
          folder: projA,
          items: [
            {
              pipeline: 'build',
              description: 'Builds it',
              parameters: [{ name: 'GREETING', defaultValue: 'hello' }],
              stages: [
                { name: 'Checkout', durationMs: 300, logs: ['checking out'] },
                { name: 'Build', durationMs: 300, logs: ['say ${params.GREETING}', 'compiled'] },
                { name: 'Test', durationMs: 300, logs: ['all tests pass'] },
              ],
              history: [{ ageMs: 30_000 }, { ageMs: 20_000, failAt: 'Test' }, { ageMs: 10_000 }],
            },
            { pipeline: 'deploy', stages: [{ name: 'Deploy', durationMs: 200, logs: ['deployed'] }] },
            { pipeline: 'lint', stages: [{ name: 'Lint', durationMs: 200, logs: ['clean'] }], history: [{ ageMs: 5000, failAt: 'Lint' }] },
          ],
        },
        { folder: projB, items: [{ pipeline: 'secret-release', stages: [{ name: 'Release', durationMs: 100, logs: [] }] }] },
      ],
    },
  });
  await createNamespace(projA, { 'meridian.io/workspace': wsA, 'meridian.io/devops-project': 'true' });
  await createNamespace(projB, { 'meridian.io/workspace': wsB, 'meridian.io/devops-project': 'true' });
  await createNamespace(plainNs, { 'meridian.io/workspace': wsA });
  subgraph = await start({ port: 0, jenkinsUrl: standin.url, jenkinsUser: 'meridian', jenkinsToken: 'secret-token', logPollMs: 100, runStartWaitMs: 5000 });
  // Nothing listens on port 1: Jenkins is down for this instance.
  jenkinsDown = await start({ port: 0, jenkinsUrl: 'http://127.0.0.1:1', jenkinsUser: 'meridian', jenkinsToken: 'secret-token' });
});

afterAll(async () => {
  await subgraph?.stop();
  await jenkinsDown?.stop();
  await standin?.stop();
  await Promise.all([projA, projB, plainNs].map(deleteNamespace));
});

const gql = <T = Record<string, unknown>>(identity: (typeof roles)[keyof typeof roles], query: string, variables: Record<string, unknown> = {}) =>
  callSubgraph<T>(subgraph.url, query, variables, identity);

const PROJECTS = `query($ws: String!) { devopsProjects(workspace: $ws) { nodes { name workspace } totalCount } }`;

test('devopsProjects lists only labelled namespaces of the workspace, and only for callers who may see them', async () => {
  type R = { devopsProjects: { nodes: { name: string; workspace: string }[]; totalCount: number } };
  const listed = async (who: (typeof roles)[keyof typeof roles], ws: string) => (await gql<R>(who, PROJECTS, { ws })).data?.devopsProjects;
  const asAdmin = await eventually(() => gql<R>(roles.wsAdminA, PROJECTS, { ws: wsA }), (r) => (r.data?.devopsProjects.nodes.length ?? 0) > 0);
  assert.deepEqual(asAdmin.data?.devopsProjects, { nodes: [{ name: projA, workspace: wsA }], totalCount: 1 }, 'the plain namespace is not a DevOps project');
  assert.deepEqual(await listed(roles.viewerA, wsA), { nodes: [{ name: projA, workspace: wsA }], totalCount: 1 });
  assert.deepEqual(await listed(roles.admin, wsB), { nodes: [{ name: projB, workspace: wsB }], totalCount: 1 });
  const hiddenWs = await gql<R>(roles.tenantB, PROJECTS, { ws: wsA });
  assert.equal(hiddenWs.errors?.[0].extensions?.code, 'NOT_FOUND', 'another tenant sees nothing of wsA, not even that it exists');
  assert.deepEqual(await listed(roles.wsRegularA, wsA), { nodes: [], totalCount: 0 }, 'a regular workspace member is not in the project');
});

const PIPELINES = `query($p: String!, $first: Int, $after: String) {
  devopsProject(name: $p) {
    name workspace
    pipelines(first: $first, after: $after) {
      nodes { name project description lastRun { number status durationMs startedAt } }
      pageInfo { hasNextPage endCursor }
    }
  }
}`;

type PipelinesData = {
  devopsProject: {
    name: string;
    workspace: string;
    pipelines: {
      nodes: { name: string; project: string; description: string | null; lastRun: { number: number; status: string; durationMs: number; startedAt: string } | null }[];
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    } | null;
  } | null;
};

test('pipelines of a project come from its Jenkins folder, with last runs, paged', async () => {
  const all = await gql<PipelinesData>(roles.viewerA, PIPELINES, { p: projA });
  assert.equal(all.errors, undefined);
  const nodes = all.data!.devopsProject!.pipelines!.nodes;
  assert.deepEqual(nodes.map((n) => [n.name, n.description, n.lastRun?.number ?? null, n.lastRun?.status ?? null]), [
    ['build', 'Builds it', 3, 'SUCCESS'],
    ['deploy', null, null, null],
    ['lint', null, 1, 'FAILURE'],
  ]);
  assert.equal(nodes[0].lastRun!.durationMs, 900);
  assert.ok(Math.abs(Date.parse(nodes[0].lastRun!.startedAt) - (Date.now() - 10_000)) < 60_000);

  const page1 = await gql<PipelinesData>(roles.viewerA, PIPELINES, { p: projA, first: 2 });
  const p1 = page1.data!.devopsProject!.pipelines!;
  assert.deepEqual(p1.nodes.map((n) => n.name), ['build', 'deploy']);
  assert.equal(p1.pageInfo.hasNextPage, true);
  const page2 = await gql<PipelinesData>(roles.viewerA, PIPELINES, { p: projA, first: 2, after: p1.pageInfo.endCursor });
  const p2 = page2.data!.devopsProject!.pipelines!;
  assert.deepEqual(p2.nodes.map((n) => n.name), ['lint']);
  assert.equal(p2.pageInfo.hasNextPage, false);

  const bad = await gql(roles.viewerA, PIPELINES, { p: projA, first: 1000 });
  assert.equal(bad.errors?.[0].extensions?.code, 'BAD_USER_INPUT');
});

const RUNS = `query($p: String!, $name: String!, $first: Int, $after: String) {
  devopsProject(name: $p) { pipeline(name: $name) {
    runs(first: $first, after: $after) { nodes { id number status durationMs stages { name status durationMs } } pageInfo { hasNextPage endCursor } }
  } }
}`;
type RunsData = {
  devopsProject: { pipeline: { runs: { nodes: { id: string; number: number; status: string; durationMs: number | null; stages: { name: string; status: string; durationMs: number }[] }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } } | null } | null;
};

test('runs of a pipeline, newest first, with their stages from Stage View', async () => {
  const res = await gql<RunsData>(roles.wsViewerA, RUNS, { p: projA, name: 'build', first: 2 });
  assert.equal(res.errors, undefined);
  const runs = res.data!.devopsProject!.pipeline!.runs;
  assert.deepEqual(runs.nodes.map((r) => [r.id, r.number, r.status]), [
    [`${projA}/build/3`, 3, 'SUCCESS'],
    [`${projA}/build/2`, 2, 'FAILURE'],
  ]);
  assert.deepEqual(runs.nodes[1].stages.map((s) => [s.name, s.status, s.durationMs]), [
    ['Checkout', 'SUCCESS', 300],
    ['Build', 'SUCCESS', 300],
    ['Test', 'FAILURE', 300],
  ]);
  assert.equal(runs.pageInfo.hasNextPage, true);
  const next = await gql<RunsData>(roles.wsViewerA, RUNS, { p: projA, name: 'build', first: 2, after: runs.pageInfo.endCursor });
  assert.deepEqual(next.data!.devopsProject!.pipeline!.runs.nodes.map((r) => r.number), [1]);

  const missing = await gql<RunsData>(roles.wsViewerA, RUNS, { p: projA, name: 'nope' });
  assert.equal(missing.errors?.[0].extensions?.code, 'NOT_FOUND');
  const sneaky = await gql<RunsData>(roles.wsViewerA, RUNS, { p: projA, name: `../../job/${projB}/job/secret-release` });
  assert.equal(sneaky.errors?.[0].extensions?.code, 'BAD_USER_INPUT', 'a pipeline name cannot reach into another folder');
});

test('another tenant cannot see a project, its pipelines or runs; unknown names look the same', async () => {
  for (const q of [PIPELINES, RUNS]) {
    const res = await gql<PipelinesData>(roles.tenantB, q, { p: projA, name: 'build' });
    assert.equal(res.errors?.[0].extensions?.code, 'NOT_FOUND');
    assert.equal(res.data?.devopsProject ?? null, null);
  }
  const unknown = await gql(roles.tenantB, PIPELINES, { p: `nothing-${id}` });
  const known = await gql(roles.tenantB, PIPELINES, { p: projA });
  assert.equal(unknown.errors?.[0].extensions?.code, 'NOT_FOUND');
  assert.equal(unknown.errors?.[0].message.replace(`nothing-${id}`, 'X'), known.errors?.[0].message.replace(projA, 'X'));
  const forAdmin = await gql(roles.admin, PIPELINES, { p: `nothing-${id}` });
  assert.equal(forAdmin.errors?.[0].extensions?.code, 'NOT_FOUND', 'platform admins may learn that it does not exist');
  const plain = await gql(roles.wsAdminA, PIPELINES, { p: plainNs });
  assert.equal(plain.errors?.[0].extensions?.code, 'NOT_FOUND', 'a namespace without the DevOps label is no DevOps project');
});

test('the entity resolves through _entities with the same authorization', async () => {
  const q = `query($r: [_Any!]!) { _entities(representations: $r) { ... on DevOpsProject { name workspace } } }`;
  const ok = await gql<{ _entities: { name: string; workspace: string }[] }>(roles.operatorA, q, { r: [{ __typename: 'DevOpsProject', name: projA }] });
  assert.deepEqual(ok.data?._entities, [{ name: projA, workspace: wsA }]);
  const denied = await gql(roles.operatorA, q, { r: [{ __typename: 'DevOpsProject', name: projB }] });
  assert.equal(denied.errors?.[0].extensions?.code, 'NOT_FOUND');
});

const RUN = `mutation($p: String!, $name: String!, $params: [PipelineParameterInput!]) {
  runPipeline(project: $p, pipeline: $name, parameters: $params) { id number status startedAt }
}`;
type RunData = { runPipeline: { id: string; number: number | null; status: string; startedAt: string | null } };

test('runPipeline: viewers may not, operators may; the run is followed live to its end', async () => {
  for (const [who, code] of [[roles.viewerA, 'FORBIDDEN'], [roles.wsViewerA, 'FORBIDDEN'], [roles.tenantB, 'NOT_FOUND']] as const) {
    const denied = await gql(who, RUN, { p: projA, name: 'build' });
    assert.equal(denied.errors?.[0].extensions?.code, code, who.username);
  }
  const badParam = await gql(roles.operatorA, RUN, { p: projA, name: 'build', params: [{ name: 'NOPE', value: 'x' }] });
  assert.equal(badParam.errors?.[0].extensions?.code, 'BAD_USER_INPUT');
  assert.match(badParam.errors![0].message, /GREETING/);
  const missing = await gql(roles.operatorA, RUN, { p: projA, name: 'nope' });
  assert.equal(missing.errors?.[0].extensions?.code, 'NOT_FOUND');

  const started = await gql<RunData>(roles.operatorA, RUN, { p: projA, name: 'build', params: [{ name: 'GREETING', value: `hi-${id}` }] });
  assert.equal(started.errors, undefined);
  const run = started.data!.runPipeline;
  assert.equal(run.number, 4);
  assert.equal(run.id, `${projA}/build/4`);
  assert.equal(run.status, 'RUNNING');

  const events = await subscribe<{ pipelineRunLog: { text: string; offset: number; more: boolean } }>(
    subgraph.url,
    roles.viewerA,
    `subscription($p: String!, $name: String!, $n: Int!) { pipelineRunLog(project: $p, pipeline: $name, run: $n) { text offset more } }`,
    { p: projA, name: 'build', n: 4 },
  );
  const chunks = events.map((e) => e.data!.pipelineRunLog);
  assert.ok(chunks.length >= 2, `the log arrives in several chunks while the run builds (got ${chunks.length})`);
  let expected = 0;
  for (const c of chunks) {
    assert.equal(c.offset, expected, 'chunks are contiguous');
    expected += Buffer.byteLength(c.text);
  }
  assert.deepEqual(chunks.map((c) => c.more).slice(-2), [true, false].slice(chunks.length === 1 ? 1 : 0));
  const log = chunks.map((c) => c.text).join('');
  assert.match(log, /^Started by user meridian\n/);
  assert.match(log, new RegExp(`\\nsay hi-${id}\\n`), 'the parameter reached the build');
  assert.match(log, /Finished: SUCCESS\n$/);

  const after = await gql<RunsData>(roles.viewerA, RUNS, { p: projA, name: 'build', first: 1 });
  const latest = after.data!.devopsProject!.pipeline!.runs.nodes[0];
  assert.equal(latest.number, 4);
  assert.equal(latest.status, 'SUCCESS');
  assert.ok((latest.durationMs ?? 0) >= 900);
  assert.deepEqual(latest.stages.map((s) => [s.name, s.status]), [['Checkout', 'SUCCESS'], ['Build', 'SUCCESS'], ['Test', 'SUCCESS']]);
});

test('a workspace admin may run a pipeline without parameters', async () => {
  const started = await gql<RunData>(roles.wsAdminA, RUN, { p: projA, name: 'deploy' });
  assert.equal(started.errors, undefined);
  assert.equal(started.data!.runPipeline.number, 1);
});

test('pipelineRunLog refuses other tenants', async () => {
  const events = await subscribe(subgraph.url, roles.tenantB, `subscription { pipelineRunLog(project: "${projA}", pipeline: "build", run: 1) { text } }`, {});
  assert.equal(events[0].errors?.[0].extensions?.code, 'NOT_FOUND');
  assert.equal(events.some((e) => e.data), false);
});

test('Jenkins down: the project still resolves, pipelines fail alone with UPSTREAM_UNAVAILABLE', async () => {
  const res = await callSubgraph<PipelinesData>(jenkinsDown.url, PIPELINES, { p: projA }, roles.viewerA);
  assert.equal(res.data?.devopsProject?.name, projA);
  assert.equal(res.data?.devopsProject?.pipelines, null);
  assert.equal(res.errors?.length, 1);
  assert.equal(res.errors?.[0].extensions?.code, 'UPSTREAM_UNAVAILABLE');
  assert.deepEqual(res.errors?.[0].path, ['devopsProject', 'pipelines']);
  const run = await callSubgraph(jenkinsDown.url, RUN, { p: projA, name: 'build' }, roles.operatorA);
  assert.equal(run.errors?.[0].extensions?.code, 'UPSTREAM_UNAVAILABLE');
});

test('wrong Jenkins credentials count as Jenkins being unavailable, not as a bug', async () => {
  const wrong = await start({ port: 0, jenkinsUrl: standin.url, jenkinsUser: 'meridian', jenkinsToken: 'stale' });
  try {
    const res = await callSubgraph<PipelinesData>(wrong.url, PIPELINES, { p: projA }, roles.viewerA);
    assert.equal(res.errors?.[0].extensions?.code, 'UPSTREAM_UNAVAILABLE');
    assert.match(res.errors![0].message, /401/);
  } finally {
    await wrong.stop();
  }
});

test('a run still in Jenkins\' quiet period comes back QUEUED, without a number', async () => {
  const slow = await startJenkinsStandin({ port: 0, users: { meridian: 'secret-token' }, quietPeriodMs: 5000, seed: { items: [{ folder: projA, items: [{ pipeline: 'slow', stages: [{ name: 'S', durationMs: 10, logs: [] }] }] }] } });
  const sg = await start({ port: 0, jenkinsUrl: slow.url, jenkinsUser: 'meridian', jenkinsToken: 'secret-token', runStartWaitMs: 300 });
  try {
    const res = await callSubgraph<{ runPipeline: { id: string; number: number | null; status: string; startedAt: string | null } }>(
      sg.url,
      `mutation($p: String!) { runPipeline(project: $p, pipeline: "slow") { id number status startedAt } }`,
      { p: projA },
      roles.operatorA,
    );
    assert.equal(res.errors, undefined);
    assert.equal(res.data!.runPipeline.status, 'QUEUED');
    assert.equal(res.data!.runPipeline.number, null);
    assert.equal(res.data!.runPipeline.startedAt, null);
    assert.match(res.data!.runPipeline.id, new RegExp(`^${projA}/slow/queue-\\d+$`));
  } finally {
    await sg.stop();
    await slow.stop();
  }
});

test('pipelineRunLog of a run that does not exist is NOT_FOUND', async () => {
  const events = await subscribe(subgraph.url, roles.viewerA, `subscription { pipelineRunLog(project: "${projA}", pipeline: "build", run: 999) { text } }`, {});
  assert.equal(events[0].errors?.[0].extensions?.code, 'NOT_FOUND');
});
