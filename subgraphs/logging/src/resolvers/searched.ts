/**
 * What every Elasticsearch-backed search answer shares (searchLogs, searchAuditEvents): offset
 * cursors within Elasticsearch's result window, hits fetched once and only when asked for, a
 * histogram over the same query, and Elasticsearch being down as UPSTREAM_UNAVAILABLE.
 */
import { GraphQLError } from 'graphql';
import { badInput, upstreamUnavailable } from '@meridian/core';
import { connection, offsetWindow, pageAtOffset, type OffsetWindow } from '@meridian/core/paging/index';
import type { SearchResultModel } from '../models.ts';
import { isUnavailable, MAX_RESULT_WINDOW } from '../sources/elasticsearch.ts';

export const INTERVAL = /^[1-9]\d*(ms|s|m|h|d)$/;

export async function fromElasticsearch<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (err) {
    if (err instanceof GraphQLError || !isUnavailable(err)) throw err;
    throw upstreamUnavailable('Elasticsearch', err);
  }
}

/** Runs `fn` at most once, on first use. */
export function once<T>(fn: () => Promise<T>): () => Promise<T> {
  let p: Promise<T> | undefined;
  return () => (p ??= fn());
}

/** The page a cursor asks for; Elasticsearch pages by position (`from`), so cursors are offsets. */
export function searchWindow(list: string, first: number | null | undefined, after: string | null | undefined): OffsetWindow {
  const w = offsetWindow({ list, first, after });
  if (w.offset + w.limit > MAX_RESULT_WINDOW) throw badInput(`Searches reach at most ${MAX_RESULT_WINDOW} records deep; narrow the filter or the time range.`, 'after');
  return w;
}

/** A search answer whose hits are fetched by `search` once, when a field asks for them. */
export function searchResult<Q, H>(query: Q | null, w: OffsetWindow, search: (query: Q, from: number, size: number) => Promise<{ hits: H[]; total: number }>): SearchResultModel<Q, H> {
  return {
    query,
    page: once(async () => {
      if (!query) return connection([], { hasNextPage: false, hasPreviousPage: w.offset > 0 }, () => 0);
      const res = await fromElasticsearch(() => search(query, w.offset, w.limit));
      return pageAtOffset(res.hits, w, w.offset + res.hits.length < res.total, () => res.total);
    }),
  };
}

/** The fields of a search answer type, its histogram counted by `histogram` over the same query. */
export function searchResultFields<Q, H, B, C>(histogram: (query: Q, interval: string, ctx: C) => Promise<B[]>) {
  return {
    totalCount: async (r: SearchResultModel<Q, H>) => (await r.page()).totalCount,
    edges: async (r: SearchResultModel<Q, H>) => (await r.page()).edges,
    pageInfo: async (r: SearchResultModel<Q, H>) => (await r.page()).pageInfo,
    async histogram(r: SearchResultModel<Q, H>, { interval }: { interval: string }, ctx: C): Promise<B[]> {
      if (!INTERVAL.test(interval)) throw badInput('interval must look like 30s, 5m, 1h or 1d.', 'interval');
      const query = r.query;
      if (!query) return [];
      return fromElasticsearch(() => histogram(query, interval, ctx));
    },
  };
}
