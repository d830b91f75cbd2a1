import { policies, projectAccess, workspaceAccess } from '@meridian/core';
import type { Resolvers } from '../generated/resolvers.ts';
import type { MonitoringContext } from '../context.ts';
import { WORKSPACE_LABEL } from '../metrics/levels.ts';
import type { MetricsScopeModel } from '../model.ts';
import { kubeName } from './names.ts';
import { containerSeriesOf, seriesOf } from './series.ts';

/**
 * `metrics { series(names, range) }` on every level's entity. Each `metrics` authorizes its
 * object: nodes for platform admins (FORBIDDEN), workspaces for callers holding
 * view-monitoring there, workloads like their project (`require('view-monitoring')`: NOT_FOUND
 * when hidden). Names are checked as Kubernetes names first (BAD_USER_INPUT).
 */

type WorkloadType = 'deployment' | 'statefulset' | 'daemonset';

const scoped = { series: (m: MetricsScopeModel, args: Parameters<typeof seriesOf>[3], ctx: MonitoringContext) => seriesOf(ctx, m.level, m.object, args, m.object.workload_type) };

function workload(type: WorkloadType) {
  return {
    async metrics(w: { namespace: string; name: string }, _args: unknown, ctx: MonitoringContext): Promise<MetricsScopeModel> {
      kubeName(w.namespace, 'namespace');
      kubeName(w.name, 'name');
      await projectAccess(ctx.identity, ctx.sources.directory, w.namespace).require('view-monitoring');
      return { level: 'workload', object: { namespace: w.namespace, workload: w.name, workload_type: type } };
    },
  };
}

export const entityResolvers: Resolvers<MonitoringContext> = {
  Node: {
    async metrics(node, _args, ctx) {
      kubeName(node.name, 'name');
      policies.viewCluster.enforce(ctx.identity);
      return { level: 'node', object: { node: node.name } };
    },
  },
  Workspace: {
    async metrics(ws, _args, ctx) {
      kubeName(ws.name, 'workspace');
      await workspaceAccess(ctx.identity, ctx.sources.directory, ws.name).view();
      policies.workspaceBundle(ws.name, 'view-monitoring').enforce(ctx.identity);
      return { level: 'workspace', object: { [WORKSPACE_LABEL]: ws.name } };
    },
  },
  Deployment: workload('deployment'),
  StatefulSet: workload('statefulset'),
  DaemonSet: workload('daemonset'),
  NodeMetrics: scoped,
  WorkspaceMetrics: scoped,
  WorkloadMetrics: scoped,
};

/** `series` and `containers` on the existing PodMetrics / ProjectMetrics (their parents authorized). */
const podKey = (m: { namespace: string; pod: string }) => ({ namespace: kubeName(m.namespace, 'namespace'), pod: kubeName(m.pod, 'name') });
export const podMetricsSeries = {
  series: (m: { namespace: string; pod: string }, args: Parameters<typeof seriesOf>[3], ctx: MonitoringContext) => seriesOf(ctx, 'pod', podKey(m), args),
  containers: (m: { namespace: string; pod: string }, args: Parameters<typeof seriesOf>[3], ctx: MonitoringContext) => containerSeriesOf(ctx, podKey(m), args),
};
export const projectMetricsSeries = {
  series: (m: { namespace: string }, args: Parameters<typeof seriesOf>[3], ctx: MonitoringContext) => seriesOf(ctx, 'namespace', { namespace: m.namespace }, args),
};
