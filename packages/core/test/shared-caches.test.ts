/**
 * sharedCaches against the lab's real API server: leases on the same kubeconfig share one cache
 * per kind (and one namespace directory over it); the caches stop with the last lease, and
 * different cache options get caches of their own.
 */
import assert from 'node:assert/strict';
import { test } from 'vitest';
import { Kinds, sharedCaches } from '../src/kube/index.ts';
import { labKubeconfigPath } from '../src/kube/testing.ts';

test('leases share one cache per kind; the last release stops it', async () => {
  const kubeconfig = labKubeconfigPath();
  const a = sharedCaches(kubeconfig);
  const b = sharedCaches(kubeconfig);
  const pods = a.for(Kinds.Pod);
  assert.equal(b.for('Pod'), pods, 'the same Pod cache for both leases');
  assert.equal(b.namespaces(), a.namespaces(), 'one namespace directory');
  assert.equal(a.namespaces().cache, a.for(Kinds.Namespace), 'built on the shared Namespace cache');
  await pods.ready();
  await a.probe();
  assert.equal(pods.stats.lists, 1);

  const other = sharedCaches(kubeconfig, { staleAfterMs: 1_000 });
  assert.notEqual(other.for(Kinds.Pod), pods, 'other options, other caches');
  await other.release();

  await a.release();
  await a.release(); // idempotent: must not give back b's lease
  assert.equal(pods.health().state, 'synced', 'still leased by b');
  await b.release();
  assert.equal(pods.health().state, 'stopped');

  const c = sharedCaches(kubeconfig);
  assert.notEqual(c.for(Kinds.Pod), pods, 'a new lease after the last release starts afresh');
  await c.release();
});
