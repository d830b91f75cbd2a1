import { connection, orderScope, type Connection, type SortOrder } from './connection.ts';
import { decodeKeysetCursor, keysetCursor, type SortKey } from './cursor.ts';
import { pageSize } from './page-size.ts';

/**
 * Keyset pages over a database: the query asks for rows strictly after the cursor's
 * (sort value, tie-breaker) in the list's order, `limit + 1` of them (the extra row only tells
 * whether a next page exists). The tie-breaker is a unique column, so equal sort values still
 * have one stable order.
 */

export interface KeysetArgs<F extends string = string> {
  /** Names the list in its cursors, e.g. "users". */
  list: string;
  order: SortOrder<F>;
  first?: number | null;
  after?: string | null;
}

export interface KeysetWindow<F extends string = string> {
  limit: number;
  /** Rows to fetch: one more than the page. */
  take: number;
  after?: SortKey;
  order: SortOrder<F>;
  scope: string;
}

/** Validates `first` and `after` (BAD_USER_INPUT) before any query runs. */
export function keysetWindow<F extends string>(args: KeysetArgs<F>): KeysetWindow<F> {
  const limit = pageSize(args.first);
  const scope = orderScope(args.list, args.order);
  return { limit, take: limit + 1, after: args.after ? decodeKeysetCursor(args.after, scope) : undefined, order: args.order, scope };
}

/**
 * The Prisma condition "after this key": `column > v OR (column = v AND tie > t)` (`<` when
 * descending); just `tie > t` when the list is sorted by the tie-breaker itself.
 */
export function keysetAfter<Where>(w: KeysetWindow, column: { sort: string; tie: string; value?: (v: string | number) => unknown }): Where {
  if (!w.after) return {} as Where;
  const cmp = w.order.direction === 'ASC' ? 'gt' : 'lt';
  const [v, t] = w.after;
  if (column.sort === column.tie) return { [column.tie]: { [cmp]: t } } as Where;
  const value = column.value ? column.value(v) : v;
  return { OR: [{ [column.sort]: { [cmp]: value } }, { [column.sort]: value, [column.tie]: { [cmp]: t } }] } as Where;
}

/** Prisma `orderBy` for the window: the sort column, then the tie-breaker. */
export function keysetOrderBy<OrderBy>(w: KeysetWindow, column: { sort: string; tie: string }): OrderBy[] {
  const dir = w.order.direction === 'ASC' ? 'asc' : 'desc';
  return (column.sort === column.tie ? [{ [column.tie]: dir }] : [{ [column.sort]: dir }, { [column.tie]: dir }]) as OrderBy[];
}

/** The connection of rows fetched with `take` (one extra row). */
export function pageOfRows<T, Count>(rows: T[], w: KeysetWindow, keyOf: (row: T) => SortKey, count: () => Count): Connection<T, Count> {
  const edges = rows.slice(0, w.limit).map((node) => ({ node, cursor: keysetCursor(w.scope, keyOf(node)) }));
  return connection(edges, { hasNextPage: rows.length > w.limit, hasPreviousPage: !!w.after }, count);
}
