/** searchLogs: collected logs from Elasticsearch, restricted to what the caller may see. */
import type { LogSearchResultResolvers, QueryResolvers } from '../generated/resolvers.ts';
import type { LoggingContext } from '../context.ts';
import type { LogSearchResultModel } from '../models.ts';
import { logQueryOf } from '../log-query.ts';
import { searchResult, searchResultFields, searchWindow } from './searched.ts';

export const Query: QueryResolvers<LoggingContext> = {
  async searchLogs(_parent, { filter, first, after, sort }, ctx): Promise<LogSearchResultModel> {
    const order = sort === 'OLDEST_FIRST' ? 'asc' : 'desc';
    // Offset cursors, bound to the sort order.
    const w = searchWindow(`searchLogs:${order}`, first, after);
    // Null: nothing the caller may see (or no pod of the workload): no need to ask Elasticsearch.
    const query = await logQueryOf(ctx.identity, ctx.sources, filter);
    return searchResult(query, w, (q, from, size) => ctx.sources.logStore.search(q, { from, size, order }));
  },
};

export const LogSearchResult: LogSearchResultResolvers<LoggingContext> = searchResultFields((query: NonNullable<LogSearchResultModel['query']>, interval, ctx: LoggingContext) => ctx.sources.logStore.histogram(query, interval));
