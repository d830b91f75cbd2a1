import type { KubeObject } from '../cache.ts';

/**
 * What one Kubernetes kind is to Meridian, described once in `kinds/<kind>.ts`: where it lives
 * in the API, which GraphQL type serves it, how it may be filtered and sorted, how its state
 * reads as one short status, and (for kinds the console creates from a form) how structured input
 * becomes a manifest. Caches, lists, entity lookups, mutations, the live subscription and the
 * console's generic pages all derive from these modules instead of repeating strings per kind.
 *
 * Columns are plain data (a dotted path plus a type), so the console can render any kind's table
 * from `kubeKinds` without code per kind.
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

/** A column from its id, header, path and type (most are strings). */
export const column = (id: string, header: string, path: string, type: ColumnType = 'string'): KindColumn => ({ id, header, path, type });

/** Filters a list of the kind accepts (others are BAD_USER_INPUT naming the filter). */
export type KindFilter = 'name' | 'labelSelector' | 'status' | 'owner' | 'node';
export type KindSortKey = 'NAME' | 'CREATED_AT' | 'STATUS';

/** An object's state in a word (`Running`, `Bound`, `Failed`, …) and why, when there is a why. */
export interface StatusSummary {
  status: string;
  message: string | null;
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
  /** Cluster-scoped kinds that only platform admins see and change (Node, PV, StorageClass). */
  clusterAdmin?: boolean;
  /** Served for reading only: no create, update or delete through Meridian. */
  readOnly?: boolean;
  /** Shown under another name and owned elsewhere (Namespace is tenancy's Project). */
  ownedElsewhere?: boolean;
  filters: KindFilter[];
  sortKeys: KindSortKey[];
  columns: KindColumn[];
  /** Its list field: on Project for namespaced kinds, on Query for cluster ones (`configMaps`, `nodes`). */
  listField: string;
  /** The short status the STATUS sort, the status filter and `status { status message }` read. */
  status(obj: KubeObject): StatusSummary;
  /** The node an object runs on (the `node` filter). */
  nodeOf?(obj: KubeObject): string | undefined;
  /** The kind's own GraphQL fields (besides metadata, status and yaml), as plain data. */
  fields?(obj: KubeObject): Record<string, unknown>;
}

/** A descriptor with a typed form: `create<Kind>` input → manifest. */
export interface CreatableKind<I> extends KindDescriptor {
  /** The manifest (apiVersion, kind, metadata, spec…) the form describes; the API server validates it. */
  fromInput(input: I, namespace: string): object;
}

const nameCol: KindColumn = { id: 'name', header: 'Name', path: 'metadata.name', type: 'string' };
const namespaceCol: KindColumn = { id: 'namespace', header: 'Project', path: 'metadata.namespace', type: 'string' };
const createdCol: KindColumn = { id: 'createdAt', header: 'Created', path: 'metadata.creationTimestamp', type: 'date' };
export const labelsCol: KindColumn = { id: 'labels', header: 'Labels', path: 'metadata.labels', type: 'labels' };

/** Desired and ready replicas: the first columns of every kind that scales (Deployment, StatefulSet, ReplicaSet). */
export const replicaColumns: KindColumn[] = [column('replicas', 'Desired', 'spec.replicas', 'number'), column('readyReplicas', 'Ready', 'status.readyReplicas', 'number')];

type Spec<T> = Omit<T, 'columns' | 'filters' | 'sortKeys' | 'listField'> & { columns?: KindColumn[]; filters?: KindFilter[]; sortKeys?: KindSortKey[]; listField?: string };

/** Fills in what every kind shares: name/project/created columns, name and label filters, sorts. */
export function defineKind<T extends KindDescriptor>(d: Spec<T>): T {
  const base = d.namespaced ? [nameCol, namespaceCol] : [nameCol];
  return {
    ...d,
    filters: d.filters ?? ['name', 'labelSelector', 'status', 'owner'],
    sortKeys: d.sortKeys ?? ['NAME', 'CREATED_AT', 'STATUS'],
    columns: [...base, ...(d.columns ?? []), createdCol],
    listField: d.listField ?? `${d.kind[0].toLowerCase()}${d.kind.slice(1)}s`,
  } as T;
}

// --- helpers the kind modules share ---------------------------------------------------------

export interface Condition {
  type: string;
  status: string;
  reason?: string;
  message?: string;
}

export const conditionOf = (conditions: Condition[] | undefined, type: string) => conditions?.find((c) => c.type === type);

/** `Active` for kinds that have no state of their own (ConfigMap, ServiceAccount, …). */
export const alwaysActive = (): StatusSummary => ({ status: 'Active', message: null });

/** Ready / desired replicas as a status: Running when all are ready, Stopped at 0, else Updating. */
export function replicaStatus(desired: number, ready: number, progressing?: Condition): StatusSummary {
  if (desired === 0 && ready === 0) return { status: 'Stopped', message: null };
  if (ready >= desired) return { status: 'Running', message: `${ready}/${desired} ready` };
  return { status: 'Updating', message: progressing?.message ?? `${ready}/${desired} ready` };
}

/** Status of a kind that scales by spec.replicas (StatefulSet, ReplicaSet): ready of desired. */
export const replicasReady = (o: { spec?: { replicas?: number }; status?: { readyReplicas?: number } }) => replicaStatus(o.spec?.replicas ?? 1, o.status?.readyReplicas ?? 0);

export const iso = (t: string | Date | undefined | null) => (t ? new Date(t).toISOString() : null);

export const pairs = (m: Record<string, unknown> | undefined | null) => Object.entries(m ?? {}).map(([key, value]) => ({ key, value: String(value) }));

export const imagesOf = (spec: { containers?: { image?: string }[] } | undefined) => (spec?.containers ?? []).map((c) => c.image ?? '');

/** metadata for a manifest made from a form: name, project, labels (as given) and annotations. */
export function manifestMeta(input: { name: string; labels?: { key: string; value: string }[] | null; annotations?: { key: string; value: string }[] | null }, namespace: string) {
  const fromPairs = (p: { key: string; value: string }[] | null | undefined) => (p?.length ? Object.fromEntries(p.map((x) => [x.key, x.value])) : undefined);
  return { name: input.name, namespace, labels: fromPairs(input.labels), annotations: fromPairs(input.annotations) };
}
