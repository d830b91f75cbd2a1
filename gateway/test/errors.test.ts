import assert from 'node:assert/strict';
import { describe, test, beforeAll, afterAll } from 'vitest';
import { startFixtureStack, type FixtureStack } from './fixtures/index.ts';
import { gql, login, useFixtureStack } from './helpers.ts';
import { cpuOf } from './fixtures/monitoring.ts';

describe('a subgraph that is down', () => {
  let stack: FixtureStack;
  let token: string;
  beforeAll(async () => {
    stack = await startFixtureStack();
    token = await login(stack.gateway.url, 'erin');
    await stack.monitoring.stop();
  });
  afterAll(async () => stack.stop());

  test('costs only its own fields: partial data plus UPSTREAM_UNAVAILABLE naming the service', async () => {
    const res = await gql(stack.gateway.url, '{ me pods(project: "p") { name phase metrics { cpu } } }', {}, token);
    assert.equal(res.status, 200);
    assert.deepEqual(res.body.data, {
      me: 'erin',
      pods: [
        { name: 'web-1', phase: 'Running', metrics: null },
        { name: 'web-22', phase: 'Pending', metrics: null },
      ],
    });
    assert.ok(res.body.errors?.length);
    for (const error of res.body.errors!) {
      assert.equal(error.extensions?.code, 'UPSTREAM_UNAVAILABLE');
      assert.equal(error.extensions?.serviceName, 'monitoring');
      assert.doesNotMatch(error.message, /127\.0\.0\.1|ECONNREFUSED/, 'no internal addresses in client errors');
    }
  });

  test('/healthz reports the gateway degraded and names the subgraph that is down', async () => {
    const res = await fetch(new URL('/healthz', stack.gateway.url));
    assert.equal(res.status, 503);
    const body = (await res.json()) as { status: string; subgraphs: Record<string, { status: string }> };
    assert.equal(body.status, 'degraded');
    assert.equal(body.subgraphs.monitoring.status, 'down');
    assert.equal(body.subgraphs.workloads.status, 'ok');
    assert.equal(body.subgraphs.tenancy.status, 'ok');
  });
});

describe('errors from subgraphs and from the gateway', () => {
  const stack = useFixtureStack();

  test('a subgraph error keeps its code and message, and the data beside it survives', async () => {
    const res = await gql(stack().gateway.url, '{ me pods(project: "p") { name } }');
    assert.equal(res.status, 200);
    assert.deepEqual(res.body.data, null); // pods is non-null, so the null propagates to data
    assert.equal(res.body.errors?.[0].extensions?.code, 'UNAUTHENTICATED');
    assert.equal(res.body.errors?.[0].message, 'Sign in first: this request carries no valid session.');
    assert.deepEqual(res.body.errors?.[0].path, ['pods']);
  });

  test('/healthz is ok when every subgraph is', async () => {
    const res = await fetch(new URL('/healthz', stack().gateway.url));
    assert.equal(res.status, 200);
    const body = (await res.json()) as { status: string; subgraphs: Record<string, { status: string }> };
    assert.deepEqual(Object.keys(body.subgraphs).sort(), ['monitoring', 'tenancy', 'workloads']);
  });

  test('validation errors name the problem and carry a code; no stack traces leave the gateway', async () => {
    const res = await gql(stack().gateway.url, '{ pods(project: "p") { nope } }');
    assert.equal(res.status, 400);
    assert.equal(res.body.errors?.[0].extensions?.code, 'GRAPHQL_VALIDATION_FAILED');
    assert.match(res.body.errors![0].message, /nope/);
    assert.equal(res.body.errors?.[0].extensions?.stacktrace, undefined);
  });

  test('a subscription sent over HTTP is refused with a pointer to graphql-ws', async () => {
    const res = await gql(stack().gateway.url, 'subscription { podStatusChanged(project: "p") { type } }');
    assert.equal(res.body.errors?.[0].extensions?.code, 'BAD_USER_INPUT');
    assert.match(res.body.errors![0].message, /WebSocket/);
  });
});

describe('a subgraph that is too slow', () => {
  let stack: FixtureStack;
  beforeAll(async () => {
    stack = await startFixtureStack({ subgraphTimeoutMs: 500 });
  });
  afterAll(async () => stack.stop());

  test('counts as unavailable after the timeout, for its fields only', async () => {
    const token = await login(stack.gateway.url, 'frank');
    // The monitoring fixture takes 3 s for pods named stalled-*; the gateway waits 500 ms.
    const res = await gql(stack.gateway.url, 'mutation { restartPod(project: "p", name: "stalled-1") { name metrics { cpu } } }', {}, token);
    assert.deepEqual(res.body.data, { restartPod: { name: 'stalled-1', metrics: null } });
    assert.equal(res.body.errors?.[0].extensions?.code, 'UPSTREAM_UNAVAILABLE');
    assert.equal(res.body.errors?.[0].extensions?.serviceName, 'monitoring');
    const fast = await gql(stack.gateway.url, 'mutation { restartPod(project: "p", name: "fast-1") { name metrics { cpu } } }', {}, token);
    assert.deepEqual(fast.body, { data: { restartPod: { name: 'fast-1', metrics: { cpu: cpuOf('fast-1') } } } });
  });
});
