/**
 * A workload's current pods, from the shared caches: the pods of its namespace its selector
 * matches (what its controller owns), as `kubectl logs deploy/x` would pick them.
 */
import type { KubeObject, ResourceCache, SharedCaches } from '@meridian/core/kube/index';
import { selectorMatcher, type K8sLabelSelector, type LabelMatcher } from '@meridian/core/kube/index';

export type WorkloadKindName = 'DEPLOYMENT' | 'STATEFULSET' | 'DAEMONSET';
const KINDS: Record<WorkloadKindName, 'Deployment' | 'StatefulSet' | 'DaemonSet'> = { DEPLOYMENT: 'Deployment', STATEFULSET: 'StatefulSet', DAEMONSET: 'DaemonSet' };

type Workload = KubeObject & { spec?: { selector?: K8sLabelSelector } };

export class WorkloadPods {
  constructor(private readonly caches: SharedCaches) {}

  private async ready<T extends KubeObject>(kind: string): Promise<ResourceCache<T>> {
    const cache = this.caches.for<T>(kind as 'Pod');
    await cache.ready();
    return cache;
  }

  /** Matches pods' labels against the workload's selector; null when there is no such workload. */
  async matcher(namespace: string, kind: WorkloadKindName, name: string): Promise<LabelMatcher | null> {
    const workload = (await this.ready<Workload>(KINDS[kind])).get(namespace, name);
    return workload ? selectorMatcher(workload.spec?.selector) : null;
  }

  /** The names of its pods now; null when there is no such workload. */
  async podsOf(namespace: string, kind: WorkloadKindName, name: string): Promise<string[] | null> {
    const matches = await this.matcher(namespace, kind, name);
    if (!matches) return null;
    const pods = (await this.ready<KubeObject>('Pod')).inNamespace(namespace);
    return [...pods.byName.values()].filter((p) => matches(p.metadata?.labels)).map((p) => p.metadata?.name ?? '');
  }

  /** The pod's labels (null when the cache does not hold it). */
  async podLabels(namespace: string, pod: string): Promise<Record<string, string> | null> {
    const found = (await this.ready<KubeObject>('Pod')).get(namespace, pod);
    return found ? (found.metadata?.labels ?? {}) : null;
  }
}
