import { selectorToString } from '@meridian/core/kube/index';
import type { Container, Deployment as DeploymentView, Label, Pod as PodView, PodPhase } from './generated/resolvers.ts';
import type { Deployment, Pod } from './sources/kube.ts';

/** Kubernetes objects as the GraphQL types serve them (one place that knows both shapes). */

const iso = (t: string | Date | undefined) => (t ? new Date(t).toISOString() : new Date(0).toISOString());

export const labelsOf = (labels: Record<string, string> | undefined): Label[] =>
  Object.entries(labels ?? {}).map(([key, value]) => ({ key, value }));

const PHASES = new Set<PodPhase>(['Pending', 'Running', 'Succeeded', 'Failed', 'Unknown']);

export function podPhase(pod: Pod): PodPhase {
  const phase = pod.status?.phase as PodPhase | undefined;
  if (!phase) return 'Pending';
  return PHASES.has(phase) ? phase : 'Unknown';
}

function containersOf(pod: Pod): Container[] {
  const statuses = new Map((pod.status?.containerStatuses ?? []).map((s) => [s.name, s]));
  return (pod.spec?.containers ?? []).map((c) => {
    const s = statuses.get(c.name);
    const state = s?.state?.running ? 'running' : s?.state?.terminated ? 'terminated' : s?.state?.waiting ? 'waiting' : null;
    return {
      name: c.name,
      image: c.image ?? '',
      ready: s?.ready ?? false,
      restartCount: s?.restartCount ?? 0,
      state,
      reason: s?.state?.waiting?.reason ?? s?.state?.terminated?.reason ?? null,
    };
  });
}

export function toPod(pod: Pod): PodView {
  const md = pod.metadata ?? {};
  const owner = md.ownerReferences?.find((o) => o.controller) ?? md.ownerReferences?.[0];
  return {
    namespace: md.namespace ?? '',
    name: md.name ?? '',
    phase: podPhase(pod),
    podIP: pod.status?.podIP ?? null,
    nodeName: pod.spec?.nodeName ?? null,
    createdAt: iso(md.creationTimestamp),
    labels: labelsOf(md.labels),
    ownerKind: owner?.kind ?? null,
    ownerName: owner?.name ?? null,
    containers: containersOf(pod),
  };
}

export function toDeployment(d: Deployment): DeploymentView {
  const md = d.metadata ?? {};
  return {
    namespace: md.namespace ?? '',
    name: md.name ?? '',
    replicas: d.spec?.replicas ?? 1,
    readyReplicas: d.status?.readyReplicas ?? 0,
    availableReplicas: d.status?.availableReplicas ?? 0,
    updatedReplicas: d.status?.updatedReplicas ?? 0,
    selector: selectorToString(d.spec?.selector),
    createdAt: iso(md.creationTimestamp),
    labels: labelsOf(md.labels),
    conditions: (d.status?.conditions ?? []).map((c) => ({
      type: c.type,
      status: c.status,
      reason: c.reason ?? null,
      message: c.message ?? null,
      lastUpdateTime: c.lastUpdateTime ? iso(c.lastUpdateTime) : null,
    })),
  };
}
