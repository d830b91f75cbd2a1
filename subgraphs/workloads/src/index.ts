import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startSubgraph, stopOnSignals, type RunningSubgraph } from '@meridian/core';
import { registerCacheMetrics, type ResourceCacheOptions } from '@meridian/core/kube/index';
import { createLoaders } from './loaders.ts';
import { resolvers } from './resolvers/index.ts';
import { createWorkloadsKube, type WorkloadsKube } from './sources/kube.ts';

const typeDefs = readFileSync(fileURLToPath(new URL('../schema.graphql', import.meta.url)), 'utf8');

export interface WorkloadsOptions {
  port?: number;
  kubeconfig?: string;
  /** Accepted for a uniform start() across subgraphs; workloads does not use Prometheus. */
  prometheusUrl?: string;
  cache?: ResourceCacheOptions;
}

export type RunningWorkloads = RunningSubgraph & { kube: WorkloadsKube };

/** Starts the workloads subgraph; its caches start watching at once, in the background. */
export async function start(opts: WorkloadsOptions = {}): Promise<RunningWorkloads> {
  const kube = createWorkloadsKube(opts.kubeconfig, opts.cache);
  kube.start();
  const running = await startSubgraph({
    name: 'workloads',
    typeDefs,
    resolvers: resolvers as never,
    extendContext: () => ({ kube, loaders: createLoaders(kube) }),
    health: () => kube.health(),
    onStop: () => kube.stop(),
    port: opts.port,
  });
  registerCacheMetrics(running.metrics.registry, { namespaces: kube.directory.cache, pods: kube.pods, deployments: kube.deployments });
  return { ...running, kube };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  stopOnSignals(await start());
}
