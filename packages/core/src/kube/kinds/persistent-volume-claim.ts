import type { V1PersistentVolumeClaim } from '@kubernetes/client-node';
import { column, defineKind, manifestMeta, type CreatableKind } from './define.ts';
import type { MetaInput } from './pod-template.ts';

export interface PersistentVolumeClaimInput extends MetaInput {
  /** e.g. 1Gi */
  storage: string;
  storageClassName?: string | null;
  /** ReadWriteOnce (default), ReadOnlyMany, ReadWriteMany, ReadWriteOncePod. */
  accessModes?: string[] | null;
}

export const PersistentVolumeClaim = defineKind<CreatableKind<PersistentVolumeClaimInput>>({
  kind: 'PersistentVolumeClaim', group: '', version: 'v1', plural: 'persistentvolumeclaims', namespaced: true, graphqlType: 'PersistentVolumeClaim',
  columns: [column('phase', 'Status', 'status.phase'), column('storageClassName', 'Storage class', 'spec.storageClassName'), column('capacity', 'Capacity', 'status.capacity.storage')],
  status: (o) => ({ status: (o as V1PersistentVolumeClaim).status?.phase ?? 'Pending', message: null }),
  fields(o) {
    const c = o as V1PersistentVolumeClaim;
    return {
      phase: c.status?.phase ?? 'Pending',
      storageClassName: c.spec?.storageClassName ?? null,
      accessModes: c.spec?.accessModes ?? [],
      requestedStorage: c.spec?.resources?.requests?.storage ?? null,
      capacity: c.status?.capacity?.storage ?? null,
      volumeName: c.spec?.volumeName ?? null,
    };
  },
  fromInput: (input, namespace) =>
    ({
      apiVersion: 'v1',
      kind: 'PersistentVolumeClaim',
      metadata: manifestMeta(input, namespace),
      spec: { accessModes: input.accessModes?.length ? input.accessModes : ['ReadWriteOnce'], storageClassName: input.storageClassName ?? undefined, resources: { requests: { storage: input.storage } } },
    }) as V1PersistentVolumeClaim,
});
