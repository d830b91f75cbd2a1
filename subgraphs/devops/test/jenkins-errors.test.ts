/**
 * A Jenkins whose error pages echo the request (some plugins' stack traces quote the XML they
 * could not read): errors of requests that carried secrets (credentials, config.xml with a
 * webhook token) reach the API as UPSTREAM_UNAVAILABLE without Jenkins' answer text.
 */
import { test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import http from 'node:http';
import { callSubgraph, userIdentity } from '@meridian/core/testing';
import { start } from '../src/index.ts';
import { createNamespace, deleteNamespace, eventually, suffix } from './fixtures.ts';

const id = suffix();
const project = `devops-echo-${id}`;
const operator = userIdentity('op', { projects: { [project]: 'operator' } });
const secret = `echoed-secret-${id}`;

let echo: http.Server;
let subgraph: Awaited<ReturnType<typeof start>>;

beforeAll(async () => {
  // Answers every POST with a 500 page that quotes the body; GETs of the folder succeed.
  echo = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      res.setHeader('x-jenkins', '2.492.3');
      if (req.method === 'GET' && req.url?.startsWith('/crumbIssuer')) return void res.writeHead(404).end();
      if (req.method === 'GET') return void res.writeHead(200, { 'content-type': 'application/json' }).end('{"_class":"com.cloudbees.hudson.plugins.folder.Folder","jobs":[]}');
      res.writeHead(500, { 'content-type': 'text/html' }).end(`<html><body>Oops! could not read ${Buffer.concat(chunks).toString()}</body></html>`);
    });
  });
  await new Promise<void>((r) => echo.listen(0, '127.0.0.1', r));
  await createNamespace(project, { 'meridian.io/workspace': `ws-${id}`, 'meridian.io/devops-project': 'true' });
  subgraph = await start({ port: 0, jenkinsUrl: `http://127.0.0.1:${(echo.address() as { port: number }).port}`, jenkinsUser: 'u', jenkinsToken: 't' });
});

afterAll(async () => {
  await subgraph?.stop();
  echo?.closeAllConnections();
  await new Promise((r) => echo?.close(r));
  await deleteNamespace(project);
});

test('a failed createCredential or createPipeline does not repeat Jenkins\' answer, which quoted the secret', async () => {
  const cred = await eventually(
    () => callSubgraph(subgraph.url, 'mutation($p: String!, $s: String!) { createCredential(project: $p, input: { id: "t", secretText: { secret: $s } }) { id } }', { p: project, s: secret }, operator),
    (r) => r.errors?.[0]?.extensions?.code !== 'NOT_FOUND',
  );
  assert.equal(cred.errors?.[0]?.extensions?.code, 'UPSTREAM_UNAVAILABLE');
  assert.match(cred.errors![0].message, /Jenkins answered 500/);
  const pipeline = await callSubgraph(
    subgraph.url,
    'mutation($p: String!, $s: String!) { createPipeline(project: $p, input: { name: "x", jenkinsfile: "pipeline {}", triggers: { webhook: true, webhookSecret: $s } }) { name } }',
    { p: project, s: secret },
    operator,
  );
  assert.equal(pipeline.errors?.[0]?.extensions?.code, 'UPSTREAM_UNAVAILABLE');
  assert.ok(!JSON.stringify([cred, pipeline]).includes(secret), 'the secret is in no answer');
});
