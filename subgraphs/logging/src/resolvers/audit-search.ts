/** searchAuditEvents: audit records from Elasticsearch, restricted to what the caller may read. */
import { fromUpstream, upstreamUnavailable } from '@meridian/core';
import type { AuditSearchResultResolvers, QueryResolvers } from '../generated/resolvers.ts';
import type { LoggingContext } from '../context.ts';
import type { AuditSearchResultModel } from '../models.ts';
import { auditScope, emptyScope } from '../audit-access.ts';
import { checkTime } from '../log-query.ts';
import { searchResult, searchResultFields, searchWindow } from './searched.ts';

const nonEmpty = (xs: readonly string[] | null | undefined) => (xs?.length ? [...new Set(xs)] : undefined);

/** What the audit search needs from the installation's database, when logging was given none. */
const noDatabase = () => upstreamUnavailable('The installation database', new Error('the logging subgraph has none configured (DATABASE_URL)'));

/** Whose records are this install's: its database's install id. */
async function thisInstall(ctx: LoggingContext): Promise<string> {
  const install = ctx.sources.install;
  if (!install) throw noDatabase();
  return fromUpstream('Postgres', install);
}

export const searchAuditEventsQuery: Pick<QueryResolvers<LoggingContext>, 'searchAuditEvents'> = {
  async searchAuditEvents(_parent, { filter, first, after }, ctx): Promise<AuditSearchResultModel> {
    const w = searchWindow('searchAuditEvents', first, after);
    const f = filter ?? {};
    const from = checkTime(f.from, 'from');
    const to = checkTime(f.to, 'to');
    const workspaces = nonEmpty(f.workspaces);
    const projects = nonEmpty(f.projects);
    const since = ctx.sources.workspacesSince;
    if (!since) throw noDatabase();
    const scope = await auditScope(ctx.identity, ctx.sources.namespaces, (names) => fromUpstream('Postgres', () => since(names)), { workspaces, projects });
    const keyword = f.keyword?.trim() || undefined;
    // Null: nothing the caller may read, no need to ask Elasticsearch.
    const query = emptyScope(scope) ? null : { install: await thisInstall(ctx), scope, workspaces, projects, users: nonEmpty(f.users), operations: nonEmpty(f.operations), results: nonEmpty(f.results), keyword, from, to };
    return searchResult(query, w, (q, from, size) => ctx.sources.auditStore.search(q, { from, size }));
  },
};

export const AuditSearchResult: AuditSearchResultResolvers<LoggingContext> = searchResultFields((query: NonNullable<AuditSearchResultModel['query']>, interval, ctx: LoggingContext) => ctx.sources.auditStore.histogram(query, interval));
