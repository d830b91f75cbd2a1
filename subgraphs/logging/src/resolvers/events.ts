/** searchEvents: a project's Kubernetes Events as exported to Elasticsearch. */
import { badInput, projectAccess } from '@meridian/core';
import { connection, offsetWindow, pageAtOffset } from '@meridian/core/paging/index';
import type { QueryResolvers } from '../generated/resolvers.ts';
import type { LoggingContext } from '../context.ts';
import { MAX_RESULT_WINDOW } from '../sources/elasticsearch.ts';
import { checkTime } from '../log-query.ts';
import { fromElasticsearch } from './searched.ts';

export const searchEventsQuery: Pick<QueryResolvers<LoggingContext>, 'searchEvents'> = {
  async searchEvents(_parent, args, ctx) {
    const w = offsetWindow({ list: 'searchEvents', first: args.first, after: args.after });
    if (w.offset + w.limit > MAX_RESULT_WINDOW) throw badInput(`Searches reach at most ${MAX_RESULT_WINDOW} events deep; narrow the filter or the time range.`, 'after');
    const from = checkTime(args.from, 'from');
    const to = checkTime(args.to, 'to');
    await projectAccess(ctx.identity, ctx.sources.namespaces, args.project).view();
    const created = ctx.sources.namespaces.get(args.project)?.metadata?.creationTimestamp;
    if (!created) return connection([], { hasNextPage: false, hasPreviousPage: false }, () => 0);
    const res = await fromElasticsearch(() =>
      ctx.sources.eventStore.search(
        {
          namespace: args.project,
          since: new Date(created).toISOString(),
          kind: args.kind ?? undefined,
          name: args.name ?? undefined,
          reason: args.reason ?? undefined,
          type: args.type ?? undefined,
          from,
          to,
        },
        { from: w.offset, size: w.limit },
      ),
    );
    const records = res.hits.map((d) => ({ ...d, lastSeen: d['@timestamp'] }));
    return pageAtOffset(records, w, w.offset + records.length < res.total, () => res.total);
  },
};
