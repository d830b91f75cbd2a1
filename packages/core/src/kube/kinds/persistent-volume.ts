import type { V1PersistentVolume } from '@kubernetes/client-node';
import { defineKind, type KindDescriptor } from './define.ts';

export const PersistentVolume = defineKind<KindDescriptor>({
  kind: 'PersistentVolume', group: '', version: 'v1', plural: 'persistentvolumes', namespaced: false, graphqlType: 'PersistentVolume', clusterAdmin: true,
  columns: [
    { id: 'phase', header: 'Status', path: 'status.phase', type: 'string' },
    { id: 'capacity', header: 'Capacity', path: 'spec.capacity.storage', type: 'string' },
  ],
  status: (o) => ({ status: (o as V1PersistentVolume).status?.phase ?? 'Pending', message: (o as V1PersistentVolume).status?.message ?? null }),
  fields(o) {
    const v = o as V1PersistentVolume;
    const claim = v.spec?.claimRef;
    return {
      phase: v.status?.phase ?? 'Pending',
      capacity: v.spec?.capacity?.storage ?? null,
      accessModes: v.spec?.accessModes ?? [],
      reclaimPolicy: v.spec?.persistentVolumeReclaimPolicy ?? null,
      storageClassName: v.spec?.storageClassName ?? null,
      claim: claim ? `${claim.namespace}/${claim.name}` : null,
    };
  },
});
