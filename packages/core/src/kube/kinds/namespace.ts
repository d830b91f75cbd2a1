import type { V1Namespace } from '@kubernetes/client-node';
import { column, defineKind, labelsCol, type KindDescriptor } from './define.ts';

/** Namespaces are served as tenancy's Project; workloads only lists what runs in one. */
export const Namespace = defineKind<KindDescriptor>({
  kind: 'Namespace', group: '', version: 'v1', plural: 'namespaces', listField: 'projects', namespaced: false, graphqlType: 'Project', ownedElsewhere: true,
  filters: ['name', 'labelSelector', 'status'],
  columns: [column('phase', 'Status', 'status.phase'), labelsCol],
  status: (o) => ({ status: (o as V1Namespace).status?.phase ?? 'Active', message: null }),
});
