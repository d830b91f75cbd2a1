import assert from 'node:assert/strict';
import { describe, test, beforeAll, afterAll } from 'vitest';
import { cpuOf } from './fixtures/monitoring.ts';
import { startFixtureStack, type FixtureStack } from './fixtures/index.ts';
import { login, record, unique, waitFor, wsClient } from './helpers.ts';
import { MAX_OPERATIONS_PER_CONNECTION } from '../src/ws.ts';

const PODS_SUBSCRIPTION = /* GraphQL */ `
  subscription Pods($project: String!) {
    podStatusChanged(project: $project) {
      type
      pod { name phase seenBy metrics { cpu seenBy } }
    }
  }
`;

describe('subscriptions through the gateway', () => {
  let stack: FixtureStack;
  let token: string;
  beforeAll(async () => {
    stack = await startFixtureStack();
    token = await login(stack.gateway.url, 'alice');
  });
  afterAll(async () => stack.stop());

  const activeGauge = async () => {
    const text = await (await fetch(new URL('/metrics', stack.gateway.url))).text();
    const line = /^meridian_gateway_subscriptions_active\{[^}]*subgraph="workloads"[^}]*\} (\d+)/m.exec(text);
    return line ? Number(line[1]) : 0;
  };

  test('each event arrives with the fields another subgraph owns resolved for that event', async () => {
    const project = unique('proj');
    const ws = wsClient(stack.gateway.wsUrl, token);
    try {
      const rec = record(ws.client, PODS_SUBSCRIPTION, { project });
      await waitFor('the upstream subscription', () => stack.workloads.events.subscribers(project) === 1);
      const callsBefore = stack.monitoring.entityCalls();
      stack.workloads.events.publish(project, { type: 'ADDED', pod: { namespace: project, name: 'api-7f9', phase: 'Pending' } });
      stack.workloads.events.publish(project, { type: 'MODIFIED', pod: { namespace: project, name: 'db-0', phase: 'Running' } });
      await rec.until(2);
      assert.equal(rec.error, undefined);
      assert.deepEqual(rec.events, [
        { data: { podStatusChanged: { type: 'ADDED', pod: { name: 'api-7f9', phase: 'Pending', seenBy: 'alice', metrics: { cpu: cpuOf('api-7f9'), seenBy: 'alice' } } } } },
        { data: { podStatusChanged: { type: 'MODIFIED', pod: { name: 'db-0', phase: 'Running', seenBy: 'alice', metrics: { cpu: cpuOf('db-0'), seenBy: 'alice' } } } } },
      ]);
      assert.equal(stack.monitoring.entityCalls() - callsBefore, 2, 'monitoring resolved Pod.metrics once per event');
    } finally {
      await ws.client.dispose();
    }
  });

  test('aliases, fragments and @include work in subscriptions as in queries', async () => {
    const project = unique('proj');
    const ws = wsClient(stack.gateway.wsUrl, token);
    try {
      const watch = `subscription Watch($p: String!, $withMetrics: Boolean!) {
          changed: podStatusChanged(project: $p) { kind: type pod { ...PodRow } }
        }
        fragment PodRow on Pod { podName: name usage: metrics @include(if: $withMetrics) { c: cpu } }`;
      const withMetrics = record(ws.client, watch, { p: project, withMetrics: true });
      const without = record(ws.client, watch, { p: project, withMetrics: false });
      // Both ask workloads the same (the @include is decided at the gateway): one shared upstream.
      await waitFor('the shared upstream subscription', () => stack.workloads.events.subscribers(project) === 1);
      await waitFor('both client subscriptions', async () => (await activeGauge()) === 2);
      const callsBefore = stack.monitoring.entityCalls();
      stack.workloads.events.publish(project, { type: 'DELETED', pod: { namespace: project, name: 'job-x', phase: 'Succeeded' } });
      await withMetrics.until(1);
      await without.until(1);
      assert.deepEqual(withMetrics.events[0], { data: { changed: { kind: 'DELETED', pod: { podName: 'job-x', usage: { c: cpuOf('job-x') } } } } });
      assert.deepEqual(without.events[0], { data: { changed: { kind: 'DELETED', pod: { podName: 'job-x' } } } });
      assert.equal(stack.monitoring.entityCalls() - callsBefore, 1, 'monitoring is not asked when the field is excluded');
    } finally {
      await ws.client.dispose();
    }
  });

  test('a burst of events arrives complete and in order, even when some take longer to complete', async () => {
    const project = unique('proj');
    const ws = wsClient(stack.gateway.wsUrl, token);
    try {
      const rec = record(ws.client, 'subscription($p: String!) { podStatusChanged(project: $p) { pod { name metrics { cpu } } } }', { p: project });
      await waitFor('the upstream subscription', () => stack.workloads.events.subscribers(project) === 1);
      const names = Array.from({ length: 30 }, (_, i) => (i % 3 === 0 ? `slow-${i}` : `fast-${i}`));
      for (const name of names) stack.workloads.events.publish(project, { type: 'MODIFIED', pod: { namespace: project, name, phase: 'Running' } });
      await rec.until(names.length, 15_000);
      assert.deepEqual(
        rec.events.map((e) => e.data.podStatusChanged.pod),
        names.map((name) => ({ name, metrics: { cpu: cpuOf(name) } })),
      );
    } finally {
      await ws.client.dispose();
    }
  });

  test('events of another project do not arrive', async () => {
    const mine = unique('proj');
    const other = unique('proj');
    const ws = wsClient(stack.gateway.wsUrl, token);
    try {
      const rec = record(ws.client, 'subscription($p: String!) { podStatusChanged(project: $p) { type pod { name } } }', { p: mine });
      await waitFor('the upstream subscription', () => stack.workloads.events.subscribers(mine) === 1);
      stack.workloads.events.publish(other, { type: 'ADDED', pod: { namespace: other, name: 'theirs', phase: 'Running' } });
      stack.workloads.events.publish(mine, { type: 'ADDED', pod: { namespace: mine, name: 'ours', phase: 'Running' } });
      await rec.until(1);
      assert.deepEqual(rec.events, [{ data: { podStatusChanged: { type: 'ADDED', pod: { name: 'ours' } } } }]);
    } finally {
      await ws.client.dispose();
    }
  });

  test('completing the subscription, or disconnecting, closes the upstream subscription', async () => {
    const project = unique('proj');
    const ws = wsClient(stack.gateway.wsUrl, token);
    const first = record(ws.client, PODS_SUBSCRIPTION, { project });
    await waitFor('the first upstream subscription', () => stack.workloads.events.subscribers(project) === 1);
    first.unsubscribe();
    await waitFor('the upstream to end after complete', () => stack.workloads.events.subscribers(project) === 0);

    record(ws.client, PODS_SUBSCRIPTION, { project });
    record(ws.client, PODS_SUBSCRIPTION, { project });
    await waitFor('the gateway to count the two subscriptions it routes', async () => (await activeGauge()) === 2);
    await waitFor('identical subscriptions to share one upstream subscription', () => stack.workloads.events.subscribers(project) === 1);
    await ws.client.dispose(); // the browser tab goes away
    await waitFor('the upstreams to end after disconnect', () => stack.workloads.events.subscribers(project) === 0);
    await waitFor('the gauge to drop to zero', async () => (await activeGauge()) === 0);
  });

  test(`one connection may run at most ${MAX_OPERATIONS_PER_CONNECTION} operations at once`, async () => {
    const project = unique('proj');
    const ws = wsClient(stack.gateway.wsUrl, token);
    try {
      const recs = Array.from({ length: MAX_OPERATIONS_PER_CONNECTION }, () => record(ws.client, PODS_SUBSCRIPTION, { project }));
      await waitFor('all client subscriptions', async () => (await activeGauge()) === MAX_OPERATIONS_PER_CONNECTION, 20_000);
      await waitFor('the shared upstream subscription', () => stack.workloads.events.subscribers(project) === 1);
      const oneTooMany = record(ws.client, PODS_SUBSCRIPTION, { project });
      await oneTooMany.until(1);
      assert.equal((oneTooMany.error as { extensions: { code: string } }[])[0].extensions.code, 'BAD_USER_INPUT');
      assert.equal(await activeGauge(), MAX_OPERATIONS_PER_CONNECTION);
      assert.equal(stack.workloads.events.subscribers(project), 1, 'all of them share one upstream subscription');
      recs[0].unsubscribe();
      await waitFor('one client subscription to end', async () => (await activeGauge()) === MAX_OPERATIONS_PER_CONNECTION - 1);
      record(ws.client, PODS_SUBSCRIPTION, { project });
      await waitFor('the freed slot to be used', async () => (await activeGauge()) === MAX_OPERATIONS_PER_CONNECTION);
    } finally {
      await ws.client.dispose();
    }
    await waitFor('every upstream to end', () => stack.workloads.events.subscribers(project) === 0);
  });

  test('a subscription the subgraph refuses ends with the subgraph\'s error code', async () => {
    const ws = wsClient(stack.gateway.wsUrl); // anonymous: workloads requires a user
    try {
      const rec = record(ws.client, PODS_SUBSCRIPTION, { project: unique('proj') });
      await rec.until(1);
      const errors = rec.events[0]?.errors ?? rec.error;
      assert.ok(Array.isArray(errors), `expected errors, got ${JSON.stringify(rec)}`);
      assert.equal(errors[0].extensions.code, 'UNAUTHENTICATED');
    } finally {
      await ws.client.dispose();
    }
  });

  test('queries and mutations also work over graphql-ws, across subgraphs', async () => {
    const project = unique('proj');
    const ws = wsClient(stack.gateway.wsUrl, token);
    try {
      const query = record(ws.client, 'query($p: String!) { me pods(project: $p) { name seenBy metrics { cpu } } }', { p: project });
      await query.until(1);
      assert.deepEqual(query.events[0], {
        data: {
          me: 'alice',
          pods: [
            { name: 'web-1', seenBy: 'alice', metrics: { cpu: cpuOf('web-1') } },
            { name: 'web-22', seenBy: 'alice', metrics: { cpu: cpuOf('web-22') } },
          ],
        },
      });
      const mutation = record(ws.client, 'mutation($p: String!) { restartPod(project: $p, name: "web-1") { name phase metrics { cpu } } }', { p: project });
      await mutation.until(1);
      assert.deepEqual(mutation.events[0], { data: { restartPod: { name: 'web-1', phase: 'Pending', metrics: { cpu: cpuOf('web-1') } } } });
    } finally {
      await ws.client.dispose();
    }
  });

  test('variables are coerced at the gateway: defaults apply, wrong types are refused before any subgraph', async () => {
    const project = unique('proj');
    const ws = wsClient(stack.gateway.wsUrl, token);
    try {
      const query = `subscription($p: String = "${project}", $m: Boolean = true) { podStatusChanged(project: $p) { pod { name metrics @include(if: $m) { cpu } } } }`;
      const defaults = record(ws.client, query);
      await waitFor('the upstream subscription on the default project', () => stack.workloads.events.subscribers(project) === 1);
      stack.workloads.events.publish(project, { type: 'ADDED', pod: { namespace: project, name: 'd-1', phase: 'Running' } });
      await defaults.until(1);
      assert.deepEqual(defaults.events[0], { data: { podStatusChanged: { pod: { name: 'd-1', metrics: { cpu: cpuOf('d-1') } } } } });

      const wrong = record(ws.client, query, { p: 42 });
      await wrong.until(1);
      const errors = wrong.events[0]?.errors ?? wrong.error;
      assert.equal(errors?.[0]?.extensions?.code, 'BAD_USER_INPUT', JSON.stringify(wrong));
      assert.equal(stack.workloads.events.subscribers(project), 1, 'no second upstream subscription was opened');
    } finally {
      await ws.client.dispose();
    }
  });

  test('an invalid subscription is refused by validation, without reaching a subgraph', async () => {
    const ws = wsClient(stack.gateway.wsUrl, token);
    try {
      const rec = record(ws.client, 'subscription { podStatusChanged(project: "x") { nope } }');
      await rec.until(1);
      assert.ok(Array.isArray(rec.error), 'validation errors arrive as an error message');
      assert.match((rec.error as { message: string }[])[0].message, /nope/);
    } finally {
      await ws.client.dispose();
    }
  });
});

describe('a subgraph that goes away under a live subscription', () => {
  test('ends the client subscription with UPSTREAM_UNAVAILABLE naming the service once the ride-out time has passed', async () => {
    const stack = await startFixtureStack({ subscriptions: { rideOutMs: 1_000 } });
    try {
      const token = await login(stack.gateway.url, 'bob');
      const project = unique('proj');
      const ws = wsClient(stack.gateway.wsUrl, token);
      const rec = record(ws.client, PODS_SUBSCRIPTION, { project });
      await waitFor('the upstream subscription', () => stack.workloads.events.subscribers(project) === 1);
      stack.workloads.events.publish(project, { type: 'ADDED', pod: { namespace: project, name: 'a', phase: 'Running' } });
      await rec.until(1);
      await stack.workloads.stop();
      await rec.until(2, 10_000);
      assert.equal(rec.events.length, 1, 'the event before the outage arrived');
      const errors = rec.error as { message: string; extensions: Record<string, unknown> }[];
      assert.ok(Array.isArray(errors), `expected an error message, got ${JSON.stringify(rec)}`);
      assert.equal(errors[0].extensions.code, 'UPSTREAM_UNAVAILABLE');
      assert.equal(errors[0].extensions.service, 'workloads');
      assert.equal(ws.closed(), null, 'the client connection itself stays open');
      await ws.client.dispose();
    } finally {
      await stack.stop();
    }
  });

  test('events still arrive while a subgraph that adds fields is down: partial data plus UPSTREAM_UNAVAILABLE', async () => {
    const stack = await startFixtureStack();
    try {
      const token = await login(stack.gateway.url, 'dave');
      await stack.monitoring.stop();
      const project = unique('proj');
      const ws = wsClient(stack.gateway.wsUrl, token);
      const rec = record(ws.client, 'subscription($p: String!) { podStatusChanged(project: $p) { type pod { name metrics { cpu } } } }', { p: project });
      await waitFor('the upstream subscription', () => stack.workloads.events.subscribers(project) === 1);
      stack.workloads.events.publish(project, { type: 'ADDED', pod: { namespace: project, name: 'w-1', phase: 'Running' } });
      await rec.until(1);
      const event = rec.events[0];
      assert.deepEqual(event.data, { podStatusChanged: { type: 'ADDED', pod: { name: 'w-1', metrics: null } } });
      assert.equal(event.errors[0].extensions.code, 'UPSTREAM_UNAVAILABLE');
      assert.equal(event.errors[0].extensions.serviceName, 'monitoring');
      assert.equal(rec.completed, false, 'the subscription goes on');
      await ws.client.dispose();
    } finally {
      await stack.stop();
    }
  });

  test('a subscription to a subgraph that is down fails with UPSTREAM_UNAVAILABLE', async () => {
    const stack = await startFixtureStack();
    try {
      const token = await login(stack.gateway.url, 'carol');
      await stack.workloads.stop();
      const ws = wsClient(stack.gateway.wsUrl, token);
      const rec = record(ws.client, PODS_SUBSCRIPTION, { project: unique('proj') });
      await rec.until(1);
      const errors = rec.error as { extensions: Record<string, unknown> }[];
      assert.ok(Array.isArray(errors), `expected an error message, got ${JSON.stringify(rec)}`);
      assert.equal(errors[0].extensions.code, 'UPSTREAM_UNAVAILABLE');
      await ws.client.dispose();
    } finally {
      await stack.stop();
    }
  });
});
