/**
 * The resource cache against the lab's real API server, reached through a TCP proxy that the
 * test can cut, so that watch breaks are real broken connections.
 */
import { test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { ResourceCache, type CacheEvent, type KubeObject } from '../src/kube/cache.ts';
import { Kinds, apiPath } from '../src/kube/kinds.ts';
import { kubeRequest } from '../src/kube/transport.ts';
import { CuttableProxy, createConfigMap, createNamespace, deleteNamespace, labKubeConfig, proxiedKubeConfig, uniqueName, waitFor } from '../src/kube/testing.ts';

const kc = labKubeConfig();
const proxy = CuttableProxy.toApiServer(kc);
const ns = uniqueName('t-cache');
let cache: ResourceCache<KubeObject & { data?: Record<string, string> }>;
const seen: CacheEvent<KubeObject>[] = [];

const eventsFor = (name: string) => seen.filter((e) => e.object.metadata?.name === name).map((e) => e.type);

beforeAll(async () => {
  await createNamespace(kc, ns);
  await proxy.listen();
  cache = new ResourceCache(proxiedKubeConfig(kc, proxy.port), Kinds.ConfigMap, {
    staleAfterMs: 1500,
    backoffMs: { initial: 100, max: 500 },
  });
  cache.onChange((ev) => {
    if (ev.object.metadata?.namespace === ns) seen.push(ev);
  });
  await cache.start();
});

afterAll(async () => {
  await cache?.stop();
  await proxy.cut().catch(() => undefined);
  await deleteNamespace(kc, ns);
});

test('the first list fills the cache and watch events follow', async () => {
  assert.equal(cache.health().state, 'synced');
  assert.equal(cache.stats.lists, 1);
  await createConfigMap(kc, ns, 'first', { v: '1' });
  await waitFor('ADDED first', () => eventsFor('first').includes('ADDED'), 5000, 20);
  assert.equal(cache.get(ns, 'first')?.data?.v, '1');
  assert.equal(cache.inNamespace(ns).size, cache.get(ns, 'kube-root-ca.crt') ? 2 : 1);
});

test('a broken watch resumes from its last resourceVersion: no re-list, no lost events', async () => {
  await createConfigMap(kc, ns, 'doomed');
  await waitFor('ADDED doomed', () => eventsFor('doomed').includes('ADDED'), 5000, 20);
  const listsBefore = cache.stats.lists;
  const watchesBefore = cache.stats.watches;

  await proxy.cut();
  const rvAtBreak = cache.latestResourceVersion;
  assert.ok(rvAtBreak, 'the cache knows a resourceVersion');
  // Changes while the cache is disconnected.
  await createConfigMap(kc, ns, 'during', { v: 'x' });
  await kubeRequest(kc, { method: 'PATCH', path: apiPath(Kinds.ConfigMap, { namespace: ns, name: 'first' }), body: { data: { v: '2' } } });
  await kubeRequest(kc, { method: 'DELETE', path: apiPath(Kinds.ConfigMap, { namespace: ns, name: 'doomed' }) });
  await new Promise((r) => setTimeout(r, 300));
  assert.equal(cache.get(ns, 'during'), undefined, 'nothing arrives while the connection is cut');
  await proxy.listen();

  await waitFor('the events of the outage', () => eventsFor('during').includes('ADDED') && eventsFor('doomed').includes('DELETED') && cache.get(ns, 'first')?.data?.v === '2', 15_000, 20);
  assert.equal(cache.stats.lists, listsBefore, 'resumed by watching, not by re-listing');
  assert.ok(cache.stats.watches > watchesBefore, 'a new watch connection was opened');
  const resumedFrom = cache.stats.watchStartVersions.slice(-(cache.stats.watches - watchesBefore));
  assert.ok(resumedFrom.includes(rvAtBreak), `a watch restarted from ${rvAtBreak} (started from ${resumedFrom.join(', ')})`);
  assert.ok(!resumedFrom.includes(''), 'no watch started from scratch');
  assert.deepEqual(eventsFor('first'), ['ADDED', 'MODIFIED']);
  assert.equal(cache.health().state, 'synced');
});

test('a dead API server makes reads fail with UPSTREAM_UNAVAILABLE after the grace period, then recover', async () => {
  await proxy.cut();
  await createConfigMap(kc, ns, 'after-outage');
  // Within the grace period the data is still served.
  await cache.readable();
  await waitFor('the cache to turn stale', () => cache.health().state === 'stale', 5000, 50);
  await assert.rejects(cache.readable(), (err: Error & { extensions?: { code?: string } }) => err.extensions?.code === 'UPSTREAM_UNAVAILABLE');
  await proxy.listen();
  await waitFor('recovery', () => cache.health().state === 'synced' && cache.get(ns, 'after-outage'), 15_000, 20);
  await cache.readable();
});

test('events(namespace) streams only that namespace', async () => {
  const it = cache.events(ns);
  await createConfigMap(kc, ns, 'streamed');
  const first = await it.next();
  assert.equal(first.value?.object.metadata?.namespace, ns);
  assert.equal(first.value?.object.metadata?.name, 'streamed');
  await it.return?.();
});

test('Secrets are cached as metadata only: no secret value ever enters memory', async () => {
  await kubeRequest(kc, {
    method: 'POST',
    path: apiPath(Kinds.Secret, { namespace: ns }),
    body: { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'creds', namespace: ns, labels: { role: 'db' } }, stringData: { password: 'hunter2' } },
  });
  const secrets = new ResourceCache<KubeObject & { data?: unknown; stringData?: unknown }>(kc, Kinds.Secret);
  try {
    await secrets.start();
    const cached = secrets.get(ns, 'creds');
    assert.ok(cached, 'the secret is in the cache');
    assert.equal(cached.metadata?.labels?.role, 'db');
    assert.equal(cached.kind, 'PartialObjectMetadata');
    assert.equal(cached.data, undefined);
    assert.ok(!JSON.stringify(cached).includes('aHVudGVyMg'), 'no base64 of the value');
    // Changes arrive through the watch as metadata too.
    await kubeRequest(kc, { method: 'PATCH', path: apiPath(Kinds.Secret, { namespace: ns, name: 'creds' }), body: { stringData: { password: 'changed' }, metadata: { labels: { role: 'db2' } } } });
    await waitFor('the watched change', () => secrets.get(ns, 'creds')?.metadata?.labels?.role === 'db2', 5000, 20);
    assert.equal(secrets.get(ns, 'creds')!.data, undefined);
  } finally {
    await secrets.stop();
  }
});
