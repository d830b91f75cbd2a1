import type { V1ControllerRevision } from '@kubernetes/client-node';
import { alwaysActive, defineKind, type KindDescriptor } from './define.ts';

export const ControllerRevision = defineKind<KindDescriptor>({
  kind: 'ControllerRevision', group: 'apps', version: 'v1', plural: 'controllerrevisions', namespaced: true, graphqlType: 'ControllerRevision', readOnly: true,
  columns: [{ id: 'revision', header: 'Revision', path: 'revision', type: 'number' }],
  status: alwaysActive,
  fields: (o) => ({ revision: (o as unknown as V1ControllerRevision).revision }),
});
