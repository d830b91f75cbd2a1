import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { existsSync } from 'node:fs';
import { config, type Identity } from '@meridian/core';
import { KubeApiError, kubeRequest, loadKubeConfig } from '@meridian/core/kube';
import { codes, startTenancy, suffix, type Harness } from './helpers.ts';

// Issue #9's lifecycle API against the lab's API server and Postgres: disabling and deleting
// users (their session and API token stop working), updating and deleting workspaces and projects
// (real namespace DELETEs), member lists and removal, and who may do each.

const kubeconfig = config.kubeconfig;
const s = suffix();
const WS = `lc-${s}`;
const P1 = `lc-${s}-a`;
const P2 = `lc-${s}-b`;
let h: Harness;
const ids: Record<'admin' | 'admin2' | 'wsAdmin' | 'viewer' | 'projAdmin' | 'outsider', Identity> = {} as never;
const users = {} as Record<keyof typeof ids, { id: string; username: string; password: string }>;

async function mustCall<T = Record<string, any>>(query: string, vars: Record<string, unknown>, who: Identity): Promise<T> {
  const res = await h.call<T>(query, vars, who);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data as T;
}
const codeOf = async (query: string, vars: Record<string, unknown>, who: Identity) => codes(await h.call(query, vars, who))[0] ?? 'OK';

async function namespacePhase(name: string): Promise<string> {
  try {
    const ns = await kubeRequest<{ status?: { phase?: string } }>(loadKubeConfig(kubeconfig), { path: `/api/v1/namespaces/${name}` });
    return ns.status?.phase ?? 'Active';
  } catch (err) {
    if (err instanceof KubeApiError && err.statusCode === 404) return 'Gone';
    throw err;
  }
}

async function until(what: string, check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  for (const deadline = Date.now() + timeoutMs; ; ) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const resign = async (k: keyof typeof ids) => (ids[k] = await h.signIn(users[k].username, users[k].password));

beforeAll(async () => {
  if (!existsSync(kubeconfig)) throw new Error(`the lab's Kubernetes is not running (no ${kubeconfig}); start it with "npm run lab:up"`);
  h = await startTenancy('lifecycle', { kubeconfig });
  users.admin = await h.makeUser(`adm-${s}`, 'platform-admin');
  users.admin2 = await h.makeUser(`adm2-${s}`, 'platform-admin');
  for (const k of ['wsAdmin', 'viewer', 'projAdmin', 'outsider'] as const) users[k] = await h.makeUser(`${k.toLowerCase()}-${s}`);
  await resign('admin');
  await mustCall('mutation($n: String!) { createWorkspace(input: { name: $n }) { name } }', { n: WS }, ids.admin);
  await resign('admin');
  for (const p of [P1, P2]) await mustCall('mutation($w: String!, $n: String!) { createProject(workspace: $w, name: $n) { name } }', { w: WS, n: p }, ids.admin);
  const addWs = 'mutation($w: String!, $u: String!, $r: WorkspaceRole!) { addWorkspaceMember(workspace: $w, username: $u, role: $r) { role } }';
  await mustCall(addWs, { w: WS, u: users.wsAdmin.username, r: 'WORKSPACE_ADMIN' }, ids.admin);
  await mustCall(addWs, { w: WS, u: users.viewer.username, r: 'WORKSPACE_VIEWER' }, ids.admin);
  await mustCall('mutation($p: String!, $u: String!) { addProjectMember(project: $p, username: $u, role: ADMIN) { role } }', { p: P1, u: users.projAdmin.username }, ids.admin);
  for (const k of Object.keys(users) as (keyof typeof ids)[]) await resign(k);
});
afterAll(async () => {
  const kc = loadKubeConfig(kubeconfig);
  for (const p of [P1, P2]) await kubeRequest(kc, { method: 'DELETE', path: `/api/v1/namespaces/${p}` }).catch(() => undefined);
  await h?.stop();
});

describe('users: disable, enable, delete', () => {
  it('a disabled user\'s session and API token stop at once; enabling lets them sign in again', async () => {
    const u = await h.makeUser(`victim-${s}`);
    const session = await h.login(u.username, u.password);
    const me = (await h.identityOf(session)).body as Identity;
    const made = await mustCall<{ createApiToken: { token: string } }>(
      'mutation { createApiToken(input: { name: "t", scope: READ_WRITE, expiresInDays: 1 }) { token } }',
      {},
      { ...me, authMethod: 'session' } as Identity,
    );
    expect((await h.identityOf(made.createApiToken.token)).status).toBe(200);

    // Who may: platform admins only (others FORBIDDEN), never on themselves.
    for (const who of [ids.wsAdmin, ids.outsider]) expect(await codeOf('mutation($u: String!) { disableUser(username: $u) { username } }', { u: u.username }, who)).toBe('FORBIDDEN');
    expect(await codeOf('mutation($u: String!) { disableUser(username: $u) { username } }', { u: users.admin.username }, ids.admin)).toBe('FORBIDDEN');
    expect(await codeOf('mutation { disableUser(username: "nobody-here") { username } }', {}, ids.admin)).toBe('NOT_FOUND');
    const listed = await mustCall<{ users: { edges: { node: { username: string; viewerCanDisable: boolean } }[] } }>(
      '{ users(first: 500) { edges { node { username viewerCanDisable } } } }',
      {},
      ids.admin,
    );
    const can = Object.fromEntries(listed.users.edges.map((e) => [e.node.username, e.node.viewerCanDisable]));
    expect(can[u.username]).toBe(true);
    expect(can[users.admin.username]).toBe(false);

    const disabled = await mustCall<{ disableUser: { disabledAt: string | null } }>('mutation($u: String!) { disableUser(username: $u) { disabledAt } }', { u: u.username }, ids.admin);
    expect(disabled.disableUser.disabledAt).toBeTruthy();
    expect((await h.identityOf(session)).status).toBe(401);
    expect((await h.identityOf(made.createApiToken.token)).status).toBe(401);
    await expect(h.login(u.username, u.password)).rejects.toThrow(/UNAUTHENTICATED|failed/);
    expect(await h.prisma.session.count({ where: { userId: u.id, revokedAt: null } })).toBe(0);
    expect(await h.prisma.apiToken.count({ where: { userId: u.id, revokedAt: null } })).toBe(0);

    await mustCall('mutation($u: String!) { enableUser(username: $u) { username } }', { u: u.username }, ids.admin);
    // The old credentials stay ended; a new sign-in works.
    expect((await h.identityOf(session)).status).toBe(401);
    expect((await h.identityOf(await h.login(u.username, u.password))).status).toBe(200);
  });

  it('deleteUser removes the user and their session; the last enabled platform admin stays', async () => {
    const u = await h.makeUser(`gone-${s}`);
    const session = await h.login(u.username, u.password);
    expect(await codeOf('mutation($u: String!) { deleteUser(username: $u) }', { u: u.username }, ids.projAdmin)).toBe('FORBIDDEN');
    await mustCall('mutation($u: String!) { deleteUser(username: $u) }', { u: u.username }, ids.admin);
    expect((await h.identityOf(session)).status).toBe(401);
    expect(await h.prisma.user.count({ where: { id: u.id } })).toBe(0);

    // The platform admins of this database: admin, admin2, admin3. Disable two; the third is then
    // the last enabled one and cannot be deleted (asked by an admin identity that is not its own).
    await mustCall('mutation($u: String!) { disableUser(username: $u) { username } }', { u: users.admin2.username }, ids.admin);
    expect((await h.prisma.user.findUniqueOrThrow({ where: { username: users.admin2.username } })).disabledAt).not.toBeNull();
    const admin3 = await h.makeUser(`adm3-${s}`, 'platform-admin');
    const id3 = await h.signIn(admin3.username, admin3.password);
    await mustCall('mutation($u: String!) { disableUser(username: $u) { username } }', { u: users.admin.username }, id3);
    expect(await codeOf('mutation($u: String!) { deleteUser(username: $u) }', { u: admin3.username }, { ...ids.admin, userId: users.admin2.id } as Identity)).toBe('CONFLICT');
    await h.prisma.user.updateMany({ where: { username: { in: [users.admin.username, users.admin2.username] } }, data: { disabledAt: null } });
    await resign('admin');
  });
});

describe('workspaces and projects: update, members, delete', () => {
  it('updateWorkspace and updateProject: admins succeed, viewers FORBIDDEN, outsiders NOT_FOUND; capabilities agree', async () => {
    const upW = 'mutation($n: String!) { updateWorkspace(name: $n, input: { displayName: "Renamed", description: "about" }) { displayName description viewerCanEdit viewerCanDelete } }';
    expect(await codeOf(upW, { n: WS }, ids.viewer)).toBe('FORBIDDEN');
    expect(await codeOf(upW, { n: WS }, ids.outsider)).toBe('NOT_FOUND');
    const w = await mustCall<{ updateWorkspace: Record<string, unknown> }>(upW, { n: WS }, ids.wsAdmin);
    expect(w.updateWorkspace).toEqual({ displayName: 'Renamed', description: 'about', viewerCanEdit: true, viewerCanDelete: true });
    const seen = await mustCall<{ workspace: { viewerCanDelete: boolean } }>('query($n: String!) { workspace(name: $n) { viewerCanDelete } }', { n: WS }, ids.viewer);
    expect(seen.workspace.viewerCanDelete).toBe(false);

    const upP = 'mutation($n: String!) { updateProject(name: $n, input: { displayName: "Shop", description: "the shop" }) { displayName description } }';
    expect(await codeOf(upP, { n: P1 }, ids.viewer)).toBe('FORBIDDEN');
    expect(await codeOf(upP, { n: P1 }, ids.outsider)).toBe('NOT_FOUND');
    expect((await mustCall<{ updateProject: unknown }>(upP, { n: P1 }, ids.projAdmin)).updateProject).toEqual({ displayName: 'Shop', description: 'the shop' });
    const caps = 'query($n: String!) { project(name: $n) { viewerCanDelete } }';
    expect((await mustCall<{ project: { viewerCanDelete: boolean } }>(caps, { n: P1 }, ids.projAdmin)).project.viewerCanDelete).toBe(true);
    expect((await mustCall<{ project: { viewerCanDelete: boolean } }>(caps, { n: P1 }, ids.viewer)).project.viewerCanDelete).toBe(false);
  });

  it('member lists page by username; removing members and changing roles', async () => {
    const listW = 'query($w: String!, $a: String) { workspaceMembers(workspace: $w, first: 2, after: $a) { totalCount pageInfo { hasNextPage endCursor } edges { node { user { username } role } } } }';
    expect(await codeOf(listW, { w: WS }, ids.viewer)).toBe('FORBIDDEN');
    expect(await codeOf(listW, { w: WS }, ids.outsider)).toBe('NOT_FOUND');
    const first = await mustCall<{ workspaceMembers: any }>(listW, { w: WS }, ids.wsAdmin);
    expect(first.workspaceMembers.totalCount).toBe(3);
    const second = await mustCall<{ workspaceMembers: any }>(listW, { w: WS, a: first.workspaceMembers.pageInfo.endCursor }, ids.wsAdmin);
    const names = [...first.workspaceMembers.edges, ...second.workspaceMembers.edges].map((e: any) => e.node.user.username);
    expect(names).toEqual([users.admin.username, users.viewer.username, users.wsAdmin.username].sort());

    const listP = 'query($p: String!) { projectMembers(project: $p) { totalCount edges { node { user { username } role } } } }';
    expect(await codeOf(listP, { p: P1 }, ids.viewer)).toBe('FORBIDDEN');
    expect(await codeOf(listP, { p: P1 }, ids.outsider)).toBe('NOT_FOUND');
    const pm = await mustCall<{ projectMembers: any }>(listP, { p: P1 }, ids.projAdmin);
    expect(pm.projectMembers.edges.map((e: any) => e.node.user.username).sort()).toEqual([users.admin.username, users.projAdmin.username].sort());

    // Role change: add* again replaces the role.
    await mustCall('mutation($w: String!, $u: String!) { addWorkspaceMember(workspace: $w, username: $u, role: WORKSPACE_REGULAR) { role } }', { w: WS, u: users.viewer.username }, ids.wsAdmin);
    expect((await resign('viewer')).workspaces[WS]).toBe('workspace-regular');

    const rmW = 'mutation($w: String!, $u: String!) { removeWorkspaceMember(workspace: $w, username: $u) }';
    expect(await codeOf(rmW, { w: WS, u: users.viewer.username }, ids.viewer)).toBe('FORBIDDEN');
    await mustCall(rmW, { w: WS, u: users.viewer.username }, ids.wsAdmin);
    expect((await resign('viewer')).workspaces[WS]).toBeUndefined();
    expect(await codeOf(rmW, { w: WS, u: users.viewer.username }, ids.wsAdmin)).toBe('NOT_FOUND');
    await mustCall(rmW, { w: WS, u: users.admin.username }, ids.wsAdmin);
    expect(await codeOf(rmW, { w: WS, u: users.wsAdmin.username }, ids.wsAdmin)).toBe('CONFLICT');

    const rmP = 'mutation($p: String!, $u: String!) { removeProjectMember(project: $p, username: $u) }';
    expect(await codeOf(rmP, { p: P1, u: users.projAdmin.username }, ids.outsider)).toBe('NOT_FOUND');
    await mustCall(rmP, { p: P1, u: users.admin.username }, ids.projAdmin);
    expect(await codeOf(rmP, { p: P1, u: users.admin.username }, ids.projAdmin)).toBe('NOT_FOUND');
    // Restore the grants the next test relies on.
    await mustCall('mutation($w: String!, $u: String!) { addWorkspaceMember(workspace: $w, username: $u, role: WORKSPACE_VIEWER) { role } }', { w: WS, u: users.viewer.username }, ids.wsAdmin);
    await resign('viewer');
  });

  it('deleteProject needs its name as confirm; then the namespace goes', async () => {
    const del = 'mutation($n: String!, $c: String!) { deleteProject(name: $n, confirm: $c) }';
    expect(await codeOf(del, { n: P2, c: P2 }, ids.viewer)).toBe('FORBIDDEN');
    expect(await codeOf(del, { n: P2, c: P2 }, ids.outsider)).toBe('NOT_FOUND');
    expect(await codeOf(del, { n: P2, c: 'nope' }, ids.wsAdmin)).toBe('BAD_USER_INPUT');
    expect(await namespacePhase(P2)).toBe('Active');
    await mustCall(del, { n: P2, c: P2 }, ids.wsAdmin);
    expect(['Terminating', 'Gone']).toContain(await namespacePhase(P2));
  });

  it('deleteWorkspace: a wrong confirm list deletes nothing; the right one deletes namespaces and rows', async () => {
    await until(`${P2} to leave the directory`, async () => (await h.call('query($n: String!) { project(name: $n) { name } }', { n: P2 }, ids.admin)).errors !== undefined);
    const del = 'mutation($n: String!, $c: [String!]!) { deleteWorkspace(name: $n, confirm: $c) }';
    expect(await codeOf(del, { n: WS, c: [P1] }, ids.viewer)).toBe('FORBIDDEN');
    expect(await codeOf(del, { n: WS, c: [P1] }, ids.outsider)).toBe('NOT_FOUND');
    for (const wrong of [[], [P1, P2], [P1, P1], ['other']]) {
      expect(await codeOf(del, { n: WS, c: wrong }, ids.wsAdmin), JSON.stringify(wrong)).toBe('BAD_USER_INPUT');
    }
    expect(await namespacePhase(P1)).toBe('Active');
    expect(await h.prisma.workspace.count({ where: { name: WS } })).toBe(1);
    await mustCall(del, { n: WS, c: [P1] }, ids.wsAdmin);
    expect(['Terminating', 'Gone']).toContain(await namespacePhase(P1));
    expect(await h.prisma.workspace.count({ where: { name: WS } })).toBe(0);
    expect(await h.prisma.workspaceMember.count({ where: { workspaceName: WS } })).toBe(0);
    expect((await resign('wsAdmin')).workspaces[WS]).toBeUndefined();
  });
});
