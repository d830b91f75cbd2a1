import type { SubgraphContext } from '@meridian/core';
import type { NamespaceDirectory } from '@meridian/core/kube/index';
import type { PodMetricsModel } from './model.ts';
import type { PrometheusClient } from './sources/prometheus.ts';

export interface MonitoringContext extends SubgraphContext {
  directory: NamespaceDirectory;
  prometheus: PrometheusClient;
  /** Batched per request (see sources/podMetricsLoader.ts). */
  loadPodMetrics: (namespace: string, pod: string) => Promise<PodMetricsModel>;
}
