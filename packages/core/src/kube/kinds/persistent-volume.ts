import type { V1PersistentVolume } from '@kubernetes/client-node';
import { column, defineKind, type KindDescriptor } from './define.ts';

export const PersistentVolume = defineKind<KindDescriptor>({
  kind: 'PersistentVolume', group: '', version: 'v1', plural: 'persistentvolumes', namespaced: false, graphqlType: 'PersistentVolume', clusterAdmin: true,
  columns: [column('phase', 'Status', 'status.phase'), column('capacity', 'Capacity', 'spec.capacity.storage')],
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
