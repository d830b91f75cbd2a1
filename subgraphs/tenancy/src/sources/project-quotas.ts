import { Kinds, PROJECT_LIMITS, PROJECT_QUOTA, type KubeObject } from '@meridian/core/kube';
import type { ContainerDefaults, Hard } from '../quota-rules.ts';
import type { OwnedObjects } from './owned-objects.ts';

/**
 * A project's quota and default container resources, as real objects in its namespace:
 * ResourceQuota `meridian-quota` (enforced by the API server's ResourceQuota admission, usage
 * counted by kube-controller-manager into its status) and LimitRange `meridian-limits` (its
 * defaults filled into containers that set none, by the LimitRanger admission plugin).
 */

interface QuotaObject extends KubeObject {
  spec?: { hard?: Record<string, string> };
  status?: { hard?: Record<string, string>; used?: Record<string, string> };
}
interface LimitRangeObject extends KubeObject {
  spec?: { limits?: { type?: string; default?: Record<string, string>; defaultRequest?: Record<string, string> }[] };
}

export interface ProjectQuota {
  hard: Hard;
  /** What the quota controller counted; {} until it has (a moment after a change). */
  used: Record<string, string>;
}

export function createProjectQuotaSource(owned: OwnedObjects) {
  return {
    async quota(namespace: string): Promise<ProjectQuota | undefined> {
      const q = await owned.get<QuotaObject>(Kinds.ResourceQuota, namespace, PROJECT_QUOTA);
      return q ? { hard: { ...(q.spec?.hard ?? {}) }, used: { ...(q.status?.used ?? {}) } } : undefined;
    },

    /** Sets the limits ({} deletes the quota: no limits). */
    async setQuota(namespace: string, hard: Hard): Promise<void> {
      if (Object.keys(hard).length === 0) await owned.remove(Kinds.ResourceQuota, namespace, PROJECT_QUOTA);
      else await owned.apply(Kinds.ResourceQuota, namespace, PROJECT_QUOTA, { hard });
    },

    async defaults(namespace: string): Promise<ContainerDefaults | null> {
      const lr = await owned.get<LimitRangeObject>(Kinds.LimitRange, namespace, PROJECT_LIMITS);
      const container = lr?.spec?.limits?.find((l) => l.type === 'Container');
      if (!container) return null;
      return {
        defaultRequestCpu: container.defaultRequest?.cpu ?? null,
        defaultRequestMemory: container.defaultRequest?.memory ?? null,
        defaultLimitCpu: container.default?.cpu ?? null,
        defaultLimitMemory: container.default?.memory ?? null,
      };
    },

    /** Sets the container defaults (null, or nothing set, deletes the LimitRange). */
    async setDefaults(namespace: string, d: ContainerDefaults | null): Promise<void> {
      const pick = (cpu?: string | null, memory?: string | null) => Object.fromEntries(Object.entries({ cpu, memory }).filter(([, v]) => !!v)) as Record<string, string>;
      const defaultRequest = pick(d?.defaultRequestCpu, d?.defaultRequestMemory);
      const limit = pick(d?.defaultLimitCpu, d?.defaultLimitMemory);
      if (!Object.keys(defaultRequest).length && !Object.keys(limit).length) {
        await owned.remove(Kinds.LimitRange, namespace, PROJECT_LIMITS);
        return;
      }
      const container: Record<string, unknown> = { type: 'Container' };
      if (Object.keys(limit).length) container.default = limit;
      if (Object.keys(defaultRequest).length) container.defaultRequest = defaultRequest;
      await owned.apply(Kinds.LimitRange, namespace, PROJECT_LIMITS, { limits: [container] });
    },
  };
}
export type ProjectQuotaSource = ReturnType<typeof createProjectQuotaSource>;
