import type { V1Deployment, V1Pod, V1Scale } from '@meridian/core/kube/index';
import {
  Kinds,
  apiPath,
  kubeError,
  kubeRequest,
  type KindDescriptor,
  type KubeConfig,
  type KubeObject,
  type KubeRequest,
  type NamespaceDirectory,
  type ResourceCache,
  type SharedCaches,
} from '@meridian/core/kube/index';

export type Pod = V1Pod & KubeObject;
export type Deployment = V1Deployment & KubeObject;

/** Who a Kubernetes call is about, for its error messages (`Deployment "ns/web"`). */
export interface ObjectRef {
  kind: KindDescriptor;
  namespace?: string;
  name: string;
}

/** Server-side apply's owner of the fields Meridian sets (`kubectl apply --server-side --field-manager`). */
export const FIELD_MANAGER = 'meridian';

/**
 * Everything the workloads subgraph reads from or writes to Kubernetes. Reads come from the
 * process's shared watch caches (one list per kind at start, then watch events; see
 * sharedCaches); only mutations (and single Secrets, never cached with their data) talk to the
 * API server per request, with Meridian's own service credentials: the access layer decides
 * who may do what.
 */
export interface WorkloadsKube {
  kc: KubeConfig;
  directory: NamespaceDirectory;
  pods: ResourceCache<Pod>;
  deployments: ResourceCache<Deployment>;
  /** The shared cache of any kind (started on first use). */
  cache<T extends KubeObject = KubeObject>(kind: KindDescriptor): ResourceCache<T>;
  /** One API request about `ref`; failures become NOT_FOUND / CONFLICT / BAD_USER_INPUT / … */
  request<T = KubeObject>(ref: ObjectRef, req: KubeRequest): Promise<T>;
  /** Patches the scale subresource and returns the deployment as the API server has it now. */
  scaleDeployment(namespace: string, name: string, replicas: number): Promise<Deployment>;
}

const label = (ref: ObjectRef) => ({ kind: ref.kind.kind, name: ref.namespace ? `${ref.namespace}/${ref.name}` : ref.name });

/** Takes this process's caches of the kinds workloads serves (their watches start at once). */
export function createWorkloadsKube(caches: SharedCaches): WorkloadsKube {
  const kc = caches.kubeConfig();
  const request = async <T>(ref: ObjectRef, req: KubeRequest): Promise<T> => {
    try {
      return await kubeRequest<T>(kc, req);
    } catch (err) {
      throw kubeError(err, label(ref));
    }
  };
  return {
    kc,
    directory: caches.namespaces(),
    pods: caches.for<Pod>(Kinds.Pod),
    deployments: caches.for<Deployment>(Kinds.Deployment),
    cache: <T extends KubeObject>(kind: KindDescriptor) => caches.for<T>(kind),
    request,
    async scaleDeployment(namespace, name, replicas) {
      const ref = { kind: Kinds.Deployment, namespace, name };
      await request<V1Scale>(ref, { method: 'PATCH', path: apiPath(Kinds.Deployment, { namespace, name, subresource: 'scale' }), body: { spec: { replicas } } });
      return request<Deployment>(ref, { path: apiPath(Kinds.Deployment, { namespace, name }) });
    },
  };
}
