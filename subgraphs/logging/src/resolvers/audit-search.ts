/** searchAuditEvents: audit records from Elasticsearch, restricted to what the caller may read. */
import { badInput, fromUpstream, upstreamUnavailable } from '@meridian/core';
import { connection, offsetWindow, pageAtOffset } from '@meridian/core/paging/index';
import type { AuditSearchResultResolvers, QueryResolvers } from '../generated/resolvers.ts';
import type { LoggingContext } from '../context.ts';
import type { AuditSearchResultModel } from '../models.ts';
import { MAX_RESULT_WINDOW } from '../sources/elasticsearch.ts';
import { auditScope, emptyScope } from '../audit-access.ts';
import { checkTime } from '../log-query.ts';
import { fromElasticsearch, INTERVAL, once } from './search.ts';

const nonEmpty = (xs: readonly string[] | null | undefined) => (xs?.length ? [...new Set(xs)] : undefined);

/** Whose records are this install's: its database's install id. */
async function thisInstall(ctx: LoggingContext): Promise<string> {
  const install = ctx.sources.install;
  if (!install) throw upstreamUnavailable('The installation database', new Error('the logging subgraph has none configured (DATABASE_URL)'));
  return fromUpstream('Postgres', install);
}

export const searchAuditEventsQuery: Pick<QueryResolvers<LoggingContext>, 'searchAuditEvents'> = {
  async searchAuditEvents(_parent, { filter, first, after }, ctx): Promise<AuditSearchResultModel> {
    const w = offsetWindow({ list: 'searchAuditEvents', first, after });
    if (w.offset + w.limit > MAX_RESULT_WINDOW) throw badInput(`Searches reach at most ${MAX_RESULT_WINDOW} records deep; narrow the filter or the time range.`, 'after');
    const f = filter ?? {};
    const from = checkTime(f.from, 'from');
    const to = checkTime(f.to, 'to');
    const workspaces = nonEmpty(f.workspaces);
    const projects = nonEmpty(f.projects);
    const scope = await auditScope(ctx.identity, ctx.sources.namespaces, { workspaces, projects });
    const keyword = f.keyword?.trim() || undefined;
    // Null: nothing the caller may read, no need to ask Elasticsearch.
    const query = emptyScope(scope) ? null : { install: await thisInstall(ctx), scope, workspaces, projects, users: nonEmpty(f.users), operations: nonEmpty(f.operations), results: nonEmpty(f.results), keyword, from, to };
    return {
      query,
      page: once(async () => {
        if (!query) return connection([], { hasNextPage: false, hasPreviousPage: w.offset > 0 }, () => 0);
        const res = await fromElasticsearch(() => ctx.sources.auditStore.search(query, { from: w.offset, size: w.limit }));
        return pageAtOffset(res.hits, w, w.offset + res.hits.length < res.total, () => res.total);
      }),
    };
  },
};

export const AuditSearchResult: AuditSearchResultResolvers<LoggingContext> = {
  totalCount: async (r) => (await r.page()).totalCount,
  edges: async (r) => (await r.page()).edges,
  pageInfo: async (r) => (await r.page()).pageInfo,
  async histogram(r, { interval }, ctx) {
    if (!INTERVAL.test(interval)) throw badInput('interval must look like 30s, 5m, 1h or 1d.', 'interval');
    const query = r.query;
    if (!query) return [];
    return fromElasticsearch(() => ctx.sources.auditStore.histogram(query, interval));
  },
};
