/** For tests: page through a whole list the way a client does (following endCursor). */

export interface PageLike<N> {
  nodes: N[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/**
 * Every node of a list, from `fetchPage(null)` on, each next page after the previous page's
 * endCursor. Throws when a page is bigger than `first`, when a page that says there is more
 * has no endCursor, or when paging does not end (a cursor that does not advance).
 */
export async function collectPages<N>(first: number, fetchPage: (after: string | null) => Promise<PageLike<N>>, maxPages = 10_000): Promise<N[]> {
  const all: N[] = [];
  let after: string | null = null;
  for (let pages = 0; pages < maxPages; pages++) {
    const page: PageLike<N> = await fetchPage(after);
    if (page.nodes.length > first) throw new Error(`a page of ${page.nodes.length} nodes, asked for at most ${first}`);
    all.push(...page.nodes);
    if (!page.pageInfo.hasNextPage) return all;
    if (!page.pageInfo.endCursor || page.pageInfo.endCursor === after) throw new Error('hasNextPage without a new endCursor');
    after = page.pageInfo.endCursor;
  }
  throw new Error(`paging did not end within ${maxPages} pages`);
}

/**
 * The four orders a NAME / CREATED_AT list promises, each with the names in the expected order,
 * from the names already sorted ascending by name and by creation time.
 */
export function nameAndAgeOrders(byName: string[], byCreated: string[]) {
  return [
    [{ field: 'NAME', direction: 'ASC' }, byName],
    [{ field: 'NAME', direction: 'DESC' }, [...byName].reverse()],
    [{ field: 'CREATED_AT', direction: 'ASC' }, byCreated],
    [{ field: 'CREATED_AT', direction: 'DESC' }, [...byCreated].reverse()],
  ] as const;
}
