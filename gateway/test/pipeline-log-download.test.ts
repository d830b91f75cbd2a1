/**
 * GET /download/pipeline-log/<project>/<pipeline>/<run> through the gateway: the caller's
 * session (authorization: Bearer) reaches devops as a signed identity and the whole log streams
 * back as a text file; no session is 401, a caller who may not see the project gets 404 like a
 * missing run. Real tenancy (lab Postgres) and Kubernetes, devops on a Jenkins stand-in.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, test, beforeAll, afterAll } from 'vitest';
import { createPrisma, hashPassword, type PrismaClient } from '@meridian/core/db';
import { createTestDatabase, type TestDatabase } from '@meridian/core/db/testing';
import { kubeRequest } from '@meridian/core/kube';
import { deleteNamespace, labKubeConfig, labKubeconfigPath, uniqueName } from '@meridian/core/kube/testing';
import { startJenkinsStandin, type RunningStandin } from '../../deploy/local/jenkins-standin/src/server.ts';
import { start as startTenancy } from '../../subgraphs/tenancy/src/index.ts';
import { start as startDevops } from '../../subgraphs/devops/src/index.ts';
import { startGateway, type RunningGateway } from '../src/server.ts';
import { gql, stopLabStack } from './helpers.ts';

const NOWHERE = 'http://127.0.0.1:9/graphql';

describe('pipeline log download through the gateway', () => {
  const kubeconfig = labKubeconfigPath();
  const kc = labKubeConfig(kubeconfig);
  const project = uniqueName('gw-dl');
  const lines = Array.from({ length: 2000 }, (_, i) => `log line ${i} ${'-'.repeat(i % 50)}`);
  let db: TestDatabase;
  let prisma: PrismaClient;
  let standin: RunningStandin;
  let subgraphs: { stop(): Promise<void> }[] = [];
  let gateway: RunningGateway;
  const tokens: Record<'admin' | 'outsider', string> = { admin: '', outsider: '' };

  beforeAll(async () => {
    db = await createTestDatabase('gateway_log_download');
    prisma = createPrisma(db.url);
    standin = await startJenkinsStandin({
      port: 0,
      users: { meridian: 'tok' },
      seed: { items: [{ folder: project, items: [{ pipeline: 'build', stages: [{ name: 'Print', durationMs: 10, logs: lines }], history: [{ ageMs: 1000 }] }] }] },
    });
    await kubeRequest(kc, {
      method: 'POST',
      path: '/api/v1/namespaces',
      body: { apiVersion: 'v1', kind: 'Namespace', metadata: { name: project, labels: { 'meridian.io/workspace': `ws-${project}`, 'meridian.io/devops-project': 'true' } } },
    });
    const [tenancy, devops] = await Promise.all([
      startTenancy({ port: 0, databaseUrl: db.url, kubeconfig }),
      startDevops({ port: 0, kubeconfig, jenkinsUrl: standin.url, jenkinsUser: 'meridian', jenkinsToken: 'tok' }),
    ]);
    subgraphs = [tenancy, devops];
    gateway = await startGateway({
      port: 0,
      subgraphUrls: { tenancy: tenancy.url, devops: devops.url, workloads: NOWHERE, monitoring: NOWHERE, logging: NOWHERE, appstore: NOWHERE },
    });
    for (const [who, platformRole] of [['admin', 'platform-admin'], ['outsider', 'platform-regular']] as const) {
      const password = `pw-${randomBytes(6).toString('hex')}`;
      await prisma.user.create({ data: { username: `dl-${who}`, email: `dl-${who}@example.test`, displayName: who, passwordHash: await hashPassword(password), platformRole } });
      const login = await gql(gateway.url, 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', { u: `dl-${who}`, p: password });
      tokens[who] = login.body.data?.login?.token;
      assert.ok(tokens[who], JSON.stringify(login.body));
    }
  }, 120_000);

  afterAll(async () => {
    await deleteNamespace(kc, project);
    await standin?.stop();
    await stopLabStack({ gateway, subgraphs, prisma, db });
  });

  const download = (token: string | undefined, run = 1) =>
    fetch(`${new URL(gateway.url).origin}/download/pipeline-log/${project}/build/${run}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  test('the whole log, streamed as a text file, for a caller who may see it', async () => {
    const res = await download(tokens.admin);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^text\/plain/);
    assert.match(res.headers.get('content-disposition') ?? '', /^attachment; filename="gw-dl-[0-9a-f]+-build-1\.log"$/);
    const text = await res.text();
    for (const line of [lines[0], lines[999], lines[1999]]) assert.ok(text.includes(`\n${line}\n`));
    assert.match(text, /Finished: SUCCESS\n$/);
  });

  test('no session: 401; a caller who may not see the project, or a missing run: 404', async () => {
    assert.equal((await download(undefined)).status, 401);
    assert.equal((await download('not-a-token')).status, 401);
    const hidden = await download(tokens.outsider);
    assert.equal(hidden.status, 404);
    const missing = await download(tokens.admin, 42);
    assert.equal(missing.status, 404);
    assert.deepEqual(((await hidden.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code, 'NOT_FOUND');
  });
});
