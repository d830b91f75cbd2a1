import { config, defineSubgraph, runWhenMain, type RunningDefinedSubgraph } from '@meridian/core';
import { sharedCaches } from '@meridian/core/kube/index';
import type { MonitoringSources } from './context.ts';
import { createLoaders } from './loaders.ts';
import { resolvers } from './resolvers/index.ts';
import { PrometheusClient } from './sources/prometheus.ts';

export interface MonitoringOptions {
  port?: number;
  kubeconfig?: string;
  prometheusUrl?: string;
  /** Per-call timeout towards Prometheus. */
  prometheusTimeoutMs?: number;
}

/**
 * Starts the monitoring subgraph. Kubernetes is needed only for authorization (which
 * workspace a namespace belongs to, from the shared namespace watch); metrics come from Prometheus.
 */
export async function start(opts: MonitoringOptions = {}): Promise<RunningDefinedSubgraph<MonitoringSources>> {
  const caches = sharedCaches(opts.kubeconfig);
  const prometheus = new PrometheusClient(opts.prometheusUrl ?? config.prometheusUrl, opts.prometheusTimeoutMs ?? 5000);
  return defineSubgraph({
    name: 'monitoring',
    schema: new URL('../schema.graphql', import.meta.url),
    sources: { directory: caches.namespaces(), prometheus },
    loaders: (ctx) => createLoaders(ctx.sources.prometheus),
    resolvers,
    caches,
    health: {
      kubernetes: caches.probe,
      prometheus: () => prometheus.ready().catch((err: Error) => Promise.reject(new Error(`unreachable: ${err.message}`))),
    },
  }).listen({ port: opts.port });
}

await runWhenMain(import.meta.url, start);
