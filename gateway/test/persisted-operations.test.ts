/**
 * Persisted operations: the console's operations are known to the gateway by their SHA-256
 * (web/src/gql/persisted-documents.json). A known id runs; an unknown one is
 * PERSISTED_QUERY_NOT_FOUND; in `browsers` mode a request with an Origin may send only manifest
 * operations (by id or exact text), over HTTP and graphql-ws, while scripts without one may send
 * anything; `all` limits everyone, `off` no one. Ids still pass through the query limits with
 * their variables, and nothing a client sends registers a new id (no automatic persisted queries).
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, test, beforeAll, afterAll } from 'vitest';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { startGateway, type RunningGateway } from '../src/server.ts';
import { CONSOLE_MANIFEST_PATH, loadPersistedOperations, type PersistedMode } from '../src/persisted/manifest.ts';
import { startFixtureStack, type FixtureStack } from './fixtures/index.ts';
import { login } from './helpers.ts';

const CONSOLE = 'http://console.test:3000';
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

const ME = 'query Me { me }';
const PODS = 'query Pods { pods(project: "p") { name } }';
const LIVE = 'subscription Live { podStatusChanged(project: "p") { type } }';
const LOGIN = 'mutation($u: String!) { login(username: $u) }'; // what the helpers' login sends
const manifest = Object.fromEntries([ME, PODS, LIVE, LOGIN].map((text) => [`sha256:${sha256(text)}`, text]));

interface Answer {
  status: number;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

async function post(url: string, body: Record<string, unknown>, opts: { token?: string; origin?: string } = {}): Promise<Answer> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}), ...(opts.origin ? { origin: opts.origin } : {}) },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Answer['body'] };
}

const byHash = (text: string) => ({ extensions: { persistedQuery: { version: 1, sha256Hash: sha256(text) } } });
const code = (a: Answer) => a.body.errors?.[0]?.extensions?.code;

/** A graphql-ws client whose socket carries an Origin header, as a browser's does. */
function socketClient(wsUrl: string, token: string, origin?: string): Client {
  class Socket extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, origin ? { origin } : {});
    }
  }
  return createClient({ url: wsUrl, webSocketImpl: Socket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0, lazy: false, onNonLazyError: () => undefined });
}

/** The first result of an operation over graphql-ws, or the errors it ended with. */
function firstResult(client: Client, payload: { query: string; extensions?: Record<string, unknown> }): Promise<{ data?: unknown; errors?: { extensions?: Record<string, unknown> }[] }> {
  return new Promise((resolve) => {
    client.subscribe(payload, { next: (value) => resolve(value as never), error: (errors) => resolve({ errors: errors as never }), complete: () => undefined });
  });
}

describe('persisted operations', () => {
  const stacks: FixtureStack[] = [];
  const start = async (mode: PersistedMode) => {
    const stack = await startFixtureStack({ origins: [CONSOLE], persistedOperations: loadPersistedOperations({ mode, manifest }) });
    stacks.push(stack);
    return { url: stack.gateway.url, wsUrl: stack.gateway.wsUrl, token: await login(stack.gateway.url, 'alice') };
  };
  afterAll(async () => Promise.all(stacks.map((s) => s.stop())));

  describe('browsers (the default)', () => {
    let gw: Awaited<ReturnType<typeof start>>;
    beforeAll(async () => {
      gw = await start('browsers');
    });

    test('a known id runs without its text, as Apollo-style extensions or as a documentId', async () => {
      const apollo = await post(gw.url, byHash(ME), { token: gw.token, origin: CONSOLE });
      assert.equal(apollo.status, 200);
      assert.deepEqual(apollo.body, { data: { me: 'alice' } });
      const documentId = await post(gw.url, { documentId: `sha256:${sha256(PODS)}` }, { token: gw.token, origin: CONSOLE });
      assert.equal(documentId.body.errors, undefined, JSON.stringify(documentId.body.errors));
      assert.ok(Array.isArray(documentId.body.data?.pods));
    });

    test('an unknown id is PERSISTED_QUERY_NOT_FOUND, from a browser or a script', async () => {
      for (const origin of [CONSOLE, undefined]) {
        const res = await post(gw.url, byHash('query Other { me }'), { token: gw.token, origin });
        assert.equal(res.status, 400);
        assert.equal(code(res), 'PERSISTED_QUERY_NOT_FOUND');
      }
    });

    test('a browser sending text outside the manifest is refused; the same from a script runs', async () => {
      const text = { query: '{ me pods(project: "p") { name } }' };
      const browser = await post(gw.url, text, { token: gw.token, origin: CONSOLE });
      assert.equal(browser.status, 400);
      assert.equal(code(browser), 'PERSISTED_QUERY_REQUIRED');
      assert.equal(browser.body.data, undefined);
      const script = await post(gw.url, text, { token: gw.token });
      assert.equal(script.status, 200);
      assert.equal(script.body.data?.me, 'alice');
    });

    test("a browser may send a manifest operation's exact text", async () => {
      const exact = await post(gw.url, { query: ME }, { token: gw.token, origin: CONSOLE });
      assert.deepEqual(exact.body, { data: { me: 'alice' } });
      const reformatted = await post(gw.url, { query: `${ME} ` }, { token: gw.token, origin: CONSOLE });
      assert.equal(code(reformatted), 'PERSISTED_QUERY_REQUIRED');
    });

    test('the id decides: text sent beside a known id is not what runs', async () => {
      const res = await post(gw.url, { query: '{ pods(project: "p") { name } }', ...byHash(ME) }, { token: gw.token, origin: CONSOLE });
      assert.deepEqual(res.body, { data: { me: 'alice' } });
    });

    test('no automatic persisted queries: text with its hash registers nothing', async () => {
      const other = 'query Registered { me }';
      const first = await post(gw.url, { query: other, ...byHash(other) }, { token: gw.token });
      assert.equal(code(first), 'PERSISTED_QUERY_NOT_FOUND');
      const again = await post(gw.url, byHash(other), { token: gw.token });
      assert.equal(code(again), 'PERSISTED_QUERY_NOT_FOUND');
    });

    test('over graphql-ws: a browser socket runs ids (also subscriptions) but not other text; a script socket runs text', async () => {
      const browser = socketClient(gw.wsUrl, gw.token, CONSOLE);
      const script = socketClient(gw.wsUrl, gw.token);
      try {
        const known = await firstResult(browser, { query: '', ...byHash(ME) });
        assert.deepEqual(known, { data: { me: 'alice' } });
        const refused = await firstResult(browser, { query: '{ me }' });
        assert.equal(refused.errors?.[0]?.extensions?.code, 'PERSISTED_QUERY_REQUIRED');
        const unknown = await firstResult(browser, { query: '', ...byHash('query Nope { me }') });
        assert.equal(unknown.errors?.[0]?.extensions?.code, 'PERSISTED_QUERY_NOT_FOUND');
        const allowed = await firstResult(script, { query: '{ me }' });
        assert.deepEqual(allowed, { data: { me: 'alice' } });

        // A persisted subscription is accepted and routed (the fixture sends events on demand;
        // accepted here means no refusal arrives while it is open).
        let outcome: unknown = 'open';
        const stop = browser.subscribe({ query: '', ...byHash(LIVE) }, { next: () => undefined, error: (e) => (outcome = e), complete: () => undefined });
        const refusedSub = await firstResult(browser, { query: LIVE.replace('Live', 'Other') });
        assert.equal(refusedSub.errors?.[0]?.extensions?.code, 'PERSISTED_QUERY_REQUIRED');
        stop();
        assert.equal(outcome, 'open');
      } finally {
        await Promise.all([browser.dispose(), script.dispose()]);
      }
    });
  });

  test('all: every caller is limited to the manifest; off: no one is', async () => {
    const all = await start('all');
    const scriptText = await post(all.url, { query: '{ me }' }, { token: all.token });
    assert.equal(code(scriptText), 'PERSISTED_QUERY_REQUIRED');
    assert.deepEqual((await post(all.url, byHash(ME), { token: all.token })).body, { data: { me: 'alice' } });

    const off = await start('off');
    assert.deepEqual((await post(off.url, { query: '{ me }' }, { token: off.token, origin: CONSOLE })).body, { data: { me: 'alice' } });
    assert.deepEqual((await post(off.url, byHash(ME), { token: off.token, origin: CONSOLE })).body, { data: { me: 'alice' } });
  });

  describe('with the product schema', () => {
    const NOWHERE = 'http://127.0.0.1:9/graphql';
    const PAGE = 'query Page($first: Int) { project(name: "p") { pods(first: $first) { nodes { name } } } }';
    let gateway: RunningGateway;
    beforeAll(async () => {
      gateway = await startGateway({
        port: 0,
        subgraphUrls: Object.fromEntries(['tenancy', 'workloads', 'monitoring', 'logging', 'devops', 'appstore'].map((n) => [n, NOWHERE])),
        persistedOperations: loadPersistedOperations({ mode: 'browsers', manifest: { [`sha256:${sha256(PAGE)}`]: PAGE } }),
      });
    });
    afterAll(async () => gateway?.stop());

    test('a persisted operation is checked against the limits with its variables', async () => {
      const res = await post(gateway.url, { ...byHash(PAGE), variables: { first: 1_000_000 } }, { origin: CONSOLE });
      assert.equal(res.status, 400);
      assert.equal(code(res), 'QUERY_LIMIT_EXCEEDED');
      assert.equal(res.body.errors?.[0]?.extensions?.limit, 'pageSize');
    });
  });

  test("the console's manifest loads: every id is the SHA-256 of its text, and the console's operations are in it", () => {
    const ops = loadPersistedOperations({ mode: 'browsers' });
    const file = JSON.parse(readFileSync(CONSOLE_MANIFEST_PATH, 'utf8')) as Record<string, string>;
    assert.equal(ops.byHash.size, Object.keys(file).length);
    assert.ok([...ops.byHash.values()].some((text) => /\bquery Viewer\b/.test(text)));
    assert.ok([...ops.byHash.values()].some((text) => /\bsubscription PodStatusChanged\b/.test(text)));
    assert.throws(() => loadPersistedOperations({ mode: 'browsers', manifest: { [`sha256:${sha256('query A { me }')}`]: 'query B { me }' } }), /not the SHA-256/);
    assert.throws(() => loadPersistedOperations({ mode: 'all', file: '/nonexistent/persisted.json' }), /needs the console's operation manifest/);
  });
});
