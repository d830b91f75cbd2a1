/**
 * WebSocket and introspection limits (issue #7): connections per user and per address,
 * anonymous sockets closed after a grace period, introspection only for signed-in callers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureStack, type FixtureStack } from './fixtures/index.ts';
import { gql, login, record, wsClient } from './helpers.ts';

let stack: FixtureStack;
beforeAll(async () => {
  stack = await startFixtureStack({ sockets: { perUser: 3, perAddress: 6, anonymousMs: 1_000 } });
});
afterAll(async () => stack.stop());

describe('WebSocket connections', () => {
  it('a user may hold only so many; closing one frees its place', async () => {
    const token = await login(stack.gateway.url, 'wendy');
    const open = [1, 2, 3].map(() => wsClient(stack.gateway.wsUrl, token, { keepOpen: true }));
    try {
      for (const ws of open) await record(ws.client, '{ me }').until(1);
      const extra = wsClient(stack.gateway.wsUrl, token, { keepOpen: true });
      expect((await extra.waitClosed()).code).toBe(4429);
      await open[0].client.dispose();
      await new Promise((r) => setTimeout(r, 200));
      const again = wsClient(stack.gateway.wsUrl, token, { keepOpen: true });
      const rec = record(again.client, '{ me }');
      await rec.until(1);
      expect(rec.events[0]).toEqual({ data: { me: 'wendy' } });
      await again.client.dispose();
    } finally {
      for (const ws of open) await ws.client.dispose();
    }
  });

  it('one address may hold only so many', async () => {
    const users = await Promise.all(['ann', 'ben', 'cat', 'dan', 'eve', 'fay'].map((u) => login(stack.gateway.url, u)));
    const open = users.map((t) => wsClient(stack.gateway.wsUrl, t, { keepOpen: true }));
    try {
      for (const ws of open) await record(ws.client, '{ me }').until(1);
      const extra = wsClient(stack.gateway.wsUrl, users[0], { keepOpen: true });
      expect((await extra.waitClosed()).code).toBe(4429);
    } finally {
      for (const ws of open) await ws.client.dispose();
    }
  });

  it('an anonymous socket is closed after the grace period; a signed-in one stays', async () => {
    const token = await login(stack.gateway.url, 'gus');
    const anonymous = wsClient(stack.gateway.wsUrl, undefined, { keepOpen: true });
    const signedIn = wsClient(stack.gateway.wsUrl, token, { keepOpen: true });
    try {
      await record(anonymous.client, '{ me }').until(1); // usable at first
      expect((await anonymous.waitClosed(5_000)).code).toBe(4401);
      expect(signedIn.closed()).toBeNull();
      await record(signedIn.client, '{ me }').until(1);
    } finally {
      await signedIn.client.dispose();
      await anonymous.client.dispose();
    }
  });
});

describe('introspection', () => {
  const INTROSPECT = '{ __schema { queryType { name } } }';
  it('is refused to anonymous callers, also through a fragment', async () => {
    const res = await gql(stack.gateway.url, INTROSPECT);
    expect(res.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const hidden = await gql(stack.gateway.url, 'query { ...F } fragment F on Query { __type(name: "Query") { name } }');
    expect(hidden.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('is answered for signed-in callers', async () => {
    const token = await login(stack.gateway.url, 'hal');
    const res = await gql(stack.gateway.url, INTROSPECT, {}, token);
    expect(res.body).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
  });
});
