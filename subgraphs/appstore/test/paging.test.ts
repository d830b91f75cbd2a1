/**
 * The app store list paged from the first page to the last against the lab's Postgres: by name
 * and by creation time (templates created at the same instant: ordered by id), both directions,
 * only what the caller may see; templates by reference through the loader.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { randomBytes } from 'node:crypto';
import { createPrisma, type PrismaClient } from '@meridian/core/db';
import { createTestDatabase, type TestDatabase } from '@meridian/core/db/testing';
import { callSubgraph, userIdentity } from '@meridian/core/testing';
import { collectPages, nameAndAgeOrders } from '@meridian/core/paging/testing';
import { start } from '../src/index.ts';
import { stopAppstore } from './helpers.ts';

const s = randomBytes(3).toString('hex');
const WS = `wspg-${s}`;
const regular = userIdentity(`pg-reg-${s}`);
const member = userIdentity(`pg-mem-${s}`, { workspaces: { [WS]: 'workspace-regular' } });
const times = [new Date('2026-01-01T00:00:00Z'), new Date('2026-02-01T00:00:00Z')];
let db: TestDatabase;
let prisma: PrismaClient;
let url: string;
let stop: () => Promise<void>;
type Row = { id: string; name: string; createdAt: Date; workspaceName: string | null };
const rows: Row[] = [];

const LIST = `query($f: AppTemplateFilter, $first: Int, $after: String, $sort: AppTemplateSort) {
  appTemplates(filter: $f, first: $first, after: $after, sort: $sort) { totalCount pageInfo { hasNextPage endCursor } edges { node { id name } } } }`;
type Conn = { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { id: string; name: string } }[] };

async function pageAll(who: ReturnType<typeof userIdentity>, first: number, sort: { field: string; direction: string }): Promise<string[]> {
  return collectPages(first, async (after) => {
    const res = await callSubgraph<{ appTemplates: Conn }>(url, LIST, { f: { name: s }, first, after, sort }, who);
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    const c = res.data!.appTemplates;
    return { nodes: c.edges.map((e) => e.node.name), pageInfo: c.pageInfo };
  });
}

function orders(visible: Row[]) {
  // Sorting by name ties on id too (names are unique here); by creation time, equal times order by id.
  const byName = [...visible].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1)).map((r) => r.name);
  const byCreated = [...visible].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : 1)).map((r) => r.name);
  return nameAndAgeOrders(byName, byCreated);
}

beforeAll(async () => {
  db = await createTestDatabase('appstore_paging');
  prisma = createPrisma(db.url, { maxConnections: 2 });
  await prisma.workspace.create({ data: { name: WS, displayName: WS } });
  for (let i = 0; i < 19; i++) {
    const workspaceName = i % 4 === 0 ? WS : null; // every fourth is private to the workspace
    const t = await prisma.appTemplate.create({
      data: {
        name: `app${String((i * 7) % 19).padStart(2, '0')}-${s}`,
        displayName: `App ${i}`,
        category: 'web',
        workspaceName,
        createdAt: times[i % 2],
        versions: { create: [{ version: '1.0.0', appVersion: '1', state: 'ACTIVE' }] },
      },
    });
    rows.push({ id: t.id, name: t.name, createdAt: t.createdAt, workspaceName });
  }
  ({ url, stop } = await start({ port: 0, databaseUrl: db.url }));
});

afterAll(() => stopAppstore({ stop, prisma, db }));

describe('paging through every template, no duplicates, no gaps', () => {
  it('a workspace member: public and the workspace’s own templates, both orders and directions', async () => {
    for (const [sort, expected] of orders(rows)) {
      for (const first of [1, 4, 19, 500]) expect(await pageAll(member, first, sort), `${sort.field} ${sort.direction} ${first}`).toEqual(expected);
    }
  });

  it('a regular user: only the public store, paged the same way', async () => {
    for (const [sort, expected] of orders(rows.filter((r) => !r.workspaceName))) {
      expect(await pageAll(regular, 3, sort)).toEqual(expected);
    }
  });

  it('first outside 1..500 is BAD_USER_INPUT; a cursor of the other order too', async () => {
    for (const first of [0, 501]) {
      const res = await callSubgraph(url, LIST, { f: { name: s }, first }, member);
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.message).toMatch(/"first".*1 to 500/);
    }
    const page = await callSubgraph<{ appTemplates: Conn }>(url, LIST, { f: { name: s }, first: 2 }, member);
    const res = await callSubgraph(url, LIST, { f: { name: s }, first: 2, after: page.data!.appTemplates.pageInfo.endCursor, sort: { field: 'CREATED_AT', direction: 'ASC' } }, member);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});

describe('entity references through the loader', () => {
  it('every template by reference in one request; hidden and unknown ones are NOT_FOUND, each alone', async () => {
    const res = await callSubgraph<{ _entities: ({ id: string; name: string } | null)[] }>(
      url,
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on AppTemplate { id name } } }',
      { r: [...rows.map((r) => ({ __typename: 'AppTemplate', id: r.id })), { __typename: 'AppTemplate', id: 'no-such-id' }] },
      regular,
    );
    // The regular user sees the public ones; the workspace's private ones are hidden like unknown ones.
    expect(res.data!._entities).toEqual([...rows.map((r) => (r.workspaceName ? null : { id: r.id, name: r.name })), null]);
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(Array(rows.filter((r) => r.workspaceName).length + 1).fill('NOT_FOUND'));
  });
});
