import assert from 'node:assert/strict';
import { describe, test, beforeAll, afterAll } from 'vitest';
import { serverAudits, type AuditFail } from 'graphql-http';
import { startFixtureStack, type FixtureStack } from './fixtures/index.ts';

/**
 * GraphQL over HTTP conformance (graphql-http's audits) of the running gateway. Warnings
 * (SHOULD/MAY items) are allowed and printed; any MUST failure (status "error") fails.
 */
describe('GraphQL over HTTP audit', () => {
  let stack: FixtureStack;
  beforeAll(async () => {
    // The audit's requests are anonymous and some read __type: protocol compliance is judged with
    // introspection open (who may introspect is covered in socket-limits.test.ts).
    stack = await startFixtureStack({ introspection: 'all' });
  });
  afterAll(async () => stack.stop());

  test('no audit fails', async () => {
    const results = await Promise.all(serverAudits({ url: stack.gateway.url, fetchFn: fetch }).map((audit) => audit.fn()));
    const failed = results.filter((r): r is AuditFail => r.status === 'error');
    const warned = results.filter((r): r is AuditFail => r.status === 'warn');
    for (const w of warned) console.log(`audit warning: ${w.name}: ${w.reason}`);
    assert.ok(results.length > 20, 'the audits ran');
    assert.deepEqual(
      failed.map((r) => `${r.name}: ${r.reason}`),
      [],
    );
  });
});
