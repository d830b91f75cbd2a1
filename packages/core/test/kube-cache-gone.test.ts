/**
 * 410 Gone handling. A real API server only answers 410 once its watch cache has evicted the
 * requested version, which a young lab cluster never does on demand, so this one scenario
 * runs against a scripted HTTP stand-in that speaks the list/watch protocol.
 */
import { test, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import http from 'node:http';
import { KubeConfig } from '@kubernetes/client-node';
import { ResourceCache, type CacheEvent, type KubeObject } from '../src/kube/cache.ts';
import { Kinds } from '../src/kube/kinds.ts';
import { waitFor } from '../src/kube/testing.ts';

const cm = (name: string, rv: string) => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, namespace: 'ns', resourceVersion: rv, creationTimestamp: '2026-01-01T00:00:00Z' } });
const requests: string[] = [];
let lists = 0;
const open = new Set<http.ServerResponse>();

const server = http.createServer((req, res) => {
  const url = new URL(req.url!, 'http://x');
  requests.push(url.search);
  res.setHeader('content-type', 'application/json');
  if (url.searchParams.get('watch') !== 'true') {
    lists++;
    const body = lists === 1
      ? { metadata: { resourceVersion: '10' }, items: [cm('a', '5'), cm('b', '6')] }
      : { metadata: { resourceVersion: '20' }, items: [cm('b', '6'), cm('c', '12')] };
    return res.end(JSON.stringify(body));
  }
  res.writeHead(200);
  if (url.searchParams.get('resourceVersion') === '10') {
    // What the API server sends when the version was compacted away.
    res.write(JSON.stringify({ type: 'ERROR', object: { kind: 'Status', code: 410, reason: 'Expired', message: 'too old resource version: 10 (15)' } }) + '\n');
    return res.end();
  }
  open.add(res); // a healthy, idle watch
});

afterAll(async () => {
  for (const r of open) r.end();
  await new Promise((r) => server.close(r));
});

test('410 Gone makes the cache re-list, diff against what it had, and watch from the new version', async () => {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const kc = new KubeConfig();
  kc.loadFromOptions({
    clusters: [{ name: 'c', server: `http://127.0.0.1:${(server.address() as { port: number }).port}`, skipTLSVerify: true }],
    users: [{ name: 'u' }],
    contexts: [{ name: 'x', cluster: 'c', user: 'u' }],
    currentContext: 'x',
  });
  const cache = new ResourceCache<KubeObject>(kc, Kinds.ConfigMap, { backoffMs: { initial: 50, max: 100 } });
  const events: string[] = [];
  cache.onChange((ev: CacheEvent<KubeObject>) => events.push(`${ev.type} ${ev.object.metadata?.name}`));
  await cache.start();
  await waitFor('the watch from the re-listed version', () => cache.stats.watchStartVersions.includes('20'), 5000, 10);
  assert.equal(cache.stats.lists, 2);
  assert.equal(cache.stats.gone, 1);
  assert.deepEqual(cache.stats.watchStartVersions, ['10', '20']);
  // b was unchanged (same resourceVersion): no event for it on the re-list.
  assert.deepEqual(events, ['ADDED a', 'ADDED b', 'ADDED c', 'DELETED a']);
  assert.deepEqual([...cache.all()].map((o) => o.metadata?.name).sort(), ['b', 'c']);
  assert.ok(requests.every((q) => !q.includes('watch=true') || q.includes('allowWatchBookmarks=true')));
  await cache.stop();
});
