/**
 * Every tenancy list paged from the first page to the last against the real backends (the lab's
 * Postgres for users and workspaces, its Kubernetes for a workspace's projects): each item
 * exactly once, in order — also when many items share a sort value (same creation time) — and
 * the one page-size rule.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { config } from '@meridian/core';
import { kubeRequest, loadKubeConfig } from '@meridian/core/kube';
import { collectPages } from '@meridian/core/paging/testing';
import { userIdentity, type GraphQLResponse } from '@meridian/core/testing';
import { startTenancy, suffix, type Harness } from './helpers.ts';

const s = suffix();
const admin = userIdentity(`pg-admin-${s}`, { platformRole: 'platform-admin' });
const WS = `pgws${s}`;
const kc = loadKubeConfig(config.kubeconfig);
let h: Harness;

// Three creation times for many rows: equal sort values, ordered by the tie-breaker.
const times = [new Date('2026-01-01T00:00:00Z'), new Date('2026-02-01T00:00:00Z'), new Date('2026-03-01T00:00:00Z')];
const users = Array.from({ length: 23 }, (_, i) => ({ username: `pgu${s}x${String((i * 7) % 23).padStart(2, '0')}`, createdAt: times[i % 3] }));
const workspaces = Array.from({ length: 17 }, (_, i) => ({ name: `pgw${s}x${String((i * 5) % 17).padStart(2, '0')}`, createdAt: times[i % 3] }));
const projects = Array.from({ length: 9 }, (_, i) => `pgp${s}x${i}`);
const visibleProjects = projects.filter((_, i) => i % 3 !== 1);
const projectViewer = userIdentity(`pg-viewer-${s}`, { projects: Object.fromEntries(visibleProjects.map((p) => [p, 'viewer'])) });

type Conn = { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { name: string } }[] };

/** (createdAt, name) order, as the API sorts CREATED_AT. */
const byTime = <T extends { createdAt: Date }>(rows: T[], name: (r: T) => string) =>
  [...rows].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (name(a) < name(b) ? -1 : 1)).map(name);

async function pageAll(query: string, vars: Record<string, unknown>, first: number, pick: (data: never) => Conn, who = admin): Promise<{ names: string[]; totals: number[] }> {
  const totals: number[] = [];
  const names = await collectPages(first, async (after) => {
    const res = (await h.call(query, { ...vars, first, after }, who)) as GraphQLResponse<never>;
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    const c = pick(res.data!);
    totals.push(c.totalCount);
    return { nodes: c.edges.map((e) => e.node.name), pageInfo: c.pageInfo };
  });
  return { names, totals };
}

const USERS = `query($f: String, $first: Int, $after: String, $sort: UserSort) {
  users(filter: { username: $f }, first: $first, after: $after, sort: $sort) { totalCount pageInfo { hasNextPage endCursor } edges { node { name: username } } } }`;
const WORKSPACES = `query($f: String, $first: Int, $after: String, $sort: WorkspaceSort) {
  workspaces(filter: { name: $f }, first: $first, after: $after, sort: $sort) { totalCount pageInfo { hasNextPage endCursor } edges { node { name } } } }`;
const PROJECTS = `query($w: String!, $first: Int, $after: String) {
  workspace(name: $w) { projects(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { name } } } } }`;

beforeAll(async () => {
  h = await startTenancy('paging', { kubeconfig: config.kubeconfig });
  for (const u of users) {
    await h.prisma.user.create({ data: { username: u.username, email: `${u.username}@example.test`, displayName: u.username, passwordHash: 'x', createdAt: u.createdAt } });
  }
  for (const w of workspaces) await h.prisma.workspace.create({ data: { name: w.name, displayName: w.name, createdAt: w.createdAt } });
  await h.prisma.workspace.create({ data: { name: WS, displayName: WS } });
  for (const p of projects) {
    await kubeRequest(kc, { method: 'POST', path: '/api/v1/namespaces', body: { apiVersion: 'v1', kind: 'Namespace', metadata: { name: p, labels: { [config.workspaceLabel]: WS } } } });
  }
});

afterAll(async () => {
  await Promise.all(projects.map((p) => kubeRequest(kc, { method: 'DELETE', path: `/api/v1/namespaces/${p}` }).catch(() => undefined)));
  await h?.stop();
});

describe('paging through every item, no duplicates, no gaps', () => {
  it('users, by username and by creation time (equal times ordered by username), both directions', async () => {
    const byName = users.map((u) => u.username).sort();
    const created = byTime(users, (u) => u.username);
    for (const first of [1, 4, 23, 500]) {
      const asc = await pageAll(USERS, { f: `pgu${s}`, sort: { field: 'USERNAME', direction: 'ASC' } }, first, (d: { users: Conn }) => d.users);
      expect(asc.names).toEqual(byName);
      expect(new Set(asc.totals)).toEqual(new Set([users.length]));
      expect((await pageAll(USERS, { f: `pgu${s}`, sort: { field: 'USERNAME', direction: 'DESC' } }, first, (d: { users: Conn }) => d.users)).names).toEqual([...byName].reverse());
      expect((await pageAll(USERS, { f: `pgu${s}`, sort: { field: 'CREATED_AT', direction: 'ASC' } }, first, (d: { users: Conn }) => d.users)).names).toEqual(created);
      expect((await pageAll(USERS, { f: `pgu${s}`, sort: { field: 'CREATED_AT', direction: 'DESC' } }, first, (d: { users: Conn }) => d.users)).names).toEqual([...created].reverse());
    }
  });

  it('workspaces, by name and by creation time, both directions', async () => {
    const byName = workspaces.map((w) => w.name).sort();
    const created = byTime(workspaces, (w) => w.name);
    for (const first of [1, 3, 17]) {
      const asc = await pageAll(WORKSPACES, { f: `pgw${s}`, sort: { field: 'NAME', direction: 'ASC' } }, first, (d: { workspaces: Conn }) => d.workspaces);
      expect(asc.names).toEqual(byName);
      expect(new Set(asc.totals)).toEqual(new Set([workspaces.length]));
      expect((await pageAll(WORKSPACES, { f: `pgw${s}`, sort: { field: 'NAME', direction: 'DESC' } }, first, (d: { workspaces: Conn }) => d.workspaces)).names).toEqual([...byName].reverse());
      expect((await pageAll(WORKSPACES, { f: `pgw${s}`, sort: { field: 'CREATED_AT', direction: 'ASC' } }, first, (d: { workspaces: Conn }) => d.workspaces)).names).toEqual(created);
      expect((await pageAll(WORKSPACES, { f: `pgw${s}`, sort: { field: 'CREATED_AT', direction: 'DESC' } }, first, (d: { workspaces: Conn }) => d.workspaces)).names).toEqual([...created].reverse());
    }
  });

  it("a workspace's projects (Kubernetes namespaces), all of them or only the visible ones", async () => {
    const pick = (d: { workspace: { projects: Conn } }) => d.workspace.projects;
    // The namespace watch sees the new namespaces shortly after they are created.
    for (let deadline = Date.now() + 10_000; ; ) {
      const r = await h.call<{ workspace: { projects: Conn } }>(PROJECTS, { w: WS, first: 1 }, admin);
      if (r.data?.workspace.projects.totalCount === projects.length || Date.now() > deadline) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    for (const first of [1, 2, 9, 500]) {
      const all = await pageAll(PROJECTS, { w: WS }, first, pick);
      expect(all.names).toEqual([...projects].sort());
      expect(new Set(all.totals)).toEqual(new Set([projects.length]));
      const mine = await pageAll(PROJECTS, { w: WS }, first, pick, projectViewer);
      expect(mine.names).toEqual([...visibleProjects].sort());
      expect(new Set(mine.totals)).toEqual(new Set([visibleProjects.length]));
    }
  });
});

describe('the page-size rule and cursors', () => {
  it('first outside 1..500 is BAD_USER_INPUT naming the argument and the range; omitted it is 20', async () => {
    for (const first of [0, -1, 501]) {
      for (const [query, vars] of [[USERS, {}], [WORKSPACES, {}], [PROJECTS, { w: WS }]] as const) {
        const res = await h.call(query, { ...vars, first }, admin);
        expect(res.errors?.[0]?.extensions?.code, `${first}`).toBe('BAD_USER_INPUT');
        expect(res.errors?.[0]?.message).toMatch(/"first".*1 to 500/);
      }
    }
    const res = await h.call<{ users: Conn }>(`query($f: String) { users(filter: { username: $f }) { totalCount pageInfo { hasNextPage endCursor } edges { node { name: username } } } }`, { f: `pgu${s}` }, admin);
    expect(res.data!.users.edges).toHaveLength(20);
    expect(res.data!.users.pageInfo.hasNextPage).toBe(true);
  });

  it("a cursor of another list or order, or an altered one, is BAD_USER_INPUT on after", async () => {
    const page = await h.call<{ users: Conn }>(USERS, { f: `pgu${s}`, first: 2, sort: { field: 'USERNAME', direction: 'ASC' } }, admin);
    const cursor = page.data!.users.pageInfo.endCursor!;
    const attempts = [
      h.call(USERS, { f: `pgu${s}`, first: 2, after: cursor, sort: { field: 'CREATED_AT', direction: 'ASC' } }, admin),
      h.call(WORKSPACES, { first: 2, after: cursor, sort: { field: 'NAME', direction: 'ASC' } }, admin),
      h.call(USERS, { first: 2, after: `${cursor.slice(0, 4)}${cursor[4] === 'A' ? 'B' : 'A'}${cursor.slice(5)}` }, admin),
      h.call(PROJECTS, { w: WS, first: 2, after: 'not-a-cursor' }, admin),
    ];
    for (const res of await Promise.all(attempts)) {
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.extensions?.field).toBe('after');
    }
  });
});

describe('entity references through the loaders', () => {
  it('many Workspace references in one request resolve each to its own row; a missing one fails alone', async () => {
    const names = [...workspaces.map((w) => w.name), `pgw${s}-missing`, workspaces[0].name];
    const res = await h.call<{ _entities: ({ name: string; displayName: string } | null)[] }>(
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Workspace { name displayName } } }',
      { r: names.map((name) => ({ __typename: 'Workspace', name })) },
      admin,
    );
    expect(res.data!._entities.map((e) => e?.name ?? null)).toEqual([...workspaces.map((w) => w.name), null, workspaces[0].name]);
    expect(res.errors?.map((e) => [e.extensions?.code, e.path?.[1]])).toEqual([['NOT_FOUND', workspaces.length]]);
  });
});
