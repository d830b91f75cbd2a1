'use client';

import { useRef, type HTMLAttributes } from 'react';
import { FlexRender, functionalUpdate, useTable, type RowData, type SortingState } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { serverTableFeatures, type ServerColumn } from '@/ui/data-table.tsx';

/** Rows drawn above this count are virtualized (only those in view are in the DOM). */
const VIRTUAL_FROM = 40;
const ROW_HEIGHT = 37;

/**
 * DataTable for long server pages: the same server-driven TanStack Table (manual sorting, the
 * page as it came), with the rows of a long page windowed by TanStack Virtual inside a scrolling
 * box whose header stays put. Short pages render every row.
 */
export function VirtualTable<TData extends RowData>({
  columns,
  rows,
  rowId,
  sorting,
  onSortingChange,
  rowProps,
  testId,
}: {
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
  const scroller = useRef<HTMLDivElement>(null);
  const tableRows = table.getRowModel().rows;
  const virtual = tableRows.length > VIRTUAL_FROM;
  const virtualizer = useVirtualizer({
    count: tableRows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    enabled: virtual,
  });
  const items = virtual ? virtualizer.getVirtualItems() : tableRows.map((_, index) => ({ index, start: index * ROW_HEIGHT, end: (index + 1) * ROW_HEIGHT }));
  const before = virtual && items.length ? items[0].start : 0;
  const after = virtual && items.length ? virtualizer.getTotalSize() - items[items.length - 1].end : 0;
  const width = columns.length;

  return (
    <div ref={scroller} className={virtual ? 'table-scroll virtual' : 'table-scroll'} data-virtual={virtual ? 'true' : 'false'}>
      <table className="table" data-testid={testId}>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const column = header.column;
                const className = column.columnDef.meta?.className;
                const label = header.isPlaceholder ? null : <FlexRender header={header} />;
                if (!column.getCanSort()) return <th key={header.id} className={className}>{label}</th>;
                const dir = column.getIsSorted();
                return (
                  <th key={header.id} className={className} aria-sort={dir === 'asc' ? 'ascending' : dir === 'desc' ? 'descending' : undefined}>
                    <button type="button" className="sort" onClick={column.getToggleSortingHandler()}>
                      {label}
                      <span aria-hidden className="sort-mark">
                        {dir === 'asc' ? '▲' : dir === 'desc' ? '▼' : ''}
                      </span>
                    </button>
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {before > 0 && (
            <tr aria-hidden style={{ height: before }}>
              <td colSpan={width} />
            </tr>
          )}
          {items.map(({ index }) => {
            const row = tableRows[index];
            return (
              <tr key={row.id} {...rowProps?.(row.original)}>
                {row.getAllCells().map((cell) => (
                  <td key={cell.id} className={cell.column.columnDef.meta?.className}>
                    <FlexRender cell={cell} />
                  </td>
                ))}
              </tr>
            );
          })}
          {after > 0 && (
            <tr aria-hidden style={{ height: after }}>
              <td colSpan={width} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
