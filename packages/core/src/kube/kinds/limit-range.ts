import type { V1LimitRange } from '@kubernetes/client-node';
import { alwaysActive, defineKind, pairs, type KindDescriptor } from './define.ts';

export const LimitRange = defineKind<KindDescriptor>({
  kind: 'LimitRange', group: '', version: 'v1', plural: 'limitranges', namespaced: true, graphqlType: 'LimitRange',
  status: alwaysActive,
  fields: (o) => ({
    limits: ((o as V1LimitRange).spec?.limits ?? []).map((l) => ({ type: l.type, min: pairs(l.min), max: pairs(l.max), default: pairs(l._default), defaultRequest: pairs(l.defaultRequest) })),
  }),
});
