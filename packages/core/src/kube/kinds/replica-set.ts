import type { V1ReplicaSet } from '@kubernetes/client-node';
import { defineKind, imagesOf, replicaColumns, replicasReady, type KindDescriptor } from './define.ts';

/** The annotation a Deployment's ReplicaSets carry their rollout revision in. */
export const REVISION_ANNOTATION = 'deployment.kubernetes.io/revision';

export const ReplicaSet = defineKind<KindDescriptor>({
  kind: 'ReplicaSet', group: 'apps', version: 'v1', plural: 'replicasets', namespaced: true, graphqlType: 'ReplicaSet', subresources: ['scale', 'status'],
  columns: replicaColumns,
  status: (o) => replicasReady(o as V1ReplicaSet),
  fields(o) {
    const r = o as V1ReplicaSet;
    const rev = Number(r.metadata?.annotations?.[REVISION_ANNOTATION]);
    return { replicas: r.spec?.replicas ?? 1, readyReplicas: r.status?.readyReplicas ?? 0, revision: Number.isFinite(rev) ? rev : null, images: imagesOf(r.spec?.template?.spec) };
  },
});
