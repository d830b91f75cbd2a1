'use client';

import { useMemo, useState } from 'react';
import type { SortingState } from '@tanstack/react-table';
import { usePagedView } from '@/lib/paging.ts';
import { useDebounced } from '@/lib/use-debounced.ts';
import { devopsSortFor } from '@/features/devops/sorting.ts';

/**
 * A server-paged DevOps table's state: the filter as typed (sent once typing pauses), the table's
 * sorting as the API's sort, and the cursors of the pages before (lib/paging.ts).
 */
export function useFilteredPages(initialSorting: SortingState) {
  const [filterInput, setFilterInput] = useState('');
  const paging = usePagedView<SortingState>(initialSorting);
  const filter = useDebounced(filterInput.trim());
  if (filter !== paging.view.filter) paging.setFilter(filter);
  const sorting = paging.view.sort;
  const sort = useMemo(() => devopsSortFor(sorting), [sorting]);
  return { filterInput, setFilterInput, paging, sorting, sort, filter: paging.view.filter || null };
}

export type FilteredPages = ReturnType<typeof useFilteredPages>;
