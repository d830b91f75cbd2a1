import type { V1ServiceAccount } from '@kubernetes/client-node';
import { alwaysActive, defineKind, type KindDescriptor } from './define.ts';

export const ServiceAccount = defineKind<KindDescriptor>({
  kind: 'ServiceAccount', group: '', version: 'v1', plural: 'serviceaccounts', namespaced: true, graphqlType: 'ServiceAccount',
  status: alwaysActive,
  fields: (o) => ({
    imagePullSecrets: ((o as V1ServiceAccount).imagePullSecrets ?? []).map((s) => s.name ?? ''),
    automountToken: (o as V1ServiceAccount).automountServiceAccountToken ?? true,
  }),
});
