import type { V1EndpointSlice } from '@kubernetes/client-node';
import { column, defineKind, type KindDescriptor } from './define.ts';

export const EndpointSlice = defineKind<KindDescriptor>({
  kind: 'EndpointSlice', group: 'discovery.k8s.io', version: 'v1', plural: 'endpointslices', namespaced: true, graphqlType: 'EndpointSlice', readOnly: true,
  columns: [column('addressType', 'Address type', 'addressType')],
  status(o) {
    const e = o as unknown as V1EndpointSlice;
    const all = e.endpoints?.length ?? 0;
    const ready = (e.endpoints ?? []).filter((p) => p.conditions?.ready !== false).length;
    return { status: all && ready === all ? 'Ready' : ready ? 'Degraded' : 'NotReady', message: `${ready}/${all} endpoints ready` };
  },
  fields(o) {
    const e = o as unknown as V1EndpointSlice;
    return {
      addressType: e.addressType,
      serviceName: e.metadata?.labels?.['kubernetes.io/service-name'] ?? null,
      endpoints: (e.endpoints ?? []).map((p) => ({ addresses: p.addresses, ready: p.conditions?.ready !== false, nodeName: p.nodeName ?? null, targetKind: p.targetRef?.kind ?? null, targetName: p.targetRef?.name ?? null })),
      ports: (e.ports ?? []).map((p) => ({ name: p.name ?? null, port: p.port ?? 0, protocol: p.protocol ?? 'TCP' })),
    };
  },
});
