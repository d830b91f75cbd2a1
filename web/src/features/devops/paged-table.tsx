'use client';

import type { RowData } from '@tanstack/react-table';
import type { FragmentType } from '@/gql/index.ts';
import { firstRowOf } from '@/lib/paging.ts';
import { DataTable, type ServerTableProps } from '@/ui/data-table.tsx';
import { Pager, type PagerFragment } from '@/ui/pager.tsx';
import type { FilteredPages } from '@/features/devops/use-filtered-pages.ts';

/** The connection fields a paged table shows besides its rows. */
export interface TablePage {
  totalCount: number;
  pageInfo: FragmentType<typeof PagerFragment>;
}

/**
 * One page of a server-paged DevOps list (`useFilteredPages`): the table (a header click sorts on
 * the server), a line when the page is empty, and the pager. Nothing is shown before the first answer.
 */
export function PagedTable<TData extends RowData>({
  list,
  page,
  pageSize,
  busy,
  emptyText,
  ...table
}: Omit<ServerTableProps<TData>, 'sorting' | 'onSortingChange'> & { list: FilteredPages; page: TablePage | null | undefined; pageSize: number; busy: boolean; emptyText: string }) {
  return (
    <>
      {page && <DataTable {...table} sorting={list.sorting} onSortingChange={list.paging.setSort} />}
      {page && table.rows.length === 0 && <p className="empty">{emptyText}</p>}
      <Pager
        firstRow={firstRowOf(list.paging.view, pageSize)}
        rows={table.rows.length}
        total={page?.totalCount ?? 0}
        pageInfo={page?.pageInfo}
        busy={busy}
        onPrevious={list.paging.previous}
        onNext={list.paging.next}
      />
    </>
  );
}
