/**
 * Kubernetes objects → kube-state-metrics samples. Pure functions over the objects' current
 * state, called on every scrape (kube-state-metrics does the same from its informer caches).
 */
import type { V1DaemonSet, V1Deployment, V1Job, V1Namespace, V1Node, V1ObjectMeta, V1OwnerReference, V1PersistentVolumeClaim, V1Pod, V1ReplicaSet, V1StatefulSet } from '@kubernetes/client-node';
import { labelName, type Labels } from './exposition.ts';
import type { Families } from './families.ts';
import { parseQuantity, unitOf } from './quantity.ts';

/** Which object labels become Prometheus labels, per resource (ksm's --metric-labels-allowlist). */
export type LabelAllowlist = Record<string, string[]>;

/** Parses ksm's flag syntax: `namespaces=[meridian.io/workspace],pods=[app,*]`. */
export function parseAllowlist(flag: string): LabelAllowlist {
  const out: LabelAllowlist = {};
  for (const m of flag.matchAll(/([a-z]+)=\[([^\]]*)\]/g)) {
    out[m[1]] = m[2].split(',').map((s) => s.trim()).filter(Boolean);
  }
  return out;
}

function allowedLabels(meta: V1ObjectMeta | undefined, allow: string[] | undefined): Labels {
  const out: Labels = {};
  if (!allow?.length) return out;
  for (const [k, v] of Object.entries(meta?.labels ?? {})) {
    if (allow.includes('*') || allow.includes(k)) out[labelName('label', k)] = v;
  }
  return out;
}

const NONE = '<none>';
const created = (meta?: V1ObjectMeta) => (meta?.creationTimestamp ? new Date(meta.creationTimestamp).getTime() / 1000 : NaN);
const controllerOf = (meta?: V1ObjectMeta): V1OwnerReference | undefined => meta?.ownerReferences?.find((o) => o.controller);
const boolConditions = (name: string, fam: Families, labels: Labels, status: string | undefined) => {
  for (const s of ['true', 'false', 'unknown']) fam.add(name, { ...labels, condition: s }, (status ?? 'Unknown').toLowerCase() === s ? 1 : 0);
};

function ownerSeries(fam: Families, name: string, base: Labels, meta?: V1ObjectMeta) {
  const owners = meta?.ownerReferences ?? [];
  if (owners.length === 0) fam.add(name, { ...base, owner_kind: NONE, owner_name: NONE, owner_is_controller: NONE }, 1);
  for (const o of owners) fam.add(name, { ...base, owner_kind: o.kind, owner_name: o.name, owner_is_controller: String(!!o.controller) }, 1);
}

export function podSeries(fam: Families, pod: V1Pod, allow: LabelAllowlist): void {
  const namespace = pod.metadata?.namespace ?? '';
  const name = pod.metadata?.name ?? '';
  const uid = pod.metadata?.uid ?? '';
  const base = { namespace, pod: name, uid };
  const node = pod.spec?.nodeName ?? '';
  const ctl = controllerOf(pod.metadata);
  fam.add('kube_pod_info', {
    ...base,
    host_ip: pod.status?.hostIP ?? '',
    pod_ip: pod.status?.podIP ?? '',
    node,
    created_by_kind: ctl?.kind ?? NONE,
    created_by_name: ctl?.name ?? NONE,
    priority_class: pod.spec?.priorityClassName ?? '',
    host_network: String(!!pod.spec?.hostNetwork),
  }, 1);
  ownerSeries(fam, 'kube_pod_owner', base, pod.metadata);
  fam.add('kube_pod_labels', { ...base, ...allowedLabels(pod.metadata, allow.pods) }, 1);
  fam.add('kube_pod_created', base, created(pod.metadata));
  const phase = pod.status?.phase;
  for (const p of ['Pending', 'Succeeded', 'Failed', 'Unknown', 'Running']) fam.add('kube_pod_status_phase', { ...base, phase: p }, phase === p ? 1 : 0);
  boolConditions('kube_pod_status_ready', fam, base, pod.status?.conditions?.find((c) => c.type === 'Ready')?.status);

  const statuses = new Map((pod.status?.containerStatuses ?? []).map((s) => [s.name, s]));
  for (const c of pod.spec?.containers ?? []) {
    const cl = { ...base, container: c.name };
    const st = statuses.get(c.name);
    fam.add('kube_pod_container_info', { ...cl, image_spec: c.image ?? '', image: st?.image ?? '', image_id: st?.imageID ?? '', container_id: st?.containerID ?? '' }, 1);
    if (st) {
      fam.add('kube_pod_container_status_ready', cl, st.ready ? 1 : 0);
      fam.add('kube_pod_container_status_running', cl, st.state?.running ? 1 : 0);
      fam.add('kube_pod_container_status_restarts_total', cl, st.restartCount ?? 0);
    }
    for (const [kind, list] of [['kube_pod_container_resource_requests', c.resources?.requests], ['kube_pod_container_resource_limits', c.resources?.limits]] as const) {
      for (const [resource, q] of Object.entries(list ?? {})) {
        fam.add(kind, { ...cl, node, resource, unit: unitOf(resource) }, parseQuantity(q));
      }
    }
  }
}

export function namespaceSeries(fam: Families, ns: V1Namespace, allow: LabelAllowlist): void {
  const namespace = ns.metadata?.name ?? '';
  fam.add('kube_namespace_labels', { namespace, ...allowedLabels(ns.metadata, allow.namespaces) }, 1);
  fam.add('kube_namespace_created', { namespace }, created(ns.metadata));
  for (const p of ['Active', 'Terminating']) fam.add('kube_namespace_status_phase', { namespace, phase: p }, ns.status?.phase === p ? 1 : 0);
}

export function deploymentSeries(fam: Families, d: V1Deployment): void {
  const l = { namespace: d.metadata?.namespace ?? '', deployment: d.metadata?.name ?? '' };
  fam.add('kube_deployment_created', l, created(d.metadata));
  fam.add('kube_deployment_spec_replicas', l, d.spec?.replicas ?? 1);
  fam.add('kube_deployment_status_replicas', l, d.status?.replicas ?? 0);
  fam.add('kube_deployment_status_replicas_available', l, d.status?.availableReplicas ?? 0);
  fam.add('kube_deployment_status_replicas_unavailable', l, d.status?.unavailableReplicas ?? 0);
  fam.add('kube_deployment_status_replicas_updated', l, d.status?.updatedReplicas ?? 0);
  fam.add('kube_deployment_status_replicas_ready', l, d.status?.readyReplicas ?? 0);
  fam.add('kube_deployment_metadata_generation', l, d.metadata?.generation ?? 0);
  fam.add('kube_deployment_status_observed_generation', l, d.status?.observedGeneration ?? 0);
}

export function replicaSetSeries(fam: Families, rs: V1ReplicaSet): void {
  const l = { namespace: rs.metadata?.namespace ?? '', replicaset: rs.metadata?.name ?? '' };
  ownerSeries(fam, 'kube_replicaset_owner', l, rs.metadata);
  fam.add('kube_replicaset_spec_replicas', l, rs.spec?.replicas ?? 1);
  fam.add('kube_replicaset_status_ready_replicas', l, rs.status?.readyReplicas ?? 0);
}

export function statefulSetSeries(fam: Families, s: V1StatefulSet): void {
  const l = { namespace: s.metadata?.namespace ?? '', statefulset: s.metadata?.name ?? '' };
  fam.add('kube_statefulset_replicas', l, s.spec?.replicas ?? 1);
  fam.add('kube_statefulset_status_replicas_ready', l, s.status?.readyReplicas ?? 0);
}

export function daemonSetSeries(fam: Families, d: V1DaemonSet): void {
  const l = { namespace: d.metadata?.namespace ?? '', daemonset: d.metadata?.name ?? '' };
  fam.add('kube_daemonset_status_desired_number_scheduled', l, d.status?.desiredNumberScheduled ?? 0);
  fam.add('kube_daemonset_status_number_ready', l, d.status?.numberReady ?? 0);
}

export function jobSeries(fam: Families, j: V1Job): void {
  const l = { namespace: j.metadata?.namespace ?? '', job_name: j.metadata?.name ?? '' };
  ownerSeries(fam, 'kube_job_owner', l, j.metadata);
  fam.add('kube_job_status_active', l, j.status?.active ?? 0);
  fam.add('kube_job_status_succeeded', l, j.status?.succeeded ?? 0);
  fam.add('kube_job_status_failed', l, j.status?.failed ?? 0);
  const complete = j.status?.conditions?.find((c) => c.type === 'Complete');
  if (complete) boolConditions('kube_job_complete', fam, l, complete.status);
}

export function persistentVolumeClaimSeries(fam: Families, c: V1PersistentVolumeClaim): void {
  const l = { namespace: c.metadata?.namespace ?? '', persistentvolumeclaim: c.metadata?.name ?? '' };
  fam.add('kube_persistentvolumeclaim_info', { ...l, storageclass: c.spec?.storageClassName ?? '', volumename: c.spec?.volumeName ?? '' }, 1);
  for (const p of ['Lost', 'Bound', 'Pending']) fam.add('kube_persistentvolumeclaim_status_phase', { ...l, phase: p }, c.status?.phase === p ? 1 : 0);
  const storage = c.spec?.resources?.requests?.storage;
  if (storage) fam.add('kube_persistentvolumeclaim_resource_requests_storage_bytes', l, parseQuantity(storage));
}

export function nodeSeries(fam: Families, n: V1Node, allow: LabelAllowlist): void {
  const node = n.metadata?.name ?? '';
  const info = n.status?.nodeInfo;
  fam.add('kube_node_info', {
    node,
    kernel_version: info?.kernelVersion ?? '',
    os_image: info?.osImage ?? '',
    container_runtime_version: info?.containerRuntimeVersion ?? '',
    kubelet_version: info?.kubeletVersion ?? '',
    kube_proxy_version: info?.kubeProxyVersion ?? '',
    provider_id: n.spec?.providerID ?? '',
    pod_cidr: n.spec?.podCIDR ?? '',
    system_uuid: info?.systemUUID ?? '',
    internal_ip: n.status?.addresses?.find((a) => a.type === 'InternalIP')?.address ?? '',
  }, 1);
  fam.add('kube_node_labels', { node, ...allowedLabels(n.metadata, allow.nodes) }, 1);
  fam.add('kube_node_spec_unschedulable', { node }, n.spec?.unschedulable ? 1 : 0);
  for (const [kind, list] of [['kube_node_status_capacity', n.status?.capacity], ['kube_node_status_allocatable', n.status?.allocatable]] as const) {
    for (const [resource, q] of Object.entries(list ?? {})) fam.add(kind, { node, resource, unit: unitOf(resource) }, parseQuantity(q));
  }
  for (const c of n.status?.conditions ?? []) {
    for (const s of ['true', 'false', 'unknown']) fam.add('kube_node_status_condition', { node, condition: c.type, status: s }, c.status.toLowerCase() === s ? 1 : 0);
  }
}
