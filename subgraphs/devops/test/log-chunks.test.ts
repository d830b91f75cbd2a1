/**
 * Logs are read from Jenkins in chunks by offset: pipelineRunLog sends a long log as many
 * pieces of at most logChunkBytes, contiguous by byte offset, never cut inside a character;
 * every progressiveText request the subgraph makes carries `start=` (a recording proxy in front
 * of the stand-in sees them all), and it never asks for consoleText (the whole log at once).
 */
import { test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import http from 'node:http';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { userIdentity } from '@meridian/core/testing';
import { startJenkinsStandin, type RunningStandin } from '../../../deploy/local/jenkins-standin/src/server.ts';
import { start } from '../src/index.ts';
import { cutAtBoundary } from '../src/sources/jenkins.ts';
import { createNamespace, deleteNamespace, subscribe, suffix } from './fixtures.ts';

const id = suffix();
const project = `devops-log-${id}`;
const viewer = userIdentity('viewer', { projects: { [project]: 'viewer' } });
const CHUNK = 256;
// 400 lines with two- and three-byte characters: a chunk boundary falls inside one sooner or later.
const lines = Array.from({ length: 400 }, (_, i) => `line ${i} grüße 日本語 ${'x'.repeat(i % 17)}`);

let standin: RunningStandin;
let proxy: http.Server;
let proxyUrl = '';
const requested: string[] = [];
let subgraph: Awaited<ReturnType<typeof start>>;

beforeAll(async () => {
  standin = await startJenkinsStandin({
    port: 0,
    users: { meridian: 'tok' },
    seed: { items: [{ folder: project, items: [{ pipeline: 'long', stages: [{ name: 'Print', durationMs: 10, logs: lines }], history: [{ ageMs: 1000 }] }] }] },
  });
  // Records each request's path and passes it on unchanged.
  proxy = http.createServer((req, res) => {
    requested.push(req.url ?? '');
    const up = http.request(`${standin.url}${req.url}`, { method: req.method, headers: req.headers }, (r) => {
      res.writeHead(r.statusCode ?? 502, r.headers);
      r.pipe(res);
    });
    req.pipe(up);
  });
  await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
  proxyUrl = `http://127.0.0.1:${(proxy.address() as { port: number }).port}`;
  await createNamespace(project, { 'meridian.io/workspace': `ws-${id}`, 'meridian.io/devops-project': 'true' });
  subgraph = await start({ port: 0, jenkinsUrl: proxyUrl, jenkinsUser: 'meridian', jenkinsToken: 'tok', logPollMs: 50, logChunkBytes: CHUNK });
});

afterAll(async () => {
  await subgraph?.stop();
  proxy?.closeAllConnections();
  await new Promise((r) => proxy?.close(r));
  await standin?.stop();
  await deleteNamespace(project);
});

test('a long log comes as contiguous chunks of at most logChunkBytes, each request by offset', async () => {
  const whole = standin.root.items.get(project)!;
  assert.equal(whole.kind, 'folder');
  let events: Awaited<ReturnType<typeof subscribe<{ pipelineRunLog: { text: string; offset: number; more: boolean } }>>> = [];
  for (let i = 0; i < 50 && !events.length; i++) {
    // The namespace watch may lag a moment behind the create.
    events = await subscribe(subgraph.url, viewer, 'subscription($p: String!) { pipelineRunLog(project: $p, pipeline: "long", run: 1) { text offset more } }', { p: project });
    if (events[0]?.errors) {
      events = [];
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const chunks = events.map((e) => e.data!.pipelineRunLog);
  const consoleText = await (await fetch(`${standin.url}/job/${project}/job/long/1/consoleText`, { headers: { authorization: `Basic ${Buffer.from('meridian:tok').toString('base64')}` } })).text();
  assert.ok(Buffer.byteLength(consoleText) > 20 * CHUNK, 'the log is long');
  assert.equal(chunks.map((c) => c.text).join(''), consoleText, 'the chunks make up the whole log, characters intact');
  let offset = 0;
  for (const [i, c] of chunks.entries()) {
    assert.equal(c.offset, offset, `chunk ${i} starts where the last ended`);
    assert.ok(Buffer.byteLength(c.text) <= CHUNK, `chunk ${i} is at most ${CHUNK} bytes`);
    assert.equal(c.more, i < chunks.length - 1);
    offset += Buffer.byteLength(c.text);
  }
  assert.ok(chunks.length >= 20);

  const logRequests = requested.filter((p) => p.includes('/logText/'));
  assert.ok(logRequests.length >= chunks.length, 'one request per chunk at least');
  for (const p of logRequests) assert.match(p, /\/logText\/progressiveText\?start=\d+$/);
  assert.deepEqual(requested.filter((p) => p.includes('consoleText')), [], 'never the whole log at once');

  // Resuming from an offset (a reconnect) starts there.
  const resumed = await subscribe<{ pipelineRunLog: { text: string; offset: number } }>(
    subgraph.url,
    viewer,
    'subscription($p: String!, $f: Float) { pipelineRunLog(project: $p, pipeline: "long", run: 1, from: $f) { text offset } }',
    { p: project, f: chunks[5].offset },
  );
  assert.equal(resumed[0].data!.pipelineRunLog.offset, chunks[5].offset);
  assert.equal(resumed.map((e) => e.data!.pipelineRunLog.text).join(''), Buffer.from(consoleText).subarray(chunks[5].offset).toString('utf8'));
});

test('the source reads logs only through progressiveText with start= (never consoleText)', () => {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const f of readdirSync(dir)) {
      const p = join(dir, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (p.endsWith('.ts') && !p.includes('/generated/')) files.push(p);
    }
  };
  walk(join(import.meta.dirname, '../src'));
  for (const f of files) {
    const text = readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm, '');
    assert.ok(!/consoleText/.test(text), `${f} asks for consoleText`);
    for (const m of text.matchAll(/progressiveText[^\n]*/g)) {
      if (m[0].includes("'") || m[0].includes('`')) assert.match(m[0], /progressiveText\?start=\$\{/, `${f}: ${m[0]}`);
    }
  }
});

test('chunks end after a newline, else on a character boundary', () => {
  const b = (s: string) => Buffer.from(s, 'utf8');
  assert.equal(cutAtBoundary(b('ab\ncd')).toString(), 'ab\n');
  assert.equal(cutAtBoundary(b('abc')).toString(), 'abc');
  const jp = b('日本'); // 3 bytes each
  assert.equal(cutAtBoundary(jp.subarray(0, 5)).toString(), '日');
  assert.equal(cutAtBoundary(jp.subarray(0, 6)).toString(), '日本');
  assert.equal(cutAtBoundary(b('aü').subarray(0, 2)).toString(), 'a');
  assert.equal(cutAtBoundary(b('😀').subarray(0, 3)).length, 0);
});
