/**
 * `npm start` serves every subgraph from one process: there, each Kubernetes kind must be listed
 * and watched once (sharedCaches), not once per subgraph that reads it. This starts every
 * registered subgraph in this process, as the launcher does, against the lab's real API server,
 * and counts the requests as they leave the transport.
 */
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, test } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@meridian/core/db/testing';
import { Kinds, apiPath, observeKubeRequests, type KubeRequestSeen } from '@meridian/core/kube/index';
import { labKubeconfigPath, waitFor } from '@meridian/core/kube/testing';
import { startRegisteredSubgraphs } from '../../scripts/subgraphs.ts';

/** The collection path a cache lists and watches -> the kind's plural. */
const collections = new Map(Object.values(Kinds).map((k) => [apiPath(k), k.plural]));

function count(requests: KubeRequestSeen[]) {
  const lists = new Map<string, number>();
  const watches = new Map<string, number>();
  for (const r of requests) {
    const plural = collections.get(r.path);
    if (r.method !== 'GET' || !plural) continue;
    // A paged list's later pages carry `continue`: they belong to the same LIST.
    if (r.query.watch === 'true') watches.set(plural, (watches.get(plural) ?? 0) + 1);
    else if (!r.query.continue) lists.set(plural, (lists.get(plural) ?? 0) + 1);
  }
  return { lists, watches };
}

describe('all subgraphs in one process', () => {
  const requests: KubeRequestSeen[] = [];
  const stopObserving = observeKubeRequests((r) => requests.push(r));
  let db: TestDatabase;
  let subgraphs: Awaited<ReturnType<typeof startRegisteredSubgraphs>> = [];

  beforeAll(async () => {
    db = await createTestDatabase('one_watch');
    subgraphs = await startRegisteredSubgraphs({ port: 0, kubeconfig: labKubeconfigPath(), databaseUrl: db.url });
  });

  afterAll(async () => {
    stopObserving();
    await Promise.allSettled(subgraphs.map((s) => s.stop()));
    await db?.drop();
  });

  test('list and watch each kind once, whichever subgraphs read it', async () => {
    assert.equal(subgraphs.length, 6);
    // Every subgraph's Kubernetes probe reports its caches synced (tenancy's connects on first
    // use: its probe is that first use).
    for (const s of subgraphs) {
      await waitFor(`${s.name}'s Kubernetes probe`, async () => {
        const body = (await (await fetch(s.url.replace('/graphql', '/healthz'))).json()) as { checks: Record<string, string> };
        return body.checks.kubernetes === undefined || body.checks.kubernetes === 'ok';
      }, 20_000, 100);
    }
    const expected = ['namespaces', 'pods', 'deployments'];
    await waitFor('a watch per kind', () => expected.every((k) => count(requests).watches.has(k)), 10_000, 50);

    const { lists, watches } = count(requests);
    assert.deepEqual([...lists.keys()].sort(), [...watches.keys()].sort(), 'every listed kind is watched, nothing is watched unlisted');
    for (const kind of expected) assert.ok(lists.has(kind), `${kind} are cached`);
    // A re-list after a 410 Gone would be legitimate later on; right after startup there is none.
    for (const [kind, n] of lists) assert.equal(n, 1, `${kind}: LIST requests`);
    for (const [kind, n] of watches) assert.equal(n, 1, `${kind}: WATCH requests`);
  });
});
