/**
 * Opt-in: the devops subgraph against a real Jenkins (Folders + Pipeline + Pipeline Stage View
 * plugins). Set MERIDIAN_JENKINS_URL, MERIDIAN_JENKINS_USER and MERIDIAN_JENKINS_TOKEN (an API
 * token of a user who may create items). The suite creates a folder and a pipeline with unique
 * names, runs it, follows its log, reads its stages, and deletes the folder afterwards.
 * The second test makes the calls of issue #12 against it, as the lab test does against the
 * stand-in: a DevOps project (folder + namespace), credentials through the credentials store
 * (secret text, username/password, SSH key: plain-credentials and ssh-credentials plugins),
 * a pipeline from the editor's graph with parameters and triggers (config.xml read back), a run
 * with a parameter, its input approved (wfapi/pendingInputActions, input/<id>/proceedEmpty),
 * stages and a stage's log (execution/node wfapi), replay (replay/rebuild), stop (ABORTED),
 * pipelineRunChanged, the whole-log download, and deleting it all. The generic webhook trigger
 * needs the generic-webhook-trigger plugin; without it Jenkins drops that trigger (the test
 * does not ask for one).
 * It needs the lab's Kubernetes for the project's namespace.
 */
import { test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { config, IDENTITY_HEADER, signIdentity } from '@meridian/core';
import { callSubgraph, userIdentity } from '@meridian/core/testing';
import { JenkinsClient } from '../src/sources/jenkins.ts';
import { start } from '../src/index.ts';
import { createNamespace, deleteNamespace, eventually, openSubscription, subscribe, suffix } from './fixtures.ts';
import { createFolder, createPipeline, deleteItem } from './jenkins-items.ts';

const url = process.env.MERIDIAN_JENKINS_URL;
const user = process.env.MERIDIAN_JENKINS_USER;
const token = process.env.MERIDIAN_JENKINS_TOKEN;
const skip = url ? false : 'set MERIDIAN_JENKINS_URL (+ MERIDIAN_JENKINS_USER, MERIDIAN_JENKINS_TOKEN) to run the devops suite against a real Jenkins';

const id = suffix();
const ws = `ws-rj-${id}`;
const project = `devops-rj-${id}`;
const operator = userIdentity('rj-operator', { projects: { [project]: 'operator' } });
const flowProject = `devops-rj2-${id}`;
const wsAdmin = userIdentity('rj-wadmin', { workspaces: { [ws]: 'workspace-admin' } });
let subgraph: Awaited<ReturnType<typeof start>> | undefined;
let jenkins: JenkinsClient | undefined;

beforeAll(async () => {
  if (skip) return;
  jenkins = new JenkinsClient({ url: url!, user, token, timeoutMs: 30_000 });
  await createFolder(jenkins, project, 'Meridian opt-in test folder; safe to delete');
  await createPipeline(jenkins, project, 'greet', {
    description: 'says hello',
    parameters: [{ name: 'WHO', defaultValue: 'world' }],
    script: `pipeline {
  agent any
  stages {
    stage('Hello') { steps { echo "hello \${params.WHO}"; sleep 2 } }
    stage('Bye') { steps { echo 'bye'; sleep 1 } }
  }
}`,
  });
  await createNamespace(project, { 'meridian.io/workspace': ws, 'meridian.io/devops-project': 'true' });
  subgraph = await start({ port: 0, jenkinsUrl: url, jenkinsUser: user, jenkinsToken: token, logPollMs: 500, runStartWaitMs: 30_000 });
});

afterAll(async () => {
  await subgraph?.stop();
  if (jenkins) await deleteItem(jenkins, project);
  if (jenkins) await deleteItem(jenkins, flowProject).catch(() => undefined);
  if (!skip) await deleteNamespace(project);
  if (!skip) await deleteNamespace(flowProject);
});

test.skipIf(skip)('real Jenkins: list, run with a parameter, follow the log to the end, read stages', { timeout: 180_000 }, async () => {
  const list = await callSubgraph<{ devopsProject: { pipelines: { nodes: { name: string; description: string }[] } } }>(
    subgraph!.url,
    `query($p: String!) { devopsProject(name: $p) { pipelines { nodes { name description } } } }`,
    { p: project },
    operator,
  );
  assert.equal(list.errors, undefined, JSON.stringify(list.errors));
  assert.deepEqual(list.data!.devopsProject.pipelines.nodes, [{ name: 'greet', description: 'says hello' }]);

  const run = await callSubgraph<{ runPipeline: { number: number; status: string } }>(
    subgraph!.url,
    `mutation($p: String!) { runPipeline(project: $p, pipeline: "greet", parameters: [{ name: "WHO", value: "meridian-${id}" }]) { number status } }`,
    { p: project },
    operator,
  );
  assert.equal(run.errors, undefined, JSON.stringify(run.errors));
  assert.equal(run.data!.runPipeline.number, 1);

  const events = await subscribe<{ pipelineRunLog: { text: string; more: boolean } }>(
    subgraph!.url,
    operator,
    `subscription($p: String!) { pipelineRunLog(project: $p, pipeline: "greet", run: 1) { text more } }`,
    { p: project },
  );
  const log = events.map((e) => e.data?.pipelineRunLog.text ?? '').join('');
  assert.match(log, new RegExp(`hello meridian-${id}`));
  assert.match(log, /Finished: SUCCESS\s*$/);
  assert.equal(events.at(-1)?.data?.pipelineRunLog.more, false);

  const runs = await callSubgraph<{ devopsProject: { pipeline: { runs: { nodes: { number: number; status: string; stages: { name: string; status: string }[] }[] } } } }>(
    subgraph!.url,
    `query($p: String!) { devopsProject(name: $p) { pipeline(name: "greet") { runs { nodes { number status stages { name status } } } } } }`,
    { p: project },
    operator,
  );
  assert.equal(runs.errors, undefined, JSON.stringify(runs.errors));
  const [latest] = runs.data!.devopsProject.pipeline.runs.nodes;
  assert.equal(latest.status, 'SUCCESS');
  assert.deepEqual(latest.stages.map((s) => [s.name, s.status]), [['Hello', 'SUCCESS'], ['Bye', 'SUCCESS']]);
});

test.skipIf(skip)('real Jenkins: the calls of issue #12 (project, credentials, graph pipeline, input, replay, stop, stage logs, download)', { timeout: 300_000 }, async () => {
  const answers: string[] = [];
  const gql = async <T,>(query: string, variables: Record<string, unknown> = {}, who = wsAdmin) => {
    const r = await callSubgraph<T>(subgraph!.url, query, variables, who);
    answers.push(JSON.stringify(r));
    assert.equal(r.errors, undefined, `${query}: ${JSON.stringify(r.errors)}`);
    return r.data!;
  };
  const secret = `rj-secret-${id}`;
  await gql('mutation($w: String!, $n: String!) { createDevOpsProject(workspace: $w, name: $n, description: "opt-in test; safe to delete") { name } }', { w: ws, n: flowProject });
  for (const input of [
    { id: 'token', description: 'a token', secretText: { secret } },
    { id: 'git', usernamePassword: { username: 'ci', password: secret } },
    { id: 'ssh', sshKey: { username: 'git', privateKey: `-----BEGIN OPENSSH PRIVATE KEY-----\n${secret}\n-----END OPENSSH PRIVATE KEY-----\n` } },
  ]) {
    await gql('mutation($p: String!, $i: CredentialInput!) { createCredential(project: $p, input: $i) { id } }', { p: flowProject, i: input });
  }
  const creds = await gql<{ devopsProject: { credentials: { nodes: { id: string; type: string }[] } } }>('query($p: String!) { devopsProject(name: $p) { credentials { nodes { id type } } } }', { p: flowProject });
  assert.deepEqual(creds.devopsProject.credentials.nodes, [
    { id: 'git', type: 'USERNAME_PASSWORD' },
    { id: 'ssh', type: 'SSH_KEY' },
    { id: 'token', type: 'SECRET_TEXT' },
  ]);

  const graph = {
    stages: [
      { name: 'Build', steps: [{ kind: 'SHELL', script: 'echo building ${GREETING}' }] },
      { name: 'Approve', steps: [{ kind: 'INPUT', message: 'Ship it?' }] },
      { name: 'Slow', steps: [{ kind: 'SHELL', script: 'sleep ${PAUSE}' }] },
    ],
  };
  await gql('mutation($p: String!, $i: PipelineInput!) { createPipeline(project: $p, input: $i) { name } }', {
    p: flowProject,
    i: {
      name: 'app',
      graph,
      parameters: [
        { name: 'GREETING', type: 'STRING', defaultValue: 'hello' },
        { name: 'PAUSE', type: 'CHOICE', choices: ['1', '60'] },
        { name: 'DRY', type: 'BOOLEAN', defaultValue: 'true' },
      ],
      triggers: { cron: 'H H 1 1 *' },
      discard: { numToKeep: 3 },
    },
  });
  const def = await gql<{ devopsProject: { pipeline: { definition: { graph: { stages: { name: string }[] }; parameters: { name: string; type: string }[]; triggers: { cron: string } } } } }>(
    'query($p: String!) { devopsProject(name: $p) { pipeline(name: "app") { definition { graph { stages { name } } parameters { name type } triggers { cron } } } } }',
    { p: flowProject },
  );
  assert.deepEqual(def.devopsProject.pipeline.definition.graph.stages.map((s) => s.name), ['Build', 'Approve', 'Slow']);
  assert.deepEqual(def.devopsProject.pipeline.definition.parameters.map((p) => p.type), ['STRING', 'CHOICE', 'BOOLEAN']);
  assert.equal(def.devopsProject.pipeline.definition.triggers.cron, 'H H 1 1 *');

  const changes = await openSubscription<{ pipelineRunChanged: { number: number; status: string } }>(subgraph!.url, wsAdmin, 'subscription($p: String!) { pipelineRunChanged(project: $p, pipeline: "app") { number status } }', { p: flowProject });
  const RUN = 'query($p: String!, $n: Int!) { devopsProject(name: $p) { pipeline(name: "app") { run(number: $n) { status stages { id name status } inputs { id state decidedBy } } } } }';
  type Run = { status: string; stages: { id: string; name: string; status: string }[]; inputs: { id: string; state: string; decidedBy: string | null }[] };
  const getRun = async (n: number) => (await gql<{ devopsProject: { pipeline: { run: Run } } }>(RUN, { p: flowProject, n })).devopsProject.pipeline.run;
  const started = await gql<{ runPipeline: { number: number } }>('mutation($p: String!) { runPipeline(project: $p, pipeline: "app", parameters: [{ name: "GREETING", value: "hi-rj" }]) { number } }', { p: flowProject });
  const n = started.runPipeline.number;
  const waiting = await eventually(() => getRun(n), (r) => r.inputs.some((i) => i.state === 'PENDING'), 120_000, 1000);
  const input = waiting.inputs.find((i) => i.state === 'PENDING')!;
  await gql('mutation($p: String!, $n: Int!, $i: String!) { submitPipelineInput(project: $p, pipeline: "app", run: $n, inputId: $i, action: APPROVE) { number } }', { p: flowProject, n, i: input.id });
  const done = await eventually(() => getRun(n), (r) => r.status !== 'RUNNING', 120_000, 1000);
  assert.equal(done.status, 'SUCCESS');
  assert.deepEqual(done.inputs.map((i) => [i.state, i.decidedBy]), [['APPROVED', 'rj-wadmin']]);
  const build = done.stages.find((s) => s.name === 'Build')!;
  const stageLog = await gql<{ devopsProject: { pipeline: { run: { stages: { name: string; log: { text: string } }[] } } } }>(
    'query($p: String!, $n: Int!) { devopsProject(name: $p) { pipeline(name: "app") { run(number: $n) { stages { name log { text } } } } } }',
    { p: flowProject, n },
  );
  assert.match(stageLog.devopsProject.pipeline.run.stages.find((s) => s.name === build.name)!.log.text, /building hi-rj/);
  await eventually(async () => changes.events, (e) => e.some((x) => x.data?.pipelineRunChanged.number === n && x.data.pipelineRunChanged.status === 'SUCCESS'), 30_000);
  await changes.stop();

  const download = await fetch(`${new URL(subgraph!.url).origin}/download/pipeline-log/${flowProject}/app/${n}`, { headers: { [IDENTITY_HEADER]: await signIdentity(wsAdmin, config.internalKey) } });
  assert.equal(download.status, 200);
  assert.match(await download.text(), /Finished: SUCCESS/);

  const replay = await gql<{ replayPipelineRun: { number: number } }>('mutation($p: String!, $n: Int!) { replayPipelineRun(project: $p, pipeline: "app", run: $n) { number } }', { p: flowProject, n });
  assert.equal(replay.replayPipelineRun.number, n + 1);
  const replayWaits = await eventually(() => getRun(n + 1), (r) => r.inputs.some((i) => i.state === 'PENDING'), 120_000, 1000);
  await gql('mutation($p: String!, $n: Int!, $i: String!) { submitPipelineInput(project: $p, pipeline: "app", run: $n, inputId: $i, action: ABORT) { number } }', {
    p: flowProject,
    n: n + 1,
    i: replayWaits.inputs.find((i) => i.state === 'PENDING')!.id,
  });
  assert.equal((await eventually(() => getRun(n + 1), (r) => r.status !== 'RUNNING', 60_000, 1000)).status, 'ABORTED');

  // Stop in the middle of a 60 s stage.
  const slow = await gql<{ runPipeline: { number: number } }>('mutation($p: String!) { runPipeline(project: $p, pipeline: "app", parameters: [{ name: "PAUSE", value: "60" }]) { number } }', { p: flowProject });
  const m = slow.runPipeline.number;
  const pending = await eventually(() => getRun(m), (r) => r.inputs.some((i) => i.state === 'PENDING'), 120_000, 1000);
  await gql('mutation($p: String!, $n: Int!, $i: String!) { submitPipelineInput(project: $p, pipeline: "app", run: $n, inputId: $i, action: APPROVE) { number } }', { p: flowProject, n: m, i: pending.inputs[0].id });
  await eventually(() => getRun(m), (r) => r.stages.some((s) => s.name === 'Slow' && s.status === 'RUNNING'), 60_000, 500);
  await gql('mutation($p: String!, $n: Int!) { stopPipelineRun(project: $p, pipeline: "app", run: $n) { status } }', { p: flowProject, n: m });
  assert.equal((await eventually(() => getRun(m), (r) => r.status === 'ABORTED', 10_000, 250)).status, 'ABORTED');

  assert.ok(!answers.join('\n').includes(secret), 'no secret in any answer');
  await gql('mutation($p: String!) { deleteCredential(project: $p, id: "token") }', { p: flowProject });
  await gql('mutation($p: String!) { deletePipeline(project: $p, pipeline: "app") }', { p: flowProject });
  await gql('mutation($p: String!) { deleteDevOpsProject(name: $p, confirm: $p) }', { p: flowProject });
});
