import type { V1Namespace } from '@kubernetes/client-node';
import { defineKind, labelsCol, type KindDescriptor } from './define.ts';

/** Namespaces are served as tenancy's Project; workloads only lists what runs in one. */
export const Namespace = defineKind<KindDescriptor>({
  kind: 'Namespace', group: '', version: 'v1', plural: 'namespaces', listField: 'projects', namespaced: false, graphqlType: 'Project', ownedElsewhere: true,
  filters: ['name', 'labelSelector', 'status'],
  columns: [{ id: 'phase', header: 'Status', path: 'status.phase', type: 'string' }, labelsCol],
  status: (o) => ({ status: (o as V1Namespace).status?.phase ?? 'Active', message: null }),
});
