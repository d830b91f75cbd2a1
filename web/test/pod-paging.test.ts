/**
 * The pod table pages and sorts on the server; what is left in the browser is mapping a header
 * click to the API's sort, placing streamed pods on the page shown (in the API's order, only
 * within the page's bounds and filter), and remembering cursors for "previous".
 */
import { describe, expect, it } from 'vitest';
import { podComparator, podSortFor } from '../src/features/workloads/pods/pod-sort.ts';
import { applyPodEvent, changesMembership, mergePage, type PodOverlay, type PodPage } from '../src/features/workloads/pods/live-pods.ts';
import type { PodStatus } from '../src/features/workloads/pods/pod-row.tsx';
import { afterOf, firstRowOf, pagedViewReducer, type PagedView } from '../src/lib/paging.ts';

const pod = (name: string, createdAt = '2026-01-01T00:00:00Z'): PodStatus => ({
  name,
  namespace: 'ns',
  phase: 'Running',
  podIP: null,
  nodeName: null,
  createdAt,
  containers: [],
  __typename: 'Pod',
});
const names = (rows: { name: string }[]) => rows.map((p) => p.name).join(' ');
const overlayOf = (...events: Parameters<typeof applyPodEvent>[1][]) =>
  events.reduce<PodOverlay>((o, e) => applyPodEvent(o, e), new Map());

describe('header clicks become the API sort', () => {
  it('maps Name and Age both ways; Age ascending is youngest first (CREATED_AT DESC)', () => {
    expect(podSortFor([{ id: 'name', desc: false }])).toEqual({ field: 'NAME', direction: 'ASC' });
    expect(podSortFor([{ id: 'name', desc: true }])).toEqual({ field: 'NAME', direction: 'DESC' });
    expect(podSortFor([{ id: 'age', desc: false }])).toEqual({ field: 'CREATED_AT', direction: 'DESC' });
    expect(podSortFor([{ id: 'age', desc: true }])).toEqual({ field: 'CREATED_AT', direction: 'ASC' });
    expect(podSortFor([])).toEqual({ field: 'NAME', direction: 'ASC' });
  });

  it('orders like the API: by code unit, the name breaking creation-time ties, the whole key reversed for DESC', () => {
    const pods = [pod('b', '2026-01-02T00:00:00Z'), pod('B', '2026-01-01T00:00:00Z'), pod('a', '2026-01-02T00:00:00Z')];
    expect(names([...pods].sort(podComparator({ field: 'NAME', direction: 'ASC' })))).toBe('B a b');
    expect(names([...pods].sort(podComparator({ field: 'NAME', direction: 'DESC' })))).toBe('b a B');
    expect(names([...pods].sort(podComparator({ field: 'CREATED_AT', direction: 'ASC' })))).toBe('B a b');
    expect(names([...pods].sort(podComparator({ field: 'CREATED_AT', direction: 'DESC' })))).toBe('b a B');
  });
});

describe('streamed pods on the page shown', () => {
  const byName = { field: 'NAME', direction: 'ASC' } as const;
  const middle: PodPage = { rows: [pod('m1'), pod('m5')], hasPrevious: true, hasNext: true, sort: byName, nameFilter: '' };

  it('a new pod joins a middle page only between its first and last rows', () => {
    const o = overlayOf({ type: 'ADDED', pod: pod('m3') }, { type: 'ADDED', pod: pod('a0') }, { type: 'ADDED', pod: pod('z9') });
    expect(names(mergePage(middle, o))).toBe('m1 m3 m5');
  });

  it('the first page takes pods sorting before it, the last page pods sorting after it', () => {
    const o = overlayOf({ type: 'ADDED', pod: pod('a0') }, { type: 'ADDED', pod: pod('z9') });
    expect(names(mergePage({ ...middle, hasPrevious: false }, o))).toBe('a0 m1 m5');
    expect(names(mergePage({ ...middle, hasNext: false }, o))).toBe('m1 m5 z9');
  });

  it('changes and deletions apply to rows on the page; other pages are not touched', () => {
    const changed = { ...pod('m5'), phase: 'Failed' as const };
    const o = overlayOf({ type: 'MODIFIED', pod: changed }, { type: 'DELETED', pod: pod('m1') }, { type: 'MODIFIED', pod: pod('x7') });
    const rows = mergePage(middle, o);
    expect(rows.map((p) => [p.name, p.phase])).toEqual([['m5', 'Failed']]);
  });

  it('keeps to the name filter and the sort of the page, and joins usage by name', () => {
    const newest: PodPage = {
      rows: [pod('web-2', '2026-01-03T00:00:00Z'), pod('web-1', '2026-01-02T00:00:00Z')],
      hasPrevious: false,
      hasNext: false,
      sort: { field: 'CREATED_AT', direction: 'DESC' },
      nameFilter: 'WEB',
    };
    const o = overlayOf({ type: 'ADDED', pod: pod('web-3', '2026-01-04T00:00:00Z') }, { type: 'ADDED', pod: pod('db-0', '2026-01-05T00:00:00Z') });
    const rows = mergePage(newest, o, new Map([['web-1', { __typename: 'PodMetrics' as const, cpu: 0.5, memory: 1024 }]]));
    expect(names(rows)).toBe('web-3 web-2 web-1');
    expect(rows[2].metrics).toEqual({ __typename: 'PodMetrics' as const, cpu: 0.5, memory: 1024 });
    expect(rows[0].metrics).toBeNull();
  });

  it('asks the API again when a matching pod is added or deleted, not for a status change', () => {
    expect(changesMembership({ type: 'ADDED', pod: pod('web-3') }, 'web')).toBe(true);
    expect(changesMembership({ type: 'DELETED', pod: pod('web-3') }, '')).toBe(true);
    expect(changesMembership({ type: 'ADDED', pod: pod('db-0') }, 'web')).toBe(false);
    expect(changesMembership({ type: 'MODIFIED', pod: pod('web-3') }, 'web')).toBe(false);
  });
});

describe('cursor pages', () => {
  const start: PagedView<string> = { sort: 'name', filter: '', cursors: [] };

  it('next remembers the cursor, previous goes back to the one before', () => {
    let v = pagedViewReducer(start, { type: 'next', endCursor: 'c1' });
    v = pagedViewReducer(v, { type: 'next', endCursor: 'c2' });
    expect(afterOf(v)).toBe('c2');
    expect(firstRowOf(v, 50)).toBe(101);
    v = pagedViewReducer(v, { type: 'previous' });
    expect(afterOf(v)).toBe('c1');
    v = pagedViewReducer(v, { type: 'previous' });
    expect(afterOf(v)).toBeNull();
    expect(firstRowOf(v, 50)).toBe(1);
  });

  it('a new sort or filter starts at the first page (a cursor belongs to one order); the same filter keeps the page', () => {
    const deep = pagedViewReducer(start, { type: 'next', endCursor: 'c1' });
    expect(pagedViewReducer(deep, { type: 'sort', sort: 'age' })).toEqual({ sort: 'age', filter: '', cursors: [] });
    expect(pagedViewReducer(deep, { type: 'filter', filter: 'web' }).cursors).toEqual([]);
    expect(pagedViewReducer(deep, { type: 'filter', filter: '' })).toBe(deep);
  });
});
