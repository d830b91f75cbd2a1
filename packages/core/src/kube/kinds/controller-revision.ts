import type { V1ControllerRevision } from '@kubernetes/client-node';
import { alwaysActive, column, defineKind, type KindDescriptor } from './define.ts';

export const ControllerRevision = defineKind<KindDescriptor>({
  kind: 'ControllerRevision', group: 'apps', version: 'v1', plural: 'controllerrevisions', namespaced: true, graphqlType: 'ControllerRevision', readOnly: true,
  columns: [column('revision', 'Revision', 'revision', 'number')],
  status: alwaysActive,
  fields: (o) => ({ revision: (o as unknown as V1ControllerRevision).revision }),
});
