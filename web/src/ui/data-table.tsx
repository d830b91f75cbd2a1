'use client';

import type { HTMLAttributes, ReactNode } from 'react';
import {
  FlexRender,
  functionalUpdate,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type ColumnDef,
  type RowData,
  type SortingState,
} from '@tanstack/react-table';

/** Per column: the cell class (`num` right-aligns). */
export interface CellMeta {
  className?: string;
}

/**
 * The console's tables are server-driven: the API sorts and pages, TanStack Table renders the
 * page it got (`manualSorting`: rows are shown in the order they arrive) and keeps the sort state
 * that a click on a column header changes. Only sorting is registered; nothing is processed here.
 */
export const serverTableFeatures = tableFeatures({ rowSortingFeature, columnMeta: {} as CellMeta });
export type ServerTableFeatures = typeof serverTableFeatures;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- columns of one table hold cells of different value types
export type ServerColumn<TData extends RowData> = ColumnDef<ServerTableFeatures, TData, any>;

export function DataTable<TData extends RowData>({
  columns,
  rows,
  rowId,
  sorting,
  onSortingChange,
  rowProps,
  testId,
}: {
  /** Stable (module scope or memoized): a new array re-creates the table's column model. */
  columns: ServerColumn<TData>[];
  rows: TData[];
  rowId: (row: TData) => string;
  sorting: SortingState;
  onSortingChange: (sorting: SortingState) => void;
  rowProps?: (row: TData) => HTMLAttributes<HTMLTableRowElement> & Record<`data-${string}`, string>;
  testId?: string;
}) {
  const table = useTable({
    features: serverTableFeatures,
    columns,
    data: rows,
    getRowId: rowId,
    state: { sorting },
    onSortingChange: (updater) => onSortingChange(functionalUpdate(updater, sorting)),
    manualSorting: true,
    enableSortingRemoval: false,
    enableMultiSort: false,
    sortDescFirst: false,
  });

  return (
    <table className="table" data-testid={testId}>
      <thead>
        {table.getHeaderGroups().map((group) => (
          <tr key={group.id}>
            {group.headers.map((header) => {
              const column = header.column;
              const className = column.columnDef.meta?.className;
              const label = header.isPlaceholder ? null : <FlexRender header={header} />;
              if (!column.getCanSort()) {
                return (
                  <th key={header.id} className={className}>
                    {label}
                  </th>
                );
              }
              const dir = column.getIsSorted();
              return (
                <th
                  key={header.id}
                  className={className}
                  aria-sort={dir === 'asc' ? 'ascending' : dir === 'desc' ? 'descending' : undefined}
                >
                  <button type="button" className="sort" onClick={column.getToggleSortingHandler()}>
                    {label}
                    <span aria-hidden className="sort-mark">
                      {sortMark(dir)}
                    </span>
                  </button>
                </th>
              );
            })}
          </tr>
        ))}
      </thead>
      <tbody>
        {table.getRowModel().rows.map((row) => (
          <tr key={row.id} {...rowProps?.(row.original)}>
            {row.getAllCells().map((cell) => (
              <td key={cell.id} className={cell.column.columnDef.meta?.className}>
                <FlexRender cell={cell} />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function sortMark(dir: false | 'asc' | 'desc'): ReactNode {
  return dir === 'asc' ? '▲' : dir === 'desc' ? '▼' : '';
}
