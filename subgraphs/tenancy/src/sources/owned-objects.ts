import { apiPath, kubeError, kubeRequest, KubeApiError, type KindDescriptor, type KubeObject, type SharedCaches } from '@meridian/core/kube';

/**
 * Objects tenancy itself owns in a project's namespace (the quota, the default limits, the
 * isolation NetworkPolicies): written by server-side apply under tenancy's own field manager
 * (forced: these objects are tenancy's, a hand edit is overwritten by the next change), read
 * from the process's shared watch caches. Every write waits until the cache has seen it, so the
 * next read (the mutation's answer, the next quota check) sees the change.
 */
const FIELD_MANAGER = 'meridian-tenancy';
const SEEN_WAIT_MS = 5_000;

/**
 * Whether the cached copy is our write or a later one (a controller may update the status right
 * after: a ResourceQuota's usage). resourceVersions are opaque, but the API server's are etcd
 * revisions; anything else counts only when equal.
 */
function atLeast(cached: string | undefined, written: string | undefined): boolean {
  if (!cached || !written) return false;
  if (/^\d+$/.test(cached) && /^\d+$/.test(written)) return BigInt(cached) >= BigInt(written);
  return cached === written;
}

export function createOwnedObjects(caches: SharedCaches) {
  async function readable<T extends KubeObject>(kind: KindDescriptor) {
    return caches.for<T>(kind).readable();
  }

  async function seen(kind: KindDescriptor, namespace: string, name: string, done: (o: KubeObject | undefined) => boolean): Promise<void> {
    const cache = caches.for(kind);
    for (const deadline = Date.now() + SEEN_WAIT_MS; !done(cache.get(namespace, name)) && Date.now() < deadline; ) {
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  return {
    /** The cached object, or undefined; UPSTREAM_UNAVAILABLE while the cache is not fresh. */
    async get<T extends KubeObject>(kind: KindDescriptor, namespace: string, name: string): Promise<T | undefined> {
      return (await readable<T>(kind)).get(namespace, name);
    },

    /** Creates or replaces the object's spec (fields tenancy set before and not now are removed). */
    async apply(kind: KindDescriptor, namespace: string, name: string, spec: Record<string, unknown>): Promise<KubeObject> {
      const body = { apiVersion: kind.group ? `${kind.group}/${kind.version}` : kind.version, kind: kind.kind, metadata: { name, namespace, labels: { 'app.kubernetes.io/managed-by': 'meridian' } }, spec };
      try {
        const obj = await kubeRequest<KubeObject>(caches.kubeConfig(), {
          method: 'PATCH',
          path: apiPath(kind, { namespace, name }),
          query: { fieldManager: FIELD_MANAGER, force: true },
          contentType: 'application/apply-patch+yaml',
          body,
        });
        const version = obj.metadata?.resourceVersion;
        await seen(kind, namespace, name, (o) => !!o && atLeast(o.metadata?.resourceVersion, version));
        return obj;
      } catch (err) {
        throw kubeError(err, { kind: kind.kind, name });
      }
    },

    /** Deletes the object; one already gone counts as deleted. */
    async remove(kind: KindDescriptor, namespace: string, name: string): Promise<void> {
      try {
        await kubeRequest(caches.kubeConfig(), { method: 'DELETE', path: apiPath(kind, { namespace, name }) });
      } catch (err) {
        if (!(err instanceof KubeApiError && err.statusCode === 404)) throw kubeError(err, { kind: kind.kind, name });
      }
      await seen(kind, namespace, name, (o) => !o);
    },
  };
}
export type OwnedObjects = ReturnType<typeof createOwnedObjects>;
