import { test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { config } from '@meridian/core';
import { createPrisma } from '@meridian/core/db';
import { createTestDatabase, type TestDatabase } from '@meridian/core/db/testing';
import { kubeRequest, loadKubeConfig } from '@meridian/core/kube';
import { ADMIN_FIRST_PASSWORD, ADMIN_USERNAME, DEMO_DEPLOYMENT, DEMO_PROJECT, DEMO_WORKSPACE, seed } from '../../../scripts/seed.ts';
import { start } from '../src/index.ts';
import { ANONYMOUS, IDENTITY_HEADER, signIdentity, type Identity } from '@meridian/core';
import { callSubgraph } from '@meridian/core/testing';

// The seed is what a first-time user meets: the documented admin login must work, the demo
// workspace must hold a real project with a Deployment, and running it again changes nothing.

let db: TestDatabase;
beforeAll(async () => {
  if (!existsSync(config.kubeconfig)) throw new Error(`the lab's Kubernetes is not running (no ${config.kubeconfig}); start it with "npm run lab:up"`);
  db = await createTestDatabase('seed');
});
afterAll(async () => {
  await db?.drop();
});

async function counts(url: string) {
  const prisma = createPrisma(url, { maxConnections: 1 });
  try {
    return {
      users: await prisma.user.count(),
      workspaces: await prisma.workspace.count(),
      members: await prisma.workspaceMember.count(),
      templates: await prisma.appTemplate.count(),
      versions: await prisma.appVersion.count(),
      hash: (await prisma.user.findUniqueOrThrow({ where: { username: ADMIN_USERNAME } })).passwordHash,
    };
  } finally {
    await prisma.$disconnect();
  }
}

test('seeding twice is the same as seeding once', async () => {
  assert.deepEqual(await seed(db.url), { kubernetes: true });
  const first = await counts(db.url);
  assert.deepEqual(await seed(db.url), { kubernetes: true });
  assert.deepEqual(await counts(db.url), first);
  assert.equal(first.users, 1);
  assert.ok(first.templates >= 3 && first.versions >= 6);
});

test('the demo project is a labelled namespace with Deployment hello of 2 replicas', async () => {
  const kc = loadKubeConfig();
  const ns = await kubeRequest<{ metadata: { labels: Record<string, string> } }>(kc, { path: `/api/v1/namespaces/${DEMO_PROJECT}` });
  assert.equal(ns.metadata.labels[config.workspaceLabel], DEMO_WORKSPACE);
  // The namespace is shared with the running product (other tests may scale it), so only its
  // existence and shape are checked here; a first seed creates it with 2 replicas.
  const dep = await kubeRequest<{ spec: { replicas: number; selector: { matchLabels: Record<string, string> } } }>(kc, {
    path: `/apis/apps/v1/namespaces/${DEMO_PROJECT}/deployments/${DEMO_DEPLOYMENT}`,
  });
  assert.equal(typeof dep.spec.replicas, 'number');
  assert.deepEqual(dep.spec.selector.matchLabels, { app: DEMO_DEPLOYMENT });
});

test('the documented first-run login works, must change the password, then sees the demo workspace and project', async () => {
  const running = await start({ port: 0, databaseUrl: db.url });
  try {
    const login = await callSubgraph<{ login: { token: string } }>(
      running.url,
      'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
      { u: ADMIN_USERNAME, p: ADMIN_FIRST_PASSWORD },
      ANONYMOUS,
    );
    assert.ok(login.data?.login.token, JSON.stringify(login.errors));
    const res = await fetch(new URL('/internal/identity', running.url), {
      headers: { authorization: `Bearer ${login.data!.login.token}`, [IDENTITY_HEADER]: await signIdentity(ANONYMOUS, config.internalKey) },
    });
    const firstRun = (await res.json()) as Identity;
    assert.equal(firstRun.mustChangePassword, true, 'the first-run password must be changed');
    const blocked = await callSubgraph(running.url, '{ workspaces { totalCount } }', {}, firstRun);
    assert.equal(blocked.errors?.[0]?.extensions?.code, 'PASSWORD_CHANGE_REQUIRED');
    const changed = await callSubgraph(
      running.url,
      'mutation($o: String!, $n: String!) { changePassword(oldPassword: $o, newPassword: $n) }',
      { o: ADMIN_FIRST_PASSWORD, n: 'my-own-password-2026' },
      firstRun,
    );
    assert.equal(changed.data?.changePassword, true, JSON.stringify(changed.errors));
    const again = await callSubgraph<{ login: { token: string; mustChangePassword: boolean } }>(
      running.url,
      'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token mustChangePassword } }',
      { u: ADMIN_USERNAME, p: 'my-own-password-2026' },
      ANONYMOUS,
    );
    assert.equal(again.data?.login.mustChangePassword, false);
    const res2 = await fetch(new URL('/internal/identity', running.url), {
      headers: { authorization: `Bearer ${again.data!.login.token}`, [IDENTITY_HEADER]: await signIdentity(ANONYMOUS, config.internalKey) },
    });
    const identity = (await res2.json()) as Identity;
    assert.equal(identity.platformRole, 'platform-admin');
    assert.equal(identity.workspaces[DEMO_WORKSPACE], 'workspace-admin');
    const ws = await callSubgraph<{ workspace: { projects: { edges: { node: { name: string } }[] } } }>(
      running.url,
      'query($n: String!) { workspace(name: $n) { projects { edges { node { name } } } } }',
      { n: DEMO_WORKSPACE },
      identity,
    );
    assert.ok(ws.data?.workspace.projects.edges.some((e) => e.node.name === DEMO_PROJECT), JSON.stringify(ws));
  } finally {
    await running.stop();
  }
});
