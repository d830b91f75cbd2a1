import type { SubgraphContext } from '@meridian/core';
import type { WorkloadsKube } from './sources/kube.ts';

/** What workloads resolvers receive: the shared context plus the Kubernetes caches. */
export interface WorkloadsContext extends SubgraphContext {
  kube: WorkloadsKube;
}
