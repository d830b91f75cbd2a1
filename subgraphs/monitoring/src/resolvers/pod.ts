import { fromUpstream, projectAccess } from '@meridian/core';
import type { PodMetricsResolvers, PodResolvers } from '../generated/resolvers.ts';
import type { MonitoringContext } from '../context.ts';
import { parseRange, toSamples } from '../ranges.ts';
import { podMetrics, podSelector, type PodMetricName } from '../sources/promql.ts';
import { selectsAny } from './selection.ts';

const INSTANT = new Set(['cpu', 'memory', 'networkReceiveBytesPerSecond', 'networkTransmitBytesPerSecond']);

export const Pod: PodResolvers<MonitoringContext> = {
  async __resolveReference(ref, ctx) {
    await projectAccess(ctx.identity, ctx.sources.directory, ref.namespace).require('view-monitoring');
    return { namespace: ref.namespace, name: ref.name };
  },

  async metrics(pod, _args, ctx, info) {
    await projectAccess(ctx.identity, ctx.sources.directory, pod.namespace).require('view-monitoring');
    if (!selectsAny(info, INSTANT)) return { namespace: pod.namespace, pod: pod.name, cpu: null, memory: null, networkReceiveBytesPerSecond: null, networkTransmitBytesPerSecond: null };
    return fromUpstream('Prometheus', () => ctx.loaders.podMetrics.load({ namespace: pod.namespace, name: pod.name }));
  },
};

function podRange(metric: PodMetricName): NonNullable<PodMetricsResolvers<MonitoringContext>['cpuRange']> {
  return async (m, args, ctx) => {
    const range = parseRange(args);
    const series = await fromUpstream('Prometheus', () =>
      ctx.sources.prometheus.queryRange(podMetrics[metric](podSelector(m.namespace, [m.pod])), range.start, range.end, range.step),
    );
    return toSamples(series[0]?.samples ?? []);
  };
}

export const PodMetrics: PodMetricsResolvers<MonitoringContext> = {
  cpuRange: podRange('pod_cpu_usage'),
  memoryRange: podRange('pod_memory_usage_wo_cache'),
};
