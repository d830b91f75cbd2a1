import type { V1Deployment, V1Pod, V1Scale } from '@meridian/core/kube/index';
import {
  Kinds,
  NamespaceDirectory,
  ResourceCache,
  apiPath,
  kubeError,
  kubeRequest,
  loadKubeConfig,
  type KubeConfig,
  type KubeObject,
  type ResourceCacheOptions,
} from '@meridian/core/kube/index';

export type Pod = V1Pod & KubeObject;
export type Deployment = V1Deployment & KubeObject;

/**
 * Everything the workloads subgraph reads from or writes to Kubernetes. Reads come from
 * watch-backed caches (one list per kind at start, then watch events); only mutations and the
 * health check talk to the API server per request.
 */
export interface WorkloadsKube {
  kc: KubeConfig;
  directory: NamespaceDirectory;
  pods: ResourceCache<Pod>;
  deployments: ResourceCache<Deployment>;
  /** Starts the watches in the background; does not wait for them. */
  start(): void;
  stop(): Promise<void>;
  /** Patches the scale subresource and returns the deployment as the API server has it now. */
  scaleDeployment(namespace: string, name: string, replicas: number): Promise<Deployment>;
  health(): Promise<Record<string, string>>;
}

export function createWorkloadsKube(kubeconfig?: string, cacheOptions?: ResourceCacheOptions): WorkloadsKube {
  const kc = loadKubeConfig(kubeconfig);
  const directory = new NamespaceDirectory(kc, cacheOptions);
  const pods = new ResourceCache<Pod>(kc, Kinds.Pod, cacheOptions);
  const deployments = new ResourceCache<Deployment>(kc, Kinds.Deployment, cacheOptions);
  const caches = { namespaces: directory.cache, pods, deployments };

  return {
    kc,
    directory,
    pods,
    deployments,
    start() {
      // Failures here are retried inside the caches; reads report them as UPSTREAM_UNAVAILABLE.
      for (const c of Object.values(caches)) c.start().catch(() => undefined);
    },
    async stop() {
      await Promise.all(Object.values(caches).map((c) => c.stop()));
    },
    async scaleDeployment(namespace, name, replicas) {
      const what = { kind: 'Deployment', name: `${namespace}/${name}` };
      try {
        await kubeRequest<V1Scale>(kc, {
          method: 'PATCH',
          path: apiPath(Kinds.Deployment, { namespace, name, subresource: 'scale' }),
          body: { spec: { replicas } },
        });
        return await kubeRequest<Deployment>(kc, { path: apiPath(Kinds.Deployment, { namespace, name }) });
      } catch (err) {
        throw kubeError(err, what);
      }
    },
    async health() {
      const out: Record<string, string> = {};
      try {
        await kubeRequest(kc, { path: '/version', timeoutMs: 2000 });
        out.kubernetes = 'ok';
      } catch (err) {
        out.kubernetes = `unreachable: ${(err as Error).message}`;
      }
      for (const [name, c] of Object.entries(caches)) {
        const h = c.health();
        out[`cache:${name}`] = h.state === 'synced' ? 'ok' : `${h.state}${h.error ? `: ${h.error}` : ''}`;
      }
      return out;
    },
  };
}
