import type { V1DaemonSet } from '@kubernetes/client-node';
import { column, defineKind, imagesOf, replicaStatus, type CreatableKind } from './define.ts';
import { workloadBase, type WorkloadMetaInput } from './pod-template.ts';

export type DaemonSetInput = WorkloadMetaInput;

export const DaemonSet = defineKind<CreatableKind<DaemonSetInput>>({
  kind: 'DaemonSet', group: 'apps', version: 'v1', plural: 'daemonsets', namespaced: true, graphqlType: 'DaemonSet', subresources: ['status'],
  columns: [column('desiredNumberScheduled', 'Desired', 'status.desiredNumberScheduled', 'number'), column('numberReady', 'Ready', 'status.numberReady', 'number')],
  status: (o) => replicaStatus((o as V1DaemonSet).status?.desiredNumberScheduled ?? 0, (o as V1DaemonSet).status?.numberReady ?? 0),
  fields(o) {
    const d = o as V1DaemonSet;
    return {
      desiredNumberScheduled: d.status?.desiredNumberScheduled ?? 0,
      numberReady: d.status?.numberReady ?? 0,
      numberAvailable: d.status?.numberAvailable ?? 0,
      updatedNumberScheduled: d.status?.updatedNumberScheduled ?? 0,
      images: imagesOf(d.spec?.template?.spec),
    };
  },
  fromInput(input, namespace) {
    const { metadata, ...spec } = workloadBase(input, namespace);
    return { apiVersion: 'apps/v1', kind: 'DaemonSet', metadata, spec } as V1DaemonSet;
  },
});
