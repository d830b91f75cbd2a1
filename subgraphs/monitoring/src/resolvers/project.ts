import { fromUpstream, projectAccess } from '@meridian/core';
import type { ProjectMetricsResolvers, ProjectResolvers } from '../generated/resolvers.ts';
import type { MonitoringContext } from '../context.ts';
import { parseRange, toSamples } from '../ranges.ts';
import { namespaceMetrics, type NamespaceMetricName } from '../sources/promql.ts';

const first = (samples: { value: number }[]) => (samples.length && Number.isFinite(samples[0].value) ? samples[0].value : null);

export const Project: ProjectResolvers<MonitoringContext> = {
  async __resolveReference(ref, ctx) {
    await projectAccess(ctx.identity, ctx.directory, ref.name).view();
    return { name: ref.name };
  },

  async metrics(project, _args, ctx) {
    await projectAccess(ctx.identity, ctx.directory, project.name).view();
    const ns = project.name;
    const [cpu, memory, pods] = await fromUpstream('Prometheus', () =>
      Promise.all([
        ctx.prometheus.query(namespaceMetrics.namespace_cpu_usage(ns)),
        ctx.prometheus.query(namespaceMetrics.namespace_memory_usage_wo_cache(ns)),
        ctx.prometheus.query(namespaceMetrics.namespace_pod_running_count(ns)),
      ]),
    );
    // No series for running pods means none are running (kube-state-metrics reports every pod).
    return { namespace: ns, cpu: first(cpu), memory: first(memory), podCount: first(pods) ?? 0 };
  },
};

function projectRange(metric: NamespaceMetricName): NonNullable<ProjectMetricsResolvers<MonitoringContext>['cpuRange']> {
  return async (m, args, ctx) => {
    const range = parseRange(args);
    const series = await fromUpstream('Prometheus', () => ctx.prometheus.queryRange(namespaceMetrics[metric](m.namespace), range.start, range.end, range.step));
    return toSamples(series[0]?.samples ?? []);
  };
}

export const ProjectMetrics: ProjectMetricsResolvers<MonitoringContext> = {
  cpuRange: projectRange('namespace_cpu_usage'),
  memoryRange: projectRange('namespace_memory_usage_wo_cache'),
};
