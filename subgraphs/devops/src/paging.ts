/** Opaque cursors over Jenkins' positional ranges (`{M,N}`): a cursor is an encoded offset. */
import { badInput } from '@meridian/core';

export const MAX_PAGE = 100;

export function encodeCursor(offset: number): string {
  return Buffer.from(`o:${offset}`).toString('base64url');
}

export function pageWindow(first: number | null | undefined, after: string | null | undefined): { offset: number; limit: number } {
  const limit = first ?? 20;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE) throw badInput(`first must be between 1 and ${MAX_PAGE}.`, 'first');
  if (!after) return { offset: 0, limit };
  const m = Buffer.from(after, 'base64url').toString().match(/^o:(\d+)$/);
  if (!m) throw badInput('after is not a cursor from this list.', 'after');
  return { offset: Number(m[1]) + 1, limit };
}

/** A Relay connection over one page of items starting at `offset`. */
export function connection<T>(items: T[], offset: number, hasMore: boolean) {
  const edges = items.map((node, i) => ({ node, cursor: encodeCursor(offset + i) }));
  return {
    edges,
    nodes: items,
    pageInfo: {
      hasNextPage: hasMore,
      hasPreviousPage: offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}
