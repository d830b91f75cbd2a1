/**
 * Subscriptions at scale (issue #7), on the fixture subgraphs behind a real gateway:
 * identical subscriptions share one upstream subscription per authorization scope, events are
 * completed once per client operation with batched entity fetches, a client that stops reading
 * is ended with SLOW_CONSUMER and costs the gateway no more, and a subgraph restart shorter than
 * the ride-out time is ridden out (RESYNC, then events go on).
 */
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, test } from 'vitest';
import WebSocket from 'ws';
import { normalizeIdentity, type Identity } from '@meridian/core';
import { authorizationScope } from '../src/subscriptions/scope.ts';
import { cpuOf } from './fixtures/monitoring.ts';
import { startFixtureStack, type FixtureStack } from './fixtures/index.ts';
import { startWorkloadsFixture } from './fixtures/workloads.ts';
import { login, record, unique, useFixtureStack, waitFor, wsClient } from './helpers.ts';

const PODS = 'subscription Pods($p: String!) { podStatusChanged(project: $p) { type pod { name seenBy metrics { cpu seenBy } } } }';

async function gauge(stack: FixtureStack, name: string): Promise<number> {
  const text = await (await fetch(new URL('/metrics', stack.gateway.url))).text();
  const line = new RegExp(`^${name}\\{[^}]*subgraph="workloads"[^}]*\\} (\\d+)`, 'm').exec(text);
  return line ? Number(line[1]) : 0;
}

describe('the authorization scope', () => {
  const user = (over: Partial<Identity> = {}): Identity =>
    normalizeIdentity({ kind: 'user', userId: 'u1', username: 'ann', platformRole: 'platform-regular', workspaces: { w: 'workspace-viewer' }, projects: { a: 'viewer', b: 'admin' }, sessionId: 's1', ...over });

  test('is one user with one exact set of grants; the session does not matter', () => {
    const scope = authorizationScope(user());
    assert.equal(authorizationScope(user({ sessionId: 's2' })), scope, 'another session of the same user');
    assert.equal(authorizationScope(user({ projects: { b: 'admin', a: 'viewer' } })), scope, 'grant order');
    assert.notEqual(authorizationScope(user({ userId: 'u2', username: 'bob' })), scope, 'another user with the same grants');
    assert.notEqual(authorizationScope(user({ projects: { a: 'viewer' } })), scope, 'a grant fewer');
    assert.notEqual(authorizationScope(user({ projects: { a: 'operator', b: 'admin' } })), scope, 'another role in a project');
    assert.notEqual(authorizationScope(user({ workspaces: {} })), scope, 'another workspace role');
    assert.notEqual(authorizationScope(user({ platformRole: 'platform-admin' })), scope, 'another platform role');
  });
});

describe('shared upstream subscriptions', () => {
  const stack = useFixtureStack();

  test('identical subscriptions share one upstream per user; users never share; each sees its own fields', async () => {
    const project = unique('proj');
    const [alice, bob] = [unique('alice'), unique('bob')];
    const aliceSockets = [wsClient(stack().gateway.wsUrl, await login(stack().gateway.url, alice)), wsClient(stack().gateway.wsUrl, await login(stack().gateway.url, alice))];
    const bobSocket = wsClient(stack().gateway.wsUrl, await login(stack().gateway.url, bob));
    try {
      const aliceRecs = [record(aliceSockets[0].client, PODS, { p: project }), record(aliceSockets[0].client, PODS, { p: project }), record(aliceSockets[1].client, PODS, { p: project })];
      const bobRec = record(bobSocket.client, PODS, { p: project });
      await waitFor('four client subscriptions', async () => (await gauge(stack(), 'meridian_gateway_subscriptions_active')) === 4);
      await waitFor('one upstream subscription per user', () => stack().workloads.events.subscribers(project) === 2);
      assert.equal(await gauge(stack(), 'meridian_gateway_upstream_subscriptions'), 2);
      assert.equal(await gauge(stack(), 'meridian_gateway_upstream_sockets'), 2, 'one socket to workloads per scope');

      stack().workloads.events.publish(project, { type: 'ADDED', pod: { namespace: project, name: 'web-1', phase: 'Running' } });
      for (const rec of [...aliceRecs, bobRec]) await rec.until(1);
      const expected = (who: string) => ({ data: { podStatusChanged: { type: 'ADDED', pod: { name: 'web-1', seenBy: who, metrics: { cpu: cpuOf('web-1'), seenBy: who } } } } });
      for (const rec of aliceRecs) assert.deepEqual(rec.events, [expected(alice)]);
      assert.deepEqual(bobRec.events, [expected(bob)]);

      // The upstream ends with its last subscriber, not before.
      aliceRecs[0].unsubscribe();
      aliceRecs[1].unsubscribe();
      await waitFor('two client subscriptions to end', async () => (await gauge(stack(), 'meridian_gateway_subscriptions_active')) === 2);
      assert.equal(stack().workloads.events.subscribers(project), 2, "alice's third subscription still holds her upstream");
      aliceRecs[2].unsubscribe();
      await waitFor("alice's upstream to end", () => stack().workloads.events.subscribers(project) === 1);
      await waitFor("alice's socket to workloads to close", async () => (await gauge(stack(), 'meridian_gateway_upstream_sockets')) === 1);
    } finally {
      await Promise.all([...aliceSockets, bobSocket].map((s) => s.client.dispose()));
    }
    await waitFor('every upstream to end', () => stack().workloads.events.subscribers(project) === 0);
  });

  test('a burst is completed with batched _entities requests, once for all subscribers of one operation, in order', async () => {
    const project = unique('proj');
    const ws = wsClient(stack().gateway.wsUrl, await login(stack().gateway.url, unique('carol')));
    try {
      const same = [0, 1, 2].map(() => record(ws.client, 'subscription($p: String!) { podStatusChanged(project: $p) { pod { name metrics { cpu } } } }', { p: project }));
      const other = record(ws.client, 'subscription($p: String!) { changed: podStatusChanged(project: $p) { pod { name metrics { cpu } } } }', { p: project });
      await waitFor('four client subscriptions', async () => (await gauge(stack(), 'meridian_gateway_subscriptions_active')) === 4);
      // The alias is part of the upstream operation: two upstream subscriptions, three clients on one.
      await waitFor('the upstream subscriptions', () => stack().workloads.events.subscribers(project) === 2);
      const [requestsBefore, entitiesBefore] = [stack().monitoring.requests(), stack().monitoring.entityCalls()];
      const names = Array.from({ length: 20 }, (_, i) => (i % 5 === 0 ? `slow-${i}` : `fast-${i}`));
      for (const name of names) stack().workloads.events.publish(project, { type: 'MODIFIED', pod: { namespace: project, name, phase: 'Running' } });
      for (const rec of [...same, other]) await rec.until(names.length, 15_000);
      const pods = names.map((name) => ({ name, metrics: { cpu: cpuOf(name) } }));
      for (const rec of same) assert.deepEqual(rec.events.map((e) => e.data.podStatusChanged.pod), pods);
      assert.deepEqual(other.events.map((e) => e.data.changed.pod), pods);
      const requests = stack().monitoring.requests() - requestsBefore;
      const entities = stack().monitoring.entityCalls() - entitiesBefore;
      console.log(`${names.length} events x 4 subscriptions (2 operations): ${requests} _entities requests to monitoring, ${entities} pods resolved`);
      assert.ok(requests < names.length, `events were batched into fewer requests than events (${requests})`);
      // Without sharing: 80 (one per event and subscription). Completed once per operation: at
      // most 40 (both operations' entity fetches are the same text, so identical representations
      // in one batch are asked for once).
      assert.ok(entities >= names.length && entities <= 2 * names.length, `pods resolved: ${entities}`);
    } finally {
      await ws.client.dispose();
    }
  });
});

describe('a client that stops reading', () => {
  const MAX_QUEUED = 20;
  let stack: FixtureStack;
  beforeAll(async () => {
    stack = await startFixtureStack({ subscriptions: { maxQueuedEvents: MAX_QUEUED } });
  });
  afterAll(async () => stack.stop());

  test('is ended with SLOW_CONSUMER once its queue passes the bound, and the gateway stops holding its events', async () => {
    const project = unique('proj');
    const token = await login(stack.gateway.url, unique('dan'));
    const socket = new WebSocket(stack.gateway.wsUrl, 'graphql-transport-ws');
    const messages: { type: string; id?: string; payload?: unknown }[] = [];
    socket.on('message', (data) => messages.push(JSON.parse(String(data))));
    await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
    socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } }));
    await waitFor('connection_ack', () => messages.some((m) => m.type === 'connection_ack'));
    socket.send(JSON.stringify({ type: 'subscribe', id: '1', payload: { query: 'subscription($p: String!) { podStatusChanged(project: $p) { pod { name } } }', variables: { p: project } } }));
    await waitFor('the upstream subscription', () => stack.workloads.events.subscribers(project) === 1);
    try {
      socket.pause(); // the client stops reading: the kernel buffers fill, then the gateway's queue
      // Large events (64 KiB names) fill the socket buffers quickly; publish until the gateway
      // lets go of the subscription (bounded: 4,000 events, 256 MiB, would be far past any buffer).
      const big = 'x'.repeat(64 * 1024);
      let published = 0;
      while (stack.workloads.events.subscribers(project) > 0 && published < 4_000) {
        for (let i = 0; i < 20; i++) stack.workloads.events.publish(project, { type: 'MODIFIED', pod: { namespace: project, name: `${big}-${published++}`, phase: 'Running' } });
        await new Promise((r) => setTimeout(r, 10));
      }
      assert.equal(stack.workloads.events.subscribers(project), 0, `the slow client's upstream was closed (after ${published} events)`);
      await waitFor('the client subscription to end at the gateway', async () => (await gauge(stack, 'meridian_gateway_subscriptions_active')) === 0);
      const heapAfterEnd = process.memoryUsage().heapUsed;
      // Events published now reach no one: nothing of them is held for the slow client.
      for (let i = 0; i < 200; i++) assert.equal(stack.workloads.events.publish(project, { type: 'MODIFIED', pod: { namespace: project, name: `${big}-late-${i}`, phase: 'Running' } }), 0);
      console.log(`slow client ended after ${published} events of 64 KiB; heap ${(heapAfterEnd / 2 ** 20).toFixed(0)} MiB`);

      socket.resume(); // what was written out arrives, then the typed error
      await waitFor('the error message', () => messages.some((m) => m.type === 'error'), 15_000);
      const error = messages.find((m) => m.type === 'error')!;
      assert.equal((error.payload as { extensions: { code: string } }[])[0].extensions.code, 'SLOW_CONSUMER');
      const delivered = messages.filter((m) => m.type === 'next').length;
      assert.ok(delivered < published, `the client got ${delivered} of ${published} events: the rest were dropped, not held`);
    } finally {
      socket.close();
    }
  });
});

describe('a subgraph restart shorter than the ride-out time', () => {
  let stack: FixtureStack;
  const extra: { stop(): Promise<void> }[] = [];
  beforeAll(async () => {
    stack = await startFixtureStack({ subscriptions: { rideOutMs: 15_000 } });
  });
  afterAll(async () => {
    await Promise.all(extra.map((s) => s.stop()));
    await stack.stop();
  });

  test('goes unnoticed but for a RESYNC signal: the subscription continues with the events after the restart', async () => {
    const project = unique('proj');
    const user = unique('erin');
    const ws = wsClient(stack.gateway.wsUrl, await login(stack.gateway.url, user));
    try {
      const recs = [record(ws.client, PODS, { p: project }), record(ws.client, PODS, { p: project })];
      await waitFor('the upstream subscription', () => stack.workloads.events.subscribers(project) === 1);
      stack.workloads.events.publish(project, { type: 'ADDED', pod: { namespace: project, name: 'before', phase: 'Running' } });
      for (const rec of recs) await rec.until(1);

      await stack.workloads.stop();
      await new Promise((r) => setTimeout(r, 1_000)); // down for a second
      const restarted = await startWorkloadsFixture(stack.workloads.port);
      extra.push(restarted);
      await waitFor('the gateway to resubscribe', () => restarted.events.subscribers(project) === 1, 10_000);
      restarted.events.publish(project, { type: 'MODIFIED', pod: { namespace: project, name: 'after', phase: 'Pending' } });
      for (const rec of recs) {
        await rec.until(3);
        assert.equal(rec.error, undefined);
        assert.equal(rec.completed, false);
        assert.equal(rec.events[0].data.podStatusChanged.pod.name, 'before');
        assert.equal(rec.events[1].errors[0].extensions.code, 'RESYNC');
        assert.equal(rec.events[1].errors[0].extensions.service, 'workloads');
        assert.deepEqual(rec.events[2].data.podStatusChanged.pod, { name: 'after', seenBy: user, metrics: { cpu: cpuOf('after'), seenBy: user } });
      }
      assert.equal(ws.closed(), null, 'the client socket stayed open');
    } finally {
      await ws.client.dispose();
    }
  });
});
