import { badInput, fromUpstream } from '@meridian/core';
import { pageOfIndex, pageSize, sortedArraySource, type SortDirection } from '@meridian/core/paging/index';
import { metricAt, RANK_METRICS } from './catalog.ts';
import { WORKSPACE_LABEL, selectorFrom, type MetricLevel, type Selector } from './levels.ts';
import type { PrometheusClient } from '../sources/prometheus.ts';

/**
 * Top N of a level by one metric: ONE instant query over the caller's scope (every object of
 * the level for platform admins, else a matcher of the namespaces or workspaces they may read),
 * answers outside the scope dropped again, sorted by (value, name) and paged with a keyset
 * cursor bound to the level, metric and order.
 */
export type RankLevel = 'node' | 'workspace' | 'namespace' | 'workload' | 'pod';
export type RankMeasure = keyof typeof RANK_METRICS;

const PREFIX: Record<RankLevel, string> = { node: 'node', workspace: 'workspace', namespace: 'namespace', workload: 'workload', pod: 'pod' };

export interface RankScope {
  /** Undefined: every object of the level (platform admins). */
  namespaces?: readonly string[];
  workspaces?: readonly string[];
  workloadType?: string;
}

/** A ranked object as the resolvers hold it (codegen's RankedObject mapper). */
export type RankedObjectModel = RankedObject;

export interface RankedObject {
  name: string;
  namespace: string | null;
  workloadKind: 'DEPLOYMENT' | 'STATEFULSET' | 'DAEMONSET' | null;
  metric: string;
  unit: string;
  value: number;
}

function scopeSelector(scope: RankScope): Selector {
  const values = new Map<string, readonly string[]>();
  if (scope.namespaces) values.set('namespace', scope.namespaces);
  if (scope.workspaces) values.set(WORKSPACE_LABEL, scope.workspaces);
  if (scope.workloadType) values.set('workload_type', [scope.workloadType]);
  return selectorFrom(values);
}

const KINDS = { deployment: 'DEPLOYMENT', statefulset: 'STATEFULSET', daemonset: 'DAEMONSET' } as const;

function toRanked(level: RankLevel, labels: Record<string, string>, metric: string, unit: string, value: number): RankedObject {
  const name = level === 'node' ? labels.node : level === 'workspace' ? labels[WORKSPACE_LABEL] : level === 'namespace' ? labels.namespace : level === 'workload' ? labels.workload : labels.pod;
  const kind = labels.workload_type as keyof typeof KINDS | undefined;
  return {
    name: name ?? '',
    namespace: level === 'workload' || level === 'pod' ? (labels.namespace ?? null) : null,
    workloadKind: level === 'workload' && kind && Object.hasOwn(KINDS, kind) ? KINDS[kind] : null,
    metric,
    unit,
    value,
  };
}

export async function rank(
  prom: PrometheusClient,
  args: { level: RankLevel; measure: RankMeasure; order: SortDirection; scope: RankScope; first?: number | null; after?: string | null },
) {
  pageSize(args.first); // BAD_USER_INPUT before Prometheus is asked
  const { level, scope } = args;
  const metric = `${PREFIX[level]}_${RANK_METRICS[args.measure]}`;
  const def = metricAt(level as MetricLevel, metric);
  if (!def) throw badInput(`No ${args.measure} ranking at this level.`, 'metric');
  const namespaces = scope.namespaces && new Set(scope.namespaces);
  const workspaces = scope.workspaces && new Set(scope.workspaces);
  const inScope = (labels: Record<string, string>) => (!namespaces || namespaces.has(labels.namespace)) && (!workspaces || workspaces.has(labels[WORKSPACE_LABEL]));
  const empty = (scope.namespaces && !scope.namespaces.length) || (scope.workspaces && !scope.workspaces.length);
  const samples = empty ? [] : await fromUpstream('Prometheus', () => prom.query(def.promql(scopeSelector(scope))));
  const items = samples
    .filter((s) => Number.isFinite(s.value) && inScope(s.labels))
    .map((s) => toRanked(level, s.labels, metric, def.unit, s.value))
    .filter((r) => r.name);
  const id = (r: RankedObject) => `${r.namespace ?? ''}/${r.workloadKind ?? ''}/${r.name}`;
  return pageOfIndex(sortedArraySource(items, (r) => [r.value, id(r)] as const), {
    list: `ranking:${level}:${metric}`,
    order: { field: 'value', direction: args.order },
    first: args.first,
    after: args.after,
  });
}
