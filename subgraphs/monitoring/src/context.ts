import type { SubgraphContext } from '@meridian/core';
import type { NamespaceDirectory } from '@meridian/core/kube/index';
import type { MonitoringLoaders } from './loaders.ts';
import type { PrometheusClient } from './sources/prometheus.ts';

export interface MonitoringContext extends SubgraphContext {
  directory: NamespaceDirectory;
  prometheus: PrometheusClient;
  /** Batched instant metrics, created per request (never shared across requests or callers). */
  loaders: MonitoringLoaders;
}
