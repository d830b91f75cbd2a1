import { Kinds, REVISION_ANNOTATION, imagesOf, selectorToString, toYaml, type KindDescriptor, type KubeObject } from '@meridian/core/kube/index';
import type { Container, Deployment as DeploymentView, Label, ObjectMeta, Pod as PodView, PodPhase } from './generated/resolvers.ts';
import type { Deployment, Pod } from './sources/kube.ts';

/** Kubernetes objects as the GraphQL types serve them (one place that knows both shapes). */

const iso = (t: string | Date | undefined) => (t ? new Date(t).toISOString() : new Date(0).toISOString());

export const labelsOf = (labels: Record<string, string> | undefined): Label[] =>
  Object.entries(labels ?? {}).map(([key, value]) => ({ key, value }));

/** Hidden on every view: the object it was made from, and whether it came from a list. */
export const RAW = Symbol('raw');
export const LISTED = Symbol('listed');

export interface ObjectView {
  __typename: string;
  kind: string;
  namespace: string | null;
  name: string;
  metadata: ObjectMeta;
  status: { status: string; message: string | null };
  yaml: string;
  [RAW]: KubeObject;
  [LISTED]?: boolean;
  [field: string]: unknown;
}

export function metadataOf(obj: KubeObject): ObjectMeta {
  const md = obj.metadata ?? {};
  return {
    name: md.name ?? '',
    namespace: md.namespace ?? null,
    uid: md.uid ?? '',
    labels: labelsOf(md.labels),
    annotations: labelsOf(md.annotations),
    createdAt: iso(md.creationTimestamp),
    resourceVersion: md.resourceVersion ?? '',
    ownerReferences: (md.ownerReferences ?? []).map((o) => ({ kind: o.kind, name: o.name, uid: o.uid ?? '', controller: !!o.controller })),
    deletionTimestamp: md.deletionTimestamp ? iso(md.deletionTimestamp as string) : null,
  };
}

/**
 * Any object as its GraphQL type: the KubeObject fields, the kind's own fields (kinds/<kind>.ts
 * `fields`), and `yaml` computed only when a query asks for it.
 */
export function objectView(kind: KindDescriptor, obj: KubeObject, extra: Record<string, unknown> = {}): ObjectView {
  const view = {
    __typename: kind.graphqlType,
    kind: kind.kind,
    namespace: kind.namespaced ? (obj.metadata?.namespace ?? '') : null,
    name: obj.metadata?.name ?? '',
    metadata: metadataOf(obj),
    status: kind.status(obj),
    ...kind.fields?.(obj),
    ...extra,
  } as ObjectView;
  Object.defineProperty(view, RAW, { value: obj });
  Object.defineProperty(view, 'yaml', { get: () => toYaml(kind, obj), enumerable: true });
  return view;
}

/** The same view, marked as a list item (fields only served one object at a time refuse it). */
export function listedView(kind: KindDescriptor, obj: KubeObject): ObjectView {
  const view = viewOf(kind, obj);
  Object.defineProperty(view, LISTED, { value: true });
  return view;
}

/** The view for an object of any kind; Pods and Deployments keep their older, richer shape. */
export function viewOf(kind: KindDescriptor, obj: KubeObject): ObjectView {
  if (kind === Kinds.Pod) return toPod(obj as Pod) as unknown as ObjectView;
  if (kind === Kinds.Deployment) return toDeployment(obj as Deployment) as unknown as ObjectView;
  return objectView(kind, obj);
}

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
  return objectView(Kinds.Pod, pod, {
    namespace: md.namespace ?? '',
    phase: podPhase(pod),
    podIP: pod.status?.podIP ?? null,
    nodeName: pod.spec?.nodeName ?? null,
    createdAt: iso(md.creationTimestamp),
    labels: labelsOf(md.labels),
    ownerKind: owner?.kind ?? null,
    ownerName: owner?.name ?? null,
    containers: containersOf(pod),
  }) as unknown as PodView;
}

export function toDeployment(d: Deployment): DeploymentView {
  const md = d.metadata ?? {};
  const revision = Number(md.annotations?.[REVISION_ANNOTATION]);
  return objectView(Kinds.Deployment, d, {
    namespace: md.namespace ?? '',
    replicas: d.spec?.replicas ?? 1,
    readyReplicas: d.status?.readyReplicas ?? 0,
    availableReplicas: d.status?.availableReplicas ?? 0,
    updatedReplicas: d.status?.updatedReplicas ?? 0,
    selector: selectorToString(d.spec?.selector),
    createdAt: iso(md.creationTimestamp),
    labels: labelsOf(md.labels),
    paused: !!d.spec?.paused,
    revision: Number.isFinite(revision) && md.annotations?.[REVISION_ANNOTATION] ? revision : null,
    images: imagesOf(d.spec?.template?.spec),
    conditions: (d.status?.conditions ?? []).map((c) => ({
      type: c.type,
      status: c.status,
      reason: c.reason ?? null,
      message: c.message ?? null,
      lastUpdateTime: c.lastUpdateTime ? iso(c.lastUpdateTime) : null,
    })),
  }) as unknown as DeploymentView;
}
