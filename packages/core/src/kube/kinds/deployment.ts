import type { V1Deployment } from '@kubernetes/client-node';
import { column, conditionOf, defineKind, replicaColumns, replicaStatus, type CreatableKind } from './define.ts';
import { workloadBase, type WorkloadMetaInput } from './pod-template.ts';

export interface DeploymentInput extends WorkloadMetaInput {
  replicas?: number | null;
}

export const Deployment = defineKind<CreatableKind<DeploymentInput>>({
  kind: 'Deployment', group: 'apps', version: 'v1', plural: 'deployments', namespaced: true, graphqlType: 'Deployment', subresources: ['scale', 'status'],
  columns: [...replicaColumns, column('updatedReplicas', 'Up to date', 'status.updatedReplicas', 'number'), column('availableReplicas', 'Available', 'status.availableReplicas', 'number')],
  status(o) {
    const d = o as V1Deployment;
    if (d.spec?.paused) return { status: 'Paused', message: 'the rollout is paused' };
    const progressing = conditionOf(d.status?.conditions, 'Progressing');
    if (progressing?.status === 'False') return { status: 'Failed', message: progressing.message ?? null };
    // Pods its ReplicaSet could not create (over the project's quota, …): the controller's words.
    const replicaFailure = conditionOf(d.status?.conditions, 'ReplicaFailure');
    if (replicaFailure?.status === 'True') return { status: 'Failed', message: replicaFailure.message ?? null };
    return replicaStatus(d.spec?.replicas ?? 1, d.status?.readyReplicas ?? 0, progressing);
  },
  fromInput(input, namespace) {
    const { metadata, ...spec } = workloadBase(input, namespace);
    return { apiVersion: 'apps/v1', kind: 'Deployment', metadata, spec: { replicas: input.replicas ?? 1, ...spec } } as V1Deployment;
  },
});
