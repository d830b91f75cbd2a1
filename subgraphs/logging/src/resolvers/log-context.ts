/** logContext: the lines around a search hit, from the same container (search_after in a PIT). */
import { badInput, hiddenOrMissing } from '@meridian/core';
import type { QueryResolvers } from '../generated/resolvers.ts';
import type { LoggingContext } from '../context.ts';
import { searchableNamespaces } from '../access.ts';
import { fromElasticsearch } from './searched.ts';

export const MAX_CONTEXT_LINES = 200;

function checkCount(n: number | null | undefined, field: string): number {
  const v = n ?? 10;
  if (!Number.isInteger(v) || v < 0 || v > MAX_CONTEXT_LINES) throw badInput(`${field} must be between 0 and ${MAX_CONTEXT_LINES}.`, field);
  return v;
}

export const logContextQuery: Pick<QueryResolvers<LoggingContext>, 'logContext'> = {
  async logContext(_parent, { project, id, before, after }, ctx) {
    const [b, a] = [checkCount(before, 'before'), checkCount(after, 'after')];
    const scope = await searchableNamespaces(ctx.identity, ctx.sources.namespaces, [project]);
    const found = scope.length ? await fromElasticsearch(() => ctx.sources.logStore.context({ namespaces: scope }, id, b, a)) : null;
    if (!found) throw hiddenOrMissing('Log record', `${project}/${id}`);
    return found;
  },
};
