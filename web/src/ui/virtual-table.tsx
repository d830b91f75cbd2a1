'use client';

import { useRef } from 'react';
import type { RowData } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { ServerTableHead, ServerTableRow, useServerTable, type ServerTableProps } from '@/ui/data-table.tsx';

/** Rows drawn above this count are virtualized (only those in view are in the DOM). */
const VIRTUAL_FROM = 40;
const ROW_HEIGHT = 37;

/**
 * DataTable for long server pages: the same server-driven TanStack Table (manual sorting, the
 * page as it came), with the rows of a long page windowed by TanStack Virtual inside a scrolling
 * box whose header stays put. Short pages render every row.
 */
export function VirtualTable<TData extends RowData>(props: ServerTableProps<TData>) {
  const table = useServerTable(props);
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
  const width = props.columns.length;

  return (
    <div ref={scroller} className={virtual ? 'table-scroll virtual' : 'table-scroll'} data-virtual={virtual ? 'true' : 'false'}>
      <table className="table" data-testid={props.testId}>
        <ServerTableHead table={table} />
        <tbody>
          {before > 0 && (
            <tr aria-hidden style={{ height: before }}>
              <td colSpan={width} />
            </tr>
          )}
          {items.map(({ index }) => {
            const row = tableRows[index];
            return <ServerTableRow key={row.id} row={row} rowProps={props.rowProps} />;
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
