/** The pipeline editor's converter: a graph written as a Jenkinsfile reads back as the same graph. */
import { test } from 'vitest';
import assert from 'node:assert/strict';
import { fromJenkinsfile, graphProblems, normalizeGraph, toJenkinsfile, type PipelineGraph } from '../src/jenkinsfile/index.ts';

const tricky = "it's a \\ back'slash\nnew line\t${params.X} \"quoted\" ) } {";

const graph: PipelineGraph = {
  agent: null,
  stages: [
    { name: 'Checkout', steps: [{ kind: 'CHECKOUT', url: 'https://git.example.com/team/app.git', credentialId: 'git-cred' }], parallel: [] },
    {
      name: 'Build & test',
      steps: [],
      parallel: [
        { name: 'unit', steps: [{ kind: 'SHELL', script: 'npm ci\nnpm test' }] },
        { name: "lint 'strict'", steps: [{ kind: 'SHELL', script: tricky }] },
      ],
    },
    { name: 'Image', steps: [{ kind: 'BUILD_IMAGE', image: 'registry.example.com/app:${BUILD_NUMBER}', credentialId: 'registry' }, { kind: 'BUILD_IMAGE', image: 'app:1', dockerfile: 'build/Dockerfile', context: 'src' }], parallel: [] },
    { name: 'Approve', steps: [{ kind: 'INPUT', message: 'Deploy to production?', submitter: 'alice,bob' }, { kind: 'INPUT', message: tricky }], parallel: [] },
    { name: 'Deploy', steps: [{ kind: 'DEPLOY', project: 'prod', manifest: 'deploy/app.yaml', credentialId: 'kubeconfig-prod' }], parallel: [] },
  ],
};

test('a graph written as a Jenkinsfile reads back as the same graph (defaults filled in)', () => {
  // `${BUILD_NUMBER}` is not a shell word: fix the image for the problems check, keep it in the round trip.
  assert.deepEqual(graphProblems({ ...graph, stages: graph.stages.filter((s) => s.name !== 'Image') }), []);
  const text = toJenkinsfile(graph);
  assert.match(text, /^pipeline \{$/m);
  assert.match(text, /parallel \{/);
  assert.match(text, /git url: 'https:\/\/git\.example\.com\/team\/app\.git', branch: 'main', credentialsId: 'git-cred'/);
  assert.match(text, /withKubeConfig\(\[credentialsId: 'kubeconfig-prod', namespace: 'prod'\]\)/);
  const back = fromJenkinsfile(text);
  assert.deepEqual(back, normalizeGraph(graph));
  assert.equal(back!.stages[0].steps[0].branch, 'main');
  assert.equal(back!.stages[1].parallel[1].steps[0].script, tricky, 'quotes, backslashes, newlines and ${} survive');
  assert.equal(toJenkinsfile(back!), text, 'writing again gives the same text');
});

test('an agent label round-trips, and CRLF line ends are accepted', () => {
  const g: PipelineGraph = { agent: 'linux && docker', stages: [{ name: 'A', steps: [{ kind: 'SHELL', script: 'true' }], parallel: [] }] };
  const text = toJenkinsfile(g);
  assert.match(text, /agent \{ label 'linux && docker' \}/);
  assert.deepEqual(fromJenkinsfile(text.replace(/\n/g, '\r\n')), normalizeGraph(g));
});

test('a Jenkinsfile the editor did not write (or edited into another shape) reads as null', () => {
  const text = toJenkinsfile(graph);
  assert.equal(fromJenkinsfile('pipeline { agent any; stages { stage("x") { steps { echo "hi" } } } }'), null);
  assert.equal(fromJenkinsfile(text.replace("sh 'npm ci", "echo 'npm ci")), null, 'an unknown step');
  assert.equal(fromJenkinsfile(text.replace("branch: 'main'", "branch: 'main', poll: 'true'")), null, 'an argument the editor never writes');
  assert.equal(fromJenkinsfile(text.replace('  stages {', '  options { timestamps() }\n  stages {')), null, 'a directive the editor never writes');
  assert.equal(fromJenkinsfile(text.replace('    stage(', '    stage(\'Extra\') {\n')), null, 'unbalanced');
  assert.equal(fromJenkinsfile(''), null);
  assert.notEqual(fromJenkinsfile(text.replace(/^\/\/.*\n/, '')), null, 'the header comment is optional');
});

test('graphProblems names each problem with its path', () => {
  const problems = graphProblems({
    agent: "x'; sh 'rm",
    stages: [
      { name: '', steps: [], parallel: [] },
      { name: 'B', steps: [{ kind: 'SHELL', script: 'x' }], parallel: [{ name: 'b1', steps: [{ kind: 'SHELL', script: 'y' }] }] },
      { name: 'C', steps: [{ kind: 'DEPLOY', project: 'p', manifest: 'a b.yaml' }, { kind: 'CHECKOUT', url: ' ' }, { kind: 'BUILD_IMAGE', image: 'a', credentialId: 'bad id' }], parallel: [] },
      { name: 'C', steps: [{ kind: 'NOPE' as 'SHELL' }], parallel: [] },
    ],
  });
  assert.deepEqual(problems, [
    'agent: not a label expression',
    'stages[0].name: required',
    'stages[0]: at least one step is needed',
    'stages[1]: a stage has steps or parallel branches, not both',
    'stages[2].steps[0].credentialId: required for DEPLOY',
    'stages[2].steps[0].manifest: letters, digits and . _ : / @ + = , - only',
    'stages[2].steps[1].url: required for CHECKOUT',
    'stages[2].steps[2].credentialId: not a credential id',
    'stages[3].name: "C" is used twice',
    'stages[3].steps[0]: unknown step kind',
  ]);
  assert.deepEqual(graphProblems({ agent: null, stages: [] }), ['stages: at least one stage is needed']);
});
