/** The paging toolkit (pure, no lab): the page-size rule, keyset and offset cursors, tampering. */
import { describe, it, expect, beforeAll } from 'vitest';
import { randomBytes } from 'node:crypto';
import {
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  decodeKeysetCursor,
  decodeOffsetCursor,
  keysetAfter,
  keysetCursor,
  keysetWindow,
  offsetCursor,
  offsetWindow,
  pageAtOffset,
  pageOfIndex,
  pageOfRows,
  pageSize,
  sortedArraySource,
  type Connection,
  type SortOrder,
} from '../src/paging/index.ts';

beforeAll(() => {
  // Cursors are signed with a key derived from the internal key, as in every server.
  process.env.MERIDIAN_INTERNAL_KEY ??= randomBytes(48).toString('base64');
});

/** The error's code and message, or 'no error'. */
function failure(fn: () => unknown): { code?: string; field?: string; message: string } | 'no error' {
  try {
    fn();
  } catch (err) {
    const e = err as { message: string; extensions?: { code?: string; field?: string } };
    return { code: e.extensions?.code, field: e.extensions?.field, message: e.message };
  }
  return 'no error';
}

describe('page size', () => {
  it('defaults to 20 and accepts 1..500', () => {
    expect(DEFAULT_PAGE_SIZE).toBe(20);
    expect(MAX_PAGE_SIZE).toBe(500);
    expect(pageSize(undefined)).toBe(20);
    expect(pageSize(null)).toBe(20);
    expect(pageSize(1)).toBe(1);
    expect(pageSize(500)).toBe(500);
  });

  it('refuses 0, negatives, 501 and fractions with BAD_USER_INPUT naming the argument and range', () => {
    for (const bad of [0, -1, 501, 2.5, 10_000]) {
      const f = failure(() => pageSize(bad));
      expect(f).not.toBe('no error');
      if (f === 'no error') continue;
      expect(f.code).toBe('BAD_USER_INPUT');
      expect(f.field).toBe('first');
      expect(f.message).toContain('"first"');
      expect(f.message).toContain('1 to 500');
    }
    const named = failure(() => pageSize(0, 'last'));
    expect(named !== 'no error' && named.message).toContain('"last"');
  });
});

describe('cursors', () => {
  it('round-trip keyset and offset positions within their scope', () => {
    expect(decodeKeysetCursor(keysetCursor('pods:NAME:ASC', ['b', 'b']), 'pods:NAME:ASC')).toEqual(['b', 'b']);
    expect(decodeKeysetCursor(keysetCursor('pods:CREATED_AT:DESC', [1700, 'x']), 'pods:CREATED_AT:DESC')).toEqual([1700, 'x']);
    expect(decodeOffsetCursor(offsetCursor('runs', 41), 'runs')).toBe(41);
  });

  it('are opaque: the sort key is not readable as plain text', () => {
    const c = keysetCursor('users:USERNAME:ASC', ['alice', 'alice']);
    expect(c).not.toContain('alice');
  });

  it('refuse malformed, altered, forged and foreign cursors with BAD_USER_INPUT on "after"', () => {
    const good = keysetCursor('pods:NAME:ASC', ['b', 'b']);
    const [body, sig] = good.split('.');
    const forgedBody = Buffer.from(JSON.stringify({ k: 'key', s: 'pods:NAME:ASC', v: ['z', 'z'] })).toString('base64url');
    const flipped = `${body.slice(0, -1)}${body.endsWith('A') ? 'B' : 'A'}.${sig}`;
    const cases: [string, () => unknown, RegExp][] = [
      ['garbage', () => decodeKeysetCursor('garbage!', 'pods:NAME:ASC'), /not one this list issued/],
      ['empty signature', () => decodeKeysetCursor(`${body}.`, 'pods:NAME:ASC'), /not one this list issued/],
      ['altered body', () => decodeKeysetCursor(flipped, 'pods:NAME:ASC'), /not one this list issued/],
      ['forged body, old signature', () => decodeKeysetCursor(`${forgedBody}.${sig}`, 'pods:NAME:ASC'), /not one this list issued/],
      ['another sort order', () => decodeKeysetCursor(good, 'pods:CREATED_AT:ASC'), /another list or sort order/],
      ['another list', () => decodeKeysetCursor(good, 'deployments:NAME:ASC'), /another list or sort order/],
      ['an offset cursor where a keyset one is expected', () => decodeKeysetCursor(offsetCursor('pods:NAME:ASC', 3), 'pods:NAME:ASC'), /another list/],
      ['a keyset cursor where an offset one is expected', () => decodeOffsetCursor(good, 'pods:NAME:ASC'), /another list/],
    ];
    for (const [what, fn, message] of cases) {
      const f = failure(fn);
      expect(f, what).not.toBe('no error');
      if (f === 'no error') continue;
      expect(f.code, what).toBe('BAD_USER_INPUT');
      expect(f.field, what).toBe('after');
      expect(f.message, what).toMatch(message);
    }
  });
});

type Item = { name: string; rank: number };
const key = (i: Item) => [i.rank, i.name] as const;

/** Every page of `source` in `order`, following endCursor until hasNextPage is false. */
function pageThrough(items: Item[], order: SortOrder, first: number, filter?: (i: Item) => boolean): string[] {
  const source = sortedArraySource(items, key);
  const seen: string[] = [];
  let after: string | null = null;
  for (let guard = 0; guard < 1000; guard++) {
    const page: Connection<Item, number> = pageOfIndex(source, { list: 'items', order, first, after, filter });
    expect(page.nodes.length).toBeLessThanOrEqual(first);
    seen.push(...page.nodes.map((n) => n.name));
    if (!page.pageInfo.hasNextPage) return seen;
    after = page.pageInfo.endCursor;
  }
  throw new Error('paging did not end');
}

describe('keyset pages', () => {
  // Many equal sort keys (rank): the tie-breaker (name) must keep one stable order.
  const items: Item[] = Array.from({ length: 47 }, (_, i) => ({ name: `item-${String((i * 13) % 47).padStart(2, '0')}`, rank: i % 4 }));
  const expected = [...items].sort((a, b) => a.rank - b.rank || (a.name < b.name ? -1 : 1)).map((i) => i.name);

  it('visit every item once, in a stable order, with equal sort keys, in both directions', () => {
    for (const first of [1, 3, 4, 10, 47, 500]) {
      expect(pageThrough(items, { field: 'RANK', direction: 'ASC' }, first)).toEqual(expected);
      expect(pageThrough(items, { field: 'RANK', direction: 'DESC' }, first)).toEqual([...expected].reverse());
    }
  });

  it('filter while paging, and totalCount counts the matches', () => {
    const odd = (i: Item) => i.rank % 2 === 1;
    expect(pageThrough(items, { field: 'RANK', direction: 'ASC' }, 5, odd)).toEqual(expected.filter((n) => odd(items.find((i) => i.name === n)!)));
    const page = pageOfIndex(sortedArraySource(items, key), { list: 'items', order: { field: 'RANK', direction: 'ASC' }, first: 2, filter: odd });
    expect(page.totalCount).toBe(items.filter(odd).length);
    expect(page.pageInfo.hasPreviousPage).toBe(false);
  });

  it('a database page: one extra row tells hasNextPage; the "after" condition seeks past equal sort values', () => {
    const w = keysetWindow({ list: 'users', order: { field: 'CREATED_AT', direction: 'ASC' }, first: 2 });
    expect(w.take).toBe(3);
    const rows = [{ name: 'a', at: 5 }, { name: 'b', at: 5 }, { name: 'c', at: 5 }];
    const page = pageOfRows(rows, w, (r) => [r.at, r.name], () => 3);
    expect(page.nodes.map((r) => r.name)).toEqual(['a', 'b']);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const next = keysetWindow({ list: 'users', order: { field: 'CREATED_AT', direction: 'ASC' }, first: 2, after: page.pageInfo.endCursor });
    expect(next.after).toEqual([5, 'b']);
    expect(keysetAfter(next, { sort: 'createdAt', tie: 'name' })).toEqual({ OR: [{ createdAt: { gt: 5 } }, { createdAt: 5, name: { gt: 'b' } }] });
    const desc = keysetWindow({ list: 'users', order: { field: 'NAME', direction: 'DESC' }, after: keysetCursor('users:NAME:DESC', ['m', 'm']) });
    expect(keysetAfter(desc, { sort: 'name', tie: 'name' })).toEqual({ name: { lt: 'm' } });
    expect(failure(() => keysetWindow({ list: 'users', order: { field: 'NAME', direction: 'ASC' }, after: page.pageInfo.endCursor }))).toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});

describe('offset pages', () => {
  it('resume right after the last item of the previous page, with no gaps or duplicates', () => {
    const all = Array.from({ length: 23 }, (_, i) => `run-${i}`);
    const seen: string[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 100; guard++) {
      const w = offsetWindow({ list: 'runs', first: 5, after });
      const slice = all.slice(w.offset, w.offset + w.limit + 1); // a source asked for one extra item
      const page = pageAtOffset(slice, w, slice.length > w.limit);
      expect(page.pageInfo.hasPreviousPage).toBe(w.offset > 0);
      seen.push(...page.nodes);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(all);
  });

  it('refuse bad page sizes and cursors of another list', () => {
    expect(failure(() => offsetWindow({ list: 'runs', first: 0 }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(failure(() => offsetWindow({ list: 'runs', after: offsetCursor('pipelines', 1) }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    expect(offsetWindow({ list: 'runs' })).toMatchObject({ offset: 0, limit: 20 });
  });
});
