import DataLoader from 'dataloader';
import { MAX_BATCH, namespacedKey } from '@meridian/core/loaders';
import type { PodMetricsModel, ProjectMetricsModel } from './model.ts';
import { podMetricsOf, projectMetricsOf, type PodKey } from './sources/instant-metrics.ts';
import type { PrometheusClient } from './sources/prometheus.ts';
import { loadSeries, seriesCacheKey, type ObjectSeries, type SeriesKey } from './sources/series.ts';

/**
 * Monitoring's batched lookups, one set per request: every `Pod.metrics` / `Project.metrics` /
 * `…metrics.series` asked while resolving a request becomes one Prometheus query per metric and
 * level (and window), not one per object. Resolvers check the caller may view the object first.
 * `now` is the request's clock: "the last hour" means the same window for every field.
 */
export function createLoaders(prometheus: PrometheusClient) {
  return {
    now: new Date(),
    podMetrics: new DataLoader<PodKey, PodMetricsModel, string>((keys) => podMetricsOf(prometheus, keys), {
      cacheKeyFn: namespacedKey,
      maxBatchSize: MAX_BATCH,
    }),
    projectMetrics: new DataLoader<string, ProjectMetricsModel>((namespaces) => projectMetricsOf(prometheus, namespaces), { maxBatchSize: MAX_BATCH }),
    series: new DataLoader<SeriesKey, ObjectSeries[], string>((keys) => loadSeries(prometheus, keys), { cacheKeyFn: seriesCacheKey, maxBatchSize: MAX_BATCH * 8 }),
  };
}
export type MonitoringLoaders = ReturnType<typeof createLoaders>;
