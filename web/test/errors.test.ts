import { test } from 'vitest';
import assert from 'node:assert/strict';
import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { hasCode, problemsOf } from '../src/lib/errors.ts';

test('problems are listed once per code, unknown codes count as server errors', () => {
  const error = new CombinedError({
    graphQLErrors: [
      new GraphQLError('Prometheus is unavailable', { extensions: { code: 'UPSTREAM_UNAVAILABLE' } }),
      new GraphQLError('Prometheus is unavailable again', { extensions: { code: 'UPSTREAM_UNAVAILABLE' } }),
      new GraphQLError('no', { extensions: { code: 'FORBIDDEN' } }),
      new GraphQLError('weird', { extensions: { code: 'SOMETHING_NEW' } }),
      new GraphQLError('bare'),
    ],
  });
  assert.deepEqual(
    problemsOf(error).map((p) => p.code),
    ['UPSTREAM_UNAVAILABLE', 'FORBIDDEN', 'INTERNAL_SERVER_ERROR'],
  );
  assert.ok(hasCode(error, 'FORBIDDEN'));
  assert.ok(!hasCode(error, 'UNAUTHENTICATED'));
});

test('a network failure is its own problem, and no error means no problems', () => {
  const error = new CombinedError({ networkError: new Error('Failed to fetch') });
  assert.deepEqual(problemsOf(error), [{ code: 'NETWORK', detail: 'Failed to fetch' }]);
  assert.deepEqual(problemsOf(undefined), []);
});
