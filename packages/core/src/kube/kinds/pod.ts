import type { V1Pod } from '@kubernetes/client-node';
import { column, defineKind, type KindDescriptor } from './define.ts';

const waitingReason = (p: V1Pod) =>
  (p.status?.containerStatuses ?? []).map((s) => s.state?.waiting?.reason ?? (s.state?.terminated?.exitCode ? s.state.terminated.reason : undefined)).find(Boolean);

export const Pod = defineKind<KindDescriptor>({
  kind: 'Pod', group: '', version: 'v1', plural: 'pods', namespaced: true, graphqlType: 'Pod', subresources: ['status', 'log', 'eviction'],
  filters: ['name', 'labelSelector', 'status', 'owner', 'node'],
  columns: [column('phase', 'Status', 'status.phase'), column('nodeName', 'Node', 'spec.nodeName'), column('podIP', 'Pod IP', 'status.podIP'), column('containers', 'Containers', 'spec.containers[]', 'number')],
  status(o) {
    const p = o as V1Pod;
    if (o.metadata?.deletionTimestamp) return { status: 'Terminating', message: null };
    const reason = waitingReason(p);
    // A container stuck in CrashLoopBackOff / ImagePullBackOff says more than the phase.
    if (reason && p.status?.phase !== 'Succeeded') return { status: reason, message: p.status?.message ?? null };
    return { status: p.status?.phase ?? 'Pending', message: p.status?.message ?? p.status?.reason ?? null };
  },
  nodeOf: (o) => (o as V1Pod).spec?.nodeName,
});
