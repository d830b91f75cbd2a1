import type { ContextWith } from '@meridian/core';
import type { NamespaceDirectory } from '@meridian/core/kube/index';
import type { MonitoringLoaders } from './loaders.ts';
import type { PrometheusClient } from './sources/prometheus.ts';

/** What monitoring resolvers reach through `ctx.sources`. */
export interface MonitoringSources {
  directory: NamespaceDirectory;
  prometheus: PrometheusClient;
}

export type MonitoringContext = ContextWith<MonitoringSources> & {
  /** Batched instant metrics, created per request (never shared across requests or callers). */
  loaders: MonitoringLoaders;
};
