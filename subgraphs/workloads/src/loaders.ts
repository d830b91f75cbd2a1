import { keyedLoader, namespacedKey } from '@meridian/core/loaders';
import { toDeployment, toPod } from './model.ts';
import type { WorkloadsKube } from './sources/kube.ts';

type Key = { namespace: string; name: string };

/**
 * Workloads' batched lookups, one set per request: pods and deployments by key (`pod`,
 * `deployment` and the gateway's `_entities` for Pod / Deployment references, often a whole
 * page of them). One wait for the cache per batch, each key read once. Objects only:
 * resolvers check the caller may view the namespace before they load.
 */
export function createLoaders(kube: WorkloadsKube) {
  return {
    pod: keyedLoader(
      async (keys: readonly Key[]) => {
        const pods = await kube.pods.readable();
        return keys.flatMap((k) => pods.get(k.namespace, k.name) ?? []).map(toPod);
      },
      (p) => ({ namespace: p.namespace, name: p.name }),
      namespacedKey,
    ),
    deployment: keyedLoader(
      async (keys: readonly Key[]) => {
        const deployments = await kube.deployments.readable();
        return keys.flatMap((k) => deployments.get(k.namespace, k.name) ?? []).map(toDeployment);
      },
      (d) => ({ namespace: d.namespace, name: d.name }),
      namespacedKey,
    ),
  };
}
export type WorkloadsLoaders = ReturnType<typeof createLoaders>;
