import { describe, test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { config, type Identity } from '@meridian/core';
import { kubeRequest, loadKubeConfig } from '@meridian/core/kube';
import { codes, startTenancy, suffix, type Harness } from './helpers.ts';

// Roles and tenant isolation against the lab's real Kubernetes: projects are real namespaces.

const kubeconfig = config.kubeconfig;
let h: Harness;
const s = suffix();
const A = `wsa-${s}`;
const B = `wsb-${s}`;
const PA = `pa-${s}`;
const PB1 = `pb1-${s}`;
const PB2 = `pb2-${s}`;
const ids: Record<'admin' | 'alice' | 'bob' | 'carol' | 'dave', Identity> = {} as never;
const createdNamespaces: string[] = [];
const passwords: Record<string, string> = {};

const WORKSPACES = `query($f: String, $first: Int, $after: String, $sort: WorkspaceSort) {
  workspaces(filter: { name: $f }, first: $first, after: $after, sort: $sort) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { name } }
  }
}`;
const WORKSPACE = 'query($n: String!) { workspace(name: $n) { name projects { totalCount edges { node { name workspace { name } } } } } }';
const PROJECT = 'query($n: String!) { project(name: $n) { name displayName phase createdAt workspace { name } } }';
const CREATE_WS = 'mutation($n: String!) { createWorkspace(input: { name: $n, displayName: "Display" }) { name displayName } }';
const CREATE_PROJECT = 'mutation($w: String!, $n: String!, $d: String) { createProject(workspace: $w, name: $n, displayName: $d) { name displayName workspace { name } } }';

async function mustCall<T>(query: string, vars: Record<string, unknown>, who: Identity): Promise<T> {
  const res = await h.call<T>(query, vars, who);
  assert.equal(res.errors, undefined, JSON.stringify(res.errors));
  return res.data as T;
}

async function workspaceNames(who: Identity): Promise<string[]> {
  const d = await mustCall<{ workspaces: { edges: { node: { name: string } }[] } }>(WORKSPACES, { f: s }, who);
  return d.workspaces.edges.map((e) => e.node.name).sort();
}

beforeAll(async () => {
  if (!existsSync(kubeconfig)) throw new Error(`the lab's Kubernetes is not running (no ${kubeconfig}); start it with "npm run lab:up"`);
  h = await startTenancy('tenants', { kubeconfig });
  const admin = await h.makeUser(`admin-${s}`, 'platform-admin');
  const alice = await h.makeUser(`alice-${s}`, 'platform-self-provisioner');
  const bob = await h.makeUser(`bob-${s}`);
  const carol = await h.makeUser(`carol-${s}`);
  const dave = await h.makeUser(`dave-${s}`);
  for (const u of [admin, alice, bob, carol, dave]) passwords[u.username] = u.password;
  const adminId = await h.signIn(admin.username, admin.password);
  let aliceId = await h.signIn(alice.username, alice.password);

  await mustCall(CREATE_WS, { n: A }, aliceId);
  aliceId = await h.signIn(alice.username, alice.password); // now with workspace-admin of A
  await mustCall(CREATE_PROJECT, { w: A, n: PA }, aliceId);
  await mustCall(CREATE_WS, { n: B }, adminId);
  await mustCall(CREATE_PROJECT, { w: B, n: PB1, d: 'Project B one' }, adminId);
  await mustCall(CREATE_PROJECT, { w: B, n: PB2 }, adminId);
  createdNamespaces.push(PA, PB1, PB2);
  await mustCall('mutation($w: String!, $u: String!) { addWorkspaceMember(workspace: $w, username: $u, role: WORKSPACE_REGULAR) { role } }', { w: B, u: bob.username }, adminId);
  await mustCall('mutation($p: String!, $u: String!) { addProjectMember(project: $p, username: $u, role: VIEWER) { role project } }', { p: PB2, u: carol.username }, adminId);

  ids.admin = adminId;
  ids.alice = aliceId;
  ids.bob = await h.signIn(bob.username, bob.password);
  ids.carol = await h.signIn(carol.username, carol.password);
  ids.dave = await h.signIn(dave.username, dave.password);
});

afterAll(async () => {
  if (existsSync(kubeconfig)) {
    const kc = loadKubeConfig(kubeconfig);
    await Promise.all(createdNamespaces.map((n) => kubeRequest(kc, { method: 'DELETE', path: `/api/v1/namespaces/${n}` }).catch(() => undefined)));
  }
  await h?.stop();
});

describe('visibility per role', () => {
  test('the identity carries the grants tenancy stored', () => {
    assert.equal(ids.alice.workspaces[A], 'workspace-admin');
    assert.equal(ids.bob.workspaces[B], 'workspace-regular');
    assert.deepEqual(ids.carol.projects, { [PB2]: 'viewer' });
    assert.deepEqual(ids.dave.workspaces, {});
  });

  test('a platform admin sees every workspace and project', async () => {
    assert.deepEqual(await workspaceNames(ids.admin), [A, B].sort());
    const p = await mustCall<{ project: { name: string; workspace: { name: string } } }>(PROJECT, { n: PA }, ids.admin);
    assert.equal(p.project.workspace.name, A);
  });

  test('a workspace admin sees only their workspace and its projects', async () => {
    assert.deepEqual(await workspaceNames(ids.alice), [A]);
    const own = await mustCall<{ workspace: { projects: { totalCount: number; edges: { node: { name: string } }[] } } }>(WORKSPACE, { n: A }, ids.alice);
    assert.deepEqual(own.workspace.projects.edges.map((e) => e.node.name), [PA]);
  });

  test('cross-tenant: a member of A gets neither workspace B nor its projects', async () => {
    const ws = await h.call(WORKSPACE, { n: B }, ids.alice);
    assert.deepEqual(codes(ws), ['NOT_FOUND']);
    assert.equal((ws.data as { workspace: unknown }).workspace, null);
    const missing = await h.call(WORKSPACE, { n: `no-such-${s}` }, ids.alice);
    assert.equal(missing.errors?.[0].message.replace(`no-such-${s}`, B), ws.errors?.[0].message, 'not visible and not existing look alike');
    const p = await h.call(PROJECT, { n: PB1 }, ids.alice);
    assert.deepEqual(codes(p), ['NOT_FOUND']);
    const entity = await h.call('query($r: [_Any!]!) { _entities(representations: $r) { ... on Project { name } } }', { r: [{ __typename: 'Project', name: PB1 }] }, ids.alice);
    assert.deepEqual(codes(entity), ['NOT_FOUND'], 'the federation entry point is guarded too');
  });

  test('a project member sees that project and its workspace, not the sibling projects', async () => {
    assert.deepEqual(await workspaceNames(ids.carol), [B]);
    const ws = await mustCall<{ workspace: { projects: { totalCount: number; edges: { node: { name: string } }[] } } }>(WORKSPACE, { n: B }, ids.carol);
    assert.deepEqual(ws.workspace.projects.edges.map((e) => e.node.name), [PB2]);
    assert.equal(ws.workspace.projects.totalCount, 1);
    assert.deepEqual(codes(await h.call(PROJECT, { n: PB1 }, ids.carol)), ['NOT_FOUND']);
    const own = await mustCall<{ project: { workspace: { name: string } } }>(PROJECT, { n: PB2 }, ids.carol);
    assert.equal(own.project.workspace.name, B);
  });

  test('a workspace-regular member sees the workspace but no project they were not given', async () => {
    assert.deepEqual(await workspaceNames(ids.bob), [B]);
    const ws = await mustCall<{ workspace: { projects: { totalCount: number } } }>(WORKSPACE, { n: B }, ids.bob);
    assert.equal(ws.workspace.projects.totalCount, 0);
  });

  test('a user with no grants sees nothing', async () => {
    assert.deepEqual(await workspaceNames(ids.dave), []);
    assert.deepEqual(codes(await h.call(WORKSPACE, { n: A }, ids.dave)), ['NOT_FOUND']);
    assert.deepEqual(codes(await h.call(PROJECT, { n: PA }, ids.dave)), ['NOT_FOUND']);
  });

  test('members are listed for workspace admins only', async () => {
    const Q = 'query($n: String!) { workspace(name: $n) { members { role user { username } } } }';
    const mine = await mustCall<{ workspace: { members: { role: string; user: { username: string } }[] } }>(Q, { n: A }, ids.alice);
    assert.deepEqual(mine.workspace.members.map((m) => [m.user.username, m.role]), [[ids.alice.username, 'WORKSPACE_ADMIN']]);
    assert.deepEqual(codes(await h.call(Q, { n: B }, ids.bob)), ['FORBIDDEN']);
  });

  test('anonymous callers get UNAUTHENTICATED', async () => {
    const anon: Identity = { kind: 'anonymous', workspaces: {}, projects: {} };
    assert.deepEqual(codes(await h.call(WORKSPACE, { n: A }, anon)), ['UNAUTHENTICATED']);
    assert.deepEqual(codes(await h.call(PROJECT, { n: PA }, anon)), ['UNAUTHENTICATED']);
  });
});

describe('creating workspaces and projects', () => {
  test('createProject made a real namespace labelled with its workspace', async () => {
    const ns = await kubeRequest<{ metadata: { labels: Record<string, string>; annotations?: Record<string, string> } }>(loadKubeConfig(kubeconfig), {
      path: `/api/v1/namespaces/${PB1}`,
    });
    assert.equal(ns.metadata.labels[config.workspaceLabel], B);
    assert.equal(ns.metadata.annotations?.['meridian.io/display-name'], 'Project B one');
    const p = await mustCall<{ project: { displayName: string; phase: string; createdAt: string } }>(PROJECT, { n: PB1 }, ids.admin);
    assert.equal(p.project.displayName, 'Project B one');
    assert.equal(p.project.phase, 'Active');
    assert.ok(Date.parse(p.project.createdAt) > Date.now() - 10 * 60_000);
  });

  test('invalid names are BAD_USER_INPUT; taken names are "not available", whoever holds them', async () => {
    assert.deepEqual(codes(await h.call(CREATE_PROJECT, { w: A, n: 'Not_Valid' }, ids.alice)), ['BAD_USER_INPUT']);
    assert.deepEqual(codes(await h.call(CREATE_PROJECT, { w: A, n: `x${'a'.repeat(63)}` }, ids.alice)), ['BAD_USER_INPUT']);
    assert.deepEqual(codes(await h.call(CREATE_WS, { n: '-bad-' }, ids.admin)), ['BAD_USER_INPUT']);
    // Alice's own project, another tenant's project she cannot see, and a system namespace: one answer.
    const own = await h.call(CREATE_PROJECT, { w: A, n: PA }, ids.alice);
    const hidden = await h.call(CREATE_PROJECT, { w: A, n: PB1 }, ids.alice);
    const system = await h.call(CREATE_PROJECT, { w: A, n: 'kube-system' }, ids.alice);
    for (const [res, name] of [[own, PA], [hidden, PB1], [system, 'kube-system']] as const) {
      assert.deepEqual(codes(res), ['BAD_USER_INPUT']);
      assert.equal(res.errors![0].message, `The name "${name}" is not available; choose another.`);
      assert.equal(res.errors![0].extensions?.field, 'name');
      assert.doesNotMatch(JSON.stringify(res.errors), new RegExp(`${B}|cluster|exists`));
    }
    // The same for workspaces: her own, and one of another tenant she cannot see.
    const ownWs = await h.call(CREATE_WS, { n: A }, ids.alice);
    const hiddenWs = await h.call(CREATE_WS, { n: B }, ids.alice);
    assert.deepEqual([codes(ownWs), codes(hiddenWs)], [['BAD_USER_INPUT'], ['BAD_USER_INPUT']]);
    assert.equal(hiddenWs.errors![0].message, `The name "${B}" is not available; choose another.`);
    assert.doesNotMatch(hiddenWs.errors![0].message, /exists/);
  });

  test('adding a member by username reveals no email, last sign-in or first-run state', async () => {
    const stranger = await h.makeUser(`stranger-${s}`);
    await h.signIn(stranger.username, stranger.password); // has a last sign-in to hide
    const fields = 'user { username email lastLoginAt mustChangePassword }';
    const ws = await mustCall<{ addWorkspaceMember: { user: Record<string, unknown> } }>(
      `mutation($w: String!, $u: String!) { addWorkspaceMember(workspace: $w, username: $u, role: WORKSPACE_VIEWER) { ${fields} } }`,
      { w: A, u: stranger.username },
      ids.alice,
    );
    assert.deepEqual(ws.addWorkspaceMember.user, { username: stranger.username, email: null, lastLoginAt: null, mustChangePassword: false });
    const pr = await mustCall<{ addProjectMember: { user: Record<string, unknown> } }>(
      `mutation($p: String!, $u: String!) { addProjectMember(project: $p, username: $u, role: VIEWER) { ${fields} } }`,
      { p: PA, u: stranger.username },
      ids.alice,
    );
    assert.deepEqual(pr.addProjectMember.user, { username: stranger.username, email: null, lastLoginAt: null, mustChangePassword: false });
    const members = await mustCall<{ workspace: { members: { user: { username: string; email: string | null } }[] } }>(
      'query($n: String!) { workspace(name: $n) { members { user { username email } } } }',
      { n: A },
      ids.alice,
    );
    assert.equal(members.workspace.members.find((m) => m.user.username === stranger.username)?.user.email, null);
    assert.equal(members.workspace.members.find((m) => m.user.username === ids.alice.username)?.user.email, `${ids.alice.username}@example.test`, 'one\'s own email shows');
    // A platform admin sees them.
    const asAdmin = await mustCall<{ users: { edges: { node: { email: string; lastLoginAt: string } }[] } }>(
      'query($f: String) { users(filter: { username: $f }) { edges { node { email lastLoginAt } } } }',
      { f: stranger.username },
      ids.admin,
    );
    assert.equal(asAdmin.users.edges[0].node.email, `${stranger.username}@example.test`);
    assert.ok(asAdmin.users.edges[0].node.lastLoginAt);
  });

  test('only the right roles may create', async () => {
    assert.deepEqual(codes(await h.call(CREATE_WS, { n: `wsd-${s}` }, ids.dave)), ['FORBIDDEN']);
    assert.deepEqual(codes(await h.call(CREATE_PROJECT, { w: B, n: `pbx-${s}` }, ids.bob)), ['FORBIDDEN']);
    assert.deepEqual(codes(await h.call(CREATE_PROJECT, { w: B, n: `pby-${s}` }, ids.alice)), ['NOT_FOUND'], 'another tenant\'s workspace is not even acknowledged');
    const add = 'mutation($w: String!, $u: String!) { addWorkspaceMember(workspace: $w, username: $u, role: WORKSPACE_ADMIN) { role } }';
    assert.deepEqual(codes(await h.call(add, { w: B, u: ids.bob.username }, ids.bob)), ['FORBIDDEN']);
  });

  test('a workspace self-provisioner may create projects there and administers them', async () => {
    const add = 'mutation($w: String!, $u: String!) { addWorkspaceMember(workspace: $w, username: $u, role: WORKSPACE_SELF_PROVISIONER) { role } }';
    await mustCall(add, { w: A, u: ids.dave.username }, ids.alice);
    const sp = await h.signIn(ids.dave.username!, passwords[ids.dave.username!]);
    assert.equal(sp.workspaces[A], 'workspace-self-provisioner');
    const name = `pself-${s}`;
    createdNamespaces.push(name);
    await mustCall(CREATE_PROJECT, { w: A, n: name }, sp);
    const member = await h.prisma.projectMember.findUniqueOrThrow({ where: { namespace_userId: { namespace: name, userId: sp.userId! } } });
    assert.equal(member.role, 'admin');
    // Right after creating, the workspace admin can already grant a role in it (read-your-writes).
    const fresh = `pnew-${s}`;
    createdNamespaces.push(fresh);
    await mustCall(CREATE_PROJECT, { w: A, n: fresh }, ids.alice);
    const granted = await mustCall<{ addProjectMember: { role: string } }>(
      'mutation($p: String!, $u: String!) { addProjectMember(project: $p, username: $u, role: OPERATOR) { role } }',
      { p: fresh, u: ids.bob.username },
      ids.alice,
    );
    assert.equal(granted.addProjectMember.role, 'OPERATOR');
  });

  test('workspaces page with cursors, without duplicates or gaps', async () => {
    const names = [`pg1-${s}`, `pg2-${s}`, `pg3-${s}`];
    for (const n of names) await mustCall(CREATE_WS, { n }, ids.admin);
    const page = (after?: string) =>
      mustCall<{ workspaces: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { name: string } }[] } }>(
        WORKSPACES,
        { f: `pg`, first: 2, after, sort: { field: 'NAME', direction: 'DESC' } },
        ids.admin,
      );
    const mine = (d: { workspaces: { edges: { node: { name: string } }[] } }) => d.workspaces.edges.map((e) => e.node.name).filter((n) => n.endsWith(s));
    const p1 = await page();
    assert.equal(p1.workspaces.pageInfo.hasNextPage, true);
    const p2 = await page(p1.workspaces.pageInfo.endCursor);
    assert.deepEqual([...mine(p1), ...mine(p2)], [...names].reverse());
    assert.equal(p1.workspaces.totalCount, 3);
    const bad = await h.call(WORKSPACES, { after: p1.workspaces.pageInfo.endCursor }, ids.admin);
    assert.deepEqual(codes(bad), ['BAD_USER_INPUT'], 'a cursor from another sort order is refused');
  });
});

describe('concurrent grants', () => {
  test('granting the same new membership ten times at once succeeds every time (no unique-violation error)', async () => {
    const eve = await h.makeUser(`eve-${s}`);
    const grants = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        h.call<{ addProjectMember: { role: string } }>(
          'mutation($p: String!, $u: String!, $r: ProjectRole!) { addProjectMember(project: $p, username: $u, role: $r) { role } }',
          { p: PB1, u: eve.username, r: i % 2 ? 'VIEWER' : 'OPERATOR' },
          ids.admin,
        ),
      ),
    );
    for (const g of grants) assert.equal(g.errors, undefined, JSON.stringify(g.errors));
    const ws = await Promise.all(
      Array.from({ length: 10 }, () =>
        h.call('mutation($w: String!, $u: String!) { addWorkspaceMember(workspace: $w, username: $u, role: WORKSPACE_VIEWER) { role } }', { w: B, u: eve.username }, ids.admin),
      ),
    );
    for (const g of ws) assert.equal(g.errors, undefined, JSON.stringify(g.errors));
  });
});
