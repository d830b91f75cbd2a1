import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { config, startSubgraph, stopOnSignals, type RunningSubgraph } from '@meridian/core';
import { NamespaceDirectory, kubeRequest, loadKubeConfig } from '@meridian/core/kube/index';
import { createLoaders } from './loaders.ts';
import { resolvers } from './resolvers/index.ts';
import { PrometheusClient } from './sources/prometheus.ts';

const typeDefs = readFileSync(fileURLToPath(new URL('../schema.graphql', import.meta.url)), 'utf8');

export interface MonitoringOptions {
  port?: number;
  kubeconfig?: string;
  prometheusUrl?: string;
  /** Per-call timeout towards Prometheus. */
  prometheusTimeoutMs?: number;
}

/**
 * Starts the monitoring subgraph. Kubernetes is needed only for authorization (which
 * workspace a namespace belongs to, from a namespace watch); metrics come from Prometheus.
 */
export async function start(opts: MonitoringOptions = {}): Promise<RunningSubgraph> {
  const kc = loadKubeConfig(opts.kubeconfig);
  const directory = new NamespaceDirectory(kc);
  directory.start().catch(() => undefined); // retried inside; reads report outages
  const prometheus = new PrometheusClient(opts.prometheusUrl ?? config.prometheusUrl, opts.prometheusTimeoutMs ?? 5000);
  return startSubgraph({
    name: 'monitoring',
    typeDefs,
    resolvers: resolvers as never,
    extendContext: () => ({ directory, prometheus, loaders: createLoaders(prometheus) }),
    health: async () => {
      const checks: Record<string, string> = {};
      await Promise.all([
        kubeRequest(kc, { path: '/version', timeoutMs: 2000 }).then(
          () => (checks.kubernetes = 'ok'),
          (err: Error) => (checks.kubernetes = `unreachable: ${err.message}`),
        ),
        prometheus.ready().then(
          () => (checks.prometheus = 'ok'),
          (err: Error) => (checks.prometheus = `unreachable: ${err.message}`),
        ),
      ]);
      return checks;
    },
    onStop: () => directory.stop(),
    port: opts.port,
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  stopOnSignals(await start());
}
