/**
 * Every Kubernetes kind Meridian knows, described once: where it lives in the API (group,
 * version, plural, namespaced), which GraphQL type serves it, and which columns a table of it
 * shows. The caches, the list/watch paths, mutations (scale, patch) and the console's tables all
 * read these descriptors instead of repeating the same strings in many places.
 *
 * Columns are plain data (a dotted path into the object plus a type), not functions, so that the
 * console can import this file as-is and render any kind's table generically.
 */

export type ColumnType = 'string' | 'number' | 'date' | 'labels';

export interface KindColumn {
  /** Stable id, also the GraphQL field name where one exists. */
  id: string;
  header: string;
  /** Dotted path into the object; `[]` reads an array's length (e.g. `spec.containers[]`). */
  path: string;
  type: ColumnType;
}

export interface KindDescriptor {
  kind: string;
  /** '' for the core group. */
  group: string;
  version: string;
  plural: string;
  namespaced: boolean;
  /** The GraphQL object type this kind is served as. */
  graphqlType: string;
  /**
   * Hold only metadata (list/watch as PartialObjectMetadata). Secrets are metadata-only so that
   * Meridian's memory never contains secret values.
   */
  metadataOnly?: boolean;
  /** Subresources this kind supports that Meridian uses (`scale`, `status`, `log`). */
  subresources?: string[];
  columns: KindColumn[];
}

const name: KindColumn = { id: 'name', header: 'Name', path: 'metadata.name', type: 'string' };
const namespace: KindColumn = { id: 'namespace', header: 'Project', path: 'metadata.namespace', type: 'string' };
const created: KindColumn = { id: 'createdAt', header: 'Created', path: 'metadata.creationTimestamp', type: 'date' };
const labels: KindColumn = { id: 'labels', header: 'Labels', path: 'metadata.labels', type: 'labels' };

function kind(d: Omit<KindDescriptor, 'columns'> & { columns?: KindColumn[] }): KindDescriptor {
  const base = d.namespaced ? [name, namespace] : [name];
  return { ...d, columns: [...base, ...(d.columns ?? []), created] };
}

export const Kinds = {
  Pod: kind({
    kind: 'Pod', group: '', version: 'v1', plural: 'pods', namespaced: true, graphqlType: 'Pod', subresources: ['status', 'log'],
    columns: [
      { id: 'phase', header: 'Status', path: 'status.phase', type: 'string' },
      { id: 'nodeName', header: 'Node', path: 'spec.nodeName', type: 'string' },
      { id: 'podIP', header: 'Pod IP', path: 'status.podIP', type: 'string' },
      { id: 'containers', header: 'Containers', path: 'spec.containers[]', type: 'number' },
    ],
  }),
  Deployment: kind({
    kind: 'Deployment', group: 'apps', version: 'v1', plural: 'deployments', namespaced: true, graphqlType: 'Deployment', subresources: ['scale', 'status'],
    columns: [
      { id: 'replicas', header: 'Desired', path: 'spec.replicas', type: 'number' },
      { id: 'readyReplicas', header: 'Ready', path: 'status.readyReplicas', type: 'number' },
      { id: 'updatedReplicas', header: 'Up to date', path: 'status.updatedReplicas', type: 'number' },
      { id: 'availableReplicas', header: 'Available', path: 'status.availableReplicas', type: 'number' },
    ],
  }),
  ReplicaSet: kind({
    kind: 'ReplicaSet', group: 'apps', version: 'v1', plural: 'replicasets', namespaced: true, graphqlType: 'ReplicaSet', subresources: ['scale', 'status'],
    columns: [
      { id: 'replicas', header: 'Desired', path: 'spec.replicas', type: 'number' },
      { id: 'readyReplicas', header: 'Ready', path: 'status.readyReplicas', type: 'number' },
    ],
  }),
  StatefulSet: kind({
    kind: 'StatefulSet', group: 'apps', version: 'v1', plural: 'statefulsets', namespaced: true, graphqlType: 'StatefulSet', subresources: ['scale', 'status'],
    columns: [
      { id: 'replicas', header: 'Desired', path: 'spec.replicas', type: 'number' },
      { id: 'readyReplicas', header: 'Ready', path: 'status.readyReplicas', type: 'number' },
      { id: 'serviceName', header: 'Service', path: 'spec.serviceName', type: 'string' },
    ],
  }),
  DaemonSet: kind({
    kind: 'DaemonSet', group: 'apps', version: 'v1', plural: 'daemonsets', namespaced: true, graphqlType: 'DaemonSet', subresources: ['status'],
    columns: [
      { id: 'desiredNumberScheduled', header: 'Desired', path: 'status.desiredNumberScheduled', type: 'number' },
      { id: 'numberReady', header: 'Ready', path: 'status.numberReady', type: 'number' },
    ],
  }),
  Job: kind({
    kind: 'Job', group: 'batch', version: 'v1', plural: 'jobs', namespaced: true, graphqlType: 'Job', subresources: ['status'],
    columns: [
      { id: 'completions', header: 'Completions', path: 'spec.completions', type: 'number' },
      { id: 'succeeded', header: 'Succeeded', path: 'status.succeeded', type: 'number' },
      { id: 'failed', header: 'Failed', path: 'status.failed', type: 'number' },
    ],
  }),
  CronJob: kind({
    kind: 'CronJob', group: 'batch', version: 'v1', plural: 'cronjobs', namespaced: true, graphqlType: 'CronJob', subresources: ['status'],
    columns: [
      { id: 'schedule', header: 'Schedule', path: 'spec.schedule', type: 'string' },
      { id: 'suspend', header: 'Suspended', path: 'spec.suspend', type: 'string' },
      { id: 'lastScheduleTime', header: 'Last run', path: 'status.lastScheduleTime', type: 'date' },
    ],
  }),
  Service: kind({
    kind: 'Service', group: '', version: 'v1', plural: 'services', namespaced: true, graphqlType: 'Service',
    columns: [
      { id: 'type', header: 'Type', path: 'spec.type', type: 'string' },
      { id: 'clusterIP', header: 'Cluster IP', path: 'spec.clusterIP', type: 'string' },
      { id: 'ports', header: 'Ports', path: 'spec.ports[]', type: 'number' },
    ],
  }),
  ConfigMap: kind({
    kind: 'ConfigMap', group: '', version: 'v1', plural: 'configmaps', namespaced: true, graphqlType: 'ConfigMap',
    columns: [labels],
  }),
  Secret: kind({
    kind: 'Secret', group: '', version: 'v1', plural: 'secrets', namespaced: true, graphqlType: 'Secret', metadataOnly: true,
    // No `type`/`data` columns: the cache holds metadata only.
    columns: [labels],
  }),
  Namespace: kind({
    kind: 'Namespace', group: '', version: 'v1', plural: 'namespaces', namespaced: false, graphqlType: 'Project',
    columns: [{ id: 'phase', header: 'Status', path: 'status.phase', type: 'string' }, labels],
  }),
  Node: kind({
    kind: 'Node', group: '', version: 'v1', plural: 'nodes', namespaced: false, graphqlType: 'Node', subresources: ['status'],
    columns: [
      { id: 'kubeletVersion', header: 'Kubelet', path: 'status.nodeInfo.kubeletVersion', type: 'string' },
      { id: 'unschedulable', header: 'Cordoned', path: 'spec.unschedulable', type: 'string' },
    ],
  }),
  Event: kind({
    kind: 'Event', group: '', version: 'v1', plural: 'events', namespaced: true, graphqlType: 'Event',
    columns: [
      { id: 'type', header: 'Type', path: 'type', type: 'string' },
      { id: 'reason', header: 'Reason', path: 'reason', type: 'string' },
      { id: 'object', header: 'Object', path: 'involvedObject.name', type: 'string' },
      { id: 'message', header: 'Message', path: 'message', type: 'string' },
      { id: 'count', header: 'Count', path: 'count', type: 'number' },
    ],
  }),
  HorizontalPodAutoscaler: kind({
    kind: 'HorizontalPodAutoscaler', group: 'autoscaling', version: 'v2', plural: 'horizontalpodautoscalers', namespaced: true, graphqlType: 'HorizontalPodAutoscaler', subresources: ['status'],
    columns: [
      { id: 'target', header: 'Target', path: 'spec.scaleTargetRef.name', type: 'string' },
      { id: 'minReplicas', header: 'Min', path: 'spec.minReplicas', type: 'number' },
      { id: 'maxReplicas', header: 'Max', path: 'spec.maxReplicas', type: 'number' },
      { id: 'currentReplicas', header: 'Current', path: 'status.currentReplicas', type: 'number' },
    ],
  }),
} satisfies Record<string, KindDescriptor>;

export type KindName = keyof typeof Kinds;

export function kindOf(name: string): KindDescriptor | undefined {
  return (Kinds as Record<string, KindDescriptor>)[name];
}

export function kindForGraphqlType(type: string): KindDescriptor | undefined {
  return Object.values(Kinds).find((k) => k.graphqlType === type);
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
