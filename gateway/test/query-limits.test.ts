/**
 * Query limits (issue #7): the gateway refuses operations that would exhaust the process
 * (depth, aliases, directives, tokens, size, cost, page size) with a typed error, on HTTP and
 * WebSocket, before any subgraph is called. The gateway here runs the real committed
 * supergraph; its subgraph URLs point at a server that counts every request it receives, which
 * must stay at zero.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { buildSchema, print, type DocumentNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, SUBGRAPHS } from '@meridian/core';
import { startGateway, type RunningGateway } from '../src/server.ts';
import { checkOperation, queryLimitsFromEnv } from '../src/limits/query-limits.ts';
import { wsClient } from './helpers.ts';

const apiSchema = buildSchema(readFileSync(`${REPO_ROOT}/schema/api.graphql`, 'utf8'));
const limits = queryLimitsFromEnv();

/** workspaces → projects → workspace → projects …, the shape that once took 4 GB at 25 levels. */
function nested(levels: number, first = 50): string {
  let inner = 'name';
  for (let i = 0; i < levels; i++) {
    inner = `workspace { name projects(first: ${first}) { edges { node { name ${inner} } } } }`;
  }
  return `{ workspaces(first: ${first}) { edges { node { name projects(first: ${first}) { edges { node { ${inner} } } } } } } }`;
}

let counted = 0;
let counter: http.Server;
let gateway: RunningGateway;

beforeAll(async () => {
  counter = http.createServer((req, res) => {
    counted++;
    res.writeHead(500).end();
  });
  await new Promise<void>((resolve) => counter.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(counter.address() as AddressInfo).port}/graphql`;
  gateway = await startGateway({ port: 0, subgraphUrls: Object.fromEntries(SUBGRAPHS.map((name) => [name, url])) });
});
afterAll(async () => {
  await gateway?.stop();
  counter?.close();
});

async function post(query: string, variables?: Record<string, unknown>) {
  const started = performance.now();
  const res = await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { errors?: { message: string; extensions: { code: string; limit?: string } }[] };
  return { status: res.status, body, ms: performance.now() - started };
}

const attacks: [string, string, RegExp, Record<string, unknown>?][] = [
  // 2,000 aliases are over several limits at once (size, tokens, aliases): any of them may say no.
  ['2,000 aliases', `{ ${Array.from({ length: 2000 }, (_, i) => `a${i}: me { username }`).join(' ')} }`, /^(aliases|tokens|bytes)$/],
  [`${limits.aliases + 1} aliases`, `{ ${Array.from({ length: limits.aliases + 1 }, (_, i) => `a${i}: me { username }`).join(' ')} }`, /^aliases$/],
  ['nested 100 levels', nested(100), /^(depth|tokens|bytes)$/],
  ['the 25-level query that killed the product', nested(25), /^depth$/],
  ['first: 1000000', '{ workspaces(first: 1000000) { edges { node { name } } } }', /^pageSize$/],
  ['first: 1000000 in a variable', 'query W($n: Int) { workspaces(first: $n) { edges { node { name } } } }', /^pageSize$/, { n: 1_000_000 }],
  ['nested pages multiplying past the cost limit', '{ workspaces(first: 500) { edges { node { projects(first: 500) { edges { node { name } } } } } } }', /^cost$/],
  [`${limits.directives + 1} directives`, `{ me ${'@skip(if: false) '.repeat(limits.directives + 1)} { username } }`, /^directives$/],
  ['100 KB of query text', `{ me { username } } # ${'x'.repeat(100_000)}`, /^bytes$/],
];

describe('over HTTP', () => {
  it.each(attacks)('%s is refused with QUERY_LIMIT_EXCEEDED before any subgraph is called', async (_name, query, limit, variables) => {
    const before = counted;
    const res = await post(query, variables);
    console.log(`${_name}: refused in ${res.ms.toFixed(1)} ms`);
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0].extensions.code).toBe('QUERY_LIMIT_EXCEEDED');
    expect(res.body.errors?.[0].extensions.limit).toMatch(limit);
    expect(res.body.errors?.[0].message.length).toBeGreaterThan(10);
    expect(counted).toBe(before);
  });

  it('a token-heavy query is refused by the parser limit', async () => {
    const query = `{ me { ${'a '.repeat(limits.tokens)} } }`;
    const res = await post(query);
    expect(res.body.errors?.[0].extensions).toMatchObject({ code: 'QUERY_LIMIT_EXCEEDED', limit: 'tokens' });
  });

  it('the 25-level query leaves the heap where it was', async () => {
    const query = nested(25);
    global.gc?.();
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < 20; i++) await post(query);
    global.gc?.();
    const grownMb = (process.memoryUsage().heapUsed - before) / 2 ** 20;
    console.log(`heap after 20 refused 25-level queries: ${grownMb.toFixed(1)} MiB more`);
    expect(grownMb).toBeLessThan(64); // the unprotected gateway grew by gigabytes
  });

  it('an ordinary query passes the limits and reaches the subgraphs', async () => {
    const before = counted;
    const res = await post('{ workspaces(first: 20) { edges { node { name projects(first: 20) { edges { node { name } } } } } } }');
    expect(res.body.errors?.[0].extensions.code).not.toBe('QUERY_LIMIT_EXCEEDED');
    expect(counted).toBeGreaterThan(before); // it was let through (the counting subgraph answers 500)
  });
});

describe('over WebSocket', () => {
  it('a subscribe message over the limits is refused with the same typed error', async () => {
    const { client } = wsClient(gateway.wsUrl);
    try {
      const errors = await new Promise<unknown>((resolve) => {
        client.subscribe({ query: nested(25) }, { next: () => undefined, error: resolve, complete: () => resolve(null) });
      });
      expect((errors as { extensions: { code: string } }[])[0].extensions.code).toBe('QUERY_LIMIT_EXCEEDED');
    } finally {
      await client.dispose();
    }
  });

  it('a message larger than the HTTP body limit closes the socket instead of being read', async () => {
    const { WebSocket } = await import('ws');
    const socket = new WebSocket(gateway.wsUrl, 'graphql-transport-ws');
    await new Promise((resolve) => socket.once('open', resolve));
    const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
    socket.send(JSON.stringify({ type: 'connection_init', payload: { pad: 'x'.repeat(4 * 1024 * 1024) } }));
    expect(await closed).toBe(1009); // "message too big"
  });
});

describe("the console's own operations", () => {
  it('all pass the limits', async () => {
    const generated = (await import('../../web/src/gql/graphql.ts')) as Record<string, unknown>;
    const documents = Object.entries(generated).filter(([name, v]) => name.endsWith('Document') && (v as DocumentNode)?.kind === 'Document');
    expect(documents.length).toBeGreaterThan(5);
    for (const [name, doc] of documents) {
      const checked = checkOperation(apiSchema, limits, print(doc as DocumentNode), undefined, {});
      expect('errors' in checked ? `${name}: ${checked.errors.map((e) => e.message).join('; ')}` : 'ok').toBe('ok');
    }
  });
});
