/** What the logging resolvers pass down as parents (codegen mappers point here). */
import type { Connection } from '@meridian/core/paging/index';
import type { LogHit, LogQuery } from './sources/elasticsearch.ts';
import type { AuditHit, AuditQuery } from './sources/audit-store.ts';

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

/** An audit search, fetched as LogSearchResultModel is (hits only if asked for, once). */
export interface AuditSearchResultModel {
  query: AuditQuery | null;
  page: () => Promise<Connection<AuditHit, number>>;
}
