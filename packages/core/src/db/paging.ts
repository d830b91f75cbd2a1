import { decodeCursor, encodeCursor, pageSize, type SortKey, type SortOrder } from '../connection.ts';

/** A cursor connection as resolvers return it; `totalCount` is computed only when asked for. */
export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: () => Promise<number> | number;
}

export { decodeCursor, encodeCursor, pageSize, type SortKey, type SortOrder };

/**
 * Builds a connection from one page fetched with one extra row (`limit + 1`): the extra row
 * only tells whether a next page exists.
 */
export function toConnection<T>(
  rows: T[],
  limit: number,
  order: SortOrder,
  keyOf: (row: T) => SortKey,
  hadCursor: boolean,
  totalCount: () => Promise<number> | number,
): Connection<T> {
  const page = rows.slice(0, limit);
  const edges = page.map((node) => ({ node, cursor: encodeCursor(order, keyOf(node)) }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > limit,
      hasPreviousPage: hadCursor,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount,
  };
}
