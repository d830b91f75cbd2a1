import { defineSubgraph, runWhenMain, type RunningDefinedSubgraph } from '@meridian/core';
import { sharedCaches, type ResourceCacheOptions } from '@meridian/core/kube/index';
import type { WorkloadsSources } from './context.ts';
import { createLoaders } from './loaders.ts';
import { resolvers } from './resolvers/index.ts';
import { createWorkloadsKube, type WorkloadsKube } from './sources/kube.ts';

export interface WorkloadsOptions {
  port?: number;
  kubeconfig?: string;
  /** Accepted for a uniform start() across subgraphs; workloads does not use Prometheus. */
  prometheusUrl?: string;
  cache?: ResourceCacheOptions;
}

export type RunningWorkloads = RunningDefinedSubgraph<WorkloadsSources> & { kube: WorkloadsKube };

/** Starts the workloads subgraph; its caches start watching at once, in the background. */
export async function start(opts: WorkloadsOptions = {}): Promise<RunningWorkloads> {
  const caches = sharedCaches(opts.kubeconfig, opts.cache);
  const kube = createWorkloadsKube(caches);
  const running = await defineSubgraph({
    name: 'workloads',
    schema: new URL('../schema.graphql', import.meta.url),
    sources: { kube },
    loaders: (ctx) => createLoaders(ctx.sources.kube),
    resolvers,
    caches,
    health: { kubernetes: caches.probe },
  }).listen({ port: opts.port });
  return { ...running, kube };
}

await runWhenMain(import.meta.url, start);
