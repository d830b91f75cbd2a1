import type { SubgraphContext } from '@meridian/core';
import type { WorkloadsLoaders } from './loaders.ts';
import type { WorkloadsKube } from './sources/kube.ts';

/** What workloads resolvers receive: the shared context plus the Kubernetes caches. */
export interface WorkloadsContext extends SubgraphContext {
  kube: WorkloadsKube;
  /** Batched lookups, created per request (never shared across requests or callers). */
  loaders: WorkloadsLoaders;
}
