import type { MessageKey } from '@/lib/i18n/en.ts';

/** What a quota may limit: the same list the API accepts (tenancy's QUOTA_RESOURCES). */
export const QUOTA_RESOURCES = [
  'requests.cpu',
  'limits.cpu',
  'requests.memory',
  'limits.memory',
  'requests.storage',
  'persistentvolumeclaims',
  'pods',
  'services',
  'services.loadbalancers',
  'services.nodeports',
  'configmaps',
  'secrets',
  'count/deployments.apps',
  'count/statefulsets.apps',
  'count/jobs.batch',
  'count/cronjobs.batch',
] as const;

const KNOWN = new Set<string>(QUOTA_RESOURCES);

/** The label of a resource key; an unknown key (set by hand) shows as itself. */
export const resourceLabel = (t: (key: MessageKey) => string, resource: string) => (KNOWN.has(resource) ? t(`quotas.res.${resource}` as MessageKey) : resource);
