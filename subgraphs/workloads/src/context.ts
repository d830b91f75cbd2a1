import type { ContextWith } from '@meridian/core';
import type { WorkloadsLoaders } from './loaders.ts';
import type { WorkloadsKube } from './sources/kube.ts';

/** What workloads resolvers reach through `ctx.sources`: the Kubernetes caches and mutations. */
export interface WorkloadsSources {
  kube: WorkloadsKube;
}

export type WorkloadsContext = ContextWith<WorkloadsSources> & {
  /** Batched lookups, created per request (never shared across requests or callers). */
  loaders: WorkloadsLoaders;
};
