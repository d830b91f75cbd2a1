import type { V1Node } from '@kubernetes/client-node';
import { column, conditionOf, defineKind, pairs, type KindDescriptor } from './define.ts';

export const Node = defineKind<KindDescriptor>({
  kind: 'Node', group: '', version: 'v1', plural: 'nodes', namespaced: false, graphqlType: 'Node', subresources: ['status'], clusterAdmin: true,
  filters: ['name', 'labelSelector', 'status'],
  columns: [column('kubeletVersion', 'Kubelet', 'status.nodeInfo.kubeletVersion'), column('unschedulable', 'Cordoned', 'spec.unschedulable')],
  status(o) {
    const n = o as V1Node;
    const ready = conditionOf(n.status?.conditions, 'Ready');
    const word = ready?.status === 'True' ? 'Ready' : 'NotReady';
    return { status: n.spec?.unschedulable ? `${word},SchedulingDisabled` : word, message: ready?.status === 'True' ? null : (ready?.message ?? null) };
  },
  fields(o) {
    const n = o as V1Node;
    return {
      unschedulable: !!n.spec?.unschedulable,
      ready: conditionOf(n.status?.conditions, 'Ready')?.status === 'True',
      kubeletVersion: n.status?.nodeInfo?.kubeletVersion ?? null,
      internalIP: n.status?.addresses?.find((a) => a.type === 'InternalIP')?.address ?? null,
      roles: Object.keys(n.metadata?.labels ?? {}).filter((l) => l.startsWith('node-role.kubernetes.io/')).map((l) => l.slice('node-role.kubernetes.io/'.length)),
      capacity: pairs(n.status?.capacity),
      allocatable: pairs(n.status?.allocatable),
      taints: (n.spec?.taints ?? []).map((t) => `${t.key}${t.value ? `=${t.value}` : ''}:${t.effect}`),
    };
  },
});
