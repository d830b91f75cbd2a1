import { test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import type { Identity } from '@meridian/core';
import { unreachableKubeconfig } from '@meridian/core/kube/testing';
import { codes, startTenancy, suffix, type Harness } from './helpers.ts';

// With Kubernetes unreachable, sign-in and workspaces keep working; only the fields that need
// namespaces fail, with UPSTREAM_UNAVAILABLE, next to the data that could be served.

const deadKubeconfig = unreachableKubeconfig();

let h: Harness;
let admin: Identity;
const WS = `wsk-${suffix()}`;

beforeAll(async () => {
  h = await startTenancy('partial', { kubeconfig: deadKubeconfig });
  const a = await h.makeUser(`admin-${suffix()}`, 'platform-admin');
  admin = await h.signIn(a.username, a.password);
  const res = await h.call('mutation($n: String!) { createWorkspace(input: { name: $n }) { name } }', { n: WS }, admin);
  assert.equal(res.errors, undefined);
});
afterAll(async () => {
  await h?.stop();
});

test('workspace data is served and only its projects fail, with UPSTREAM_UNAVAILABLE', async () => {
  const res = await h.call<{ workspace: { name: string; projects: unknown } }>(
    'query($n: String!) { workspace(name: $n) { name projects { totalCount } } }',
    { n: WS },
    admin,
  );
  assert.equal(res.data?.workspace.name, WS);
  assert.equal(res.data?.workspace.projects, null);
  assert.deepEqual(codes(res), ['UPSTREAM_UNAVAILABLE']);
  assert.deepEqual(res.errors?.[0].path, ['workspace', 'projects']);
});

test('project(name) says Kubernetes is unavailable rather than pretending it does not exist', async () => {
  const res = await h.call('query { project(name: "default") { name } }', {}, admin);
  assert.deepEqual(codes(res), ['UPSTREAM_UNAVAILABLE']);
});

test('healthz reports Kubernetes as the degraded dependency', async () => {
  const res = await fetch(`${h.origin}/healthz`);
  assert.equal(res.status, 503);
  const body = (await res.json()) as { checks: Record<string, string> };
  assert.equal(body.checks.postgres, 'ok');
  assert.notEqual(body.checks.kubernetes, 'ok');
});
