import { policies, projectAccess, readyDirectory, viewableNamespaces, visibleWorkspaces, workspaceAccess } from '@meridian/core';
import type { QueryResolvers } from '../generated/resolvers.ts';
import type { MonitoringContext } from '../context.ts';
import { rank, type RankedObject, type RankLevel, type RankScope } from '../metrics/ranking.ts';
import { kubeName } from './names.ts';

const LEVELS: Record<string, RankLevel> = { NODE: 'node', WORKSPACE: 'workspace', PROJECT: 'namespace', WORKLOAD: 'workload', POD: 'pod' };
const WORKLOAD_TYPES = { DEPLOYMENT: 'deployment', STATEFULSET: 'statefulset', DAEMONSET: 'daemonset' } as const;
const isAdmin = (ctx: MonitoringContext) => policies.viewCluster.allows(ctx.identity);

/**
 * What the caller may rank: nodes (platform admins, FORBIDDEN otherwise); workspaces they hold
 * view-monitoring in; namespaces they may read metrics of, narrowed to one `workspace` (which
 * they must see: NOT_FOUND) or one `project` (`require('view-monitoring')`: NOT_FOUND if hidden).
 */
async function scopeOf(ctx: MonitoringContext, level: RankLevel, args: { workspace?: string | null; project?: string | null }): Promise<RankScope> {
  const { identity } = ctx;
  const directory = ctx.sources.directory;
  if (level === 'node') {
    policies.viewCluster.enforce(identity);
    return {};
  }
  if (args.workspace) await workspaceAccess(identity, directory, args.workspace).view();
  if (level === 'workspace') {
    const visible = await visibleWorkspaces(identity, directory);
    if (visible === 'all') return args.workspace ? { workspaces: [args.workspace] } : {};
    const mine = visible.filter((w) => policies.workspaceBundle(w, 'view-monitoring').allows(identity));
    return { workspaces: args.workspace ? mine.filter((w) => w === args.workspace) : mine };
  }
  if (args.project) {
    await projectAccess(identity, directory, args.project).require('view-monitoring');
    return { namespaces: [args.project] };
  }
  if (isAdmin(ctx) && !args.workspace) return {};
  const dir = await readyDirectory(directory);
  const namespaces = await viewableNamespaces(identity, directory, 'view-monitoring');
  return { namespaces: args.workspace ? namespaces.filter((ns) => dir.workspaceOf(ns) === args.workspace) : namespaces };
}

export const rankingQueries: Pick<QueryResolvers<MonitoringContext>, 'metricRanking'> = {
  async metricRanking(_root, args, ctx) {
    if (args.workspace != null) kubeName(args.workspace, 'workspace');
    if (args.project != null) kubeName(args.project, 'project');
    const level = LEVELS[args.level];
    const scope = await scopeOf(ctx, level, args);
    if (level === 'workload' && args.workloadKind) scope.workloadType = WORKLOAD_TYPES[args.workloadKind];
    return rank(ctx.sources.prometheus, { level, measure: args.metric, order: args.order ?? 'DESC', scope, first: args.first, after: args.after });
  },
};

/**
 * The ranked object as an entity reference (namespace + name): the gateway fetches its other
 * fields from the subgraph that owns it (workloads), which checks access again by itself.
 */
const ref = (kind: 'DEPLOYMENT' | 'STATEFULSET' | 'DAEMONSET' | null) => (r: RankedObject) =>
  r.namespace && r.workloadKind === kind ? { namespace: r.namespace, name: r.name } : null;

export const rankedObjectRefs = {
  pod: ref(null),
  deployment: ref('DEPLOYMENT'),
  statefulSet: ref('STATEFULSET'),
  daemonSet: ref('DAEMONSET'),
};
