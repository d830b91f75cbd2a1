import { connection, orderScope, type Connection, type Edge, type SortOrder } from './connection.ts';
import { decodeKeysetCursor, keysetCursor, type SortKey } from './cursor.ts';
import { pageSize } from './page-size.ts';
import { compareKeys } from './sorted-keys.ts';

/**
 * Keyset pages over an in-memory index kept sorted as data changes (the Kubernetes caches) —
 * never over a list copied and sorted per request.
 */

/** Anything that can be walked in sort order from a key: items after it, and each item's key. */
export interface OrderedSource<T> {
  /** Number of items before filtering. */
  size: number;
  walk(order: SortOrder, after?: SortKey): Iterable<T>;
  keyOf(item: T, order: SortOrder): SortKey;
}

export interface IndexPageArgs<T> {
  /** Names the list in its cursors, e.g. "pods". */
  list: string;
  order: SortOrder;
  first?: number | null;
  after?: string | null;
  filter?: (item: T) => boolean;
}

/**
 * One page of `source` after the cursor, keeping items that pass `filter`. Walks only as far as
 * needed to fill the page (plus one item, to know whether there is a next page).
 */
export function pageOfIndex<T>(source: OrderedSource<T>, args: IndexPageArgs<T>): Connection<T, number> {
  const limit = pageSize(args.first);
  const scope = orderScope(args.list, args.order);
  const after = args.after ? decodeKeysetCursor(args.after, scope) : undefined;
  const { filter, order } = args;
  const edges: Edge<T>[] = [];
  let hasNextPage = false;
  for (const item of source.walk(order, after)) {
    if (filter && !filter(item)) continue;
    if (edges.length === limit) {
      hasNextPage = true;
      break;
    }
    edges.push({ node: item, cursor: keysetCursor(scope, source.keyOf(item, order)) });
  }
  return connection(edges, { hasNextPage, hasPreviousPage: !!after }, () => {
    if (!filter) return source.size;
    let n = 0;
    for (const item of source.walk(order)) if (filter(item)) n++;
    return n;
  });
}

/** A plain array as an OrderedSource (small lists that have no index), sorted once on first use. */
export function sortedArraySource<T>(items: readonly T[], keyOf: (item: T) => SortKey): OrderedSource<T> {
  let ascending: T[] | undefined;
  return {
    size: items.length,
    keyOf: (item) => keyOf(item),
    *walk(order, after) {
      ascending ??= [...items].sort((a, b) => compareKeys(keyOf(a), keyOf(b)));
      const asc = order.direction === 'ASC';
      for (let n = 0; n < ascending.length; n++) {
        const item = ascending[asc ? n : ascending.length - 1 - n];
        if (after) {
          const c = compareKeys(keyOf(item), after);
          if (asc ? c <= 0 : c >= 0) continue;
        }
        yield item;
      }
    },
  };
}
