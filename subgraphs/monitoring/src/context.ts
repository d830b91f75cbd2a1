import type { ContextWith } from '@meridian/core';
import type { NamespaceDirectory } from '@meridian/core/kube/index';
import type { MonitoringLoaders } from './loaders.ts';
import type { PrometheusClient } from './sources/prometheus.ts';
import type { Alerting } from './alerting/alerting.ts';

/** What monitoring resolvers reach through `ctx.sources`. */
export interface MonitoringSources {
  directory: NamespaceDirectory;
  prometheus: PrometheusClient;
  /** Rules, alerts, silences, channels; absent when the subgraph runs without a database. */
  alerting?: Alerting;
}

export type MonitoringContext = ContextWith<MonitoringSources> & {
  /** Batched instant metrics, created per request (never shared across requests or callers). */
  loaders: MonitoringLoaders;
};
