/**
 * The stand-in's wire format: what a Jenkins client sees (status codes, headers, JSON shapes).
 * The devops subgraph's tests cover the client side; these pin the protocol itself.
 */
import { test, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { startJenkinsStandin } from '../src/server.ts';

const standin = await startJenkinsStandin({
  port: 0,
  users: { alice: 'tok-a' },
  quietPeriodMs: 50,
  seed: {
    items: [
      {
        folder: 'team',
        items: [
          { pipeline: 'p1', stages: [{ name: 'Only', durationMs: 10, logs: ['hi'] }], history: [{ ageMs: 5000 }, { ageMs: 4000, failAt: 'Only' }, { ageMs: 3000 }] },
          { pipeline: 'p2', stages: [{ name: 'Only', durationMs: 10, logs: [] }] },
        ],
      },
    ],
  },
});
afterAll(() => standin.stop());

const auth = { authorization: `Basic ${Buffer.from('alice:tok-a').toString('base64')}` };
const get = (path: string, headers: Record<string, string> = auth) => fetch(`${standin.url}${path}`, { headers });

test('refuses requests without valid basic auth with 401', async () => {
  assert.equal((await get('/api/json', {})).status, 401);
  const wrong = { authorization: `Basic ${Buffer.from('alice:nope').toString('base64')}` };
  const res = await get('/api/json', wrong);
  assert.equal(res.status, 401);
  assert.equal(res.headers.get('x-jenkins') !== null, true);
});

test('unknown jobs are a 404 HTML page', async () => {
  const res = await get('/job/team/job/nope/api/json');
  assert.equal(res.status, 404);
  assert.match(res.headers.get('content-type') ?? '', /text\/html/);
});

test('tree= keeps only the asked fields (and _class), with ranges on arrays', async () => {
  const res = await get('/job/team/job/p1/api/json?tree=allBuilds[number,result]{1,3},color');
  assert.deepEqual(await res.json(), {
    _class: 'org.jenkinsci.plugins.workflow.job.WorkflowJob',
    color: 'blue',
    allBuilds: [
      { _class: 'org.jenkinsci.plugins.workflow.job.WorkflowRun', number: 2, result: 'FAILURE' },
      { _class: 'org.jenkinsci.plugins.workflow.job.WorkflowRun', number: 1, result: 'SUCCESS' },
    ],
  });
  const folder = (await (await get('/job/team/api/json')).json()) as { _class: string; jobs: { name: string; color: string }[] };
  assert.equal(folder._class, 'com.cloudbees.hudson.plugins.folder.Folder');
  assert.deepEqual(folder.jobs.map((j) => [j.name, j.color]), [['p1', 'blue'], ['p2', 'notbuilt']]);
});

test('POST needs a crumb (403 without); build answers 201 with the queue item, which leads to a run that streams its log', async () => {
  const noCrumb = await fetch(`${standin.url}/job/team/job/p2/build`, { method: 'POST', headers: auth });
  assert.equal(noCrumb.status, 403);
  const crumb = (await (await get('/crumbIssuer/api/json')).json()) as { crumb: string; crumbRequestField: string };
  assert.equal(crumb.crumbRequestField, 'Jenkins-Crumb');
  const res = await fetch(`${standin.url}/job/team/job/p2/build`, { method: 'POST', headers: { ...auth, 'Jenkins-Crumb': crumb.crumb } });
  assert.equal(res.status, 201);
  const location = res.headers.get('location') ?? '';
  assert.match(location, /\/queue\/item\/\d+\/$/);
  let number: number | undefined;
  for (let i = 0; i < 100 && !number; i++) {
    const item = (await (await fetch(`${location}api/json`, { headers: auth })).json()) as { executable?: { number: number } };
    number = item.executable?.number;
    if (!number) await new Promise((r) => setTimeout(r, 20));
  }
  assert.equal(number, 1);
  let start = 0;
  let text = '';
  for (let i = 0; i < 200; i++) {
    const chunk = await get(`/job/team/job/p2/1/logText/progressiveText?start=${start}`);
    text += await chunk.text();
    start = Number(chunk.headers.get('x-text-size'));
    if (chunk.headers.get('x-more-data') !== 'true') break;
    await new Promise((r) => setTimeout(r, 20));
  }
  assert.match(text, /^Started by user alice\n/);
  assert.match(text, /Finished: SUCCESS\n$/);
  assert.equal(start, Buffer.byteLength(text));
  const run = (await (await get('/job/team/job/p2/1/api/json?tree=building,result,number')).json()) as Record<string, unknown>;
  assert.deepEqual(run, { _class: 'org.jenkinsci.plugins.workflow.job.WorkflowRun', building: false, result: 'SUCCESS', number: 1 });
});

test('createItem takes a folder or a pipeline config.xml; the script\'s stages run', async () => {
  const crumb = ((await (await get('/crumbIssuer/api/json')).json()) as { crumb: string }).crumb;
  const post = (path: string, body: string) =>
    fetch(`${standin.url}${path}`, { method: 'POST', headers: { ...auth, 'Jenkins-Crumb': crumb, 'content-type': 'application/xml' }, body });
  assert.equal((await post('/createItem?name=made', '<com.cloudbees.hudson.plugins.folder.Folder><description>d</description></com.cloudbees.hudson.plugins.folder.Folder>')).status, 200);
  const xml = `<flow-definition plugin="workflow-job"><description>x</description><properties><hudson.model.ParametersDefinitionProperty><parameterDefinitions>
    <hudson.model.StringParameterDefinition><name>WHO</name><defaultValue>world</defaultValue></hudson.model.StringParameterDefinition></parameterDefinitions></hudson.model.ParametersDefinitionProperty></properties>
    <definition class="org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition"><script>pipeline { agent any; stages { stage('Greet') { steps { echo "hello \${params.WHO}" } } stage('Fail') { steps { error 'boom' } } } }</script><sandbox>true</sandbox></definition></flow-definition>`;
  assert.equal((await post('/job/made/createItem?name=pipe', xml)).status, 200);
  assert.equal((await post('/job/made/createItem?name=pipe', xml)).status, 400, 'a duplicate name is refused');
  assert.equal((await post('/job/made/job/pipe/build', '')).status, 400, 'a parameterized job needs buildWithParameters');
  assert.equal((await post('/job/made/job/pipe/buildWithParameters?WHO=tester&delay=0sec', '')).status, 201);
  let describe: { status: string; stages: { name: string; status: string }[] } = { status: '', stages: [] };
  for (let i = 0; i < 100; i++) {
    const res = await get('/job/made/job/pipe/1/wfapi/describe');
    if (res.status === 200) {
      describe = (await res.json()) as typeof describe;
      if (describe.status !== 'IN_PROGRESS') break;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  assert.equal(describe.status, 'FAILED');
  assert.deepEqual(describe.stages.map((s) => [s.name, s.status]), [['Greet', 'SUCCESS'], ['Fail', 'FAILED']]);
  const log = await (await get('/job/made/job/pipe/1/consoleText')).text();
  assert.match(log, /\nhello tester\n/);
  assert.match(log, /ERROR: boom\nFinished: FAILURE\n$/);
});
