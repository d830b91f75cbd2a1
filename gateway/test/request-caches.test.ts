import { describe, expect, it } from 'vitest';
import type express from 'express';
import { ANONYMOUS, config, normalizeIdentity, verifyIdentity } from '@meridian/core';
import { rememberPassingVerdicts } from '../src/execution/limit-verdicts.ts';
import { createSignedIdentities } from '../src/execution/signed-identities.ts';
import { requestIdentity } from '../src/identity.ts';

/** A stand-in limit check that counts its runs and refuses any query containing "refuse". */
function countingCheck() {
  const state = { runs: 0 };
  const check: express.RequestHandler = (req, res, next) => {
    state.runs++;
    if (String(req.body.query).includes('refuse')) {
      res.status(400).json({ refused: true });
      return;
    }
    next();
  };
  return { check, state };
}

function call(handler: express.RequestHandler, body: Record<string, unknown>) {
  let passed = false;
  let status = 200;
  const res = { status: (s: number) => ((status = s), res), json: () => res } as unknown as express.Response;
  handler({ method: 'POST', body } as express.Request, res, () => (passed = true));
  return { passed, status };
}

describe('remembered limit verdicts', () => {
  it('runs the check once per exact operation, name and variables, and refusals every time', () => {
    const { check, state } = countingCheck();
    const remembered = rememberPassingVerdicts(check, 2);
    const q = { query: '{ a }', variables: { n: 1 } };
    expect(call(remembered, q).passed).toBe(true);
    expect(call(remembered, q).passed).toBe(true);
    expect(state.runs).toBe(1);
    expect(call(remembered, { ...q, variables: { n: 2 } }).passed).toBe(true);
    expect(call(remembered, { ...q, operationName: 'X' }).passed).toBe(true);
    expect(state.runs).toBe(3);
    for (let i = 0; i < 3; i++) expect(call(remembered, { query: '{ refuse }' })).toEqual({ passed: false, status: 400 });
    expect(state.runs).toBe(6);
    // Capacity 2: the first operation was forgotten and is checked again.
    expect(call(remembered, q).passed).toBe(true);
    expect(state.runs).toBe(7);
  });
});

describe('reused signed identities', () => {
  const alice = normalizeIdentity({ kind: 'user', userId: 'u-a', username: 'alice', workspaces: { acme: 'workspace-viewer' }, projects: {} });

  it('one signature per identity, shared by requests of the same caller; another identity gets its own', async () => {
    const signed = createSignedIdentities(10);
    const one = await signed(requestIdentity(alice, config.internalKey));
    const two = await signed(requestIdentity(normalizeIdentity({ ...alice }), config.internalKey));
    expect(two).toBe(one);
    const readOnly = await signed(requestIdentity(normalizeIdentity({ ...alice, readOnly: true }), config.internalKey));
    const anonymous = await signed(requestIdentity(ANONYMOUS, config.internalKey));
    expect(new Set([one, readOnly, anonymous]).size).toBe(3);
    expect((await verifyIdentity(one, config.internalKey))?.username).toBe('alice');
    expect((await verifyIdentity(readOnly, config.internalKey))?.readOnly).toBe(true);
    expect((await verifyIdentity(anonymous, config.internalKey))?.kind).toBe('anonymous');
  });
});
