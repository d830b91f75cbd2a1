/** What the logging resolvers pass down as parents (codegen mappers point here). */
import type { Connection } from '@meridian/core/paging/index';
import type { LogHit, LogQuery } from './sources/elasticsearch.ts';
import type { AuditHit, AuditQuery } from './sources/audit-store.ts';

/** One page of hits (offset cursors: Elasticsearch pages by `from`); totalCount is the hit total. */
export type LogSearchPage = Connection<LogHit, number>;

/**
 * A search whose hits are fetched only if asked for (once), so that a histogram-only query costs
 * one aggregation and nothing else. `query` null: nothing the caller may see.
 */
export interface SearchResultModel<Q, H> {
  query: Q | null;
  page: () => Promise<Connection<H, number>>;
}
export type LogSearchResultModel = SearchResultModel<LogQuery, LogHit>;
export type AuditSearchResultModel = SearchResultModel<AuditQuery, AuditHit>;
