/** searchLogs: collected logs from Elasticsearch, restricted to what the caller may see. */
import { GraphQLError } from 'graphql';
import { badInput, upstreamUnavailable } from '@meridian/core';
import { connection, offsetWindow, pageAtOffset } from '@meridian/core/paging/index';
import type { LogSearchResultResolvers, QueryResolvers } from '../generated/resolvers.ts';
import type { LoggingContext } from '../context.ts';
import type { LogSearchPage, LogSearchResultModel } from '../models.ts';
import { isUnavailable, MAX_RESULT_WINDOW } from '../sources/elasticsearch.ts';
import { logQueryOf } from '../log-query.ts';

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

export const Query: QueryResolvers<LoggingContext> = {
  async searchLogs(_parent, { filter, first, after, sort }, ctx): Promise<LogSearchResultModel> {
    const order = sort === 'OLDEST_FIRST' ? 'asc' : 'desc';
    // Elasticsearch pages by position (`from`): offset cursors, bound to the sort order.
    const w = offsetWindow({ list: `searchLogs:${order}`, first, after });
    if (w.offset + w.limit > MAX_RESULT_WINDOW) throw badInput(`Searches reach at most ${MAX_RESULT_WINDOW} records deep; narrow the filter or the time range.`, 'after');
    // Null: nothing the caller may see (or no pod of the workload): no need to ask Elasticsearch.
    const query = await logQueryOf(ctx.identity, ctx.sources, filter);
    return {
      query,
      page: once(async (): Promise<LogSearchPage> => {
        if (!query) return connection([], { hasNextPage: false, hasPreviousPage: w.offset > 0 }, () => 0);
        const { logStore } = ctx.sources;
        const res = await fromElasticsearch(() => logStore.search(query, { from: w.offset, size: w.limit, order }));
        return pageAtOffset(res.hits, w, w.offset + res.hits.length < res.total, () => res.total);
      }),
    };
  },
};

export const LogSearchResult: LogSearchResultResolvers<LoggingContext> = {
  totalCount: async (r) => (await r.page()).totalCount,
  edges: async (r) => (await r.page()).edges,
  pageInfo: async (r) => (await r.page()).pageInfo,
  async histogram(r, { interval }, ctx) {
    if (!INTERVAL.test(interval)) throw badInput('interval must look like 30s, 5m, 1h or 1d.', 'interval');
    const query = r.query;
    if (!query) return [];
    return fromElasticsearch(() => ctx.sources.logStore.histogram(query, interval));
  },
};
