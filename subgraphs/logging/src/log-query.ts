/**
 * A LogFilter (GraphQL argument or export URL) turned into the LogQuery Elasticsearch runs:
 * the namespaces the caller may view (narrowed to a workspace), each from its creation time,
 * a workload turned into its current pods, times checked. Null: nothing to search.
 */
import { badInput, notFound, type Identity } from '@meridian/core';
import type { LogFilter } from './generated/resolvers.ts';
import type { LoggingSources } from './context.ts';
import { searchableNamespaces } from './access.ts';
import type { LogQuery } from './sources/elasticsearch.ts';
import type { LogLevelName } from './sources/log-level.ts';

export function checkTime(value: string | null | undefined, field: string): string | undefined {
  if (value == null) return undefined;
  const t = Date.parse(value);
  if (Number.isNaN(t)) throw badInput(`${field} must be an RFC 3339 time.`, field);
  return new Date(t).toISOString();
}

const nonEmpty = <T>(xs: readonly T[] | null | undefined) => (xs?.length ? [...xs] : undefined);

export async function logQueryOf(identity: Identity, sources: Pick<LoggingSources, 'namespaces' | 'workloads'>, filter: LogFilter): Promise<LogQuery | null> {
  const start = checkTime(filter.start, 'start');
  const end = checkTime(filter.end, 'end');
  if (filter.workload && filter.namespaces?.length !== 1) throw badInput('A workload filter needs exactly one project in namespaces.', 'workload');
  let scope = await searchableNamespaces(identity, sources.namespaces, filter.namespaces);
  if (filter.workspace) {
    const workspace = filter.workspace;
    scope = scope.filter((ns) => sources.namespaces.workspaceOf(ns.name) === workspace);
  }
  if (!scope.length) return null;
  let pods = nonEmpty(filter.pods);
  if (filter.workload) {
    const { kind, name } = filter.workload;
    const ofWorkload = await sources.workloads.podsOf(scope[0].name, kind, name);
    if (!ofWorkload) throw notFound('Workload', `${scope[0].name}/${name}`);
    pods = pods ? pods.filter((p) => ofWorkload.includes(p)) : ofWorkload;
    if (!pods.length) return null;
  }
  return {
    namespaces: scope,
    pods,
    containers: nonEmpty(filter.containers),
    keywords: nonEmpty(filter.keywords),
    levels: nonEmpty(filter.levels) as LogLevelName[] | undefined,
    start,
    end,
  };
}
