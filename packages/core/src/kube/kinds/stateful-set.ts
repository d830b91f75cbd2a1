import type { V1StatefulSet } from '@kubernetes/client-node';
import { column, defineKind, imagesOf, replicaColumns, replicasReady, type CreatableKind } from './define.ts';
import { workloadBase, type WorkloadMetaInput } from './pod-template.ts';

export interface StatefulSetInput extends WorkloadMetaInput {
  replicas?: number | null;
  /** The headless Service that gives the pods their names (defaults to the StatefulSet's name). */
  serviceName?: string | null;
}

export const StatefulSet = defineKind<CreatableKind<StatefulSetInput>>({
  kind: 'StatefulSet', group: 'apps', version: 'v1', plural: 'statefulsets', namespaced: true, graphqlType: 'StatefulSet', subresources: ['scale', 'status'],
  columns: [...replicaColumns, column('serviceName', 'Service', 'spec.serviceName')],
  status: (o) => replicasReady(o as V1StatefulSet),
  fields(o) {
    const s = o as V1StatefulSet;
    return {
      replicas: s.spec?.replicas ?? 1,
      readyReplicas: s.status?.readyReplicas ?? 0,
      serviceName: s.spec?.serviceName ?? null,
      currentRevision: s.status?.currentRevision ?? null,
      updateRevision: s.status?.updateRevision ?? null,
      images: imagesOf(s.spec?.template?.spec),
    };
  },
  fromInput(input, namespace) {
    const { metadata, ...spec } = workloadBase(input, namespace);
    return { apiVersion: 'apps/v1', kind: 'StatefulSet', metadata, spec: { replicas: input.replicas ?? 1, serviceName: input.serviceName ?? input.name, ...spec } } as V1StatefulSet;
  },
});
