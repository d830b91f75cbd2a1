import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway, type RunningGateway } from '../src/server.ts';
import { startShop, type Shop } from './fixtures/shop.ts';
import { gql } from './helpers.ts';

/**
 * The gateway's own plan executor (gateway/src/execution/) answers exactly what stock
 * @apollo/gateway answers on the same supergraph and subgraphs: data, and errors' messages,
 * paths and codes. Stock runs in-process as the reference; ours is the whole gateway over HTTP.
 */
const BENCHMARK_QUERY = `fragment User on User { id username name }
fragment Review on Review { id body }
fragment Product on Product { inStock name price shippingEstimate upc weight }
query TestQuery {
  users { ...User reviews { ...Review product { ...Product reviews { ...Review author { ...User reviews { ...Review product { ...Product } } } } } } }
  topProducts { ...Product reviews { ...Review author { ...User reviews { ...Review product { ...Product } } } } }
}`;

const cases: { name: string; query: string; variables?: Record<string, unknown>; errors?: true }[] = [
  { name: 'the federation benchmark query (fragments, @requires, @provides, repeated entities)', query: BENCHMARK_QUERY },
  {
    name: 'aliases, __typename and variables',
    query: `query($id: ID!, $first: Int) { a: user(id: $id) { name t: __typename reviews { b: body product { upc n: name shippingEstimate } } }
      top: topProducts(first: $first) { upc inStock again: inStock } __typename }`,
    variables: { id: '3', first: 3 },
  },
  ...[
    { yes: true, no: false },
    { yes: false, no: true },
  ].map((variables) => ({
    name: `@skip/@include on fields, inline fragments and spreads (${JSON.stringify(variables)})`,
    query: `fragment F on Product { weight shippingEstimate @include(if: $yes) }
      query($yes: Boolean!, $no: Boolean!) {
        users { id name @include(if: $yes) username @skip(if: $yes) ... on User @include(if: $no) { birthday } reviews @skip(if: $no) { id product { ...F @skip(if: $no) upc } } }
        topProducts @include(if: $no) { name }
      }`,
    variables,
  })),
  { name: 'a default variable value', query: 'query($first: Int = 2) { topProducts(first: $first) { name inStock } }' },
  { name: 'a subgraph error inside entities keeps its code and lands on the entity path', query: '{ users { id secret reviews { id } } }', errors: true },
  { name: 'a root field error beside data that survives', query: '{ failing me { id name reviews { body } } }', errors: true },
  { name: 'a non-null field a subgraph leaves null', query: '{ broken { id } me { id } }', errors: true },
  { name: 'a mutation followed by entity fetches', query: 'mutation { addReview(upc: "3", body: "fine") { id body product { name inStock shippingEstimate } author { name } } }' },
  { name: 'a missing required variable', query: 'query($id: ID!) { user(id: $id) { id } }', variables: {}, errors: true },
  { name: 'a variable of the wrong type', query: 'query($first: Int) { topProducts(first: $first) { upc } }', variables: { first: 'many' }, errors: true },
];

interface Answer {
  data?: unknown;
  errors?: { message: string; path?: readonly (string | number)[]; code?: unknown }[];
}

const comparable = (body: { data?: unknown; errors?: readonly { message: string; path?: readonly (string | number)[]; extensions?: Record<string, unknown> }[] }): Answer => ({
  data: body.data,
  errors: body.errors?.map((e) => ({ message: e.message, path: e.path, code: e.extensions?.code })),
});

describe('the plan executor against stock @apollo/gateway', () => {
  let shop: Shop;
  let gateway: RunningGateway;
  let stock: ApolloServer;

  beforeAll(async () => {
    shop = await startShop();
    gateway = await startGateway({ port: 0, supergraphSdl: shop.supergraphSdl, subgraphUrls: shop.subgraphUrls });
    stock = new ApolloServer({ gateway: new ApolloGateway({ supergraphSdl: shop.supergraphSdl }), includeStacktraceInErrorResponses: false });
    await stock.start();
  });
  afterAll(async () => {
    await stock?.stop();
    await gateway?.stop();
    await shop?.stop();
  });

  async function stockAnswer(query: string, variables?: Record<string, unknown>): Promise<Answer> {
    const res = await stock.executeOperation({ query, variables });
    if (res.body.kind !== 'single') throw new Error('incremental answer');
    return comparable(res.body.singleResult as Parameters<typeof comparable>[0]);
  }

  for (const c of cases) {
    it(c.name, async () => {
      const expected = await stockAnswer(c.query, c.variables);
      expect(Boolean(expected.errors?.length)).toBe(Boolean(c.errors));
      const res = await gql(gateway.url, c.query, c.variables ?? {});
      expect(comparable(res.body)).toEqual(expected);
      // Twice: the second run comes from the plan cache.
      expect(comparable((await gql(gateway.url, c.query, c.variables ?? {})).body)).toEqual(expected);
    });
  }

  it('many identical requests at once all get the full, equal answer, and never cost more subgraph calls than fetches', async () => {
    const expected = await stockAnswer(BENCHMARK_QUERY);
    expect(expected.errors).toBeUndefined();
    shop.resetCounts();
    const one = await gql(gateway.url, BENCHMARK_QUERY);
    const fetchesPerQuery = Object.values(shop.servers).reduce((n, s) => n + s.requests, 0);
    shop.resetCounts();
    const answers = await Promise.all(Array.from({ length: 20 }, () => gql(gateway.url, BENCHMARK_QUERY)));
    for (const answer of [one, ...answers]) expect(comparable(answer.body)).toEqual(expected);
    const calls = Object.values(shop.servers).reduce((n, s) => n + s.requests, 0);
    console.log(`20 identical requests: ${calls} subgraph calls (one request alone: ${fetchesPerQuery})`);
    expect(calls).toBeLessThanOrEqual(20 * fetchesPerQuery);
  });

  it('a subgraph that is down costs only its fields: partial data and UPSTREAM_UNAVAILABLE naming it', async () => {
    await shop.servers.inventory.stop();
    try {
      const res = await gql(gateway.url, '{ topProducts(first: 2) { upc name inStock } }');
      expect(res.body.data).toEqual({ topProducts: [{ upc: '1', name: 'Product 1', inStock: null }, { upc: '2', name: 'Product 2', inStock: null }] });
      expect(res.body.errors?.length).toBeGreaterThan(0);
      for (const error of res.body.errors!) {
        expect(error.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
        expect(error.extensions?.serviceName).toBe('inventory');
      }
    } finally {
      await shop.servers.inventory.restart();
    }
    const again = await gql(gateway.url, '{ topProducts(first: 2) { upc name inStock } }');
    expect(again.body).toEqual({ data: { topProducts: [{ upc: '1', name: 'Product 1', inStock: true }, { upc: '2', name: 'Product 2', inStock: false }] } });
  });
});
