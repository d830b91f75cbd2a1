/**
 * Pod.logs and podLogTail against the lab's real Kubernetes: kwok-simulated nodes serve
 * container logs through the API server (each container its own stream, about a line per second: `INFO  http: … seq=N`, WARN/ERROR/DEBUG, Java stack traces; deploy/local/kwok/log-lines.ts).
 */
import { test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { createServer, connect, type Server, type Socket } from 'node:net';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { callSubgraph, userIdentity } from '@meridian/core/testing';
import { config } from '@meridian/core';
import { start } from '../src/index.ts';
import { createNamespace, createPod, deleteNamespace, eventually, openSubscription, podPhase, suffix } from './fixtures.ts';

const id = suffix();
const ws = `podlogs-ws-${id}`;
const ns = `podlogs-${id}`;
const otherNs = `podlogs-other-${id}`;
const roles = {
  viewer: userIdentity('viewer', { projects: { [ns]: 'viewer' } }),
  wsViewer: userIdentity('wviewer', { workspaces: { [ws]: 'workspace-viewer' } }),
  stranger: userIdentity('stranger', { projects: { [otherNs]: 'admin' } }),
};

let subgraph: Awaited<ReturnType<typeof start>>;

beforeAll(async () => {
  await createNamespace(ns, { 'meridian.io/workspace': ws });
  await createNamespace(otherNs, { 'meridian.io/workspace': `other-${ws}` });
  await createPod(ns, 'talker', ['app', 'sidecar']);
  await createPod(ns, 'solo', ['main']);
  await eventually('pods Running', async () => (await podPhase(ns, 'talker')) === 'Running' && (await podPhase(ns, 'solo')) === 'Running', 60_000);
  subgraph = await start({ port: 0, elasticsearchUrl: 'http://127.0.0.1:1' });
});
afterAll(async () => {
  await subgraph?.stop();
  await deleteNamespace(ns);
  await deleteNamespace(otherNs);
});

const LOGS = `query($r: [_Any!]!, $container: String, $tail: Int, $since: Int) {
  _entities(representations: $r) { ... on Pod { namespace name logs(container: $container, tailLines: $tail, sinceSeconds: $since) { container truncated lines { time message } } } }
}`;
type LogsData = { _entities: ({ namespace: string; name: string; logs: { container: string; truncated: boolean; lines: { time: string | null; message: string }[] } | null } | null)[] };
const pod = (name: string, namespace = ns) => [{ __typename: 'Pod', namespace, name }];
/** A line the lab's log generator prints: a levelled line ending in seq=N, or a stack trace line. */
const LAB_LINE = /^(?:(?:INFO|WARN|ERROR|DEBUG) +\w+: .+ seq=\d+|[\w.]+(?:Exception|Error): .+|\tat .+|\t\.\.\. \d+ more)$/;

test('Pod.logs returns the last lines with their timestamps, and says when older lines were cut', async () => {
  // Each container has its own log, started with its pod: wait until it has more than 3 lines.
  const res = await eventually('three log lines of more', async () => {
    const r = await callSubgraph<LogsData>(subgraph.url, LOGS, { r: pod('talker'), container: 'sidecar', tail: 3 }, roles.viewer);
    const logs = r.data?._entities[0]?.logs;
    return logs?.lines.length === 3 && logs.truncated ? r : undefined;
  }, 20_000);
  assert.equal(res.errors, undefined);
  const logs = res.data!._entities[0]!.logs!;
  assert.equal(logs.container, 'sidecar');
  assert.equal(logs.truncated, true, 'the lab container has written more than 3 lines');
  for (const line of logs.lines) {
    assert.match(line.message, LAB_LINE);
    assert.ok(line.time && Math.abs(Date.parse(line.time) - Date.now()) < 10 * 60_000, `a recent RFC 3339 time: ${line.time}`);
  }
  const times = logs.lines.map((l) => Date.parse(l.time!));
  assert.deepEqual(times, [...times].sort((a, b) => a - b), 'oldest first, as kubectl prints them');
});

test('Pod.logs with sinceSeconds returns a short window that is not truncated', async () => {
  const res = await callSubgraph<LogsData>(subgraph.url, LOGS, { r: pod('solo'), tail: 1000, since: 3 }, roles.wsViewer);
  assert.equal(res.errors, undefined);
  const logs = res.data!._entities[0]!.logs!;
  assert.equal(logs.container, 'main', 'the only container is the default');
  assert.equal(logs.truncated, false);
  // About one output a second; an output may be a stack trace of several lines.
  const outputs = logs.lines.filter((l) => / seq=\d+$/.test(l.message)).length;
  assert.ok(outputs >= 1 && outputs <= 6, `about 3 seconds of output, got ${outputs}`);
});

test('Pod.logs validates tailLines and the container, listing the pod\'s containers', async () => {
  for (const tail of [0, -1, 10_001]) {
    const res = await callSubgraph<LogsData>(subgraph.url, LOGS, { r: pod('talker'), tail }, roles.viewer);
    assert.equal(res.errors?.[0].extensions?.code, 'BAD_USER_INPUT', `tailLines ${tail}`);
  }
  const res = await callSubgraph<LogsData>(subgraph.url, LOGS, { r: pod('talker'), container: 'nope' }, roles.viewer);
  assert.equal(res.errors?.[0].extensions?.code, 'BAD_USER_INPUT');
  assert.match(res.errors![0].message, /app, sidecar/);
  const dflt = await callSubgraph<LogsData>(subgraph.url, LOGS, { r: pod('talker'), tail: 1 }, roles.viewer);
  assert.equal(dflt.data!._entities[0]!.logs!.container, 'app', 'kubectl\'s default: the first container');
});

test('Pod.logs: other tenants get NOT_FOUND, as for a missing pod', async () => {
  const denied = await callSubgraph<LogsData>(subgraph.url, LOGS, { r: pod('talker') }, roles.stranger);
  assert.equal(denied.errors?.[0].extensions?.code, 'NOT_FOUND');
  assert.equal(denied.data?._entities[0]?.logs ?? null, null);
  const missing = await callSubgraph<LogsData>(subgraph.url, LOGS, { r: pod('ghost') }, roles.viewer);
  assert.equal(missing.errors?.[0].extensions?.code, 'NOT_FOUND');
});

test('podLogTail streams new lines as they are written, and stops following when the subscriber leaves', async () => {
  const sub = await openSubscription<{ podLogTail: { time: string; message: string } }>(
    subgraph.url,
    roles.viewer,
    `subscription($ns: String!, $pod: String!) { podLogTail(namespace: $ns, pod: $pod, container: "app", tailLines: 1) { time message } }`,
    { ns, pod: 'talker' },
  );
  const times: number[] = [];
  const t0 = Date.now();
  for await (const ev of sub.events) {
    assert.equal(ev.errors, undefined);
    const line = ev.data!.podLogTail;
    assert.match(line.message, LAB_LINE);
    times.push(Date.parse(line.time));
    if (times.length === 4) break;
  }
  // One line of tail, then lines the lab wrote after we subscribed.
  assert.ok(times[3] > times[0] && times[3] >= t0 - 50, `new lines arrived: ${times.map((t) => new Date(t).toISOString()).join(', ')}`);
  assert.equal(subgraph.tails.active, 1);
  await sub.close();
  await eventually('the follow stream stopped', async () => subgraph.tails.active === 0, 5000, 50);
  const metrics = await (await fetch(subgraph.url.replace('/graphql', '/metrics'))).text();
  assert.match(metrics, /meridian_log_tails_active\{service="logging"\} 0/);
});

test('podLogTail refuses other tenants and unknown containers before following anything', async () => {
  for (const [who, container, code] of [[roles.stranger, 'app', 'NOT_FOUND'], [roles.viewer, 'nope', 'BAD_USER_INPUT']] as const) {
    const sub = await openSubscription(subgraph.url, who, `subscription($c: String) { podLogTail(namespace: "${ns}", pod: "talker", container: $c) { message } }`, { c: container });
    let caught: unknown;
    try {
      for await (const ev of sub.events) {
        if (ev.errors) throw ev.errors;
      }
    } catch (err) {
      caught = err;
    } finally {
      await sub.close();
    }
    const errors = (Array.isArray(caught) ? caught : []) as { extensions?: { code?: string } }[];
    assert.equal(errors[0]?.extensions?.code, code);
  }
  assert.equal(subgraph.tails.active, 0);
});

/**
 * A TCP relay to the API server that we can cut, and a kubeconfig that goes through it: as when
 * the API server falls over, or a load balancer drops long connections.
 */
async function relayedKubeconfig(): Promise<{ kubeconfig: string; cut: () => Promise<void>; close: () => void }> {
  const sockets = new Set<Socket>();
  const relay: Server = createServer((client) => {
    const upstream = connect(6443, '127.0.0.1');
    sockets.add(client).add(upstream);
    client.pipe(upstream).pipe(client);
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
  });
  await new Promise<void>((r) => relay.listen(0, '127.0.0.1', r));
  const port = (relay.address() as { port: number }).port;
  const dir = mkdtempSync(join(tmpdir(), 'meridian-logging-'));
  const kubeconfig = join(dir, 'kubeconfig');
  writeFileSync(kubeconfig, readFileSync(config.kubeconfig, 'utf8').replace(/server: https:\/\/127\.0\.0\.1:6443/, `server: https://127.0.0.1:${port}`));
  return {
    kubeconfig,
    cut: () =>
      new Promise<void>((r) => {
        relay.close(() => r());
        for (const s of sockets) s.destroy();
      }),
    close: () => relay.close(),
  };
}

test('Kubernetes unreachable: Pod.logs alone fails with UPSTREAM_UNAVAILABLE', async () => {
  // The subgraph syncs its namespaces through the relay, then the relay goes away.
  const relay = await relayedKubeconfig();
  const kubeconfig = relay.kubeconfig;
  const cut = await start({ port: 0, kubeconfig, elasticsearchUrl: 'http://127.0.0.1:1' });
  try {
    const ok = await eventually('logs through the relay', async () => {
      const r = await callSubgraph<LogsData>(cut.url, LOGS, { r: pod('solo'), tail: 1 }, roles.viewer);
      return r.data?._entities[0]?.logs ? r : undefined;
    }, 15_000);
    assert.equal(ok.data!._entities[0]!.logs!.lines.length, 1);
    await relay.cut();
    const res = await callSubgraph<LogsData>(cut.url, LOGS, { r: pod('solo'), tail: 1 }, roles.viewer);
    assert.equal(res.errors?.length, 1);
    assert.equal(res.errors?.[0].extensions?.code, 'UPSTREAM_UNAVAILABLE');
    assert.deepEqual(res.errors?.[0].path, ['_entities', 0, 'logs']);
    assert.deepEqual({ ...res.data!._entities[0] }, { namespace: ns, name: 'solo', logs: null }, 'the rest of the pod still resolves');
  } finally {
    await cut.stop();
    relay.close();
  }
});

test('podLogTail ends with a typed error when the API server drops the stream, and stops following', async () => {
  const relay = await relayedKubeconfig();
  const relayed = await start({ port: 0, kubeconfig: relay.kubeconfig, elasticsearchUrl: 'http://127.0.0.1:1' });
  try {
    const sub = await openSubscription<{ podLogTail: { message: string } }>(
      relayed.url,
      roles.viewer,
      `subscription($ns: String!, $pod: String!) { podLogTail(namespace: $ns, pod: $pod, container: "app", tailLines: 1) { message } }`,
      { ns, pod: 'talker' },
    );
    let lines = 0;
    let ended: unknown;
    try {
      for await (const ev of sub.events) {
        if (ev.errors) throw ev.errors;
        lines++;
        // A line arrived through the relay: now the connection to the API server goes away.
        if (lines === 1) await relay.cut();
      }
    } catch (err) {
      ended = err;
    } finally {
      await sub.close();
    }
    const errors = (Array.isArray(ended) ? ended : []) as { message: string; extensions?: { code?: string; reason?: string } }[];
    assert.ok(lines >= 1, 'lines came before the drop');
    assert.equal(errors[0]?.extensions?.code, 'UPSTREAM_UNAVAILABLE', `ended with ${JSON.stringify(ended)}`);
    assert.equal(errors[0]?.extensions?.reason, 'LOG_STREAM_DROPPED');
    await eventually('the follow stream released', async () => relayed.tails.active === 0, 5000, 50);
  } finally {
    await relayed.stop();
    relay.close();
  }
});
