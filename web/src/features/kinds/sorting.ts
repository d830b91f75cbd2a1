import type { SortingState } from '@tanstack/react-table';
import type { WorkloadSort, WorkloadSortField } from '@/gql/graphql.ts';

/** Table column id → the API's sort field (only these columns sort, on the server). */
export const SORT_COLUMNS: Record<string, WorkloadSortField> = { name: 'NAME', status: 'STATUS', age: 'CREATED_AT' };

export const BY_NAME: SortingState = [{ id: 'name', desc: false }];

export function sortFor(sorting: SortingState): WorkloadSort {
  const s = sorting[0];
  const field = (s && Object.hasOwn(SORT_COLUMNS, s.id) ? SORT_COLUMNS[s.id] : 'NAME') as WorkloadSortField;
  return { field, direction: s?.desc ? 'DESC' : 'ASC' };
}
