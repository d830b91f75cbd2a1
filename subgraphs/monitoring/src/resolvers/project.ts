import { fromUpstream, projectAccess } from '@meridian/core';
import type { ProjectMetricsResolvers, ProjectResolvers } from '../generated/resolvers.ts';
import type { MonitoringContext } from '../context.ts';
import { parseRange, toSamples } from '../ranges.ts';
import { namespaceMetrics, namespaceSelector, type NamespaceMetricName } from '../sources/promql.ts';
import { selectsAny } from './selection.ts';

const INSTANT = new Set(['cpu', 'memory', 'podCount']);

export const Project: ProjectResolvers<MonitoringContext> = {
  async __resolveReference(ref, ctx) {
    await projectAccess(ctx.identity, ctx.sources.directory, ref.name).require('view-monitoring');
    return { name: ref.name };
  },

  async metrics(project, _args, ctx, info) {
    await projectAccess(ctx.identity, ctx.sources.directory, project.name).require('view-monitoring');
    if (!selectsAny(info, INSTANT)) return { namespace: project.name, cpu: null, memory: null, podCount: null };
    return fromUpstream('Prometheus', () => ctx.loaders.projectMetrics.load(project.name));
  },
};

function projectRange(metric: NamespaceMetricName): NonNullable<ProjectMetricsResolvers<MonitoringContext>['cpuRange']> {
  return async (m, args, ctx) => {
    const range = parseRange(args);
    const series = await fromUpstream('Prometheus', () => ctx.sources.prometheus.queryRange(namespaceMetrics[metric](namespaceSelector([m.namespace])), range.start, range.end, range.step));
    return toSamples(series[0]?.samples ?? []);
  };
}

export const ProjectMetrics: ProjectMetricsResolvers<MonitoringContext> = {
  cpuRange: projectRange('namespace_cpu_usage'),
  memoryRange: projectRange('namespace_memory_usage_wo_cache'),
};
