import { test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { ANONYMOUS, type Identity } from '@meridian/core';
import { createPrisma, type AppVersionState, type PrismaClient } from '@meridian/core/db';
import { createTestDatabase, type TestDatabase } from '@meridian/core/db/testing';
import { callSubgraph, userIdentity } from '@meridian/core/testing';
import { start } from '../src/index.ts';
import { stopAppstore } from './helpers.ts';

const s = randomBytes(3).toString('hex');
const WS = `wsa-${s}`;
let db: TestDatabase;
let prisma: PrismaClient;
let url: string;
let stop: () => Promise<void>;
const tid: Record<string, string> = {};

async function template(key: string, workspaceName: string | null, category: string, versions: [string, AppVersionState][]) {
  const t = await prisma.appTemplate.create({
    data: {
      name: `${key}-${s}`,
      displayName: key.toUpperCase(),
      category,
      workspaceName,
      versions: { create: versions.map(([version, state], i) => ({ version, appVersion: `app-${version}`, state, createdAt: new Date(Date.now() - (10 - i) * 1000) })) },
    },
  });
  tid[key] = t.id;
}

beforeAll(async () => {
  db = await createTestDatabase('appstore');
  prisma = createPrisma(db.url, { maxConnections: 2 });
  await prisma.workspace.create({ data: { name: WS, displayName: WS } });
  await template('nginx', null, 'web', [['1.0.0', 'ACTIVE'], ['2.0.0', 'DRAFT']]);
  await template('redis', null, 'database', [['7.0.0', 'ACTIVE'], ['7.2.0', 'ACTIVE'], ['8.0.0', 'SUSPENDED']]);
  await template('draftonly', null, 'web', [['0.1.0', 'SUBMITTED']]);
  await template('private', WS, 'web', [['1.0.0', 'ACTIVE'], ['1.1.0', 'REJECTED']]);
  await template('privdraft', WS, 'web', [['0.0.1', 'DRAFT']]);
  ({ url, stop } = await start({ port: 0, databaseUrl: db.url }));
});

afterAll(() => stopAppstore({ stop, prisma, db }));

const who = {
  admin: userIdentity(`admin-${s}`, { platformRole: 'platform-admin' }),
  regular: userIdentity(`reg-${s}`),
  member: userIdentity(`mem-${s}`, { workspaces: { [WS]: 'workspace-regular' } }),
  wsAdmin: userIdentity(`wsadm-${s}`, { workspaces: { [WS]: 'workspace-admin' } }),
};

const LIST = `query($f: AppTemplateFilter, $first: Int, $after: String) {
  appTemplates(filter: $f, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id name workspace { name } versions { version state } latestVersion { version } } }
  }
}`;
interface Node { id: string; name: string; workspace: { name: string } | null; versions: { version: string; state: string }[]; latestVersion: { version: string } | null }
interface ListData { appTemplates: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: Node }[] } }

async function list(id: Identity, f: Record<string, unknown> = {}, first?: number, afterCursor?: string) {
  const res = await callSubgraph<ListData>(url, LIST, { f: { name: s, ...f }, first, after: afterCursor }, id);
  assert.equal(res.errors, undefined, JSON.stringify(res.errors));
  return res.data!.appTemplates;
}
const names = (c: ListData['appTemplates']) => c.edges.map((e) => e.node.name.replace(`-${s}`, '')).sort();

test('anonymous callers get UNAUTHENTICATED', async () => {
  const res = await callSubgraph(url, LIST, {}, ANONYMOUS);
  assert.equal(res.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
});

test('a regular user sees store templates with an ACTIVE version, and only ACTIVE versions', async () => {
  const c = await list(who.regular);
  assert.deepEqual(names(c), ['nginx', 'redis']);
  assert.equal(c.totalCount, 2);
  const nginx = c.edges.find((e) => e.node.name.startsWith('nginx'))!.node;
  assert.deepEqual(nginx.versions, [{ version: '1.0.0', state: 'ACTIVE' }]);
  const redis = c.edges.find((e) => e.node.name.startsWith('redis'))!.node;
  assert.deepEqual(redis.versions.map((v) => v.version), ['7.2.0', '7.0.0'], 'newest first, SUSPENDED hidden');
  assert.equal(redis.latestVersion?.version, '7.2.0');
});

test('a platform admin sees every template and every version state', async () => {
  const c = await list(who.admin);
  assert.deepEqual(names(c), ['draftonly', 'nginx', 'private', 'privdraft', 'redis']);
  const nginx = c.edges.find((e) => e.node.name.startsWith('nginx'))!.node;
  assert.deepEqual(nginx.versions.map((v) => v.state).sort(), ['ACTIVE', 'DRAFT']);
});

test('workspace-private templates: members see them (ACTIVE only), admins of the workspace see drafts too', async () => {
  assert.deepEqual(names(await list(who.member)), ['nginx', 'private', 'redis']);
  const own = await list(who.member, { workspace: WS });
  assert.deepEqual(names(own), ['private']);
  assert.equal(own.edges[0].node.workspace?.name, WS);
  assert.deepEqual(own.edges[0].node.versions.map((v) => v.state), ['ACTIVE']);

  const adm = await list(who.wsAdmin, { workspace: WS });
  assert.deepEqual(names(adm), ['private', 'privdraft']);
  const priv = adm.edges.find((e) => e.node.name.startsWith('private'))!.node;
  assert.deepEqual(priv.versions.map((v) => v.state).sort(), ['ACTIVE', 'REJECTED']);
  const nginx = (await list(who.wsAdmin)).edges.find((e) => e.node.name.startsWith('nginx'))!.node;
  assert.deepEqual(nginx.versions.map((v) => v.state), ['ACTIVE'], 'a workspace admin does not administer the public store');
});

test('non-members never get another workspace\'s templates, by list, by id or by entity reference', async () => {
  assert.deepEqual(names(await list(who.regular, { workspace: WS })), []);
  const one = await callSubgraph(url, 'query($id: ID!) { appTemplate(id: $id) { name } }', { id: tid.private }, who.regular);
  assert.equal(one.errors?.[0]?.extensions?.code, 'NOT_FOUND');
  const draft = await callSubgraph(url, 'query($id: ID!) { appTemplate(id: $id) { name } }', { id: tid.draftonly }, who.member);
  assert.equal(draft.errors?.[0]?.extensions?.code, 'NOT_FOUND');
  const entity = await callSubgraph(url, 'query($r: [_Any!]!) { _entities(representations: $r) { ... on AppTemplate { name } } }', { r: [{ __typename: 'AppTemplate', id: tid.private }] }, who.regular);
  assert.equal(entity.errors?.[0]?.extensions?.code, 'NOT_FOUND');
  const ok = await callSubgraph<{ appTemplate: { name: string } }>(url, 'query($id: ID!) { appTemplate(id: $id) { name } }', { id: tid.private }, who.member);
  assert.equal(ok.data?.appTemplate.name, `private-${s}`);
});

test('filters by category and name, and pages with cursors', async () => {
  assert.deepEqual(names(await list(who.admin, { category: 'database' })), ['redis']);
  assert.deepEqual(names(await list(who.admin, { name: `NGINX-${s}` })), ['nginx'], 'name match is case-insensitive');
  const seen: string[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < 10; i++) {
    const page = await list(who.admin, {}, 2, cursor);
    seen.push(...page.edges.map((e) => e.node.name.replace(`-${s}`, '')));
    assert.equal(page.totalCount, 5);
    if (!page.pageInfo.hasNextPage) break;
    cursor = page.pageInfo.endCursor!;
  }
  assert.deepEqual(seen, ['draftonly', 'nginx', 'private', 'privdraft', 'redis']);
});
