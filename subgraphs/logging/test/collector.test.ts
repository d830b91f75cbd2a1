/**
 * How the log collector decides which streams to follow, against the lab's real Kafka:
 * - it decides on pod-cache changes (coalesced) and on a slow sweep, never on a fast timer, since
 *   each decision walks every cached pod (20,000 here; 50,000 in the scale runs);
 * - a followed stream that stays silent is re-opened from its checkpoint, and then delivers. The
 *   "API server" is a local HTTP server whose first log stream never sends anything, as kwok's
 *   stand-in file does for a container whose log did not exist yet when the stream opened;
 * - beyond maxStreams, containers are read in turns (plain reads), each line taken once;
 * - checkpoints of pods that are gone are dropped; a failed checkpoint write does not throw.
 */
import { test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { createServer, type ServerResponse } from 'node:http';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger } from '@meridian/core';
import { createKafka, ensureTopic } from '@meridian/core/kafka/index';
import { labKafkaBrokers } from '@meridian/core/kafka/testing';
import { KubeConfig } from '@meridian/core/kube/client-node';
import { startLogCollector, type LogCollectorOptions } from '../src/pipeline/collector.ts';
import { CheckpointFile } from '../src/pipeline/checkpoints.ts';
import { eventually, suffix } from './fixtures.ts';

const id = suffix();
const topic = `t-collector-${id}`;
const log = createLogger('logging-test');
const kafka = createKafka({ brokers: labKafkaBrokers(), clientId: 'collector-test', log });
const checkpointFile = () => join(mkdtempSync(join(tmpdir(), 'meridian-collector-')), 'checkpoints.json');

type Pod = { metadata: { name: string; namespace: string; uid: string; creationTimestamp: string }; status: { containerStatuses: { name: string; state: { running: object } }[] } };
const pod = (namespace: string, name: string, creationTimestamp = '2026-11-30T00:00:00Z'): Pod => ({
  metadata: { name, namespace, uid: `${namespace}-${name}`, creationTimestamp },
  status: { containerStatuses: [{ name: 'app', state: { running: {} } }] },
});

/** The two things the collector reads from the shared pod cache: its pods and its changes. */
function podCache(pods: Pod[]) {
  const listeners = new Set<() => void>();
  let walks = 0;
  const cache = {
    *all() {
      walks++;
      yield* pods;
    },
    health: () => ({ state: 'synced', resourceVersion: '1' }),
    onChange(listener: () => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
  return { cache: cache as unknown as LogCollectorOptions['pods'], changed: () => listeners.forEach((l) => l()), walks: () => walks };
}

beforeAll(async () => {
  await ensureTopic(kafka, topic, { partitions: 1 });
});

afterAll(async () => {
  const admin = kafka.admin();
  await admin.connect();
  await admin.deleteTopics({ topics: [topic] }).catch(() => undefined);
  await admin.disconnect();
});

test('idle, the collector does not walk the pod cache; a burst of changes is one walk', async () => {
  const pods = podCache(Array.from({ length: 20_000 }, (_, i) => pod(`elsewhere-${i % 500}`, `p-${i}`)));
  const kc = new KubeConfig();
  kc.loadFromOptions({ clusters: [{ name: 'none', server: 'http://127.0.0.1:9' }], users: [{ name: 'u' }], contexts: [{ name: 'c', cluster: 'none', user: 'u' }], currentContext: 'c' });
  const collector = await startLogCollector({ kafka, kubeConfig: kc, pods: pods.cache, checkpointFile: checkpointFile(), log, namespaces: (n) => n === 'nothing-here', topic });
  try {
    const atStart = pods.walks();
    await new Promise((r) => setTimeout(r, 3000));
    assert.equal(pods.walks(), atStart, 'no walk while nothing changes (the sweep is every 10 s)');
    for (let i = 0; i < 1000; i++) pods.changed();
    await new Promise((r) => setTimeout(r, 500));
    assert.equal(pods.walks(), atStart + 1, '1,000 changes in a burst: one walk');
    assert.equal(collector.reconciles, 2);
  } finally {
    await collector.stop();
  }
}, 30_000);

test('a stream that stays silent is re-opened from its checkpoint, and then delivers', async () => {
  const requests: { at: number; url: string }[] = [];
  const open = new Set<ServerResponse>();
  const server = createServer((req, res) => {
    requests.push({ at: Date.now(), url: req.url ?? '' });
    res.writeHead(200, { 'content-type': 'text/plain', 'transfer-encoding': 'chunked' });
    open.add(res);
    res.on('close', () => open.delete(res));
    // The first stream never sends a byte; the next one has the container's lines.
    if (requests.length > 1) res.write(`${new Date().toISOString()} INFO first line\n${new Date().toISOString()} INFO second line\n`);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const kc = new KubeConfig();
  const port = (server.address() as { port: number }).port;
  kc.loadFromOptions({ clusters: [{ name: 'fake', server: `http://127.0.0.1:${port}`, skipTLSVerify: true }], users: [{ name: 'u' }], contexts: [{ name: 'c', cluster: 'fake', user: 'u' }], currentContext: 'c' });
  const pods = podCache([pod('silent', 'quiet')]);
  const collector = await startLogCollector({ kafka, kubeConfig: kc, pods: pods.cache, checkpointFile: checkpointFile(), log, namespaces: (n) => n === 'silent', topic });
  try {
    await eventually('both lines published', async () => collector.published >= 2, 30_000, 200);
    assert.equal(collector.published, 2);
    assert.ok(requests.length >= 2, 'the silent stream was opened again');
    const gap = requests[1].at - requests[0].at;
    assert.ok(gap >= 900 && gap < 3_000, `re-opened after a second of silence (${gap} ms), not at once`);
    assert.match(requests[1].url, /\/api\/v1\/namespaces\/silent\/pods\/quiet\/log\?.*follow=true/);
  } finally {
    await collector.stop();
    for (const res of open) res.destroy();
    server.close();
  }
}, 60_000);

test('beyond maxStreams, the older pods are read in turns: every line once, none followed', async () => {
  const requests: string[] = [];
  const open = new Set<ServerResponse>();
  let olderReads = 0;
  const server = createServer((req, res) => {
    const url = req.url ?? '';
    requests.push(url);
    res.writeHead(200, { 'content-type': 'text/plain', 'transfer-encoding': 'chunked' });
    if (url.includes('/pods/newer/')) {
      // The newest pod is followed: one line, and the stream stays open.
      open.add(res);
      res.on('close', () => open.delete(res));
      res.write('2026-11-30T10:00:00.000000000Z INFO newer line\n');
      return;
    }
    // The older pod's whole log so far (this server ignores sinceTime), growing by a line a read.
    olderReads++;
    const lines = Array.from({ length: Math.min(olderReads + 1, 4) }, (_, i) => `2026-11-30T10:00:0${i}.000000000Z INFO older line ${i}\n`);
    res.end(lines.join(''));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const kc = new KubeConfig();
  const port = (server.address() as { port: number }).port;
  kc.loadFromOptions({ clusters: [{ name: 'fake', server: `http://127.0.0.1:${port}`, skipTLSVerify: true }], users: [{ name: 'u' }], contexts: [{ name: 'c', cluster: 'fake', user: 'u' }], currentContext: 'c' });
  const pods = podCache([pod('turns', 'older', '2026-11-30T00:00:00Z'), pod('turns', 'newer', '2026-11-30T01:00:00Z')]);
  const collector = await startLogCollector({ kafka, kubeConfig: kc, pods: pods.cache, checkpointFile: checkpointFile(), log, namespaces: (n) => n === 'turns', topic, maxStreams: 1 });
  try {
    // newer: 1 line; older: lines 0..3 over four reads, each taken once.
    await eventually('five lines published', async () => collector.published >= 5 && olderReads >= 4, 30_000, 200);
    await new Promise((r) => setTimeout(r, 1500)); // later turns find nothing new
    assert.equal(collector.published, 5, 'every line once');
    assert.equal(collector.following, 1);
    assert.equal(collector.inTurns, 1);
    const older = requests.filter((u) => u.includes('/pods/older/'));
    assert.ok(older.every((u) => !u.includes('follow=true')), 'the older pod is not followed');
    assert.ok(older.slice(1).every((u) => u.includes('sinceTime=')), 'later turns start where the last one ended');
  } finally {
    await collector.stop();
    for (const res of open) res.destroy();
    server.close();
  }
}, 60_000);

test('checkpoints of pods that are gone are dropped; a checkpoint write that fails does not throw', async () => {
  const file = checkpointFile();
  const present = pod('kept', 'here');
  writeFileSync(file, JSON.stringify({ [`${present.metadata.uid}/app`]: { time: '2026-11-30T10:00:00Z', ordinal: 0 }, 'gone-uid/app': { time: '2026-11-30T09:00:00Z', ordinal: 0 } }));
  const kc = new KubeConfig();
  kc.loadFromOptions({ clusters: [{ name: 'none', server: 'http://127.0.0.1:9', skipTLSVerify: true }], users: [{ name: 'u' }], contexts: [{ name: 'c', cluster: 'none', user: 'u' }], currentContext: 'c' });
  const collector = await startLogCollector({ kafka, kubeConfig: kc, pods: podCache([present]).cache, checkpointFile: file, log, namespaces: () => false, topic });
  await collector.stop();
  assert.deepEqual(Object.keys(JSON.parse(readFileSync(file, 'utf8'))), [`${present.metadata.uid}/app`]);

  // A file whose folder cannot be made (a plain file stands in its way): reported, not thrown.
  const errors: string[] = [];
  const blocked = new CheckpointFile(join(file, 'below-a-file.json'), (err) => errors.push(err.message));
  blocked.set('a/app', { time: '2026-11-30T10:00:00Z', ordinal: 0 });
  assert.doesNotThrow(() => blocked.flush());
  assert.equal(errors.length, 1);
  blocked.delete('a/app');
});
