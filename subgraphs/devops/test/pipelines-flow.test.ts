/**
 * Issue #12 end to end against the lab: the lab's Jenkins stand-in (its real wire protocol)
 * and Kubernetes, with the devops subgraph as its own process so that its log output can be
 * searched. A DevOps project, credentials, a pipeline from a graph with parameters, runs with
 * stages, an input approved, a replay, a stop; secrets in no answer and no log line; callers
 * without a DevOps role in the project see nothing of it.
 */
import { test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { config, IDENTITY_HEADER, signIdentity, type Identity } from '@meridian/core';
import { bundleMask } from '@meridian/core/access/bundles';
import { callSubgraph, userIdentity } from '@meridian/core/testing';
import { normalizeGraph, type PipelineGraph } from '@meridian/core/jenkinsfile/index';
import { labEndpoints } from '../../../deploy/local/lib/endpoints.ts';
import { createNamespace, deleteNamespace, eventually, openSubscription, subscribe, suffix } from './fixtures.ts';

const id = suffix();
const ws = `ws-flow-${id}`;
const otherWs = `ws-other-${id}`;
const project = `devops-flow-${id}`;
const adopted = `devops-adopt-${id}`;
const root = join(import.meta.dirname, '../../..');

const roles = {
  wsAdmin: userIdentity('wadmin', { workspaces: { [ws]: 'workspace-admin' } }),
  wsViewer: userIdentity('wviewer', { workspaces: { [ws]: 'workspace-viewer' } }),
  wsRegular: userIdentity('wregular', { workspaces: { [ws]: 'workspace-regular' } }),
  operator: userIdentity('op', { projects: { [project]: 'operator' } }),
  viewer: userIdentity('viewer', { projects: { [project]: 'viewer' } }),
  // A custom project role without DevOps bundles: sees workloads, not pipelines.
  noDevOps: { ...userIdentity('nodevops'), projectBundles: { [project]: bundleMask(['view-workloads', 'view-logs']) } } as Identity,
  otherTenant: userIdentity('other', { workspaces: { [otherWs]: 'workspace-admin' } }),
};

// Secret values: none may appear in any answer or log line.
const secrets = {
  password: `pw-${randomBytes(12).toString('hex')}`,
  secretText: `st-${randomBytes(12).toString('hex')}`,
  privateKey: `-----BEGIN OPENSSH PRIVATE KEY-----\nkey-${randomBytes(24).toString('hex')}\n-----END OPENSSH PRIVATE KEY-----\n`,
  passphrase: `pp-${randomBytes(12).toString('hex')}`,
  kubeconfig: `apiVersion: v1\nkind: Config\nclusters:\n- name: c\n  cluster: { server: 'https://k8s.example:6443' }\nusers:\n- name: u\n  user: { token: kc-${randomBytes(12).toString('hex')} }\n`,
  webhook: `wh-${randomBytes(12).toString('hex')}`,
};
const secretNeedles = [secrets.password, secrets.secretText, secrets.privateKey.split('\n')[1], secrets.passphrase, secrets.kubeconfig.match(/kc-[0-9a-f]+/)![0], secrets.webhook];

let child: ChildProcess;
let url = '';
let childLog = '';
const answers: string[] = [];

async function gql<T = Record<string, unknown>>(identity: Identity, query: string, variables: Record<string, unknown> = {}) {
  const res = await callSubgraph<T>(url, query, variables, identity);
  answers.push(JSON.stringify(res));
  return res;
}

beforeAll(async () => {
  labEndpoints('jenkins'); // fails clearly when the lab is down
  child = spawn(join(root, 'node_modules/.bin/tsx'), [join(root, 'subgraphs/devops/src/index.ts')], {
    env: { ...process.env, MERIDIAN_DEVOPS_PORT: '0', LOG_LEVEL: 'debug' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d: Buffer) => (childLog += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (childLog += d.toString()));
  for (const deadline = Date.now() + 60_000; !url && Date.now() < deadline; ) {
    url = childLog.match(/"url":"(http:\/\/[^"]+\/graphql)".*subgraph ready/)?.[1] ?? '';
    if (child.exitCode !== null) throw new Error(`the devops subgraph exited: ${childLog}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.ok(url, `the devops subgraph did not start: ${childLog}`);
}, 90_000);

afterAll(async () => {
  if (child && child.exitCode === null) {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
  await deleteNamespace(project);
  await deleteNamespace(adopted);
});

const code = (r: { errors?: { extensions?: { code?: string } }[] }) => r.errors?.[0]?.extensions?.code;

test('a workspace admin creates a DevOps project; others may not, or cannot even see the workspace', async () => {
  const CREATE = 'mutation($w: String!, $n: String!) { createDevOpsProject(workspace: $w, name: $n, description: "flow test") { name workspace } }';
  assert.equal(code(await gql(roles.wsViewer, CREATE, { w: ws, n: project })), 'FORBIDDEN');
  assert.equal(code(await gql(roles.otherTenant, CREATE, { w: ws, n: project })), 'NOT_FOUND');
  assert.equal(code(await gql(roles.wsAdmin, CREATE, { w: ws, n: 'Bad_Name' })), 'BAD_USER_INPUT');
  const made = await gql<{ createDevOpsProject: { name: string; workspace: string } }>(roles.wsAdmin, CREATE, { w: ws, n: project });
  assert.deepEqual(made.data?.createDevOpsProject, { name: project, workspace: ws }, JSON.stringify(made.errors));
  assert.equal(code(await gql(roles.wsAdmin, CREATE, { w: ws, n: project })), 'BAD_USER_INPUT', 'a taken name is not available');
  const seen = await gql<{ devopsProject: { description: string; viewerCanManagePipelines: boolean; viewerCanDelete: boolean } }>(
    roles.operator,
    'query($p: String!) { devopsProject(name: $p) { description viewerCanManagePipelines viewerCanDelete } }',
    { p: project },
  );
  assert.deepEqual(seen.data?.devopsProject, { description: 'flow test', viewerCanManagePipelines: true, viewerCanDelete: false });
});

test('credentials of every type are stored in Jenkins and listed by id, type and description only', async () => {
  const CREATE = 'mutation($p: String!, $i: CredentialInput!) { createCredential(project: $p, input: $i) { id type description project } }';
  const inputs = [
    { id: 'git-cred', description: 'Git', usernamePassword: { username: 'ci', password: secrets.password } },
    { id: 'ssh-key', sshKey: { username: 'git', privateKey: secrets.privateKey, passphrase: secrets.passphrase } },
    { id: 'token', description: 'API token', secretText: { secret: secrets.secretText } },
    { id: 'kubeconfig-prod', kubeconfig: { content: secrets.kubeconfig } },
  ];
  assert.equal(code(await gql(roles.viewer, CREATE, { p: project, i: inputs[0] })), 'FORBIDDEN', 'a viewer may not add credentials');
  for (const i of inputs) {
    const r = await gql<{ createCredential: { id: string } }>(roles.operator, CREATE, { p: project, i });
    assert.equal(r.data?.createCredential.id, i.id, JSON.stringify(r.errors));
  }
  assert.equal(code(await gql(roles.operator, CREATE, { p: project, i: inputs[2] })), 'CONFLICT');
  assert.equal(code(await gql(roles.operator, CREATE, { p: project, i: { id: 'two', secretText: { secret: 'x' }, usernamePassword: { username: 'a', password: 'b' } } })), 'BAD_USER_INPUT');
  const list = await gql<{ devopsProject: { credentials: { nodes: { id: string; type: string; description: string | null }[] } } }>(
    roles.viewer,
    'query($p: String!) { devopsProject(name: $p) { credentials { nodes { id type description } } } }',
    { p: project },
  );
  assert.deepEqual(list.data?.devopsProject.credentials.nodes, [
    { id: 'git-cred', type: 'USERNAME_PASSWORD', description: 'Git' },
    { id: 'kubeconfig-prod', type: 'KUBECONFIG', description: null },
    { id: 'ssh-key', type: 'SSH_KEY', description: null },
    { id: 'token', type: 'SECRET_TEXT', description: 'API token' },
  ]);
});

const graph: PipelineGraph = {
  agent: null,
  stages: [
    { name: 'Checkout', steps: [{ kind: 'CHECKOUT', url: 'https://git.example.com/team/app.git', credentialId: 'git-cred' }], parallel: [] },
    { name: 'Build', steps: [{ kind: 'SHELL', script: 'echo building ${GREETING} for ${TARGET}' }], parallel: [] },
    { name: 'Approve', steps: [{ kind: 'INPUT', message: 'Ship it?' }], parallel: [] },
    { name: 'Deploy', steps: [{ kind: 'DEPLOY', project, manifest: 'deploy/app.yaml', credentialId: 'kubeconfig-prod' }], parallel: [] },
  ],
};

const PIPELINE_INPUT = {
  name: 'app',
  description: 'Builds and ships the app',
  graph,
  parameters: [
    { name: 'GREETING', type: 'STRING', defaultValue: 'hello' },
    { name: 'TARGET', type: 'CHOICE', choices: ['staging', 'production'] },
    { name: 'DRY_RUN', type: 'BOOLEAN', defaultValue: 'true' },
  ],
  triggers: { cron: 'H 2 * * *', webhook: true, webhookSecret: secrets.webhook },
  discard: { numToKeep: 5 },
};

const DEFINITION = `query($p: String!) { devopsProject(name: $p) { pipeline(name: "app") { name description definition {
  source jenkinsfile graph { agent stages { name steps { kind script url branch credentialId project manifest message } parallel { name } } }
  parameters { name type defaultValue choices } triggers { cron pollScm webhookUrl } discard { daysToKeep numToKeep } } } } }`;

type Definition = {
  source: string;
  jenkinsfile: string;
  graph: PipelineGraph;
  parameters: { name: string; type: string; defaultValue: string | null; choices: string[] | null }[];
  triggers: { cron: string | null; pollScm: string | null; webhookUrl: string | null };
  discard: { daysToKeep: number | null; numToKeep: number | null };
};

test('a pipeline made from a graph is stored as config.xml and reads back as the same graph', async () => {
  const CREATE = 'mutation($p: String!, $i: PipelineInput!) { createPipeline(project: $p, input: $i) { name description } }';
  assert.equal(code(await gql(roles.viewer, CREATE, { p: project, i: PIPELINE_INPUT })), 'FORBIDDEN');
  const bad = await gql(roles.operator, CREATE, { p: project, i: { ...PIPELINE_INPUT, graph: { stages: [{ name: 'x', steps: [{ kind: 'SHELL' }] }] } } });
  assert.equal(code(bad), 'BAD_USER_INPUT');
  assert.match(bad.errors![0].message, /stages\[0\]\.steps\[0\]\.script: required/);
  const made = await gql<{ createPipeline: { name: string } }>(roles.operator, CREATE, { p: project, i: PIPELINE_INPUT });
  assert.equal(made.data?.createPipeline.name, 'app', JSON.stringify(made.errors));
  assert.equal(code(await gql(roles.operator, CREATE, { p: project, i: PIPELINE_INPUT })), 'CONFLICT');

  const r = await gql<{ devopsProject: { pipeline: { description: string; definition: Definition } } }>(roles.viewer, DEFINITION, { p: project });
  const d = r.data!.devopsProject.pipeline.definition;
  assert.equal(d.source, 'INLINE');
  assert.match(d.jenkinsfile, /input message: 'Ship it\?'/);
  const expected = normalizeGraph(graph);
  assert.deepEqual(
    d.graph.stages.map((s) => s.steps.map((st) => Object.fromEntries(Object.entries(st).filter(([, v]) => v !== null)))),
    expected.stages.map((s) => s.steps),
  );
  assert.deepEqual(d.parameters, [
    { name: 'GREETING', type: 'STRING', defaultValue: 'hello', choices: null },
    { name: 'TARGET', type: 'CHOICE', defaultValue: 'staging', choices: ['staging', 'production'] },
    { name: 'DRY_RUN', type: 'BOOLEAN', defaultValue: 'true', choices: null },
  ]);
  assert.equal(d.triggers.cron, 'H 2 * * *');
  assert.match(d.triggers.webhookUrl ?? '', /\/generic-webhook-trigger\/invoke$/);
  assert.deepEqual(d.discard, { daysToKeep: null, numToKeep: 5 });

  // An update without a new secret keeps the webhook; the definition changes.
  const UPDATE = 'mutation($p: String!, $i: PipelineInput!) { updatePipeline(project: $p, input: $i) { description } }';
  const upd = await gql<{ updatePipeline: { description: string } }>(roles.operator, UPDATE, {
    p: project,
    i: { ...PIPELINE_INPUT, description: 'updated', triggers: { cron: 'H 3 * * *', webhook: true } },
  });
  assert.equal(upd.data?.updatePipeline.description, 'updated', JSON.stringify(upd.errors));
  const after = (await gql<{ devopsProject: { pipeline: { definition: Definition } } }>(roles.viewer, DEFINITION, { p: project })).data!.devopsProject.pipeline.definition;
  assert.equal(after.triggers.cron, 'H 3 * * *');
  assert.ok(after.triggers.webhookUrl, 'the webhook (and its secret) stayed');
});

test('an existing project becomes a DevOps project for its admin, keeping its members', async () => {
  // As tenancy's createProject leaves it: the namespace with its workspace, the creator its admin.
  await createNamespace(adopted, { 'meridian.io/workspace': ws });
  const admin = userIdentity('padmin', { projects: { [adopted]: 'admin' } });
  const viewer = userIdentity('pviewer', { projects: { [adopted]: 'viewer' } });
  const CREATE = 'mutation($w: String!, $n: String!) { createDevOpsProject(workspace: $w, name: $n) { name workspace } }';
  const refused = await eventually(() => gql(viewer, CREATE, { w: ws, n: adopted }), (r) => code(r) !== 'NOT_FOUND');
  assert.equal(code(refused), 'BAD_USER_INPUT', 'a viewer of the project cannot turn it into a DevOps project');
  const made = await gql<{ createDevOpsProject: { name: string; workspace: string } }>(admin, CREATE, { w: ws, n: adopted });
  assert.deepEqual(made.data?.createDevOpsProject, { name: adopted, workspace: ws }, JSON.stringify(made.errors));
  const seen = await gql<{ devopsProject: { name: string } }>(viewer, 'query($p: String!) { devopsProject(name: $p) { name } }', { p: adopted });
  assert.equal(seen.data?.devopsProject.name, adopted, 'its members see it as a DevOps project');
  assert.equal(code(await gql(admin, CREATE, { w: ws, n: adopted })), 'BAD_USER_INPUT', 'once is enough');
});

const RUN_FIELDS = 'number status startedBy parameters { name value } stages { id name status durationMs } inputs { id message state decidedBy decidedAt }';
type Run = {
  number: number;
  status: string;
  startedBy: string;
  parameters: { name: string; value: string }[];
  stages: { id: string; name: string; status: string; durationMs: number }[];
  inputs: { id: string; message: string; state: string; decidedBy: string | null; decidedAt: string | null }[];
};
const RUN_QUERY = `query($p: String!, $n: Int!) { devopsProject(name: $p) { pipeline(name: "app") { run(number: $n) { ${RUN_FIELDS} logSize logDownloadPath } } } }`;
const getRun = async (n: number) => (await gql<{ devopsProject: { pipeline: { run: Run & { logSize: number } } } }>(roles.viewer, RUN_QUERY, { p: project, n })).data?.devopsProject.pipeline.run;

let firstRun = 0;

test('a run with a parameter goes through its stages, waits for input, is approved (by whom) and succeeds; pipelineRunChanged follows it', async () => {
  const changes = await openSubscription<{ pipelineRunChanged: Run }>(url, roles.viewer, `subscription($p: String!) { pipelineRunChanged(project: $p, pipeline: "app") { ${RUN_FIELDS} } }`, { p: project });
  try {
    const RUN = 'mutation($p: String!, $params: [PipelineParameterInput!]) { runPipeline(project: $p, pipeline: "app", parameters: $params) { number status } }';
    assert.equal(code(await gql(roles.viewer, RUN, { p: project, params: [] })), 'FORBIDDEN');
    const started = await gql<{ runPipeline: { number: number; status: string } }>(roles.operator, RUN, { p: project, params: [{ name: 'GREETING', value: `hi-${id}` }, { name: 'TARGET', value: 'production' }] });
    firstRun = started.data!.runPipeline.number;
    assert.ok(firstRun >= 1, JSON.stringify(started));

    // As the console does: the subscription says the run waits, then the input is answered.
    const isPause = (r?: Run) => r?.number === firstRun && r.stages.some((s) => s.name === 'Approve' && s.status === 'PAUSED');
    await eventually(async () => changes.events, (e) => e.some((x) => isPause(x.data?.pipelineRunChanged)), 15_000);
    const paused = await eventually(() => getRun(firstRun), (r) => !!r?.inputs.some((i) => i.state === 'PENDING'), 5000);
    assert.deepEqual(paused!.stages.map((s) => [s.name, s.status]), [['Checkout', 'SUCCESS'], ['Build', 'SUCCESS'], ['Approve', 'PAUSED']]);
    const input = paused!.inputs.find((i) => i.state === 'PENDING')!;
    assert.equal(input.message, 'Ship it?');
    assert.deepEqual(paused!.parameters.find((p) => p.name === 'GREETING'), { name: 'GREETING', value: `hi-${id}` });

    const SUBMIT = 'mutation($p: String!, $n: Int!, $i: String!, $a: PipelineInputAction!) { submitPipelineInput(project: $p, pipeline: "app", run: $n, inputId: $i, action: $a) { number } }';
    assert.equal(code(await gql(roles.viewer, SUBMIT, { p: project, n: firstRun, i: input.id, a: 'APPROVE' })), 'FORBIDDEN');
    assert.equal(code(await gql(roles.operator, SUBMIT, { p: project, n: firstRun, i: 'NoSuchInput', a: 'APPROVE' })), 'NOT_FOUND');
    const approved = await gql(roles.operator, SUBMIT, { p: project, n: firstRun, i: input.id, a: 'APPROVE' });
    assert.equal(approved.errors, undefined, JSON.stringify(approved.errors));

    const done = await eventually(() => getRun(firstRun), (r) => r?.status !== 'RUNNING', 15_000);
    assert.equal(done!.status, 'SUCCESS');
    assert.deepEqual(done!.stages.map((s) => s.status), ['SUCCESS', 'SUCCESS', 'SUCCESS', 'SUCCESS']);
    assert.ok(done!.stages.every((s) => s.durationMs > 0));
    assert.deepEqual(done!.inputs.map((i) => [i.id, i.state, i.decidedBy]), [[input.id, 'APPROVED', 'op']]);
    assert.ok(Date.parse(done!.inputs[0].decidedAt!) > 0);
    assert.ok(done!.logSize > 0);

    // The Build stage's own log (Stage View's node logs) has the expanded parameter.
    const stageLog = await gql<{ devopsProject: { pipeline: { run: { stages: { name: string; log: { text: string; truncated: boolean } }[] } } } }>(
      roles.viewer,
      'query($p: String!, $n: Int!) { devopsProject(name: $p) { pipeline(name: "app") { run(number: $n) { stages { name log { text truncated } } } } } }',
      { p: project, n: firstRun },
    );
    const build = stageLog.data!.devopsProject.pipeline.run.stages.find((s) => s.name === 'Build')!;
    assert.match(build.log.text, new RegExp(`building hi-${id} for production`));
    assert.equal(build.log.truncated, false);

    const events = await eventually(async () => changes.events, (e) => e.some((x) => x.data?.pipelineRunChanged.status === 'SUCCESS'), 5000);
    const mine = events.map((e) => e.data?.pipelineRunChanged).filter((r) => r?.number === firstRun);
    assert.equal(mine[0]?.status, 'RUNNING');
    assert.ok(mine.some((r) => isPause(r)), 'the pause was an event');
    assert.equal(mine.at(-1)!.status, 'SUCCESS');
  } finally {
    await changes.stop();
  }
}, 60_000);

test('replay runs the same script and parameters again as a new run', async () => {
  const REPLAY = 'mutation($p: String!, $n: Int!) { replayPipelineRun(project: $p, pipeline: "app", run: $n) { number status startedBy } }';
  assert.equal(code(await gql(roles.viewer, REPLAY, { p: project, n: firstRun })), 'FORBIDDEN');
  const r = await gql<{ replayPipelineRun: { number: number; status: string; startedBy: string } }>(roles.operator, REPLAY, { p: project, n: firstRun });
  const n = r.data?.replayPipelineRun.number;
  assert.equal(n, firstRun + 1, JSON.stringify(r));
  assert.equal(r.data!.replayPipelineRun.startedBy, `Replayed #${firstRun}`);
  const paused = await eventually(() => getRun(n!), (x) => !!x?.inputs.some((i) => i.state === 'PENDING'), 15_000);
  assert.deepEqual(paused!.parameters.find((p) => p.name === 'GREETING'), { name: 'GREETING', value: `hi-${id}` });
  const input = paused!.inputs.find((i) => i.state === 'PENDING')!;
  const aborted = await gql<{ submitPipelineInput: { status: string } }>(
    roles.operator,
    'mutation($p: String!, $n: Int!, $i: String!) { submitPipelineInput(project: $p, pipeline: "app", run: $n, inputId: $i, action: ABORT) { status } }',
    { p: project, n, i: input.id },
  );
  assert.equal(aborted.data?.submitPipelineInput.status, 'ABORTED', 'aborting the input ends the run ABORTED');
  assert.deepEqual((await getRun(n!))!.inputs.map((i) => [i.state, i.decidedBy]), [['ABORTED', 'op']]);
}, 40_000);

test('an input step with submitters may be answered by them only', async () => {
  const made = await gql(roles.operator, 'mutation($p: String!, $i: PipelineInput!) { createPipeline(project: $p, input: $i) { name } }', {
    p: project,
    i: { name: 'gated', graph: { stages: [{ name: 'Gate', steps: [{ kind: 'INPUT', message: 'Release?', submitter: 'op, someone' }] }] } },
  });
  assert.equal(made.errors, undefined, JSON.stringify(made.errors));
  const run = await gql<{ runPipeline: { number: number } }>(roles.operator, 'mutation($p: String!) { runPipeline(project: $p, pipeline: "gated") { number } }', { p: project });
  const n = run.data!.runPipeline.number;
  const Q = 'query($p: String!, $n: Int!) { devopsProject(name: $p) { pipeline(name: "gated") { run(number: $n) { status inputs { id state decidedBy } } } } }';
  type R = { devopsProject: { pipeline: { run: { status: string; inputs: { id: string; state: string; decidedBy: string | null }[] } } } };
  const waiting = await eventually(async () => (await gql<R>(roles.viewer, Q, { p: project, n })).data?.devopsProject.pipeline.run, (r) => !!r?.inputs.some((i) => i.state === 'PENDING'), 15_000);
  const SUBMIT = 'mutation($p: String!, $n: Int!, $i: String!) { submitPipelineInput(project: $p, pipeline: "gated", run: $n, inputId: $i, action: APPROVE) { status } }';
  const vars = { p: project, n, i: waiting!.inputs[0].id };
  const refused = await gql(roles.wsAdmin, SUBMIT, vars);
  assert.equal(code(refused), 'FORBIDDEN', 'a workspace admin is not among the submitters');
  assert.match(refused.errors![0].message, /Only op, someone may answer "Release\?"/);
  assert.equal((await gql(roles.operator, SUBMIT, vars)).errors, undefined);
  const done = await eventually(async () => (await gql<R>(roles.viewer, Q, { p: project, n })).data?.devopsProject.pipeline.run, (r) => r?.status === 'SUCCESS', 10_000);
  assert.deepEqual(done!.inputs.map((i) => [i.state, i.decidedBy]), [['APPROVED', 'op']]);
}, 40_000);

test('stopping a run mid-stage ends it ABORTED within 2 s', async () => {
  const started = await gql<{ runPipeline: { number: number } }>(roles.operator, 'mutation($p: String!) { runPipeline(project: $p, pipeline: "app") { number } }', { p: project });
  const n = started.data!.runPipeline.number;
  const running = await eventually(() => getRun(n), (r) => !!r?.stages.some((s) => s.status === 'RUNNING'), 10_000, 50);
  assert.ok(running!.stages.some((s) => s.status === 'RUNNING'), 'a stage is running');
  const t0 = Date.now();
  const stopped = await gql<{ stopPipelineRun: { status: string } }>(roles.operator, 'mutation($p: String!, $n: Int!) { stopPipelineRun(project: $p, pipeline: "app", run: $n) { status } }', { p: project, n });
  // Asserted as a state reached within 2 s (polled), not as a timing.
  const final = stopped.data?.stopPipelineRun.status === 'ABORTED' ? stopped.data.stopPipelineRun.status : (await eventually(() => getRun(n), (r) => r?.status === 'ABORTED', 2000 - (Date.now() - t0), 50))?.status;
  console.log(`stop → ABORTED seen after ${Date.now() - t0} ms`);
  assert.equal(final, 'ABORTED');
  const after = await getRun(n);
  assert.ok(after!.stages.some((s) => s.status === 'ABORTED'), 'the running stage was aborted');
}, 30_000);

test('source-to-image creates a pipeline whose runs are like any run', async () => {
  const S2I = 'mutation($p: String!, $i: SourceToImageInput!) { createSourceToImage(project: $p, input: $i) { name definition { graph { stages { name } } } } }';
  const input = { name: 's2i', gitUrl: 'https://git.example.com/team/app.git', builderImage: 'registry.example.com/builders/nodejs:20', targetImage: 'registry.example.com/team/app', tag: `v${id}`, registryCredentialId: 'git-cred' };
  assert.equal(code(await gql(roles.operator, S2I, { p: project, i: { ...input, name: 's2i-bad', targetImage: 'Not An Image' } })), 'BAD_USER_INPUT');
  const made = await gql<{ createSourceToImage: { definition: { graph: { stages: { name: string }[] } } } }>(roles.operator, S2I, { p: project, i: input });
  assert.deepEqual(made.data?.createSourceToImage.definition.graph.stages.map((s) => s.name), ['Checkout', 'Generate Dockerfile', 'Build image'], JSON.stringify(made.errors));
  const run = await gql<{ runPipeline: { number: number } }>(roles.operator, 'mutation($p: String!) { runPipeline(project: $p, pipeline: "s2i") { number } }', { p: project });
  const n = run.data!.runPipeline.number;
  const q = `query($p: String!, $n: Int!) { devopsProject(name: $p) { pipeline(name: "s2i") { run(number: $n) { status stages { status } } } } }`;
  const done = await eventually(async () => (await gql<{ devopsProject: { pipeline: { run: { status: string; stages: { status: string }[] } } } }>(roles.viewer, q, { p: project, n })).data?.devopsProject.pipeline.run, (r) => r?.status !== 'RUNNING', 15_000);
  assert.equal(done?.status, 'SUCCESS');
  const log = await subscribe<{ pipelineRunLog: { text: string } }>(url, roles.viewer, 'subscription($p: String!, $n: Int!) { pipelineRunLog(project: $p, pipeline: "s2i", run: $n) { text } }', { p: project, n });
  const text = log.map((e) => e.data?.pipelineRunLog.text ?? '').join('');
  assert.match(text, new RegExp(`s2i build \\. registry\\.example\\.com/builders/nodejs:20 registry\\.example\\.com/team/app:v${id} --as-dockerfile Dockerfile\\.s2i`));
  assert.match(text, new RegExp(`docker push registry\\.example\\.com/team/app:v${id}`));
}, 40_000);

test('the whole log downloads streamed, for those who may see the run only', async () => {
  const base = new URL(url).origin;
  const path = `/download/pipeline-log/${project}/app/${firstRun}`;
  const as = async (identity: Identity | null) => fetch(`${base}${path}`, { headers: identity ? { [IDENTITY_HEADER]: await signIdentity(identity, config.internalKey) } : {} });
  const ok = await as(roles.viewer);
  assert.equal(ok.status, 200);
  assert.match(ok.headers.get('content-disposition') ?? '', /attachment; filename=".*app.*\.log"/);
  const text = await ok.text();
  assert.match(text, /^Started by user /);
  assert.match(text, /Finished: SUCCESS\n$/);
  assert.equal((await as(null)).status, 401);
  for (const who of [roles.noDevOps, roles.wsRegular, roles.otherTenant]) {
    const res = await as(who);
    assert.equal(res.status, 404);
    assert.equal(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code, 'NOT_FOUND');
  }
  assert.equal((await fetch(`${base}/download/pipeline-log/${project}/app/99999`, { headers: { [IDENTITY_HEADER]: await signIdentity(roles.viewer, config.internalKey) } })).status, 404);
});

test('without a DevOps role in the project, nothing of it shows: not by query, mutation or subscription', async () => {
  for (const who of [roles.noDevOps, roles.wsRegular, roles.otherTenant]) {
    const queries = [
      ['query($p: String!) { devopsProject(name: $p) { name } }', {}],
      ['query($p: String!) { devopsProject(name: $p) { credentials { nodes { id } } } }', {}],
      ['query($p: String!, $n: Int!) { devopsProject(name: $p) { pipeline(name: "app") { run(number: $n) { status } } } }', { n: firstRun }],
      ['mutation($p: String!) { runPipeline(project: $p, pipeline: "app") { number } }', {}],
      ['mutation($p: String!) { deleteCredential(project: $p, id: "token") }', {}],
      ['mutation($p: String!, $n: Int!) { stopPipelineRun(project: $p, pipeline: "app", run: $n) { status } }', { n: firstRun }],
    ] as const;
    for (const [q, v] of queries) assert.equal(code(await gql(who, q, { p: project, ...v })), 'NOT_FOUND', `${who.username}: ${q}`);
    const listed = await gql<{ devopsProjects: { nodes: { name: string }[] } }>(who, 'query($w: String!) { devopsProjects(workspace: $w, first: 500) { nodes { name } } }', { w: ws });
    assert.ok(!listed.data?.devopsProjects.nodes.some((p) => p.name === project), `${who.username} does not list it`);
    const log = await subscribe(url, who, 'subscription($p: String!, $n: Int!) { pipelineRunLog(project: $p, pipeline: "app", run: $n) { text } }', { p: project, n: firstRun });
    assert.equal(log[0]?.errors?.[0]?.extensions?.code, 'NOT_FOUND', `${who.username}: pipelineRunLog`);
    assert.equal(log.length, 1);
    const changes = await subscribe(url, who, 'subscription($p: String!) { pipelineRunChanged(project: $p, pipeline: "app") { number } }', { p: project }, 1);
    assert.equal(changes[0]?.errors?.[0]?.extensions?.code, 'NOT_FOUND', `${who.username}: pipelineRunChanged`);
  }
});

test('no credential secret or webhook secret appears in any answer or in the subgraph\'s log', async () => {
  assert.ok(answers.length > 20, 'the answers of this file were collected');
  assert.match(childLog, /credential created/, 'the subgraph log was captured');
  const all = answers.join('\n');
  for (const s of secretNeedles) {
    assert.equal(all.includes(s), false, 'a secret is in an API answer');
    assert.equal(childLog.includes(s), false, 'a secret is in the subgraph log');
  }
});

test('pipelines, credentials and the DevOps project are deleted by those allowed to', async () => {
  assert.equal(code(await gql(roles.viewer, 'mutation($p: String!) { deletePipeline(project: $p, pipeline: "s2i") }', { p: project })), 'FORBIDDEN');
  assert.equal((await gql<{ deletePipeline: boolean }>(roles.operator, 'mutation($p: String!) { deletePipeline(project: $p, pipeline: "s2i") }', { p: project })).data?.deletePipeline, true);
  assert.equal(code(await gql(roles.operator, 'query($p: String!) { devopsProject(name: $p) { pipeline(name: "s2i") { name } } }', { p: project })), 'NOT_FOUND');
  assert.equal((await gql<{ deleteCredential: boolean }>(roles.operator, 'mutation($p: String!) { deleteCredential(project: $p, id: "token") }', { p: project })).data?.deleteCredential, true);
  assert.equal(code(await gql(roles.operator, 'mutation($p: String!) { deleteCredential(project: $p, id: "token") }', { p: project })), 'NOT_FOUND');
  const DELETE = 'mutation($p: String!, $c: String!) { deleteDevOpsProject(name: $p, confirm: $c) }';
  assert.equal(code(await gql(roles.operator, DELETE, { p: project, c: project })), 'FORBIDDEN', 'an operator may not delete the project');
  assert.equal(code(await gql(roles.wsAdmin, DELETE, { p: project, c: 'nope' })), 'BAD_USER_INPUT');
  assert.equal((await gql<{ deleteDevOpsProject: boolean }>(roles.wsAdmin, DELETE, { p: project, c: project })).data?.deleteDevOpsProject, true);
  const jenkins = labEndpoints('jenkins') as Record<string, string>;
  const folder = await fetch(`${jenkins.url}/job/${project}/api/json`, { headers: { authorization: `Basic ${Buffer.from(`${jenkins.user}:${jenkins.token}`).toString('base64')}` } });
  assert.equal(folder.status, 404, 'the Jenkins folder is gone');
});
