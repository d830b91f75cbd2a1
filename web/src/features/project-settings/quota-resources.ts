import { QUOTA_RESOURCES } from '@meridian/core/kube/quota-resources';
import type { MessageKey } from '@/lib/i18n/en.ts';

/** What a quota may limit: the same list the API accepts. */
export { QUOTA_RESOURCES };

const KNOWN = new Set<string>(QUOTA_RESOURCES);

/** The label of a resource key; an unknown key (set by hand) shows as itself. */
export const resourceLabel = (t: (key: MessageKey) => string, resource: string) => (KNOWN.has(resource) ? t(`quotas.res.${resource}` as MessageKey) : resource);
