/**
 * Issue #7's acceptance for subscriptions at scale, against the real workloads subgraph and the
 * lab's Kubernetes: 100 clients subscribing to the same project cause one upstream subscription
 * (counted at the subgraph: listeners on its pod watch cache); killing and restarting the
 * workloads subgraph within 10 s ends none of them, each is told to resync, and each receives
 * the events that happened after the restart. Needs `npm run lab:up`.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, test } from 'vitest';
import { createPrisma, hashPassword, type PrismaClient } from '@meridian/core/db';
import { createTestDatabase, type TestDatabase } from '@meridian/core/db/testing';
import { createNamespace, createPod, deleteNamespace, labKubeConfig, labKubeconfigPath, uniqueName } from '@meridian/core/kube/testing';
import { start as startTenancy } from '../../subgraphs/tenancy/src/index.ts';
import { start as startWorkloads, type RunningWorkloads } from '../../subgraphs/workloads/src/index.ts';
import { startGateway, type RunningGateway } from '../src/server.ts';
import { gql, record, waitFor, wsClient, type Recorded } from './helpers.ts';

const CLIENTS = 100;
const NOWHERE = 'http://127.0.0.1:9/graphql';
const PODS = 'subscription($p: String!) { podStatusChanged(project: $p) { type pod { name phase } } }';

/**
 * Counts the subgraph's live subscriptions where they cost it something: each
 * podStatusChanged subscription is one listener on the pod watch cache (cache.events()).
 */
function countCacheListeners(workloads: RunningWorkloads): () => number {
  const pods = workloads.kube.pods;
  const original = pods.onChange.bind(pods);
  let live = 0;
  pods.onChange = (listener) => {
    live++;
    const off = original(listener);
    let removed = false;
    return () => {
      if (!removed) live--;
      removed = true;
      return off();
    };
  };
  return () => live;
}

describe('100 clients on one project through a workloads restart', () => {
  const kubeconfig = labKubeconfigPath();
  const kc = labKubeConfig(kubeconfig);
  const project = uniqueName('subs-restart');
  let db: TestDatabase;
  let prisma: PrismaClient;
  let tenancy: { url: string; stop(): Promise<void> };
  let workloads: RunningWorkloads;
  let gateway: RunningGateway;
  let token: string;

  beforeAll(async () => {
    db = await createTestDatabase('subs_restart');
    prisma = createPrisma(db.url);
    [tenancy, workloads] = await Promise.all([startTenancy({ port: 0, databaseUrl: db.url, kubeconfig }), startWorkloads({ port: 0, kubeconfig })]);
    gateway = await startGateway({
      port: 0,
      subgraphUrls: { tenancy: tenancy.url, workloads: workloads.url, monitoring: NOWHERE, logging: NOWHERE, devops: NOWHERE, appstore: NOWHERE },
      sockets: { perUser: CLIENTS + 10 }, // one user, a hundred browser tabs
    });
    const password = `Pw-${randomBytes(6).toString('hex')}1`;
    await prisma.user.create({ data: { username: 'subs-admin', email: 'subs-admin@example.test', displayName: 'subs-admin', passwordHash: await hashPassword(password), platformRole: 'platform-admin' } });
    const login = await gql(gateway.url, 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', { u: 'subs-admin', p: password });
    token = login.body.data?.login?.token;
    assert.ok(token, JSON.stringify(login.body));
    await createNamespace(kc, project);
  });

  afterAll(async () => {
    await deleteNamespace(kc, project).catch(() => undefined);
    await gateway?.stop();
    await Promise.allSettled([tenancy?.stop(), workloads?.stop()]);
    await prisma?.$disconnect();
    await db?.drop();
  });

  const gatewayGauge = async (name: string) => {
    const text = await (await fetch(new URL('/metrics', gateway.url))).text();
    const line = new RegExp(`^${name}\\{[^}]*subgraph="workloads"[^}]*\\} (\\d+)`, 'm').exec(text);
    return line ? Number(line[1]) : 0;
  };
  const addedPod = (rec: Recorded, name: string) => rec.events.some((e) => e.data?.podStatusChanged?.type === 'ADDED' && e.data.podStatusChanged.pod.name === name);

  test('one upstream subscription; a restart within 10 s ends none of them; the events after it arrive', async () => {
    const atSubgraph = countCacheListeners(workloads);
    const countedCache = workloads.kube.pods;
    const clients = Array.from({ length: CLIENTS }, () => wsClient(gateway.wsUrl, token, { keepOpen: true }));
    try {
      const recs = clients.map((c) => record(c.client, PODS, { p: project }));
      await waitFor(`the gateway to route ${CLIENTS} subscriptions`, async () => (await gatewayGauge('meridian_gateway_subscriptions_active')) === CLIENTS, 20_000);
      await waitFor('the upstream subscription at workloads', () => atSubgraph() === 1, 20_000);
      assert.equal(await gatewayGauge('meridian_gateway_upstream_sockets'), 1, 'one socket to workloads');
      // The pod made now reaches every client, still over one upstream.
      await createPod(kc, project, 'before');
      await waitFor('every client to see the pod made before the restart', () => recs.every((r) => addedPod(r, 'before')), 20_000);
      assert.equal(atSubgraph(), 1, `${CLIENTS} clients, one upstream subscription at the subgraph`);

      const port = workloads.port;
      const down = Date.now();
      await workloads.stop();
      await createPod(kc, project, 'during'); // happens while nobody watches for the gateway
      await new Promise((r) => setTimeout(r, 2_000));
      workloads = await startWorkloads({ port, kubeconfig });
      // The pod cache is shared per process and may outlive the subgraph: count on the one it uses now.
      const atRestarted = workloads.kube.pods === countedCache ? atSubgraph : countCacheListeners(workloads);
      await waitFor('the gateway to resubscribe at the restarted workloads', () => atRestarted() === 1, 15_000);
      console.log(`workloads down ${Date.now() - down} ms; resubscribed once for ${CLIENTS} clients`);

      for (const name of ['after-1', 'after-2']) await createPod(kc, project, name);
      await waitFor('every client to see the pods made after the restart', () => recs.every((r) => addedPod(r, 'after-1') && addedPod(r, 'after-2')), 20_000);
      for (const [i, rec] of recs.entries()) {
        assert.equal(rec.error, undefined, `client ${i} got an error: ${JSON.stringify(rec.error)}`);
        assert.equal(rec.completed, false, `client ${i} was completed`);
        assert.equal(clients[i].closed(), null, `client ${i}'s socket closed`);
        const resync = rec.events.findIndex((e) => e.errors?.[0]?.extensions?.code === 'RESYNC');
        const after = rec.events.findIndex((e) => e.data?.podStatusChanged?.pod?.name === 'after-1');
        assert.ok(resync >= 0 && resync < after, `client ${i} was told to resync before the events after the restart`);
      }
      assert.equal(atRestarted(), 1, 'still one upstream subscription');
    } finally {
      await Promise.all(clients.map((c) => c.client.dispose()));
    }
  });
});
