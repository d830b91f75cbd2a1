import type { SortingState } from '@tanstack/react-table';
import type { WorkloadSort } from '@/gql/graphql.ts';

/** Rows per page of the pod table (the API allows up to 500; the console asks for at most 100). */
export const POD_PAGE_SIZE = 50;

/** The table opens sorted by name, A to Z. */
export const DEFAULT_POD_SORTING: SortingState = [{ id: 'name', desc: false }];

/**
 * The column header the user clicked, as the API's sort. "Age" ascending means youngest first, as
 * people read an age column: that is CREATED_AT descending.
 */
export function podSortFor(sorting: SortingState): WorkloadSort {
  const s = sorting[0] ?? DEFAULT_POD_SORTING[0];
  if (s.id === 'age') return { field: 'CREATED_AT', direction: s.desc ? 'ASC' : 'DESC' };
  return { field: 'NAME', direction: s.desc ? 'DESC' : 'ASC' };
}

/**
 * The API's order of pods for `sort`, to place a streamed pod within the page shown. It matches
 * the server's index (packages/core kube cache): key [name] or [creation time, name], compared
 * by code unit (not locale), the whole key reversed for DESC.
 */
export function podComparator(sort: WorkloadSort): (a: { name: string; createdAt: string }, b: { name: string; createdAt: string }) => number {
  const sign = sort.direction === 'DESC' ? -1 : 1;
  const cmp = (x: string | number, y: string | number) => (x < y ? -1 : x > y ? 1 : 0);
  return (a, b) => {
    const primary = sort.field === 'CREATED_AT' ? cmp(createdMs(a.createdAt), createdMs(b.createdAt)) : 0;
    return sign * (primary || cmp(a.name, b.name));
  };
}

const createdMs = (iso: string) => {
  const t = Date.parse(iso);
  return Number.isFinite(t) ? t : 0;
};
