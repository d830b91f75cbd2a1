'use client';

import type { HTMLAttributes, ReactNode } from 'react';
import {
  FlexRender,
  functionalUpdate,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type ColumnDef,
  type ReactTable,
  type Row,
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

/** What a server-driven table takes (DataTable, VirtualTable). */
export interface ServerTableProps<TData extends RowData> {
  /** Stable (module scope or memoized): a new array re-creates the table's column model. */
  columns: ServerColumn<TData>[];
  rows: TData[];
  rowId: (row: TData) => string;
  sorting: SortingState;
  onSortingChange: (sorting: SortingState) => void;
  rowProps?: (row: TData) => HTMLAttributes<HTMLTableRowElement> & Record<`data-${string}`, string>;
  testId?: string;
}

/** The table model of a server page: rows in the order they came, one sort the API applies. */
export function useServerTable<TData extends RowData>({ columns, rows, rowId, sorting, onSortingChange }: ServerTableProps<TData>) {
  return useTable({
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
}

export function DataTable<TData extends RowData>(props: ServerTableProps<TData>) {
  const table = useServerTable(props);
  return (
    <table className="table" data-testid={props.testId}>
      <ServerTableHead table={table} />
      <tbody>
        {table.getRowModel().rows.map((row) => (
          <ServerTableRow key={row.id} row={row} rowProps={props.rowProps} />
        ))}
      </tbody>
    </table>
  );
}

/** The header row; a sortable column's header is a button that asks for the other order. */
export function ServerTableHead<TData extends RowData>({ table }: { table: ReactTable<ServerTableFeatures, TData> }) {
  return (
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
  );
}

export function ServerTableRow<TData extends RowData>({
  row,
  rowProps,
}: {
  row: Row<ServerTableFeatures, TData>;
  rowProps: ServerTableProps<TData>['rowProps'];
}) {
  return (
    <tr {...rowProps?.(row.original)}>
      {row.getAllCells().map((cell) => (
        <td key={cell.id} className={cell.column.columnDef.meta?.className}>
          <FlexRender cell={cell} />
        </td>
      ))}
    </tr>
  );
}

function sortMark(dir: false | 'asc' | 'desc'): ReactNode {
  return dir === 'asc' ? '▲' : dir === 'desc' ? '▼' : '';
}
