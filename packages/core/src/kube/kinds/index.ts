import type { KindDescriptor, KindColumn } from './define.ts';
import { ConfigMap } from './config-map.ts';
import { ControllerRevision } from './controller-revision.ts';
import { CronJob } from './cron-job.ts';
import { DaemonSet } from './daemon-set.ts';
import { Deployment } from './deployment.ts';
import { EndpointSlice } from './endpoint-slice.ts';
import { Event } from './event.ts';
import { HorizontalPodAutoscaler } from './horizontal-pod-autoscaler.ts';
import { Ingress } from './ingress.ts';
import { Job } from './job.ts';
import { LimitRange } from './limit-range.ts';
import { Namespace } from './namespace.ts';
import { NetworkPolicy } from './network-policy.ts';
import { Node } from './node.ts';
import { PersistentVolume } from './persistent-volume.ts';
import { PersistentVolumeClaim } from './persistent-volume-claim.ts';
import { Pod } from './pod.ts';
import { ReplicaSet } from './replica-set.ts';
import { ResourceQuota } from './resource-quota.ts';
import { Secret } from './secret.ts';
import { Service } from './service.ts';
import { ServiceAccount } from './service-account.ts';
import { StatefulSet } from './stateful-set.ts';
import { StorageClass } from './storage-class.ts';

export * from './define.ts';
export * from './pod-template.ts';
export { REVISION_ANNOTATION } from './replica-set.ts';
export type { DeploymentInput } from './deployment.ts';
export type { StatefulSetInput } from './stateful-set.ts';
export type { DaemonSetInput } from './daemon-set.ts';
export type { JobInput } from './job.ts';
export type { CronJobInput } from './cron-job.ts';
export type { ServiceInput } from './service.ts';
export type { IngressInput } from './ingress.ts';
export type { ConfigMapInput } from './config-map.ts';
export type { SecretInput } from './secret.ts';
export type { PersistentVolumeClaimInput } from './persistent-volume-claim.ts';
export type { HorizontalPodAutoscalerInput } from './horizontal-pod-autoscaler.ts';

/** Every kind Meridian serves, keyed by Kubernetes kind (one module each in this folder). */
export const Kinds = {
  Pod,
  Deployment,
  ReplicaSet,
  StatefulSet,
  DaemonSet,
  Job,
  CronJob,
  Service,
  EndpointSlice,
  Ingress,
  ConfigMap,
  Secret,
  PersistentVolumeClaim,
  HorizontalPodAutoscaler,
  ResourceQuota,
  LimitRange,
  ServiceAccount,
  NetworkPolicy,
  Event,
  ControllerRevision,
  Namespace,
  Node,
  PersistentVolume,
  StorageClass,
} satisfies Record<string, KindDescriptor>;

export type KindName = keyof typeof Kinds;

/** The descriptor of a kind by its Kubernetes name; undefined for one Meridian does not serve. */
export function kindOf(name: string): KindDescriptor | undefined {
  return Object.hasOwn(Kinds, name) ? (Kinds as Record<string, KindDescriptor>)[name] : undefined;
}

export function kindForGraphqlType(type: string): KindDescriptor | undefined {
  return Object.values(Kinds).find((k: KindDescriptor) => k.graphqlType === type);
}

/** The descriptor for an apiVersion + kind as written in a manifest (group must match too). */
export function kindOfManifest(apiVersion: string | undefined, kind: string | undefined): KindDescriptor | undefined {
  const d = kind ? kindOf(kind) : undefined;
  if (!d || !apiVersion) return undefined;
  const [group, version] = apiVersion.includes('/') ? apiVersion.split('/', 2) : ['', apiVersion];
  return d.group === group && d.version === version ? d : undefined;
}

/** `apps/v1` or `v1`. */
export const apiVersionOf = (d: KindDescriptor) => (d.group ? `${d.group}/${d.version}` : d.version);

/**
 * The REST path of a kind's collection, one object, or a subresource:
 * `/apis/apps/v1/namespaces/ns/deployments/web/scale`. No namespace on a namespaced kind means
 * the collection across all namespaces (what a cache watches).
 */
export function apiPath(d: KindDescriptor, opts: { namespace?: string; name?: string; subresource?: string } = {}): string {
  const prefix = d.group ? `/apis/${d.group}/${d.version}` : `/api/${d.version}`;
  const ns = d.namespaced && opts.namespace ? `/namespaces/${encodeURIComponent(opts.namespace)}` : '';
  let path = `${prefix}${ns}/${d.plural}`;
  if (opts.name) path += `/${encodeURIComponent(opts.name)}`;
  if (opts.name && opts.subresource) path += `/${opts.subresource}`;
  return path;
}

/** Reads a column's value out of an object (the console and server tables share this). */
export function columnValue(obj: unknown, column: KindColumn): unknown {
  let cur: unknown = obj;
  for (const part of column.path.split('.')) {
    const countIt = part.endsWith('[]');
    const key = countIt ? part.slice(0, -2) : part;
    cur = cur && typeof cur === 'object' ? (cur as Record<string, unknown>)[key] : undefined;
    if (countIt) return Array.isArray(cur) ? cur.length : 0;
  }
  return cur ?? null;
}
