import { describe, test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import pg from 'pg';
import { config, type Identity } from '@meridian/core';
import { kubeRequest, loadKubeConfig } from '@meridian/core/kube';
import { codes, startTenancy, suffix, type Harness } from './helpers.ts';

// Personal API tokens against the lab's Postgres and Kubernetes: creation, listing, revocation,
// what /internal/identity answers for them (scope, project narrowing), expiry, disabled and
// deleted users, and that the plaintext is stored nowhere.

const kubeconfig = config.kubeconfig;
let h: Harness;
const s = suffix();
const WS = `tok-${s}`;
const P1 = `tok1-${s}`;
const P2 = `tok2-${s}`;
let owner: { id: string; username: string; password: string };
let ownerId: Identity;
let adminId: Identity;
let other: Identity;
let otherUser: { id: string; username: string; password: string };

const CREATE = `mutation($n: String!, $s: ApiTokenScope!, $p: [String!], $d: Int!) {
  createApiToken(input: { name: $n, scope: $s, projects: $p, expiresInDays: $d }) {
    token apiToken { id name prefix scope projects createdAt expiresAt lastUsedAt revokedAt status }
  }
}`;
const LIST = `query($first: Int, $after: String) {
  myApiTokens(first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name prefix scope projects lastUsedAt revokedAt status } }
  }
}`;
const REVOKE = 'mutation($id: ID!) { revokeApiToken(id: $id) { id status revokedAt } }';

interface Created {
  token: string;
  apiToken: { id: string; name: string; prefix: string; scope: string; projects: string[] | null; createdAt: string; expiresAt: string; lastUsedAt: string | null; revokedAt: string | null; status: string };
}

async function mustCall<T>(query: string, vars: Record<string, unknown>, who: Identity): Promise<T> {
  const res = await h.call<T>(query, vars, who);
  assert.equal(res.errors, undefined, JSON.stringify(res.errors));
  return res.data as T;
}

async function create(who: Identity, vars: { n?: string; s?: string; p?: string[] | null; d?: number } = {}): Promise<Created> {
  const d = await mustCall<{ createApiToken: Created }>(CREATE, { n: `t-${suffix()}`, s: 'READ_WRITE', p: null, d: 30, ...vars }, who);
  return d.createApiToken;
}

/** The identity the gateway would sign for this token now, or the HTTP status tenancy refused it with. */
async function identityOf(token: string): Promise<Identity | number> {
  const { status, body } = await h.identityOf(token);
  return status === 200 ? (body as Identity) : status;
}

beforeAll(async () => {
  if (!existsSync(kubeconfig)) throw new Error(`the lab's Kubernetes is not running (no ${kubeconfig}); start it with "npm run lab:up"`);
  h = await startTenancy('apitokens', { kubeconfig });
  const admin = await h.makeUser(`tadmin-${s}`, 'platform-admin');
  owner = await h.makeUser(`towner-${s}`);
  otherUser = await h.makeUser(`tother-${s}`);
  adminId = await h.signIn(admin.username, admin.password);
  other = await h.signIn(otherUser.username, otherUser.password);
  await mustCall('mutation($n: String!) { createWorkspace(input: { name: $n }) { name } }', { n: WS }, adminId);
  for (const p of [P1, P2]) await mustCall('mutation($w: String!, $n: String!) { createProject(workspace: $w, name: $n) { name } }', { w: WS, n: p }, adminId);
  // owner: workspace admin of WS (so every project of it, through the workspace grant).
  await mustCall('mutation($w: String!, $u: String!) { addWorkspaceMember(workspace: $w, username: $u, role: WORKSPACE_ADMIN) { role } }', { w: WS, u: owner.username }, adminId);
  ownerId = await h.signIn(owner.username, owner.password);
}, 120_000);

afterAll(async () => {
  const kc = loadKubeConfig(kubeconfig);
  for (const ns of [P1, P2]) await kubeRequest(kc, { method: 'DELETE', path: `/api/v1/namespaces/${ns}` }).catch(() => undefined);
  await h?.stop();
});

describe('creating, listing and revoking', () => {
  test('the plaintext is shown once, works as a bearer token, and is listed only by its prefix with last use', async () => {
    const created = await create(ownerId, { n: 'grafana', s: 'READ_WRITE', d: 7 });
    assert.match(created.token, /^mrd_[0-9a-f]{32}_[0-9a-f]{64}$/);
    assert.ok(created.token.startsWith(created.apiToken.prefix), 'the prefix is the start of the token');
    assert.ok(created.apiToken.prefix.length < 20, 'the prefix is far shorter than the token');
    assert.deepEqual(
      { name: created.apiToken.name, scope: created.apiToken.scope, projects: created.apiToken.projects, status: created.apiToken.status, lastUsedAt: created.apiToken.lastUsedAt },
      { name: 'grafana', scope: 'READ_WRITE', projects: null, status: 'ACTIVE', lastUsedAt: null },
    );
    const days = (Date.parse(created.apiToken.expiresAt) - Date.parse(created.apiToken.createdAt)) / 86_400_000;
    assert.ok(Math.abs(days - 7) < 0.01, `expires in 7 days (${days})`);

    const id = await identityOf(created.token);
    assert.ok(typeof id === 'object', `identity: ${id}`);
    assert.equal(id.userId, owner.id);
    assert.equal(id.authMethod, 'token');
    assert.equal(id.tokenId, created.apiToken.id);
    assert.equal(id.readOnly, undefined);
    assert.equal(id.sessionId, undefined);
    assert.equal((id.workspaces as Record<string, string>)[WS], 'workspace-admin', 'all projects: the user identity itself');

    const sessionIdentity = await h.signIn(owner.username, owner.password);
    assert.equal(sessionIdentity.authMethod, 'session');
    assert.equal(sessionIdentity.tokenId, undefined);

    const listed = await mustCall<{ myApiTokens: { edges: { node: Created['apiToken'] }[] } }>(LIST, {}, ownerId);
    const row = listed.myApiTokens.edges.find((e) => e.node.id === created.apiToken.id)?.node;
    assert.ok(row?.lastUsedAt, 'last use recorded');
    assert.ok(!JSON.stringify(listed).includes(created.token.split('_')[2]), 'the list never shows the secret');
    // Another user sees none of them.
    const theirs = await mustCall<{ myApiTokens: { totalCount: number } }>(LIST, {}, other);
    assert.equal(theirs.myApiTokens.totalCount, 0);
  });

  test('revoking stops the token at once in tenancy; another user cannot revoke it; revoking twice is harmless', async () => {
    const created = await create(ownerId);
    assert.equal(typeof (await identityOf(created.token)), 'object');
    const foreign = await h.call(REVOKE, { id: created.apiToken.id }, other);
    assert.deepEqual(codes(foreign), ['NOT_FOUND']);
    assert.equal(typeof (await identityOf(created.token)), 'object', 'still live after the refused revoke');

    const revoked = await mustCall<{ revokeApiToken: { status: string; revokedAt: string | null } }>(REVOKE, { id: created.apiToken.id }, ownerId);
    assert.equal(revoked.revokeApiToken.status, 'REVOKED');
    assert.ok(revoked.revokeApiToken.revokedAt);
    assert.equal(await identityOf(created.token), 401);
    const again = await mustCall<{ revokeApiToken: { revokedAt: string | null } }>(REVOKE, { id: created.apiToken.id }, ownerId);
    assert.equal(again.revokeApiToken.revokedAt, revoked.revokeApiToken.revokedAt);
    assert.deepEqual(codes(await h.call(REVOKE, { id: 'not-a-uuid' }, ownerId)), ['NOT_FOUND']);
  });

  test('a wrong secret, a malformed token and another token id with this secret are all refused', async () => {
    const a = await create(ownerId);
    const b = await create(ownerId);
    const [, idA, secretA] = a.token.split('_');
    const [, idB] = b.token.split('_');
    const flipped = secretA.slice(0, -1) + (secretA.endsWith('0') ? '1' : '0');
    for (const bad of [`mrd_${idA}_${flipped}`, `mrd_${idB}_${secretA}`, `mrd_${idA}`, `mrd_${idA}_${secretA}x`, 'mrd_']) {
      assert.equal(await identityOf(bad), 401, bad);
    }
  });

  test('pages through the tokens newest first with the paging toolkit; the page-size rule applies', async () => {
    const who = await h.signIn(otherUser.username, otherUser.password);
    const made: string[] = [];
    for (let i = 0; i < 5; i++) made.push((await create(who, { n: `page-${i}` })).apiToken.id);
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const d: { myApiTokens: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { id: string } }[] } } = await mustCall(LIST, { first: 2, after }, who);
      assert.equal(d.myApiTokens.totalCount, 5);
      seen.push(...d.myApiTokens.edges.map((e) => e.node.id));
      if (!d.myApiTokens.pageInfo.hasNextPage) break;
      after = d.myApiTokens.pageInfo.endCursor;
    }
    assert.deepEqual(seen, [...made].reverse());
    assert.deepEqual(codes(await h.call(LIST, { first: 0 }, who)), ['BAD_USER_INPUT']);
    assert.deepEqual(codes(await h.call(LIST, { first: 2, after: 'garbage' }, who)), ['BAD_USER_INPUT']);
  });

  test('input rules: name, expiry within 1..365 days, a non-empty project list of visible projects', async () => {
    const bad = async (vars: Record<string, unknown>) => codes(await h.call(CREATE, { n: 'x', s: 'READ_ONLY', p: null, d: 30, ...vars }, ownerId));
    assert.deepEqual(await bad({ d: 0 }), ['BAD_USER_INPUT']);
    assert.deepEqual(await bad({ d: 366 }), ['BAD_USER_INPUT']);
    assert.deepEqual(await bad({ n: '  ' }), ['BAD_USER_INPUT']);
    assert.deepEqual(await bad({ n: 'x'.repeat(101) }), ['BAD_USER_INPUT']);
    assert.deepEqual(await bad({ p: [] }), ['BAD_USER_INPUT']);
    assert.deepEqual(await bad({ p: [`missing-${s}`] }), ['NOT_FOUND']);
    // A project that exists but that the caller may not see: the same NOT_FOUND.
    assert.deepEqual(codes(await h.call(CREATE, { n: 'x', s: 'READ_ONLY', p: [P1], d: 30 }, other)), ['NOT_FOUND']);
    assert.equal((await create(ownerId, { d: 365 })).apiToken.status, 'ACTIVE');
    assert.deepEqual(codes(await h.call(CREATE, { n: 'x', s: 'READ_ONLY', p: null, d: 30 }, null)), ['UNAUTHENTICATED']);
  });
});

describe('what a token may do', () => {
  test('READ_ONLY: the identity is read-only and every mutation is FORBIDDEN by the subgraph, reads work', async () => {
    const ro = await create(ownerId, { s: 'READ_ONLY' });
    const id = await identityOf(ro.token);
    assert.ok(typeof id === 'object');
    assert.equal(id.readOnly, true);
    // Would be allowed to the owner's session (workspace admin of WS).
    assert.deepEqual(codes(await h.call('mutation($w: String!, $n: String!) { createProject(workspace: $w, name: $n) { name } }', { w: WS, n: `ro-${s}` }, id)), ['FORBIDDEN']);
    assert.deepEqual(codes(await h.call('mutation { changePassword(oldPassword: "a", newPassword: "b1234567") }', {}, id)), ['FORBIDDEN']);
    assert.deepEqual(codes(await h.call('mutation { logout }', {}, id)), ['FORBIDDEN']);
    const read = await mustCall<{ project: { viewerCanEdit: boolean; viewerCanManageMembers: boolean }; workspace: { viewerCanCreateProject: boolean } }>(
      'query($p: String!, $w: String!) { project(name: $p) { viewerCanEdit viewerCanManageMembers } workspace(name: $w) { viewerCanCreateProject } }',
      { p: P1, w: WS },
      id,
    );
    assert.deepEqual(read, { project: { viewerCanEdit: false, viewerCanManageMembers: false }, workspace: { viewerCanCreateProject: false } });
  });

  test('an API token cannot create or revoke tokens (READ_WRITE included)', async () => {
    const rw = await create(ownerId);
    const id = (await identityOf(rw.token)) as Identity;
    assert.deepEqual(codes(await h.call(CREATE, { n: 'x', s: 'READ_WRITE', p: null, d: 30 }, id)), ['FORBIDDEN']);
    assert.deepEqual(codes(await h.call(REVOKE, { id: rw.apiToken.id }, id)), ['FORBIDDEN']);
    // Listing is a read: allowed.
    await mustCall(LIST, {}, id);
  });

  test('project narrowing: only the chosen projects, each with the role the user holds there; no workspace or platform grant', async () => {
    const narrowed = await create(ownerId, { p: [P1] });
    assert.deepEqual(narrowed.apiToken.projects, [P1]);
    const id = await identityOf(narrowed.token);
    assert.ok(typeof id === 'object');
    assert.deepEqual({ ...id.projects }, { [P1]: 'admin' }, 'workspace-admin of WS → admin of P1');
    assert.deepEqual({ ...id.workspaces }, {});
    assert.equal(id.platformRole, 'platform-regular');
    assert.equal((await mustCall<{ project: { name: string; viewerCanEdit: boolean } }>('query($p: String!) { project(name: $p) { name viewerCanEdit } }', { p: P1 }, id)).project.viewerCanEdit, true);
    assert.deepEqual(codes(await h.call('query($p: String!) { project(name: $p) { name } }', { p: P2 }, id)), ['NOT_FOUND'], 'a project outside the token is hidden');
    const ws = await mustCall<{ workspace: { projects: { edges: { node: { name: string } }[] } } }>('query($w: String!) { workspace(name: $w) { projects { edges { node { name } } } } }', { w: WS }, id);
    assert.deepEqual(ws.workspace.projects.edges.map((e) => e.node.name), [P1]);
    assert.deepEqual(codes(await h.call('mutation($w: String!, $n: String!) { createProject(workspace: $w, name: $n) { name } }', { w: WS, n: `nr-${s}` }, id)), ['FORBIDDEN']);

    // A platform admin's token narrowed to P2 is no platform admin.
    const adminNarrow = (await identityOf((await create(adminId, { p: [P2] })).token)) as Identity;
    assert.deepEqual({ ...adminNarrow.projects }, { [P2]: 'admin' });
    assert.deepEqual(codes(await h.call('{ users(first: 1) { totalCount } }', {}, adminNarrow)), ['FORBIDDEN']);
    assert.deepEqual(codes(await h.call('query($p: String!) { project(name: $p) { name } }', { p: P1 }, adminNarrow)), ['NOT_FOUND']);

    // A grant lost after creation is lost for the token too (it is recomputed on each lookup).
    const viewerUser = await h.makeUser(`tview-${s}`);
    await mustCall('mutation($p: String!, $u: String!) { addProjectMember(project: $p, username: $u, role: VIEWER) { role } }', { p: P2, u: viewerUser.username }, adminId);
    const viewer = await h.signIn(viewerUser.username, viewerUser.password);
    const vt = await create(viewer, { p: [P2], s: 'READ_WRITE' });
    assert.deepEqual({ ...((await identityOf(vt.token)) as Identity).projects }, { [P2]: 'viewer' });
    await h.prisma.projectMember.deleteMany({ where: { userId: viewerUser.id } });
    assert.deepEqual({ ...((await identityOf(vt.token)) as Identity).projects }, {});
  });
});

describe('expiry, disabled and deleted users', () => {
  test('an expired token is refused and listed as EXPIRED', async () => {
    const t = await create(ownerId, { d: 1 });
    await h.prisma.apiToken.update({ where: { id: t.apiToken.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    assert.equal(await identityOf(t.token), 401);
    const listed = await mustCall<{ myApiTokens: { edges: { node: { id: string; status: string } }[] } }>(LIST, { first: 100 }, ownerId);
    assert.equal(listed.myApiTokens.edges.find((e) => e.node.id === t.apiToken.id)?.node.status, 'EXPIRED');
  });

  test('last use is written at most once a minute', async () => {
    const t = await create(ownerId);
    await identityOf(t.token);
    const first = (await h.prisma.apiToken.findUniqueOrThrow({ where: { id: t.apiToken.id } })).lastUsedAt;
    assert.ok(first);
    await identityOf(t.token);
    assert.equal((await h.prisma.apiToken.findUniqueOrThrow({ where: { id: t.apiToken.id } })).lastUsedAt?.getTime(), first.getTime(), 'not rewritten within the minute');
    const old = new Date(Date.now() - 61_000);
    await h.prisma.apiToken.update({ where: { id: t.apiToken.id }, data: { lastUsedAt: old } });
    await identityOf(t.token);
    const later = (await h.prisma.apiToken.findUniqueOrThrow({ where: { id: t.apiToken.id } })).lastUsedAt;
    assert.ok(later && later.getTime() > old.getTime() + 30_000, 'rewritten after a minute');
  });

  test("a disabled user's tokens and sessions stop working and they cannot sign in; a deleted user's tokens are gone", async () => {
    const u = await h.makeUser(`tdis-${s}`);
    const session = await h.login(u.username, u.password);
    const who = (await h.identityOf(session)).body as Identity;
    const t = await create(who);
    assert.equal(typeof (await identityOf(t.token)), 'object');
    await h.prisma.user.update({ where: { id: u.id }, data: { disabledAt: new Date() } });
    assert.equal(await identityOf(t.token), 401);
    assert.equal((await h.identityOf(session)).status, 401);
    await assert.rejects(h.login(u.username, u.password), /login failed/);
    await h.prisma.user.update({ where: { id: u.id }, data: { disabledAt: null } });
    assert.equal(typeof (await identityOf(t.token)), 'object', 'enabled again: works again');

    await h.prisma.user.delete({ where: { id: u.id } });
    assert.equal(await identityOf(t.token), 401);
    assert.equal(await h.prisma.apiToken.count({ where: { userId: u.id } }), 0);
  });
});

describe('the plaintext is stored nowhere', () => {
  test('no text column of api_tokens and nothing in a dump of the whole database holds the token or its secret', async () => {
    const t = await create(ownerId, { n: 'dump-check', s: 'READ_ONLY', p: [P1, P2] });
    await identityOf(t.token); // used once: lastUsedAt written, nothing else
    const secret = t.token.split('_')[2];
    const client = new pg.Client({ connectionString: dbUrl() });
    await client.connect();
    try {
      const columns = (
        await client.query<{ column_name: string; data_type: string }>(
          "SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'api_tokens'",
        )
      ).rows;
      const textual = columns.filter((c) => ['text', 'character varying', 'ARRAY', 'uuid'].includes(c.data_type));
      assert.ok(textual.some((c) => c.column_name === 'secret_hash'), JSON.stringify(columns));
      for (const c of textual) {
        const hits = await client.query(`SELECT count(*)::int AS n FROM api_tokens WHERE "${c.column_name}"::text LIKE '%' || $1 || '%' OR "${c.column_name}"::text LIKE '%' || $2 || '%'`, [secret, t.token]);
        assert.equal(hits.rows[0].n, 0, `column ${c.column_name} holds the secret`);
      }
      const stored = await client.query<{ secret_hash: string }>('SELECT secret_hash FROM api_tokens WHERE id = $1', [t.apiToken.id]);
      assert.equal(stored.rows[0].secret_hash, createHash('sha256').update(secret).digest('hex'), 'only the SHA-256 of the secret');
    } finally {
      await client.end();
    }
    const dump = execFileSync('pg_dump', ['--data-only', '--no-owner', `--dbname=${dbUrl()}`], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    assert.ok(dump.includes(t.apiToken.id), 'the dump has the token row (so the check below can fail)');
    assert.ok(!dump.includes(secret), 'the secret is in the database dump');
    assert.ok(!dump.includes(t.token), 'the token is in the database dump');
  });
});

const dbUrl = () => h.databaseUrl;
