import assert from 'node:assert/strict';
import { describe, test, beforeAll, afterAll } from 'vitest';
import { callSubgraph } from '@meridian/core/testing';
import { startFixtureStack, type FixtureStack } from './fixtures/index.ts';
import { gql, login, record, unique, useFixtureStack, waitFor, wsClient } from './helpers.ts';

describe('identity at the gateway', () => {
  let stack: FixtureStack;
  beforeAll(async () => {
    stack = await startFixtureStack({ identityCacheMs: 300 });
  });
  afterAll(async () => stack.stop());

  test('without a token the caller is anonymous, so login works and user-only fields refuse', async () => {
    const anonymous = await gql(stack.gateway.url, '{ me }');
    assert.equal(anonymous.status, 200);
    assert.deepEqual(anonymous.body, { data: { me: null } });
    const refused = await gql(stack.gateway.url, '{ pods(project: "x") { name } }');
    assert.equal(refused.body.errors?.[0].extensions?.code, 'UNAUTHENTICATED');
    assert.ok(await login(stack.gateway.url, 'dora'));
  });

  test('the session\'s identity reaches every subgraph a request touches', async () => {
    const user = unique('user');
    const token = await login(stack.gateway.url, user);
    const res = await gql(stack.gateway.url, '{ me pods(project: "p") { seenBy metrics { seenBy } } }', {}, token);
    assert.equal(res.status, 200);
    assert.deepEqual(res.body, {
      data: { me: user, pods: [{ seenBy: user, metrics: { seenBy: user } }, { seenBy: user, metrics: { seenBy: user } }] },
    });
  });

  test('a token tenancy does not know fails the whole request with 401 UNAUTHENTICATED', async () => {
    for (const authorization of ['Bearer sess-made-up', 'Basic dXNlcjpwYXNz']) {
      const res = await fetch(stack.gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization },
        body: JSON.stringify({ query: '{ me }' }),
      });
      assert.equal(res.status, 401, authorization);
      const body = (await res.json()) as { data?: unknown; errors: { extensions: { code: string } }[] };
      assert.equal(body.errors[0].extensions.code, 'UNAUTHENTICATED');
      assert.equal(body.data, undefined, 'no data at all, not even anonymous data');
    }
  });

  test('tenancy is asked once per token within the cache window, and a revoked session stops working after it', async () => {
    const token = await login(stack.gateway.url, unique('user'));
    const before = stack.tenancy.identityLookups();
    const results = await Promise.all([1, 2, 3].map(() => gql(stack.gateway.url, '{ me }', {}, token)));
    assert.ok(results.every((r) => r.status === 200));
    assert.equal(stack.tenancy.identityLookups() - before, 1, 'concurrent requests share one lookup');

    stack.tenancy.revoke(token);
    await new Promise((r) => setTimeout(r, 400)); // longer than identityCacheMs
    const afterRevoke = await gql(stack.gateway.url, '{ me }', {}, token);
    assert.equal(afterRevoke.status, 401);
  });

  test('over WebSocket the token travels in connection_init, and a bad one closes the socket with 4401', async () => {
    const user = unique('user');
    const token = await login(stack.gateway.url, user);
    const good = wsClient(stack.gateway.wsUrl, token);
    const me = record(good.client, '{ me }');
    await me.until(1);
    assert.deepEqual(me.events[0], { data: { me: user } });
    await good.client.dispose();

    const bad = wsClient(stack.gateway.wsUrl, 'sess-made-up');
    const refused = record(bad.client, '{ me }');
    const closed = await bad.waitClosed();
    assert.equal(closed.code, 4401);
    await waitFor('the refused operation to end', () => refused.error !== undefined || refused.completed);
    assert.equal(refused.events.length, 0);
    await bad.client.dispose();
  });

  test('a session revoked while its socket is open closes the socket: no new operations on it', async () => {
    const token = await login(stack.gateway.url, unique('user'));
    const ws = wsClient(stack.gateway.wsUrl, token, { keepOpen: true });
    const first = record(ws.client, '{ me }');
    await first.until(1);
    assert.ok(first.events[0].data.me);
    stack.tenancy.revoke(token);
    // The socket re-checks its session every identity-cache period (300 ms here) and closes.
    const closed = await ws.waitClosed(2_000);
    assert.equal(closed.code, 4401);
    await ws.client.dispose();
    // A new socket with the same token is refused at connection_init.
    const again = wsClient(stack.gateway.wsUrl, token);
    const second = record(again.client, '{ me }');
    assert.equal((await again.waitClosed()).code, 4401);
    assert.equal(second.events.length, 0);
    await again.client.dispose();
  });
});

describe('when tenancy is down', () => {
  test('a request with a token gets 503 UPSTREAM_UNAVAILABLE, a socket closes with 1013; anonymous requests still work', async () => {
    const stack = await startFixtureStack();
    try {
      const token = await login(stack.gateway.url, unique('user'));
      await stack.tenancy.stop();
      const res = await gql(stack.gateway.url, '{ pods(project: "p") { name } }', {}, token);
      assert.equal(res.status, 503);
      assert.equal(res.body.errors?.[0].extensions?.code, 'UPSTREAM_UNAVAILABLE');
      const ws = wsClient(stack.gateway.wsUrl, token);
      record(ws.client, '{ __typename }');
      assert.equal((await ws.waitClosed()).code, 1013);
      await ws.client.dispose();
      const anonymous = await gql(stack.gateway.url, '{ __typename }');
      assert.deepEqual(anonymous.body, { data: { __typename: 'Query' } });
    } finally {
      await stack.stop();
    }
  });
});

describe('subgraphs only answer the gateway', () => {
  const stack = useFixtureStack();

  test('an HTTP request straight to a subgraph without the signed identity gets 401', async () => {
    const res = await callSubgraph(stack().workloads.url, '{ __typename }');
    assert.equal(res.status, 401);
    assert.equal(res.errors?.[0].extensions?.code, 'UNAUTHENTICATED');
    const forged = await fetch(stack().workloads.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-meridian-identity': 'not-a-signature' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    assert.equal(forged.status, 401);
  });

  test('a WebSocket connection straight to a subgraph without the signed identity is refused', async () => {
    const direct = wsClient(stack().workloads.url.replace(/^http/, 'ws'));
    const rec = record(direct.client, 'subscription { podStatusChanged(project: "x") { type } }');
    const closed = await direct.waitClosed();
    assert.equal(closed.code, 4403);
    assert.equal(rec.events.length, 0);
    await direct.client.dispose();
  });
});
