import type { V1NetworkPolicy } from '@kubernetes/client-node';
import { selectorToString } from '../labels.ts';
import { alwaysActive, defineKind, type KindDescriptor } from './define.ts';

export const NetworkPolicy = defineKind<KindDescriptor>({
  kind: 'NetworkPolicy', group: 'networking.k8s.io', version: 'v1', plural: 'networkpolicies', listField: 'networkPolicies', namespaced: true, graphqlType: 'NetworkPolicy',
  status: alwaysActive,
  fields: (o) => {
    const p = o as V1NetworkPolicy;
    return { podSelector: selectorToString(p.spec?.podSelector), policyTypes: p.spec?.policyTypes ?? [], ingressRules: p.spec?.ingress?.length ?? 0, egressRules: p.spec?.egress?.length ?? 0 };
  },
});
