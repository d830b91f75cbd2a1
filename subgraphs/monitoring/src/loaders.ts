import DataLoader from 'dataloader';
import { MAX_BATCH, namespacedKey } from '@meridian/core/loaders';
import type { PodMetricsModel, ProjectMetricsModel } from './model.ts';
import { podMetricsOf, projectMetricsOf, type PodKey } from './sources/instant-metrics.ts';
import type { PrometheusClient } from './sources/prometheus.ts';

/**
 * Monitoring's batched lookups, one set per request: every `Pod.metrics` / `Project.metrics`
 * asked while resolving a request becomes one Prometheus query per metric and level (pod,
 * namespace), not one per object. Resolvers check the caller may view the project first.
 */
export function createLoaders(prometheus: PrometheusClient) {
  return {
    podMetrics: new DataLoader<PodKey, PodMetricsModel, string>((keys) => podMetricsOf(prometheus, keys), {
      cacheKeyFn: namespacedKey,
      maxBatchSize: MAX_BATCH,
    }),
    projectMetrics: new DataLoader<string, ProjectMetricsModel>((namespaces) => projectMetricsOf(prometheus, namespaces), { maxBatchSize: MAX_BATCH }),
  };
}
export type MonitoringLoaders = ReturnType<typeof createLoaders>;
