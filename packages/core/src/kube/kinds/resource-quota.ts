import type { V1ResourceQuota } from '@kubernetes/client-node';
import { defineKind, type KindDescriptor } from './define.ts';

export const ResourceQuota = defineKind<KindDescriptor>({
  kind: 'ResourceQuota', group: '', version: 'v1', plural: 'resourcequotas', namespaced: true, graphqlType: 'ResourceQuota',
  status(o) {
    const q = o as V1ResourceQuota;
    const full = Object.entries(q.status?.hard ?? {}).filter(([k, hard]) => q.status?.used?.[k] !== undefined && q.status.used[k] === hard).map(([k]) => k);
    return full.length ? { status: 'Exhausted', message: `${full.join(', ')} used up` } : { status: 'Active', message: null };
  },
  fields(o) {
    const q = o as V1ResourceQuota;
    return { resources: Object.entries(q.spec?.hard ?? {}).map(([resource, hard]) => ({ resource, hard: String(hard), used: q.status?.used?.[resource] ?? null })) };
  },
});
