/**
 * pipelineRunChanged shares one poll loop per pipeline among its subscribers: the Jenkins
 * stand-in counts the loop's requests (one run list per round, so one loop is one request per
 * poll interval, never several at once); the loop stops when the last subscriber leaves; a
 * subscriber joining a run already building starts from its current state; and each subscriber
 * is authorized for every event on its own (one who loses sight of the project gets NOT_FOUND and
 * nothing more, while the others go on).
 */
import { test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { callSubgraph, userIdentity } from '@meridian/core/testing';
import { kubeRequest } from '@meridian/core/kube/index';
import type { Identity } from '@meridian/core';
import { startJenkinsStandin, type RunningStandin } from '../../../deploy/local/jenkins-standin/src/server.ts';
import { start } from '../src/index.ts';
import { createNamespace, deleteNamespace, eventually, labKube, openSubscription, suffix } from './fixtures.ts';

const id = suffix();
const ws = `ws-feed-${id}`;
const otherWs = `ws-feed-other-${id}`;
const project = `devops-feed-${id}`;
const POLL_MS = 250;

const admin = userIdentity('feed-admin', { platformRole: 'platform-admin' });
const wsAdmin = userIdentity('feed-wsadmin', { workspaces: { [ws]: 'workspace-admin' } });
const viewers = [1, 2, 3].map((n) => userIdentity(`feed-viewer-${n}`, { projects: { [project]: 'viewer' } }));
const outsider = userIdentity('feed-outsider', { workspaces: { [otherWs]: 'workspace-viewer' } });

let standin: RunningStandin;
let subgraph: Awaited<ReturnType<typeof start>>;
/** When each request for the pipeline's run list (the loop's one request per round) arrived. */
const runListRequests: number[] = [];

beforeAll(async () => {
  standin = await startJenkinsStandin({
    port: 0,
    users: { meridian: 'secret-token' },
    quietPeriodMs: 100,
    seed: {
      items: [
        {
          folder: project,
          items: [
            {
              pipeline: 'app',
              stages: [
                { name: 'Build', durationMs: 400, logs: ['building'] },
                { name: 'Test', durationMs: 400, logs: ['testing'] },
                { name: 'Ship', durationMs: 400, logs: ['shipped'] },
              ],
              history: [{ ageMs: 60_000 }],
            },
          ],
        },
      ],
    },
    onRequest: (method, url) => {
      if (method === 'GET' && url.pathname === `/job/${project}/job/app/api/json` && url.searchParams.get('tree')?.startsWith('allBuilds')) runListRequests.push(Date.now());
    },
  });
  await createNamespace(project, { 'meridian.io/workspace': ws, 'meridian.io/devops-project': 'true' });
  subgraph = await start({ port: 0, jenkinsUrl: standin.url, jenkinsUser: 'meridian', jenkinsToken: 'secret-token', runPollMs: POLL_MS, runStartWaitMs: 5000 });
  await eventually(() => callSubgraph(subgraph.url, 'query($p: String!) { devopsProject(name: $p) { name } }', { p: project }, admin), (r) => !r.errors);
});

afterAll(async () => {
  await subgraph?.stop();
  await standin?.stop();
  await deleteNamespace(project);
});

type Run = { number: number; status: string };
const CHANGES = 'subscription($p: String!) { pipelineRunChanged(project: $p, pipeline: "app") { number status } }';
const follow = (who: Identity) => openSubscription<{ pipelineRunChanged: Run }>(subgraph.url, who, CHANGES, { p: project });
type Follower = Awaited<ReturnType<typeof follow>>;
const runsOf = (f: Follower, n: number) => f.events.filter((e) => e.data?.pipelineRunChanged.number === n).map((e) => e.data!.pipelineRunChanged.status);

async function startRun(): Promise<number> {
  const res = await callSubgraph<{ runPipeline: { number: number | null } }>(subgraph.url, 'mutation($p: String!) { runPipeline(project: $p, pipeline: "app") { number } }', { p: project }, admin);
  assert.ok(res.data?.runPipeline.number, JSON.stringify(res.errors));
  return res.data.runPipeline.number;
}

const succeeded = (f: Follower, n: number) => runsOf(f, n).includes('SUCCESS');

test('five subscribers to one pipeline: one poll loop (one run-list request per interval), each gets every change; it stops when the last leaves', async () => {
  const followers = await Promise.all([admin, wsAdmin, ...viewers].map(follow));
  const from = runListRequests.length;
  // A run: every subscriber sees it to its end (so all five had joined before it started).
  const n = await startRun();
  await eventually(async () => followers, (fs) => fs.every((f) => succeeded(f, n)), 20_000);
  assert.equal(subgraph.sources.runFeeds.active, 1, 'one loop for the pipeline');
  const statuses = runsOf(followers[0], n);
  assert.ok(statuses.includes('RUNNING'), `the run was seen building: ${statuses}`);
  for (const f of followers) assert.deepEqual(runsOf(f, n), statuses, 'every subscriber gets the same changes');
  for (const f of followers) assert.equal(f.events.filter((e) => e.errors).length, 0);
  // One loop asks once a round and sleeps a whole interval between rounds; five loops would ask
  // five times a round, at the same moments.
  const polls = runListRequests.slice(from);
  assert.ok(polls.length >= 3, `${polls.length} rounds while the run went by`);
  const gaps = polls.slice(1).map((t, i) => t - polls[i]);
  assert.ok(Math.min(...gaps) >= POLL_MS - 25, `run-list requests ${POLL_MS} ms apart at least (gaps: ${gaps.join(', ')})`);

  await Promise.all(followers.slice(0, 4).map((f) => f.stop()));
  assert.equal(subgraph.sources.runFeeds.active, 1, 'one subscriber left: the loop goes on');
  await followers[4].stop();
  await eventually(async () => subgraph.sources.runFeeds.active, (a) => a === 0, 5000);
  assert.equal(subgraph.sources.runFeeds.active, 0, 'the last one left: no loop');
  const after = runListRequests.length;
  await new Promise((r) => setTimeout(r, POLL_MS * 4));
  assert.equal(runListRequests.length, after, 'no request once the loop has stopped');
});

test('a subscriber joining while a run builds starts from its current state and follows it to its end', async () => {
  const first = await follow(viewers[0]);
  try {
    const n = await startRun();
    await eventually(async () => runsOf(first, n), (s) => s.includes('RUNNING'), 10_000);
    const late = await follow(viewers[1]);
    try {
      await eventually(async () => late, (f) => succeeded(f, n), 20_000);
      assert.equal(runsOf(late, n)[0], 'RUNNING', 'the first event is the run as it stood');
      assert.equal(subgraph.sources.runFeeds.active, 1);
    } finally {
      await late.stop();
    }
  } finally {
    await first.stop();
  }
});

test('a subscriber arriving just after a run ended still gets its end (a console re-subscribing after a reconnect); older runs are not sent', async () => {
  // Nobody follows while the run goes by: when the subscriber comes, no loop is running.
  await eventually(async () => subgraph.sources.runFeeds.active, (a) => a === 0, 5000);
  const n = await startRun();
  const RUN = 'query($p: String!, $n: Int!) { devopsProject(name: $p) { pipeline(name: "app") { run(number: $n) { status } } } }';
  await eventually(
    () => callSubgraph<{ devopsProject: { pipeline: { run: { status: string } } } }>(subgraph.url, RUN, { p: project, n }, admin),
    (r) => r.data?.devopsProject.pipeline.run.status === 'SUCCESS',
    20_000,
  );
  const late = await follow(viewers[0]);
  try {
    await eventually(async () => late, (f) => succeeded(f, n), 5_000);
    assert.deepEqual(runsOf(late, n), ['SUCCESS'], 'the run as it ended, once');
    // The seeded run that ended a minute before is not news.
    const numbers = new Set(late.events.map((e) => e.data?.pipelineRunChanged.number));
    assert.ok(!numbers.has(1), `the run that ended a minute ago was not sent: ${[...numbers]}`);
  } finally {
    await late.stop();
  }
});

test('each subscriber is authorized per event: the one who loses sight of the project gets NOT_FOUND and no more runs; the others go on', async () => {
  const outsiders = await follow(outsider);
  await eventually(async () => outsiders.events, (e) => e.length > 0, 5000);
  assert.equal(outsiders.events[0]?.errors?.[0]?.extensions?.code, 'NOT_FOUND', 'another workspace cannot subscribe');
  await outsiders.stop();

  const [asAdmin, asWsAdmin, asViewer] = await Promise.all([admin, wsAdmin, viewers[2]].map(follow));
  try {
    const before = await startRun();
    await eventually(async () => [asAdmin, asWsAdmin, asViewer], (fs) => fs.every((f) => succeeded(f, before)), 20_000);
    // The project moves to another workspace: its former workspace admin no longer sees it.
    await kubeRequest(labKube(), {
      method: 'PATCH',
      path: `/api/v1/namespaces/${project}`,
      contentType: 'application/merge-patch+json',
      body: { metadata: { labels: { 'meridian.io/workspace': otherWs } } },
    });
    const hidden = 'query($p: String!) { devopsProject(name: $p) { name } }';
    await eventually(() => callSubgraph(subgraph.url, hidden, { p: project }, wsAdmin), (r) => r.errors?.[0]?.extensions?.code === 'NOT_FOUND');
    const after = await startRun();
    await eventually(async () => [asAdmin, asViewer], (fs) => fs.every((f) => succeeded(f, after)), 20_000);
    await eventually(async () => asWsAdmin.events, (e) => e.some((x) => x.errors), 5000);
    assert.deepEqual(runsOf(asWsAdmin, after), [], 'nothing of the run started after they lost sight of the project');
    const last = asWsAdmin.events.at(-1);
    assert.equal(last?.errors?.[0]?.extensions?.code, 'NOT_FOUND', JSON.stringify(last));
    assert.equal(asWsAdmin.events.filter((e) => e.errors).length, 1, 'one NOT_FOUND, then the stream ends');
    assert.equal(subgraph.sources.runFeeds.active, 1, 'the loop goes on for the others');
  } finally {
    await Promise.all([asAdmin, asWsAdmin, asViewer].map((f) => f.stop()));
  }
});
