'use client';

import { useCallback, useReducer } from 'react';

/**
 * Where a server-paged table is: its sort, its filter and the cursors of the pages before the one
 * shown. The API pages by cursor (`first/after`), not by offset, so "previous" goes back to a
 * cursor remembered on the way forward. A cursor belongs to one sort and filter: changing either
 * starts again at the first page (the API refuses a cursor of another sort order).
 */
export interface PagedView<S> {
  sort: S;
  filter: string;
  /** `after` of each page visited before the current one; empty on the first page. */
  cursors: string[];
}

export type PagedViewAction<S> =
  | { type: 'sort'; sort: S }
  | { type: 'filter'; filter: string }
  | { type: 'next'; endCursor: string }
  | { type: 'previous' };

export function pagedViewReducer<S>(view: PagedView<S>, action: PagedViewAction<S>): PagedView<S> {
  switch (action.type) {
    case 'sort':
      return { ...view, sort: action.sort, cursors: [] };
    case 'filter':
      return action.filter === view.filter ? view : { ...view, filter: action.filter, cursors: [] };
    case 'next':
      return { ...view, cursors: [...view.cursors, action.endCursor] };
    case 'previous':
      return { ...view, cursors: view.cursors.slice(0, -1) };
  }
}

/** The `after` argument for the page shown (null on the first page). */
export const afterOf = (view: PagedView<unknown>): string | null => view.cursors.at(-1) ?? null;

/** Position of the first row shown, counting from 1, given a fixed page size. */
export const firstRowOf = (view: PagedView<unknown>, pageSize: number): number => view.cursors.length * pageSize + 1;

export function usePagedView<S>(initialSort: S) {
  const [view, dispatch] = useReducer(pagedViewReducer<S>, { sort: initialSort, filter: '', cursors: [] });
  return {
    view,
    after: afterOf(view),
    setSort: useCallback((sort: S) => dispatch({ type: 'sort', sort }), []),
    setFilter: useCallback((filter: string) => dispatch({ type: 'filter', filter }), []),
    next: useCallback((endCursor: string) => dispatch({ type: 'next', endCursor }), []),
    previous: useCallback(() => dispatch({ type: 'previous' }), []),
  };
}
