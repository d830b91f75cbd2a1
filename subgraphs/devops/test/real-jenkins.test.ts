/**
 * Opt-in: the devops subgraph against a real Jenkins (Folders + Pipeline + Pipeline Stage View
 * plugins). Set MERIDIAN_JENKINS_URL, MERIDIAN_JENKINS_USER and MERIDIAN_JENKINS_TOKEN (an API
 * token of a user who may create items). The suite creates a folder and a pipeline with unique
 * names, runs it, follows its log, reads its stages, and deletes the folder afterwards.
 * It needs the lab's Kubernetes for the project's namespace.
 */
import { test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { callSubgraph, userIdentity } from '@meridian/core/testing';
import { JenkinsClient } from '../src/sources/jenkins.ts';
import { start } from '../src/index.ts';
import { createNamespace, deleteNamespace, subscribe, suffix } from './fixtures.ts';
import { createFolder, createPipeline, deleteItem } from './jenkins-items.ts';

const url = process.env.MERIDIAN_JENKINS_URL;
const user = process.env.MERIDIAN_JENKINS_USER;
const token = process.env.MERIDIAN_JENKINS_TOKEN;
const skip = url ? false : 'set MERIDIAN_JENKINS_URL (+ MERIDIAN_JENKINS_USER, MERIDIAN_JENKINS_TOKEN) to run the devops suite against a real Jenkins';

const id = suffix();
const ws = `ws-rj-${id}`;
const project = `devops-rj-${id}`;
const operator = userIdentity('rj-operator', { projects: { [project]: 'operator' } });
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
  if (!skip) await deleteNamespace(project);
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
