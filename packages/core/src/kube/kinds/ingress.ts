import type { V1Ingress } from '@kubernetes/client-node';
import { column, defineKind, manifestMeta, type CreatableKind } from './define.ts';
import type { MetaInput } from './pod-template.ts';

export interface IngressInput extends MetaInput {
  ingressClassName?: string | null;
  rules: { host?: string | null; paths: { path: string; pathType?: string | null; service: string; port: number }[] }[];
  tls?: { hosts: string[]; secretName: string }[] | null;
}

export const Ingress = defineKind<CreatableKind<IngressInput>>({
  kind: 'Ingress', group: 'networking.k8s.io', version: 'v1', plural: 'ingresses', listField: 'ingresses', namespaced: true, graphqlType: 'Ingress',
  columns: [column('rules', 'Rules', 'spec.rules[]', 'number')],
  status(o) {
    const i = o as V1Ingress;
    const addrs = (i.status?.loadBalancer?.ingress ?? []).map((x) => x.ip ?? x.hostname).filter(Boolean);
    return { status: 'Active', message: addrs.length ? addrs.join(', ') : null };
  },
  fields(o) {
    const i = o as V1Ingress;
    return {
      ingressClassName: i.spec?.ingressClassName ?? null,
      rules: (i.spec?.rules ?? []).map((r) => ({
        host: r.host ?? null,
        paths: (r.http?.paths ?? []).map((p) => ({ path: p.path ?? '/', pathType: p.pathType, service: p.backend.service?.name ?? null, port: p.backend.service?.port?.number ?? null })),
      })),
      tls: (i.spec?.tls ?? []).map((t) => ({ hosts: t.hosts ?? [], secretName: t.secretName ?? null })),
    };
  },
  fromInput(input, namespace) {
    return {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'Ingress',
      metadata: manifestMeta(input, namespace),
      spec: {
        ingressClassName: input.ingressClassName ?? undefined,
        rules: input.rules.map((r) => ({
          host: r.host ?? undefined,
          http: { paths: r.paths.map((p) => ({ path: p.path, pathType: p.pathType ?? 'Prefix', backend: { service: { name: p.service, port: { number: p.port } } } })) },
        })),
        tls: input.tls?.length ? input.tls : undefined,
      },
    } as V1Ingress;
  },
});
