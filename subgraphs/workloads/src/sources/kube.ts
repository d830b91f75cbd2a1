import type { V1Deployment, V1Pod, V1Scale } from '@meridian/core/kube/index';
import {
  Kinds,
  apiPath,
  kubeError,
  kubeRequest,
  type KubeConfig,
  type KubeObject,
  type NamespaceDirectory,
  type ResourceCache,
  type SharedCaches,
} from '@meridian/core/kube/index';

export type Pod = V1Pod & KubeObject;
export type Deployment = V1Deployment & KubeObject;

/**
 * Everything the workloads subgraph reads from or writes to Kubernetes. Reads come from the
 * process's shared watch caches (one list per kind at start, then watch events; see
 * sharedCaches); only mutations talk to the API server per request.
 */
export interface WorkloadsKube {
  kc: KubeConfig;
  directory: NamespaceDirectory;
  pods: ResourceCache<Pod>;
  deployments: ResourceCache<Deployment>;
  /** Patches the scale subresource and returns the deployment as the API server has it now. */
  scaleDeployment(namespace: string, name: string, replicas: number): Promise<Deployment>;
}

/** Takes this process's caches of the kinds workloads serves (their watches start at once). */
export function createWorkloadsKube(caches: SharedCaches): WorkloadsKube {
  const kc = caches.kubeConfig();
  return {
    kc,
    directory: caches.namespaces(),
    pods: caches.for<Pod>(Kinds.Pod),
    deployments: caches.for<Deployment>(Kinds.Deployment),
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
  };
}
