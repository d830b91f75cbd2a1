import type { SortingState } from '@tanstack/react-table';
import type { DevOpsSort, DevOpsSortField } from '@/gql/graphql.ts';

/** Table column id → the API's sort field (only these columns sort, on the server). */
const SORT_COLUMNS: Record<string, DevOpsSortField> = { name: 'NAME', id: 'NAME', age: 'CREATED_AT' };

export const BY_NAME: SortingState = [{ id: 'name', desc: false }];
export const BY_ID: SortingState = [{ id: 'id', desc: false }];

/** The clicked column as the API's sort. An age column ascending is youngest first: CREATED_AT descending. */
export function devopsSortFor(sorting: SortingState): DevOpsSort {
  const s = sorting[0];
  const field = s && Object.hasOwn(SORT_COLUMNS, s.id) ? SORT_COLUMNS[s.id] : 'NAME';
  const descending = field === 'CREATED_AT' ? !s?.desc : !!s?.desc;
  return { field, direction: descending ? 'DESC' : 'ASC' };
}
