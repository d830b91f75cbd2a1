/**
 * Client-chosen operation names never become label values (issue #7): each new name used to
 * create new Prometheus series, for anyone, without signing in.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startFixtureStack, type FixtureStack } from './fixtures/index.ts';
import { gql } from './helpers.ts';

let stack: FixtureStack;
beforeAll(async () => {
  stack = await startFixtureStack();
});
afterAll(async () => stack.stop());

const metricsText = async (url: string) => (await fetch(new URL('/metrics', url))).text();
const seriesOf = (text: string, name: string) => text.split('\n').filter((l) => l.startsWith(`${name}_count{`));

it('operation names, valid or not, leave the number of series unchanged', async () => {
  await gql(stack.gateway.url, 'query First { me }');
  const before = seriesOf(await metricsText(stack.gateway.url), 'meridian_graphql_operation_duration_seconds');
  const names = Array.from({ length: 50 }, () => `Op_${randomBytes(6).toString('hex')}`);
  for (const name of names) await gql(stack.gateway.url, `query ${name} { me }`);
  for (const name of names.slice(0, 10)) await gql(stack.gateway.url, `query ${name} { noSuchField_${name} }`);
  const text = await metricsText(stack.gateway.url);
  for (const name of names) expect(text).not.toContain(name);
  const after = seriesOf(text, 'meridian_graphql_operation_duration_seconds');
  expect(after.some((l) => l.includes('operation="query.me"'))).toBe(true);
  // At most the one 'invalid' label is new (the valid ones all share query.me).
  expect(after.length - before.length).toBeLessThanOrEqual(1);
});
