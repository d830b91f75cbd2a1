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

/** POSTs with the crumb, as any Jenkins client must. */
async function post(path: string, body = '', contentType = 'application/x-www-form-urlencoded') {
  const crumb = ((await (await get('/crumbIssuer/api/json')).json()) as { crumb: string }).crumb;
  return fetch(`${standin.url}${path}`, { method: 'POST', headers: { ...auth, 'Jenkins-Crumb': crumb, 'content-type': contentType }, body, redirect: 'manual' });
}

async function until<T>(fn: () => Promise<T>, ok: (v: T) => boolean, ms = 5000): Promise<T> {
  const deadline = Date.now() + ms;
  let v = await fn();
  while (!ok(v) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 20));
    v = await fn();
  }
  return v;
}

test('a folder credentials store: createCredentials (XML), 409 for a taken id, api/json without secrets, doDelete', async () => {
  const store = '/job/team/credentials/store/folder/domain/_';
  const xml = `<org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl plugin="plain-credentials"><scope>GLOBAL</scope><id>tok</id><description>a token</description><secret>s3cret-value</secret></org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>`;
  assert.equal((await post(`${store}/createCredentials`, xml, 'application/xml')).status, 200);
  assert.equal((await post(`${store}/createCredentials`, xml, 'application/xml')).status, 409);
  assert.equal((await post(`${store}/createCredentials`, '<nope/>', 'application/xml')).status, 400);
  const list = await (await get(`${store}/api/json?tree=credentials[id,typeName,description]`)).text();
  assert.deepEqual(JSON.parse(list).credentials, [{ _class: 'com.cloudbees.plugins.credentials.CredentialsStoreAction$CredentialsWrapper', id: 'tok', typeName: 'Secret text', description: 'a token' }]);
  assert.ok(!(await (await get(`${store}/api/json`)).text()).includes('s3cret-value'), 'secrets are never exported');
  assert.equal((await post(`${store}/credential/tok/doDelete`)).status, 302);
  assert.equal((await post(`${store}/credential/tok/doDelete`)).status, 404);
});

test('config.xml round trip; an input step waits (PAUSED_PENDING_INPUT, pendingInputActions) until proceedEmpty; node describe and log; testReport; artifacts', async () => {
  const script = `pipeline { agent any\n stages {\n stage('Build') { steps { sh 'make all'\n echo 'PASS one'\n echo 'FAIL two'\n junit 'report.xml'\n archiveArtifacts artifacts: 'dist/app.tgz' } }\n stage('Gate') { steps { input message: 'Go on?' } }\n stage('Ship') { steps { echo 'shipped' } } } }`;
  const xml = `<flow-definition plugin="workflow-job"><description>d</description><properties/><definition class="org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition"><script>${script.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</script><sandbox>true</sandbox></definition></flow-definition>`;
  assert.equal((await post('/job/team/createItem?name=gated', xml, 'application/xml')).status, 200);
  assert.equal(await (await get('/job/team/job/gated/config.xml')).text(), xml);
  assert.equal((await post('/job/team/job/gated/config.xml', xml.replace('<description>d<', '<description>changed<'), 'application/xml')).status, 200);
  assert.equal(((await (await get('/job/team/job/gated/api/json?tree=description')).json()) as { description: string }).description, 'changed');
  assert.equal((await post('/job/team/job/gated/build')).status, 201);
  const describe = () => get('/job/team/job/gated/1/wfapi/describe').then((r) => (r.status === 200 ? (r.json() as Promise<{ status: string; stages: { id: string; name: string; status: string }[]; _links: Record<string, unknown> }>) : null));
  const paused = await until(describe, (d) => d?.status === 'PAUSED_PENDING_INPUT');
  assert.equal(paused!.status, 'PAUSED_PENDING_INPUT');
  assert.ok(paused!._links.pendingInputActions);
  assert.deepEqual(paused!.stages.map((s) => [s.name, s.status]), [['Build', 'SUCCESS'], ['Gate', 'PAUSED_PENDING_INPUT']]);
  const inputs = (await (await get('/job/team/job/gated/1/wfapi/pendingInputActions')).json()) as { id: string; message: string; proceedUrl: string; abortUrl: string }[];
  assert.equal(inputs.length, 1);
  assert.equal(inputs[0].message, 'Go on?');
  assert.equal(inputs[0].proceedUrl, `/job/team/job/gated/1/input/${inputs[0].id}/proceedEmpty`);
  assert.equal(inputs[0].abortUrl, `/job/team/job/gated/1/input/${inputs[0].id}/abort`);
  assert.equal((await post(`/job/team/job/gated/1/input/wrong/proceedEmpty`)).status, 404);
  assert.equal((await post(`/job/team/job/gated/1/input/${inputs[0].id}/proceedEmpty`)).status, 302);
  const done = await until(describe, (d) => d?.status !== 'PAUSED_PENDING_INPUT' && d?.status !== 'IN_PROGRESS');
  assert.equal(done!.status, 'UNSTABLE', 'a failed test makes the run unstable, as junit does');

  const build = done!.stages[0];
  const node = (await (await get(`/job/team/job/gated/1/execution/node/${build.id}/wfapi/describe`)).json()) as { stageFlowNodes: { id: string; name: string; parentNodes: string[] }[] };
  assert.deepEqual(node.stageFlowNodes.map((n) => n.name), ['Shell Script', 'Print Message', 'Print Message', 'Archive JUnit-formatted test results', 'Archive the artifacts']);
  assert.deepEqual(node.stageFlowNodes[0].parentNodes, [build.id]);
  const log = (await (await get(`/job/team/job/gated/1/execution/node/${node.stageFlowNodes[0].id}/wfapi/log`)).json()) as Record<string, unknown>;
  assert.deepEqual({ ...log, consoleUrl: undefined }, { nodeId: node.stageFlowNodes[0].id, nodeStatus: 'SUCCESS', length: 11, hasMore: false, text: '+ make all\n', consoleUrl: undefined });
  assert.deepEqual(await (await get('/job/team/job/gated/1/testReport/api/json?tree=failCount,passCount,skipCount')).json(), { _class: 'hudson.tasks.junit.TestResult', failCount: 1, passCount: 1, skipCount: 0 });
  assert.equal((await get('/job/team/job/p1/1/testReport/api/json')).status, 404, 'no test results: no testReport');
  const run = (await (await get('/job/team/job/gated/1/api/json?tree=artifacts[fileName,relativePath],result')).json()) as Record<string, unknown>;
  assert.deepEqual(run.artifacts, [{ fileName: 'app.tgz', relativePath: 'dist/app.tgz' }]);
  assert.equal(await (await get('/job/team/job/gated/1/artifact/dist/app.tgz')).text(), 'dist/app.tgz from gated #1\n');
  assert.equal((await post('/job/team/job/gated/1/submitDescription', 'description=who+approved')).status, 302);
  assert.equal(((await (await get('/job/team/job/gated/1/api/json?tree=description')).json()) as { description: string }).description, 'who approved');
});

test('stop ends a run ABORTED at once, in the middle of a long sleep; replay/rebuild runs the same script and parameters again', async () => {
  const xml = `<flow-definition><properties><hudson.model.ParametersDefinitionProperty><parameterDefinitions><hudson.model.BooleanParameterDefinition><name>FAST</name><defaultValue>false</defaultValue></hudson.model.BooleanParameterDefinition></parameterDefinitions></hudson.model.ParametersDefinitionProperty></properties><definition class="org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition"><script>stage('Slow') { steps { sleep 30\n echo 'fast is \${FAST}' } }</script></definition></flow-definition>`;
  assert.equal((await post('/job/team/createItem?name=slow', xml, 'application/xml')).status, 200);
  assert.equal((await post('/job/team/job/slow/buildWithParameters?FAST=true')).status, 201);
  const run = () => get('/job/team/job/slow/1/api/json?tree=building,result,actions[parameters[name,value]]').then((r) => (r.status === 200 ? (r.json() as Promise<{ building: boolean; result: string | null; actions: { parameters?: { name: string; value: unknown }[] }[] }>) : null));
  await until(run, (r) => !!r?.building);
  const t0 = Date.now();
  assert.equal((await post('/job/team/job/slow/1/stop')).status, 302);
  const stopped = await until(run, (r) => r?.building === false, 2000);
  assert.equal(stopped!.result, 'ABORTED', `aborted after ${Date.now() - t0} ms`);
  assert.deepEqual(stopped!.actions.flatMap((a) => a.parameters ?? []), [{ _class: 'hudson.model.BooleanParameterValue', name: 'FAST', value: true }]);
  const replay = await post('/job/team/job/slow/1/replay/rebuild');
  assert.equal(replay.status, 302);
  assert.match(replay.headers.get('location') ?? '', /\/job\/team\/job\/slow\/$/);
  const second = () => get('/job/team/job/slow/2/api/json?tree=building,actions[causes[shortDescription],parameters[name,value]]').then((r) => (r.status === 200 ? (r.json() as Promise<{ building: boolean; actions: { causes?: { shortDescription: string }[]; parameters?: { value: unknown }[] }[] }>) : null));
  const replayed = await until(second, (r) => !!r?.building);
  assert.equal(replayed!.actions.flatMap((a) => a.causes ?? [])[0].shortDescription, 'Replayed #1');
  assert.deepEqual(replayed!.actions.flatMap((a) => a.parameters ?? []).map((p) => p.value), [true]);
  assert.equal((await post('/job/team/job/slow/2/stop')).status, 302);
  assert.equal((await until(second, (r) => r?.building === false, 2000))!.building, false);
  const runs = (await (await get('/job/team/job/slow/wfapi/runs')).json()) as { name: string; status: string }[];
  assert.deepEqual(runs.map((r) => [r.name, r.status]), [['#2', 'ABORTED'], ['#1', 'ABORTED']]);
});
