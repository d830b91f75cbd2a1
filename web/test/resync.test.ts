import { test } from 'vitest';
import assert from 'node:assert/strict';
import { CombinedError } from 'urql';
import { isResync } from '../src/lib/use-live-page.ts';

const withCodes = (...codes: string[]) => new CombinedError({ graphQLErrors: codes.map((code) => ({ message: code, extensions: { code } })) });

test("the gateway's RESYNC signal is told apart from errors the console shows", () => {
  assert.equal(isResync(withCodes('RESYNC')), true);
  assert.equal(isResync(undefined), false);
  assert.equal(isResync(withCodes('UPSTREAM_UNAVAILABLE')), false);
  assert.equal(isResync(withCodes('RESYNC', 'NOT_FOUND')), false, 'a real error alongside is still shown');
  assert.equal(isResync(new CombinedError({ networkError: new Error('socket closed') })), false);
});
