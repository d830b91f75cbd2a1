import type { KubeObject, ResourceCache } from '@meridian/core/kube/index';
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
  return { pod: byKey(kube.pods, toPod), deployment: byKey(kube.deployments, toDeployment) };
}
export type WorkloadsLoaders = ReturnType<typeof createLoaders>;

/** A loader by namespace and name over one shared cache, each object read once and made its view. */
function byKey<O extends KubeObject, V extends Key>(cache: ResourceCache<O>, toView: (o: O) => V) {
  return keyedLoader(
    async (keys: readonly Key[]) => {
      const objects = await cache.readable();
      return keys.flatMap((k) => objects.get(k.namespace, k.name) ?? []).map((o) => toView(o));
    },
    (v) => ({ namespace: v.namespace, name: v.name }),
    namespacedKey,
  );
}
