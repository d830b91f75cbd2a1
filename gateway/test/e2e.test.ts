/**
 * The gateway in front of the real tenancy, workloads and monitoring subgraphs, against the
 * real lab (Kubernetes, Postgres, Prometheus), with the committed supergraph. Needs
 * `npm run lab:up`; fails with a clear message when the lab is down.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, test, beforeAll, afterAll } from 'vitest';
import { serverAudits, type AuditFail } from 'graphql-http';
import { createPrisma, hashPassword, type PrismaClient } from '@meridian/core/db';
import { createTestDatabase, type TestDatabase } from '@meridian/core/db/testing';
import { createNamespace, createPod, deleteNamespace, labKubeConfig, labKubeconfigPath, uniqueName } from '@meridian/core/kube/testing';
import { start as startTenancy } from '../../subgraphs/tenancy/src/index.ts';
import { start as startWorkloads } from '../../subgraphs/workloads/src/index.ts';
import { start as startMonitoring } from '../../subgraphs/monitoring/src/index.ts';
import { startGateway, type RunningGateway } from '../src/server.ts';
import { gql, record, stopLabStack, wsClient } from './helpers.ts';

/** Nothing listens here: the subgraphs these tests do not touch. */
const NOWHERE = 'http://127.0.0.1:9/graphql';

describe('the gateway over the real subgraphs', () => {
  const kubeconfig = labKubeconfigPath();
  const kc = labKubeConfig(kubeconfig);
  let db: TestDatabase;
  let prisma: PrismaClient;
  let subgraphs: { stop(): Promise<void> }[] = [];
  let gateway: RunningGateway;
  let token: string;
  const namespace = uniqueName('gw-e2e');

  beforeAll(async () => {
    db = await createTestDatabase('gateway_e2e');
    prisma = createPrisma(db.url);
    const [tenancy, workloads, monitoring] = await Promise.all([
      startTenancy({ port: 0, databaseUrl: db.url, kubeconfig }),
      startWorkloads({ port: 0, kubeconfig }),
      startMonitoring({ port: 0, kubeconfig }),
    ]);
    subgraphs = [tenancy, workloads, monitoring];
    gateway = await startGateway({
      port: 0,
      subgraphUrls: { tenancy: tenancy.url, workloads: workloads.url, monitoring: monitoring.url, devops: NOWHERE, logging: NOWHERE, appstore: NOWHERE },
      // graphql-http's audits are anonymous and some read __type (who may introspect: socket-limits.test.ts).
      introspection: 'all',
    });
    const password = `pw-${randomBytes(6).toString('hex')}`;
    await prisma.user.create({
      data: { username: 'gw-admin', email: 'gw-admin@example.test', displayName: 'Gateway Admin', passwordHash: await hashPassword(password), platformRole: 'platform-admin' },
    });
    const login = await gql(gateway.url, 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', { u: 'gw-admin', p: password });
    token = login.body.data?.login?.token;
    assert.ok(token, `login through the gateway failed: ${JSON.stringify(login.body)}`);
    await createNamespace(kc, namespace);
  });

  afterAll(async () => {
    await deleteNamespace(kc, namespace);
    await stopLabStack({ gateway, subgraphs, prisma, db });
  });

  test('a session from login through the gateway identifies the user to tenancy', async () => {
    const res = await gql(gateway.url, '{ me { username platformRole } }', {}, token);
    assert.deepEqual(res.body, { data: { me: { username: 'gw-admin', platformRole: 'PLATFORM_ADMIN' } } });
  });

  test('podStatusChanged arrives through the gateway with monitoring\'s Pod.metrics resolved', async () => {
    const ws = wsClient(gateway.wsUrl, token);
    try {
      const rec = record(
        ws.client,
        'subscription($p: String!) { podStatusChanged(project: $p) { type pod { namespace name phase metrics { cpu memory } } } }',
        { p: namespace },
      );
      await new Promise((r) => setTimeout(r, 1_000)); // the subscription reaches workloads' watch
      const pod = uniqueName('pod');
      await createPod(kc, namespace, pod);
      await rec.until(1, 30_000);
      assert.equal(rec.error, undefined, JSON.stringify(rec.error));
      const event = rec.events[0];
      assert.equal(event.errors, undefined, JSON.stringify(event.errors));
      assert.equal(event.data.podStatusChanged.pod.name, pod);
      assert.equal(event.data.podStatusChanged.pod.namespace, namespace);
      assert.ok('metrics' in event.data.podStatusChanged.pod, 'monitoring was asked for Pod.metrics');
    } finally {
      await ws.client.dispose();
    }
  });

  test('a subgraph that is down costs only its fields', async () => {
    const res = await gql(gateway.url, '{ me { username } devopsProjects(workspace: "w") { totalCount } }', {}, token);
    assert.equal(res.body.data, null); // devopsProjects is non-null
    assert.equal(res.body.errors?.[0].extensions?.code, 'UPSTREAM_UNAVAILABLE');
    assert.equal(res.body.errors?.[0].extensions?.serviceName, 'devops');
    const nullable = await gql(gateway.url, '{ me { username } devopsProject(name: "x") { name } }', {}, token);
    assert.deepEqual(nullable.body.data, { me: { username: 'gw-admin' }, devopsProject: null });
    assert.equal(nullable.body.errors?.[0].extensions?.code, 'UPSTREAM_UNAVAILABLE');
  });

  test('graphql-http audits pass against the real supergraph', async () => {
    const results = await Promise.all(serverAudits({ url: gateway.url, fetchFn: fetch }).map((a) => a.fn()));
    for (const w of results.filter((r): r is AuditFail => r.status === 'warn')) console.log(`audit warning: ${w.name}: ${w.reason}`);
    assert.deepEqual(results.filter((r): r is AuditFail => r.status === 'error').map((r) => `${r.name}: ${r.reason}`), []);
  });
});
