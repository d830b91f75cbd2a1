/** What the logging resolvers pass down as parents (codegen mappers point here). */
import type { LogHit, LogQuery } from './sources/elasticsearch.ts';

export interface LogSearchPage {
  total: number;
  hits: LogHit[];
  from: number;
}

/**
 * A search whose hits are fetched only if asked for (once), so that a histogram-only query costs
 * one aggregation and nothing else.
 */
export interface LogSearchResultModel {
  query: LogQuery | null;
  page: () => Promise<LogSearchPage>;
}
