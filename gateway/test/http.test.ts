import assert from 'node:assert/strict';
import { describe, test, beforeAll, afterAll } from 'vitest';
import { startFixtureStack, type FixtureStack } from './fixtures/index.ts';
import { gql, wsClient, record } from './helpers.ts';
import WebSocket from 'ws';

describe('the gateway\'s HTTP surface', () => {
  let stack: FixtureStack;
  beforeAll(async () => {
    stack = await startFixtureStack({ origins: ['http://console.test:3000'] });
  });
  afterAll(async () => stack.stop());

  test('CORS admits the console\'s origin and no other', async () => {
    const preflight = (origin: string) =>
      fetch(stack.gateway.url, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' },
      });
    const allowed = await preflight('http://console.test:3000');
    assert.equal(allowed.status, 204);
    assert.equal(allowed.headers.get('access-control-allow-origin'), 'http://console.test:3000');
    assert.match(allowed.headers.get('access-control-allow-headers') ?? '', /authorization/);
    const other = await preflight('http://evil.test');
    assert.equal(other.headers.get('access-control-allow-origin'), null);

    const post = await fetch(stack.gateway.url, {
      method: 'POST',
      headers: { origin: 'http://console.test:3000', 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ me }' }),
    });
    assert.equal(post.headers.get('access-control-allow-origin'), 'http://console.test:3000');
  });

  test('a WebSocket from another site\'s page is refused; the console\'s is accepted', async () => {
    const open = (origin: string) =>
      new Promise<string>((resolve) => {
        const socket = new WebSocket(stack.gateway.wsUrl, 'graphql-transport-ws', { origin });
        socket.on('open', () => {
          socket.close();
          resolve('open');
        });
        socket.on('unexpected-response', (_req, res) => resolve(`refused ${res.statusCode}`));
        socket.on('error', () => resolve('error'));
      });
    assert.equal(await open('http://evil.test'), 'refused 401');
    assert.equal(await open('http://console.test:3000'), 'open');
  });

  test('/metrics exposes operation timings and error counts by code', async () => {
    await gql(stack.gateway.url, '{ me }');
    await gql(stack.gateway.url, '{ pods(project: "p") { name } }'); // UNAUTHENTICATED
    const text = await (await fetch(new URL('/metrics', stack.gateway.url))).text();
    assert.match(text, /meridian_graphql_operation_duration_seconds_count\{[^}]*service="gateway"[^}]*\} [1-9]/);
    assert.match(text, /meridian_graphql_errors_total\{code="UNAUTHENTICATED"[^}]*\} [1-9]/);
  });

  test('stop() closes live WebSocket connections', async () => {
    const local = await startFixtureStack();
    const ws = wsClient(local.gateway.wsUrl);
    const rec = record(ws.client, '{ me }');
    await rec.until(1);
    await local.stop();
    const closed = await ws.waitClosed();
    assert.equal(closed.code, 1001);
  });
});
