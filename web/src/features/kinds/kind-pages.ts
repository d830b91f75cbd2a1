import type { MessageKey } from '@/lib/i18n/en.ts';
import type { Translate } from '@/lib/i18n/index.tsx';
import type { KubeObjectRow, RowOf, RowTypename } from '@/features/kinds/object-row.ts';

/**
 * What the console says about each Kubernetes kind, once: where it is listed, its own columns and
 * how it is created. The generic list, detail, create and YAML pages read this; `kubeKinds` from
 * the API says what the server offers (sort keys, filters, read-only, create mutation).
 */
export type KindSection = 'workloads' | 'network' | 'config' | 'storage' | 'policy' | 'events' | 'cluster';

export interface KindColumn<R> {
  id: string;
  header: MessageKey;
  value: (row: R, t: Translate) => string;
  num?: boolean;
}

/** The wizards (wizards/*.tsx); kinds without one are created from YAML. */
export type FormId = 'workload' | 'service' | 'ingress' | 'configMap' | 'secret' | 'pvc' | 'hpa';

/** Workload behaviours on the detail page: pods it owns, rollout history and controls. */
export interface WorkloadTraits {
  /** How its pods are found: by its label selector (Deployment) or as their controlling owner. */
  pods: 'selector' | 'owner';
  /** Where its revisions live (rollback), if it has any. */
  revisions?: 'ReplicaSet' | 'ControllerRevision';
  restart?: boolean;
}

export interface KindPage {
  kind: string;
  typename: RowTypename;
  /** The URL segment: lower-case plural (deployments). */
  slug: string;
  label: MessageKey;
  section: KindSection;
  icon: string;
  cluster?: boolean;
  /** Listed in the sidebar (ControllerRevision is reached from its owner only). */
  nav?: boolean;
  columns: KindColumn<KubeObjectRow>[];
  form?: FormId;
  workload?: WorkloadTraits;
}

const none = '—';
const orNone = (v: string | number | null | undefined) => (v === null || v === undefined || v === '' ? none : String(v));
const list = (v: readonly string[]) => (v.length ? v.join(', ') : none);

/** A page with columns typed by its GraphQL type (the row is narrowed by __typename). */
function page<T extends RowTypename>(p: Omit<KindPage, 'columns' | 'typename'> & { typename: T; columns: KindColumn<RowOf<T>>[] }): KindPage {
  const columns = p.columns.map((c) => ({
    ...c,
    value: (row: KubeObjectRow, t: Translate) => (row.__typename === p.typename ? c.value(row as RowOf<T>, t) : none),
  }));
  return { ...p, columns };
}

export const KIND_PAGES: KindPage[] = [
  page({
    kind: 'Deployment', typename: 'Deployment', slug: 'deployments', label: 'kinds.Deployment', section: 'workloads', icon: '▤', nav: true, form: 'workload',
    workload: { pods: 'selector', revisions: 'ReplicaSet', restart: true },
    columns: [
      { id: 'ready', header: 'kinds.col.ready', value: (d) => `${d.readyReplicas}/${d.replicas}` },
      { id: 'upToDate', header: 'kinds.col.upToDate', value: (d) => String(d.updatedReplicas), num: true },
      { id: 'available', header: 'kinds.col.available', value: (d) => String(d.availableReplicas), num: true },
      { id: 'images', header: 'kinds.col.images', value: (d) => list(d.images) },
    ],
  }),
  page({
    kind: 'StatefulSet', typename: 'StatefulSet', slug: 'statefulsets', label: 'kinds.StatefulSet', section: 'workloads', icon: '▥', nav: true, form: 'workload',
    workload: { pods: 'owner', revisions: 'ControllerRevision', restart: true },
    columns: [
      { id: 'ready', header: 'kinds.col.ready', value: (s) => `${s.readyReplicas}/${s.replicas}` },
      { id: 'service', header: 'kinds.col.service', value: (s) => orNone(s.serviceName) },
      { id: 'images', header: 'kinds.col.images', value: (s) => list(s.images) },
    ],
  }),
  page({
    kind: 'DaemonSet', typename: 'DaemonSet', slug: 'daemonsets', label: 'kinds.DaemonSet', section: 'workloads', icon: '▦', nav: true, form: 'workload',
    workload: { pods: 'owner', revisions: 'ControllerRevision', restart: true },
    columns: [
      { id: 'desired', header: 'kinds.col.desired', value: (d) => String(d.desiredNumberScheduled), num: true },
      { id: 'ready', header: 'kinds.col.ready', value: (d) => String(d.numberReady), num: true },
      { id: 'available', header: 'kinds.col.available', value: (d) => String(d.numberAvailable), num: true },
      { id: 'images', header: 'kinds.col.images', value: (d) => list(d.images) },
    ],
  }),
  page({
    kind: 'Job', typename: 'Job', slug: 'jobs', label: 'kinds.Job', section: 'workloads', icon: '▶', nav: true, form: 'workload',
    workload: { pods: 'owner' },
    columns: [
      { id: 'completions', header: 'kinds.col.completions', value: (j) => `${j.succeeded}/${j.completions ?? 1}` },
      { id: 'active', header: 'kinds.col.active', value: (j) => String(j.active), num: true },
      { id: 'failed', header: 'kinds.col.failed', value: (j) => String(j.failed), num: true },
      { id: 'images', header: 'kinds.col.images', value: (j) => list(j.images) },
    ],
  }),
  page({
    kind: 'CronJob', typename: 'CronJob', slug: 'cronjobs', label: 'kinds.CronJob', section: 'workloads', icon: '◷', nav: true, form: 'workload',
    columns: [
      { id: 'schedule', header: 'kinds.col.schedule', value: (c) => c.schedule },
      { id: 'suspend', header: 'kinds.col.suspended', value: (c, t) => t(c.suspend ? 'common.yes' : 'common.no') },
      { id: 'active', header: 'kinds.col.active', value: (c) => String(c.activeJobs.length), num: true },
      { id: 'lastSchedule', header: 'kinds.col.lastSchedule', value: (c) => orNone(c.lastScheduleTime) },
    ],
  }),
  page({
    kind: 'Pod', typename: 'Pod', slug: 'pods', label: 'kinds.Pod', section: 'workloads', icon: '◉',
    columns: [
      { id: 'ready', header: 'kinds.col.ready', value: (p) => `${p.containers.filter((c) => c.ready).length}/${p.containers.length}` },
      { id: 'restarts', header: 'kinds.col.restarts', value: (p) => String(p.containers.reduce((n, c) => n + c.restartCount, 0)), num: true },
      { id: 'node', header: 'kinds.col.node', value: (p) => orNone(p.nodeName) },
      { id: 'ip', header: 'kinds.col.ip', value: (p) => orNone(p.podIP) },
    ],
  }),
  page({
    kind: 'ReplicaSet', typename: 'ReplicaSet', slug: 'replicasets', label: 'kinds.ReplicaSet', section: 'workloads', icon: '▧', nav: true,
    workload: { pods: 'owner' },
    columns: [
      { id: 'ready', header: 'kinds.col.ready', value: (r) => `${r.readyReplicas}/${r.replicas}` },
      { id: 'revision', header: 'kinds.col.revision', value: (r) => orNone(r.revision), num: true },
      { id: 'images', header: 'kinds.col.images', value: (r) => list(r.images) },
    ],
  }),
  page({
    kind: 'ControllerRevision', typename: 'ControllerRevision', slug: 'controllerrevisions', label: 'kinds.ControllerRevision', section: 'workloads', icon: '▨',
    columns: [{ id: 'revision', header: 'kinds.col.revision', value: (r) => String(r.controllerRevision), num: true }],
  }),
  page({
    kind: 'Service', typename: 'Service', slug: 'services', label: 'kinds.Service', section: 'network', icon: '⇄', nav: true, form: 'service',
    columns: [
      { id: 'type', header: 'kinds.col.type', value: (s) => s.type },
      { id: 'clusterIP', header: 'kinds.col.clusterIP', value: (s) => orNone(s.clusterIP) },
      { id: 'ports', header: 'kinds.col.ports', value: (s) => list(s.ports.map((p) => `${p.port}${p.nodePort ? `:${p.nodePort}` : ''}/${p.protocol}`)) },
    ],
  }),
  page({
    kind: 'Ingress', typename: 'Ingress', slug: 'ingresses', label: 'kinds.Ingress', section: 'network', icon: '⇥', nav: true, form: 'ingress',
    columns: [
      { id: 'class', header: 'kinds.col.class', value: (i) => orNone(i.ingressClassName) },
      { id: 'hosts', header: 'kinds.col.hosts', value: (i) => list(i.rules.map((r) => r.host ?? '*')) },
    ],
  }),
  page({
    kind: 'EndpointSlice', typename: 'EndpointSlice', slug: 'endpointslices', label: 'kinds.EndpointSlice', section: 'network', icon: '⋯', nav: true,
    columns: [
      { id: 'service', header: 'kinds.col.service', value: (e) => orNone(e.serviceName) },
      { id: 'endpoints', header: 'kinds.col.endpoints', value: (e) => `${e.endpoints.filter((x) => x.ready).length}/${e.endpoints.length}` },
      { id: 'addressType', header: 'kinds.col.type', value: (e) => e.addressType },
    ],
  }),
  page({
    kind: 'NetworkPolicy', typename: 'NetworkPolicy', slug: 'networkpolicies', label: 'kinds.NetworkPolicy', section: 'network', icon: '◇', nav: true,
    columns: [
      { id: 'podSelector', header: 'kinds.col.podSelector', value: (n) => n.podSelector || '*' },
      { id: 'policyTypes', header: 'kinds.col.type', value: (n) => list(n.policyTypes) },
    ],
  }),
  page({
    kind: 'ConfigMap', typename: 'ConfigMap', slug: 'configmaps', label: 'kinds.ConfigMap', section: 'config', icon: '≣', nav: true, form: 'configMap',
    columns: [{ id: 'keys', header: 'kinds.col.keys', value: (c) => list([...c.data.map((d) => d.key), ...c.binaryKeys]) }],
  }),
  page({
    kind: 'Secret', typename: 'Secret', slug: 'secrets', label: 'kinds.Secret', section: 'config', icon: '◈', nav: true, form: 'secret',
    columns: [],
  }),
  page({
    kind: 'ServiceAccount', typename: 'ServiceAccount', slug: 'serviceaccounts', label: 'kinds.ServiceAccount', section: 'config', icon: '☺', nav: true,
    columns: [{ id: 'pullSecrets', header: 'kinds.col.pullSecrets', value: (s) => list(s.imagePullSecrets) }],
  }),
  page({
    kind: 'PersistentVolumeClaim', typename: 'PersistentVolumeClaim', slug: 'persistentvolumeclaims', label: 'kinds.PersistentVolumeClaim', section: 'storage', icon: '◐', nav: true, form: 'pvc',
    columns: [
      { id: 'capacity', header: 'kinds.col.capacity', value: (p) => orNone(p.capacity ?? p.requestedStorage) },
      { id: 'accessModes', header: 'kinds.col.accessModes', value: (p) => list(p.accessModes) },
      { id: 'storageClass', header: 'kinds.col.storageClass', value: (p) => orNone(p.storageClassName) },
      { id: 'volume', header: 'kinds.col.volume', value: (p) => orNone(p.volumeName) },
    ],
  }),
  page({
    kind: 'HorizontalPodAutoscaler', typename: 'HorizontalPodAutoscaler', slug: 'horizontalpodautoscalers', label: 'kinds.HorizontalPodAutoscaler', section: 'policy', icon: '⇕', nav: true, form: 'hpa',
    columns: [
      { id: 'target', header: 'kinds.col.target', value: (h) => `${h.targetKind}/${h.targetName}` },
      { id: 'replicas', header: 'kinds.col.replicas', value: (h) => `${h.currentReplicas} (${h.minReplicas}–${h.maxReplicas})` },
      { id: 'cpu', header: 'kinds.col.cpuTarget', value: (h) => (h.cpuUtilization == null ? none : `${h.cpuUtilization}%`) },
    ],
  }),
  page({
    kind: 'ResourceQuota', typename: 'ResourceQuota', slug: 'resourcequotas', label: 'kinds.ResourceQuota', section: 'policy', icon: '▣', nav: true,
    columns: [{ id: 'resources', header: 'kinds.col.used', value: (q) => list(q.resources.map((r) => `${r.resource} ${r.used ?? 0}/${r.hard}`)) }],
  }),
  page({
    kind: 'LimitRange', typename: 'LimitRange', slug: 'limitranges', label: 'kinds.LimitRange', section: 'policy', icon: '⊟', nav: true,
    columns: [{ id: 'types', header: 'kinds.col.type', value: (l) => list(l.limits.map((x) => x.type)) }],
  }),
  page({
    kind: 'Event', typename: 'KubeEvent', slug: 'events', label: 'kinds.Event', section: 'events', icon: '✦', nav: true,
    columns: [
      { id: 'type', header: 'kinds.col.type', value: (e) => e.type },
      { id: 'reason', header: 'kinds.col.reason', value: (e) => orNone(e.reason) },
      { id: 'object', header: 'kinds.col.object', value: (e) => `${e.involvedKind}/${e.involvedName}` },
      { id: 'count', header: 'kinds.col.count', value: (e) => String(e.count), num: true },
      { id: 'message', header: 'kinds.col.message', value: (e) => orNone(e.message) },
    ],
  }),
  page({
    kind: 'Node', typename: 'Node', slug: 'nodes', label: 'kinds.Node', section: 'cluster', icon: '◎', nav: true, cluster: true,
    columns: [
      { id: 'roles', header: 'kinds.col.roles', value: (n) => list(n.roles) },
      { id: 'schedulable', header: 'kinds.col.schedulable', value: (n, t) => t(n.unschedulable ? 'common.no' : 'common.yes') },
      { id: 'ip', header: 'kinds.col.ip', value: (n) => orNone(n.internalIP) },
      { id: 'version', header: 'kinds.col.version', value: (n) => orNone(n.kubeletVersion) },
    ],
  }),
  page({
    kind: 'PersistentVolume', typename: 'PersistentVolume', slug: 'persistentvolumes', label: 'kinds.PersistentVolume', section: 'cluster', icon: '◑', nav: true, cluster: true,
    columns: [
      { id: 'capacity', header: 'kinds.col.capacity', value: (p) => orNone(p.capacity) },
      { id: 'reclaim', header: 'kinds.col.reclaimPolicy', value: (p) => orNone(p.reclaimPolicy) },
      { id: 'claim', header: 'kinds.col.claim', value: (p) => orNone(p.claim) },
      { id: 'storageClass', header: 'kinds.col.storageClass', value: (p) => orNone(p.storageClassName) },
    ],
  }),
  page({
    kind: 'StorageClass', typename: 'StorageClass', slug: 'storageclasses', label: 'kinds.StorageClass', section: 'cluster', icon: '◒', nav: true, cluster: true,
    columns: [
      { id: 'provisioner', header: 'kinds.col.provisioner', value: (s) => s.provisioner },
      { id: 'reclaim', header: 'kinds.col.reclaimPolicy', value: (s) => s.classReclaimPolicy },
      { id: 'binding', header: 'kinds.col.bindingMode', value: (s) => s.volumeBindingMode },
      { id: 'default', header: 'kinds.col.default', value: (s, t) => t(s.isDefault ? 'common.yes' : 'common.no') },
    ],
  }),
];

const BY_SLUG = new Map(KIND_PAGES.map((p) => [p.slug, p]));
const BY_KIND = new Map(KIND_PAGES.map((p) => [p.kind, p]));

export const kindPageBySlug = (slug: string): KindPage | undefined => BY_SLUG.get(slug);
export const kindPageByKind = (kind: string): KindPage | undefined => BY_KIND.get(kind);

/** Where a kind's pages are: under the project for namespaced kinds, under /cluster otherwise. */
export function listHref(p: KindPage, place: { workspace?: string; project?: string }): string | null {
  if (p.cluster) return `/cluster/${p.slug}`;
  return place.workspace && place.project ? `/workspaces/${place.workspace}/projects/${place.project}/resources/${p.slug}` : null;
}

export function detailHref(p: KindPage, place: { workspace?: string; project?: string }, name: string): string | null {
  const base = listHref(p, place);
  return base && `${base}/${encodeURIComponent(name)}`;
}

export function createHref(p: KindPage, place: { workspace: string; project: string }, how: 'form' | 'yaml'): string {
  return `/workspaces/${place.workspace}/projects/${place.project}/create/${p.slug}${how === 'yaml' ? '?yaml=1' : ''}`;
}
