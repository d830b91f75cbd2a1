/**
 * Ending a session or a grant ends its live subscriptions (issue #7): within the identity cache
 * time, a logged-out user's sockets close with 4401 and a user whose grants shrank is cut off
 * with 4403 (the console reconnects and resubscribes under what it may now see). Grants that
 * only grow leave running subscriptions alone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureStack, type FixtureStack } from './fixtures/index.ts';
import { login, record, unique, waitFor, wsClient } from './helpers.ts';

const CACHE_MS = 300;
const PODS = 'subscription Pods($project: String!) { podStatusChanged(project: $project) { type pod { name } } }';

let stack: FixtureStack;
beforeAll(async () => {
  stack = await startFixtureStack({ identityCacheMs: CACHE_MS });
});
afterAll(async () => stack.stop());

/** A user subscribed to project "p", with one event already received. */
async function subscribed() {
  const token = await login(stack.gateway.url, unique('user'));
  const ws = wsClient(stack.gateway.wsUrl, token, { keepOpen: true });
  const rec = record(ws.client, PODS, { project: 'p' });
  await waitFor('the upstream subscription', () => stack.workloads.events.subscribers('p') > 0);
  stack.workloads.events.publish('p', { type: 'ADDED', pod: { namespace: 'p', name: 'before', phase: 'Pending' } });
  await rec.until(1);
  return { token, ws, rec };
}

describe('a live subscription', () => {
  it('ends when the user logs out (session revoked), within the identity cache time', async () => {
    const { token, ws, rec } = await subscribed();
    const upstream = stack.workloads.events.subscribers('p');
    stack.tenancy.revoke(token);
    const started = Date.now();
    expect((await ws.waitClosed(CACHE_MS * 4 + 2_000)).code).toBe(4401);
    console.log(`socket closed ${Date.now() - started} ms after logout (identity cache ${CACHE_MS} ms)`);
    stack.workloads.events.publish('p', { type: 'ADDED', pod: { namespace: 'p', name: 'after', phase: 'Pending' } });
    await new Promise((r) => setTimeout(r, 100));
    expect(rec.events.map((e) => e.data?.podStatusChanged.pod.name)).toEqual(['before']);
    await waitFor('its upstream subscription to end', () => stack.workloads.events.subscribers('p') === upstream - 1);
    await ws.client.dispose();
  });

  it('ends when the user is removed from the project', async () => {
    const { token, ws, rec } = await subscribed();
    stack.tenancy.regrant(token, { projects: {}, workspaces: {} });
    expect((await ws.waitClosed(CACHE_MS * 4 + 2_000)).code).toBe(4403);
    stack.workloads.events.publish('p', { type: 'ADDED', pod: { namespace: 'p', name: 'after', phase: 'Pending' } });
    await new Promise((r) => setTimeout(r, 100));
    expect(rec.events).toHaveLength(1);
    await ws.client.dispose();
  });

  it('goes on when the user only gains a grant', async () => {
    const { token, ws, rec } = await subscribed();
    stack.tenancy.regrant(token, { projects: { p: 'viewer', q: 'admin' }, workspaces: {} });
    await new Promise((r) => setTimeout(r, CACHE_MS * 3));
    expect(ws.closed()).toBeNull();
    stack.workloads.events.publish('p', { type: 'MODIFIED', pod: { namespace: 'p', name: 'later', phase: 'Running' } });
    await rec.until(2);
    expect(rec.events[1].data?.podStatusChanged.pod.name).toBe('later');
    await ws.client.dispose();
  });
});
