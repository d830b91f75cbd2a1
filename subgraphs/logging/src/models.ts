/** What the logging resolvers pass down as parents (codegen mappers point here). */
import type { Connection } from '@meridian/core/paging/index';
import type { LogHit, LogQuery } from './sources/elasticsearch.ts';

/** One page of hits (offset cursors: Elasticsearch pages by `from`); totalCount is the hit total. */
export type LogSearchPage = Connection<LogHit, number>;

/**
 * A search whose hits are fetched only if asked for (once), so that a histogram-only query costs
 * one aggregation and nothing else.
 */
export interface LogSearchResultModel {
  query: LogQuery | null;
  page: () => Promise<LogSearchPage>;
}
