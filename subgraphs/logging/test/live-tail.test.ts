/**
 * logTail over the lab's real Kafka: lines published to meridian.logs (as the collector does)
 * reach the subscribers whose filter matches (project, workload, pod, container, keyword) and who
 * may view the project; another tenant's lines never; deleting the project ends the subscription
 * with NOT_FOUND at the next line (access checked per line).
 */
import { test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { createKafka, idempotentProducer, sendAll } from '@meridian/core/kafka/index';
import { labKafkaBrokers } from '@meridian/core/kafka/testing';
import { createDeployment, labKubeConfig } from '@meridian/core/kube/testing';
import { kubeRequest } from '@meridian/core/kube/index';
import { createLogger } from '@meridian/core';
import { userIdentity } from '@meridian/core/testing';
import type { Producer } from 'kafkajs';
import { start } from '../src/index.ts';
import { recordId, type LogRecord } from '../src/pipeline/log-record.ts';
import { createNamespace, deleteNamespace, eventually, openSubscription, suffix } from './fixtures.ts';

const id = suffix();
const [nsA, nsB] = [`lt-a-${id}`, `lt-b-${id}`];
const TOPIC = `t-logtail-${id}`;
const viewerA = userIdentity('lt-viewer-a', { projects: { [nsA]: 'viewer' } });
let subgraph: Awaited<ReturnType<typeof start>>;
let producer: Producer;
let apiPod = '';
let seq = 0;

const line = (namespace: string, pod: string, container: string, message: string): LogRecord => {
  const time = new Date().toISOString();
  const ordinal = seq++;
  return { id: recordId(`uid-${pod}`, container, time, ordinal), time, namespace, pod, podUid: `uid-${pod}`, container, node: 'node-0', message, ordinal };
};
const publish = (records: LogRecord[]) => sendAll(producer, TOPIC, records.map((r) => ({ key: `${r.namespace}/${r.pod}/${r.container}`, value: JSON.stringify(r) })));

beforeAll(async () => {
  await createNamespace(nsA, { 'meridian.io/workspace': `lt-wa-${id}` });
  await createNamespace(nsB, { 'meridian.io/workspace': `lt-wb-${id}` });
  const kc = labKubeConfig();
  await createDeployment(kc, nsA, 'api', { replicas: 1 });
  apiPod = await eventually('the api deployment has a pod', async () => {
    const pods = await kubeRequest<{ items: { metadata: { name: string } }[] }>(kc, { path: `/api/v1/namespaces/${nsA}/pods?labelSelector=app%3Dapi` });
    return pods.items[0]?.metadata.name;
  });
  producer = idempotentProducer(createKafka({ brokers: labKafkaBrokers(), clientId: 'live-tail-test', log: createLogger('test') }));
  await producer.connect();
  // A topic of the test's own: on meridian.logs the running product's collector publishes the
  // api pod's real lines too (seen in CI: 6 lines where the test published 4).
  subgraph = await start({ port: 0, kafkaBrokers: labKafkaBrokers(), pipeline: false, events: false, logTopic: TOPIC });
}, 90_000);

afterAll(async () => {
  await producer?.disconnect();
  await subgraph?.stop();
  const admin = createKafka({ brokers: labKafkaBrokers(), clientId: 'live-tail-test', log: createLogger('logging-test') }).admin();
  await admin.connect();
  await admin.deleteTopics({ topics: [TOPIC] }).catch(() => undefined);
  await admin.disconnect();
  await Promise.all([nsA, nsB].map(deleteNamespace));
});

const TAIL = `subscription($p: String!, $w: WorkloadRef, $pod: String, $c: String, $k: String) {
  logTail(project: $p, workload: $w, pod: $pod, container: $c, keyword: $k) { message namespace pod container level }
}`;
type Tail = { logTail: { message: string; namespace: string; pod: string; container: string; level: string | null } };

async function follow(vars: Record<string, unknown>) {
  const sub = await openSubscription<Tail>(subgraph.url, viewerA, TAIL, vars);
  const got: Tail['logTail'][] = [];
  let error: unknown;
  const done = (async () => {
    for await (const ev of sub.events) {
      if (ev.errors?.length) error = ev.errors[0];
      if (ev.data) got.push(ev.data.logTail);
    }
  })().catch((err) => (error = Array.isArray(err) ? err[0] : err));
  return { got, done, close: sub.close, error: () => error as { extensions?: { code?: string } } | undefined };
}

test('live lines reach the subscribers whose filter matches; never another tenant\'s', { timeout: 90_000 }, async () => {
  const all = await follow({ p: nsA });
  const workload = await follow({ p: nsA, w: { kind: 'DEPLOYMENT', name: 'api' } });
  const keyword = await follow({ p: nsA, k: 'TIMEOUT', c: 'app' });
  const pod = await follow({ p: nsA, pod: 'web-1' });
  await eventually('the four subscriptions listen', async () => subgraph.sources.logFeed.active >= 4, 30_000);
  // A new group's consumer starts at the newest offset once it fetched: lines before that are
  // not "from now on". Warm up each key's partition until its line arrives.
  const keys: [string, string][] = [['web-1', 'app'], ['web-1', 'proxy'], [apiPod, 'app']];
  await eventually('the consumer reads every partition', async () => {
    await publish(keys.map(([p, c]) => line(nsA, p, c, 'DEBUG warmup')));
    await new Promise((r) => setTimeout(r, 300));
    return keys.every(([p, c]) => all.got.some((l) => l.pod === p && l.container === c));
  }, 30_000, 500);
  await new Promise((r) => setTimeout(r, 500));
  for (const s of [all, workload, keyword, pod]) s.got.splice(0);
  await publish([
    line(nsA, 'web-1', 'app', 'INFO  http: GET / 200'),
    line(nsA, 'web-1', 'app', 'ERROR upstream timeout after 30s'),
    line(nsA, 'web-1', 'proxy', 'WARN  proxy: timeout to upstream'),
    line(nsA, apiPod, 'app', 'INFO  api: started'),
    line(nsB, 'web-1', 'app', 'ERROR timeout in the other tenant'),
  ]);
  await eventually('the lines arrive', async () => all.got.length >= 4 && workload.got.length >= 1 && keyword.got.length >= 1 && pod.got.length >= 3, 30_000);
  await new Promise((r) => setTimeout(r, 500)); // nothing else trickles in
  // In order per container (a container's lines share a partition); containers interleave.
  const ofContainer = (pod: string, c: string) => all.got.filter((l) => l.pod === pod && l.container === c).map((l) => `${l.level} ${l.message}`);
  assert.deepEqual(ofContainer('web-1', 'app'), ['INFO INFO  http: GET / 200', 'ERROR ERROR upstream timeout after 30s']);
  assert.deepEqual(ofContainer('web-1', 'proxy'), ['WARN WARN  proxy: timeout to upstream']);
  assert.deepEqual(ofContainer(apiPod, 'app'), ['INFO INFO  api: started']);
  assert.equal(all.got.length, 4, 'nothing of the other tenant');
  assert.deepEqual(workload.got.map((l) => l.pod), [apiPod]);
  assert.deepEqual(keyword.got.map((l) => l.message), ['ERROR upstream timeout after 30s'], 'keyword in any case, in container app only');
  assert.deepEqual(pod.got.map((l) => l.message).sort(), ['ERROR upstream timeout after 30s', 'INFO  http: GET / 200', 'WARN  proxy: timeout to upstream']);
  await Promise.all([all, workload, keyword, pod].map((s) => s.close()));

  const hidden = await follow({ p: nsB });
  await hidden.done;
  assert.equal(hidden.error()?.extensions?.code, 'NOT_FOUND');
});

test('a deleted project ends the tail with NOT_FOUND at its next line', { timeout: 300_000 }, async () => {
  const tail = await follow({ p: nsA });
  await eventually('the subscription listens', async () => subgraph.sources.logFeed.active >= 1, 30_000);
  await deleteNamespace(nsA);
  // Gone, not just Terminating (a loaded lab's namespace controller may take minutes).
  await eventually('the directory forgot the project', async () => !subgraph.sources.namespaces.get(nsA), 180_000, 500);
  await eventually('the tail ends', async () => {
    await publish([line(nsA, 'web-1', 'app', 'INFO  after delete')]);
    return tail.error() !== undefined;
  }, 60_000, 1000);
  assert.equal(tail.error()?.extensions?.code, 'NOT_FOUND');
});
