import { connection, type Connection } from './connection.ts';
import { decodeOffsetCursor, offsetCursor } from './cursor.ts';
import { pageSize } from './page-size.ts';

/**
 * Offset pages, for sources that can only be asked for "N items from position M" (Jenkins'
 * `{M,N}` ranges, Elasticsearch's `from`/`size`). A cursor is the position of its item, so a
 * page resumes right after the previous page's last item.
 */

export interface OffsetWindow {
  /** Position of the page's first item. */
  offset: number;
  limit: number;
  scope: string;
}

/** Validates `first` and `after` (BAD_USER_INPUT) before the source is asked. */
export function offsetWindow(args: { list: string; first?: number | null; after?: string | null }): OffsetWindow {
  const limit = pageSize(args.first);
  const offset = args.after ? decodeOffsetCursor(args.after, args.list) + 1 : 0;
  return { offset, limit, scope: args.list };
}

/** The connection of one page of items that starts at the window's offset. */
export function pageAtOffset<T, Count = undefined>(
  items: T[],
  w: OffsetWindow,
  hasNextPage: boolean,
  count: () => Count = () => undefined as Count,
): Connection<T, Count> {
  const edges = items.slice(0, w.limit).map((node, i) => ({ node, cursor: offsetCursor(w.scope, w.offset + i) }));
  return connection(edges, { hasNextPage, hasPreviousPage: w.offset > 0 }, count);
}
