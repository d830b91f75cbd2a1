import type { V1StorageClass } from '@kubernetes/client-node';
import { column, defineKind, type KindDescriptor } from './define.ts';

const DEFAULT_ANNOTATION = 'storageclass.kubernetes.io/is-default-class';

export const StorageClass = defineKind<KindDescriptor>({
  kind: 'StorageClass', group: 'storage.k8s.io', version: 'v1', plural: 'storageclasses', listField: 'storageClasses', namespaced: false, graphqlType: 'StorageClass', clusterAdmin: true,
  filters: ['name', 'labelSelector'],
  sortKeys: ['NAME', 'CREATED_AT'],
  columns: [column('provisioner', 'Provisioner', 'provisioner')],
  status: (o) => ({ status: 'Active', message: o.metadata?.annotations?.[DEFAULT_ANNOTATION] === 'true' ? 'default' : null }),
  fields(o) {
    const s = o as unknown as V1StorageClass;
    return {
      provisioner: s.provisioner,
      reclaimPolicy: s.reclaimPolicy ?? 'Delete',
      volumeBindingMode: s.volumeBindingMode ?? 'Immediate',
      allowVolumeExpansion: !!s.allowVolumeExpansion,
      isDefault: s.metadata?.annotations?.[DEFAULT_ANNOTATION] === 'true',
    };
  },
});
