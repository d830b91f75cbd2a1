import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getOperationAST, parse } from 'graphql';
import { ANONYMOUS, config, createLogger, normalizeIdentity, verifyIdentity, type Identity } from '@meridian/core';
import { SubgraphDataSource } from '../src/dataSource.ts';
import { createPlanExecutor } from '../src/execution/executor.ts';
import { InFlight, identityScope } from '../src/execution/in-flight.ts';
import { LruCache } from '../src/execution/lru.ts';
import { MergedData } from '../src/execution/merge.ts';
import { requestIdentity } from '../src/identity.ts';
import { loadSupergraph } from '../src/supergraph.ts';
import { startShop, type Shop } from './fixtures/shop.ts';

const log = createLogger('gateway-test');
const alice = normalizeIdentity({ kind: 'user', userId: 'u-alice', username: 'alice', platformRole: 'platform-regular', workspaces: { acme: 'workspace-viewer' }, projects: {} });
const bob = normalizeIdentity({ kind: 'user', userId: 'u-bob', username: 'bob', platformRole: 'platform-regular', workspaces: { globex: 'workspace-viewer' }, projects: {} });
const contextOf = (identity: Identity, requestId = 'r') => ({ auth: requestIdentity(identity, config.internalKey), requestId });

const TOP = '{ topProducts(first: 3) { upc name } }';
const ADD = 'mutation { addReview(upc: "1", body: "again") { id } }';

describe('subgraph calls', () => {
  let shop: Shop;
  beforeAll(async () => {
    shop = await startShop();
  });
  afterAll(async () => shop?.stop());

  const source = (name: keyof Shop['servers'], timeoutMs = 5_000) => new SubgraphDataSource(name, shop.servers[name].url, log, timeoutMs);

  it('identical queries of one caller in flight together share one request, and each caller gets the whole answer', async () => {
    const products = source('products');
    shop.resetCounts();
    const calls = await Promise.all(Array.from({ length: 10 }, (_, i) => products.call({ query: TOP, mutation: false, context: contextOf(alice, `req-${i}`) })));
    expect(shop.servers.products.requests).toBe(1);
    for (const call of calls) expect(call.result).toEqual({ data: { topProducts: [1, 2, 3].map((n) => ({ upc: String(n), name: `Product ${n}` })) } });
    expect(products.inFlight.size).toBe(0); // nothing kept once answered
    await products.close();
  });

  it('never shares between different identities: each caller is asked about with their own signed identity', async () => {
    const products = source('products');
    shop.resetCounts();
    const readOnlyAlice = normalizeIdentity({ ...alice, readOnly: true });
    await Promise.all(
      [alice, bob, alice, bob, ANONYMOUS, readOnlyAlice].map((identity) => products.call({ query: TOP, mutation: false, context: contextOf(identity) })),
    );
    expect(shop.servers.products.requests).toBe(4);
    const seen = await Promise.all(shop.servers.products.identities.map((token) => verifyIdentity(token, config.internalKey)));
    expect(seen.map((id) => `${id?.username ?? 'anonymous'}${id?.readOnly ? ' (read-only)' : ''}`).sort()).toEqual(['alice', 'alice (read-only)', 'anonymous', 'bob']);
    await products.close();
  });

  it('never shares different variables or different operations', async () => {
    const products = source('products');
    shop.resetCounts();
    const query = 'query($n: Int) { topProducts(first: $n) { upc } }';
    const [two, three, names] = await Promise.all([
      products.call({ query, variables: { n: 2 }, mutation: false, context: contextOf(alice) }),
      products.call({ query, variables: { n: 3 }, mutation: false, context: contextOf(alice) }),
      products.call({ query: TOP, mutation: false, context: contextOf(alice) }),
    ]);
    expect(shop.servers.products.requests).toBe(3);
    expect((two.result.data?.topProducts as unknown[]).length).toBe(2);
    expect((three.result.data?.topProducts as unknown[]).length).toBe(3);
    expect((names.result.data?.topProducts as { name: string }[])[0].name).toBe('Product 1');
    await products.close();
  });

  it('never shares mutations, even identical ones of one caller', async () => {
    const reviews = source('reviews');
    shop.resetCounts();
    await Promise.all(Array.from({ length: 5 }, () => reviews.call({ query: ADD, mutation: true, context: contextOf(alice) })));
    expect(shop.servers.reviews.requests).toBe(5);
    // Through Apollo's interface too: the operation's kind comes from its document.
    shop.resetCounts();
    await Promise.all(
      Array.from({ length: 3 }, () =>
        reviews.process({ kind: 'incoming operation' as never, request: { query: ADD }, context: contextOf(alice), document: parse(ADD) } as never),
      ),
    );
    expect(shop.servers.reviews.requests).toBe(3);
    await reviews.close();
  });

  it('process() hands each caller its own copy (Apollo merges into it), never the shared answer', async () => {
    const products = source('products');
    const options = () => ({ kind: 'incoming operation' as never, request: { query: TOP }, context: contextOf(alice), document: parse(TOP) }) as never;
    const [a, b] = await Promise.all([products.process(options()), products.process(options())]);
    expect(a).toEqual(b);
    expect(a.data).not.toBe(b.data);
    await products.close();
  });

  it('keeps connections alive and works across a subgraph restart; while it is down, UPSTREAM_UNAVAILABLE', async () => {
    const accounts = source('accounts');
    const me = () => accounts.call({ query: '{ me { id } }', mutation: false, context: contextOf(alice) });
    expect((await me()).result).toEqual({ data: { me: { id: '1' } } });
    expect(accounts.connections).toBeGreaterThan(0);
    await shop.servers.accounts.stop();
    const down = await me();
    expect(down.result.errors?.[0].extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(down.result.errors?.[0].extensions?.service).toBe('accounts');
    await shop.servers.accounts.restart();
    for (let i = 0; i < 5; i++) expect((await me()).result).toEqual({ data: { me: { id: '1' } } });
    // A restart while sockets sit idle in the pool: the next call must not fail on a dead socket.
    await shop.servers.accounts.stop();
    await shop.servers.accounts.restart();
    const after = await Promise.all(Array.from({ length: 5 }, (_, i) => accounts.call({ query: `{ user(id: "${i + 1}") { id } }`, mutation: false, context: contextOf(alice) })));
    for (const [i, call] of after.entries()) expect(call.result).toEqual({ data: { user: { id: String(i + 1) } } });
    await accounts.close();
  });
});

describe('bounded caches and shared answers', () => {
  it('an LRU keeps at most its capacity and drops the least recently used', () => {
    const cache = new LruCache<string, number>(3);
    for (const [i, key] of ['a', 'b', 'c'].entries()) cache.set(key, i);
    expect(cache.get('a')).toBe(0); // a is now the most recent
    cache.set('d', 3);
    cache.set('e', 4);
    expect(cache.size).toBe(3);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('c')).toBeUndefined();
    expect([cache.get('a'), cache.get('d'), cache.get('e')]).toEqual([0, 3, 4]);
    expect(() => new LruCache(0)).toThrow();
  });

  it('the plan cache holds at most maxPlans operations, and evicted ones are planned again correctly', async () => {
    const shop = await startShop();
    try {
      const supergraph = loadSupergraph(shop.supergraphSdl);
      const sources = Object.fromEntries(Object.entries(shop.subgraphUrls).map(([name, url]) => [name, new SubgraphDataSource(name, url, log)]));
      const executor = createPlanExecutor({ supergraph, sources, log, maxPlans: 2, fallback: async () => ({ errors: [] }) });
      const run = async (first: number) => {
        const source = `{ topProducts(first: ${first}) { upc } }`;
        const document = parse(source);
        const request = { request: { query: source }, source, document, operation: getOperationAST(document)!, schema: supergraph.apiGraphQLSchema, context: contextOf(alice), metrics: {} };
        return executor(request as never);
      };
      for (let first = 1; first <= 6; first++) {
        const result = await run(first);
        expect((result.data?.topProducts as unknown[]).length).toBe(first);
        expect(executor.prepared.size).toBeLessThanOrEqual(2);
      }
      expect((await run(1)).data?.topProducts).toEqual([{ upc: '1' }]);
      await Promise.all(Object.values(sources).map((s) => s.close()));
    } finally {
      await shop.stop();
    }
  });

  it('in-flight calls are forgotten once settled, failed ones too', async () => {
    const inFlight = new InFlight<number>();
    const first = inFlight.run('k', async () => 1);
    const second = inFlight.run('k', async () => 2);
    expect(await first).toBe(1);
    expect(await second).toBe(1);
    expect(inFlight.shared).toBe(1);
    await expect(inFlight.run('x', async () => Promise.reject(new Error('no')))).rejects.toThrow('no');
    expect(inFlight.size).toBe(0);
    expect(await inFlight.run('k', async () => 3)).toBe(3);
  });

  it('identity scopes differ whenever anything about the caller differs', () => {
    expect(identityScope(alice)).toBe(identityScope(normalizeIdentity({ ...alice })));
    expect(identityScope(alice)).not.toBe(identityScope(bob));
    expect(identityScope(alice)).not.toBe(identityScope(normalizeIdentity({ ...alice, readOnly: true })));
    expect(identityScope(alice)).not.toBe(identityScope(normalizeIdentity({ ...alice, sessionId: 's-2' })));
    expect(identityScope(alice)).not.toBe(identityScope(normalizeIdentity({ ...alice, workspaces: { acme: 'workspace-admin' } })));
    expect(identityScope(ANONYMOUS)).not.toBe(identityScope(alice));
  });

  it('merging never writes into a shared answer: two requests merge different fields under the same shared objects', () => {
    const deepFreeze = <T>(value: T): T => {
      if (value && typeof value === 'object') {
        Object.freeze(value);
        for (const v of Object.values(value)) deepFreeze(v);
      }
      return value;
    };
    const shared = deepFreeze({ users: [{ __typename: 'User', id: '1', reviews: [{ id: 'r1', product: { upc: '1' } }] }, null] });
    const snapshot = JSON.stringify(shared);
    const one = new MergedData();
    const two = new MergedData();
    for (const merged of [one, two]) merged.merge(merged.root, shared);
    // Different later fetches write under the same shared product and user objects.
    for (const product of one.objectsAt(['users', '@', 'reviews', '@', 'product'])) one.merge(product, deepFreeze({ name: 'Product 1', price: 100 }));
    for (const user of two.objectsAt(['users', '@'])) two.merge(user, deepFreeze({ name: 'User 1', reviews: [{ body: 'b1' }] }));
    expect(JSON.stringify(shared)).toBe(snapshot);
    expect(one.root).toEqual({ users: [{ __typename: 'User', id: '1', reviews: [{ id: 'r1', product: { upc: '1', name: 'Product 1', price: 100 } }] }, null] });
    expect(two.root).toEqual({ users: [{ __typename: 'User', id: '1', name: 'User 1', reviews: [{ id: 'r1', body: 'b1', product: { upc: '1' } }] }, null] });
  });
});
