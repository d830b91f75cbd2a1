import type { V1Service } from '@kubernetes/client-node';
import { column, defineKind, manifestMeta, pairs, type CreatableKind } from './define.ts';
import type { KeyValueInput, MetaInput } from './pod-template.ts';

export interface ServiceInput extends MetaInput {
  /** ClusterIP (default), NodePort, LoadBalancer, or Headless (ClusterIP None). */
  type?: string | null;
  /** The pods it routes to, e.g. app=web; defaults to app=<name>. */
  selector?: KeyValueInput[] | null;
  ports: { name?: string | null; port: number; targetPort?: number | null; protocol?: string | null; nodePort?: number | null }[];
}

export const Service = defineKind<CreatableKind<ServiceInput>>({
  kind: 'Service', group: '', version: 'v1', plural: 'services', namespaced: true, graphqlType: 'Service',
  columns: [column('type', 'Type', 'spec.type'), column('clusterIP', 'Cluster IP', 'spec.clusterIP'), column('ports', 'Ports', 'spec.ports[]', 'number')],
  status(o) {
    const s = o as V1Service;
    if (s.spec?.type === 'LoadBalancer' && !s.status?.loadBalancer?.ingress?.length) return { status: 'Pending', message: 'waiting for a load balancer address' };
    return { status: 'Active', message: null };
  },
  fields(o) {
    const s = o as V1Service;
    return {
      type: s.spec?.type ?? 'ClusterIP',
      clusterIP: s.spec?.clusterIP ?? null,
      selector: pairs(s.spec?.selector),
      ports: (s.spec?.ports ?? []).map((p) => ({ name: p.name ?? null, port: p.port, targetPort: p.targetPort === undefined ? null : String(p.targetPort), protocol: p.protocol ?? 'TCP', nodePort: p.nodePort ?? null })),
      externalAddresses: (s.status?.loadBalancer?.ingress ?? []).map((i) => i.ip ?? i.hostname ?? ''),
    };
  },
  fromInput(input, namespace) {
    const headless = input.type === 'Headless';
    const selector = input.selector?.length ? Object.fromEntries(input.selector.map((s) => [s.key, s.value])) : { app: input.name };
    return {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: manifestMeta(input, namespace),
      spec: {
        type: headless ? 'ClusterIP' : (input.type ?? 'ClusterIP'),
        ...(headless ? { clusterIP: 'None' } : {}),
        selector,
        ports: input.ports.map((p) => ({ name: p.name ?? undefined, port: p.port, targetPort: p.targetPort ?? p.port, protocol: p.protocol ?? 'TCP', nodePort: p.nodePort ?? undefined })),
      },
    } as V1Service;
  },
});
