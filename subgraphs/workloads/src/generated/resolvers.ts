import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { SubgraphContext } from '@meridian/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  _FieldSet: { input: unknown; output: unknown; }
  federation__FieldSet: { input: unknown; output: unknown; }
  link__Import: { input: unknown; output: unknown; }
};

export type ConfigMap = KubeObject & {
  __typename?: 'ConfigMap';
  binaryKeys: Array<Scalars['String']['output']>;
  data: Array<Label>;
  events: Array<KubeEvent>;
  kind: Scalars['String']['output'];
  metadata: ObjectMeta;
  name: Scalars['String']['output'];
  namespace: Scalars['String']['output'];
  status: StatusSummary;
  yaml: Scalars['String']['output'];
};


export type ConfigMapEventsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type ConfigMapConnection = {
  __typename?: 'ConfigMapConnection';
  edges: Array<ConfigMapEdge>;
  nodes: Array<ConfigMap>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ConfigMapEdge = {
  __typename?: 'ConfigMapEdge';
  cursor: Scalars['String']['output'];
  node: ConfigMap;
};

export type ConfigMapInput = {
  annotations?: InputMaybe<Array<KeyValueInput>>;
  data: Array<KeyValueInput>;
  labels?: InputMaybe<Array<KeyValueInput>>;
  name: Scalars['String']['input'];
};

export type Container = {
  __typename?: 'Container';
  image: Scalars['String']['output'];
  name: Scalars['String']['output'];
  ready: Scalars['Boolean']['output'];
  /** Why the container is waiting or terminated (e.g. CrashLoopBackOff, Completed). */
  reason?: Maybe<Scalars['String']['output']>;
  restartCount: Scalars['Int']['output'];
  /** waiting | running | terminated */
  state?: Maybe<Scalars['String']['output']>;
};

export type ContainerInput = {
  args?: InputMaybe<Array<Scalars['String']['input']>>;
  command?: InputMaybe<Array<Scalars['String']['input']>>;
  env?: InputMaybe<Array<EnvVarInput>>;
  /** Every entry of these ConfigMaps / Secrets as environment variables. */
  envFromConfigMaps?: InputMaybe<Array<Scalars['String']['input']>>;
  envFromSecrets?: InputMaybe<Array<Scalars['String']['input']>>;
  image: Scalars['String']['input'];
  livenessProbe?: InputMaybe<ProbeInput>;
  /** Defaults to main (c1, c2, … for the others). */
  name?: InputMaybe<Scalars['String']['input']>;
  ports?: InputMaybe<Array<ContainerPortInput>>;
  readinessProbe?: InputMaybe<ProbeInput>;
  resources?: InputMaybe<ResourcesInput>;
  volumeMounts?: InputMaybe<Array<VolumeMountInput>>;
};

export type ContainerPortInput = {
  containerPort: Scalars['Int']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  protocol?: InputMaybe<Scalars['String']['input']>;
};

export type ControllerRevision = KubeObject & {
  __typename?: 'ControllerRevision';
  events: Array<KubeEvent>;
  kind: Scalars['String']['output'];
  metadata: ObjectMeta;
  name: Scalars['String']['output'];
  namespace: Scalars['String']['output'];
  revision: Scalars['Int']['output'];
  status: StatusSummary;
  yaml: Scalars['String']['output'];
};


export type ControllerRevisionEventsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type ControllerRevisionConnection = {
  __typename?: 'ControllerRevisionConnection';
  edges: Array<ControllerRevisionEdge>;
  nodes: Array<ControllerRevision>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ControllerRevisionEdge = {
  __typename?: 'ControllerRevisionEdge';
  cursor: Scalars['String']['output'];
  node: ControllerRevision;
};

export type CronJob = KubeObject & {
  __typename?: 'CronJob';
  /** Names of the Jobs it is running now. */
  activeJobs: Array<Scalars['String']['output']>;
  events: Array<KubeEvent>;
  images: Array<Scalars['String']['output']>;
  kind: Scalars['String']['output'];
  lastScheduleTime?: Maybe<Scalars['String']['output']>;
  lastSuccessfulTime?: Maybe<Scalars['String']['output']>;
  metadata: ObjectMeta;
  name: Scalars['String']['output'];
  namespace: Scalars['String']['output'];
  schedule: Scalars['String']['output'];
  status: StatusSummary;
  suspend: Scalars['Boolean']['output'];
  yaml: Scalars['String']['output'];
};


export type CronJobEventsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type CronJobConnection = {
  __typename?: 'CronJobConnection';
  edges: Array<CronJobEdge>;
  nodes: Array<CronJob>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CronJobEdge = {
  __typename?: 'CronJobEdge';
  cursor: Scalars['String']['output'];
  node: CronJob;
};

export type CronJobInput = {
  annotations?: InputMaybe<Array<KeyValueInput>>;
  backoffLimit?: InputMaybe<Scalars['Int']['input']>;
  completions?: InputMaybe<Scalars['Int']['input']>;
  labels?: InputMaybe<Array<KeyValueInput>>;
  name: Scalars['String']['input'];
  parallelism?: InputMaybe<Scalars['Int']['input']>;
  /** Cron syntax, e.g. "*\/5 * * * *". */
  schedule: Scalars['String']['input'];
  suspend?: InputMaybe<Scalars['Boolean']['input']>;
  template: PodTemplateInput;
};

export type DaemonSet = KubeObject & {
  __typename?: 'DaemonSet';
  desiredNumberScheduled: Scalars['Int']['output'];
  events: Array<KubeEvent>;
  images: Array<Scalars['String']['output']>;
  kind: Scalars['String']['output'];
  metadata: ObjectMeta;
  name: Scalars['String']['output'];
  namespace: Scalars['String']['output'];
  numberAvailable: Scalars['Int']['output'];
  numberReady: Scalars['Int']['output'];
  status: StatusSummary;
  updatedNumberScheduled: Scalars['Int']['output'];
  yaml: Scalars['String']['output'];
};


export type DaemonSetEventsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type DaemonSetConnection = {
  __typename?: 'DaemonSetConnection';
  edges: Array<DaemonSetEdge>;
  nodes: Array<DaemonSet>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type DaemonSetEdge = {
  __typename?: 'DaemonSetEdge';
  cursor: Scalars['String']['output'];
  node: DaemonSet;
};

export type DaemonSetInput = {
  annotations?: InputMaybe<Array<KeyValueInput>>;
  labels?: InputMaybe<Array<KeyValueInput>>;
  name: Scalars['String']['input'];
  template: PodTemplateInput;
};

export type DeletedObject = {
  __typename?: 'DeletedObject';
  kind: Scalars['String']['output'];
  name: Scalars['String']['output'];
  namespace?: Maybe<Scalars['String']['output']>;
};

export type Deployment = KubeObject & {
  __typename?: 'Deployment';
  availableReplicas: Scalars['Int']['output'];
  conditions: Array<DeploymentCondition>;
  createdAt: Scalars['String']['output'];
  events: Array<KubeEvent>;
  images: Array<Scalars['String']['output']>;
  kind: Scalars['String']['output'];
  labels: Array<Label>;
  metadata: ObjectMeta;
  name: Scalars['String']['output'];
  namespace: Scalars['String']['output'];
  paused: Scalars['Boolean']['output'];
  /** Pods selected by this deployment. */
  pods?: Maybe<PodConnection>;
  readyReplicas: Scalars['Int']['output'];
  replicas: Scalars['Int']['output'];
  /** The current rollout revision (deployment.kubernetes.io/revision). */
  revision?: Maybe<Scalars['Int']['output']>;
  /** The pod label selector, as text ("app=web"). */
  selector: Scalars['String']['output'];
  status: StatusSummary;
  updatedReplicas: Scalars['Int']['output'];
  yaml: Scalars['String']['output'];
};


export type DeploymentEventsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type DeploymentPodsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PodFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<WorkloadSort>;
};

export type DeploymentCondition = {
  __typename?: 'DeploymentCondition';
  lastUpdateTime?: Maybe<Scalars['String']['output']>;
  message?: Maybe<Scalars['String']['output']>;
  reason?: Maybe<Scalars['String']['output']>;
  status: Scalars['String']['output'];
  type: Scalars['String']['output'];
};

export type DeploymentConnection = {
  __typename?: 'DeploymentConnection';
  edges: Array<DeploymentEdge>;
  nodes: Array<Deployment>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type DeploymentEdge = {
  __typename?: 'DeploymentEdge';
  cursor: Scalars['String']['output'];
  node: Deployment;
};

export type DeploymentFilter = {
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  owner?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<Scalars['String']['input']>;
};

/** The pods are labelled app=<name> (plus `labels`), which is also the selector. */
export type DeploymentInput = {
  annotations?: InputMaybe<Array<KeyValueInput>>;
  labels?: InputMaybe<Array<KeyValueInput>>;
  name: Scalars['String']['input'];
  replicas?: InputMaybe<Scalars['Int']['input']>;
  template: PodTemplateInput;
};

export type DrainResult = {
  __typename?: 'DrainResult';
  /** True when every evictable pod has terminated: the node is empty but for skipped pods. */
  complete: Scalars['Boolean']['output'];
  /** Pods evicted (namespace/name). */
  evicted: Array<Scalars['String']['output']>;
  node: Node;
  /**
   * Pods evicted but still terminating, or whose eviction a PodDisruptionBudget kept refusing,
   * when the drain's timeout ended.
   */
  pending: Array<DrainSkip>;
  /** Pods not evicted and why (DaemonSet pods are left, like kubectl drain --ignore-daemonsets). */
  skipped: Array<DrainSkip>;
};

export type DrainSkip = {
  __typename?: 'DrainSkip';
  pod: Scalars['String']['output'];
  reason: Scalars['String']['output'];
};

export type Endpoint = {
  __typename?: 'Endpoint';
  addresses: Array<Scalars['String']['output']>;
  nodeName?: Maybe<Scalars['String']['output']>;
  ready: Scalars['Boolean']['output'];
  targetKind?: Maybe<Scalars['String']['output']>;
  targetName?: Maybe<Scalars['String']['output']>;
};

export type EndpointPort = {
  __typename?: 'EndpointPort';
  name?: Maybe<Scalars['String']['output']>;
  port: Scalars['Int']['output'];
  protocol: Scalars['String']['output'];
};

export type EndpointSlice = KubeObject & {
  __typename?: 'EndpointSlice';
  addressType: Scalars['String']['output'];
  endpoints: Array<Endpoint>;
  events: Array<KubeEvent>;
  kind: Scalars['String']['output'];
  metadata: ObjectMeta;
  name: Scalars['String']['output'];
  namespace: Scalars['String']['output'];
  ports: Array<EndpointPort>;
  serviceName?: Maybe<Scalars['String']['output']>;
  status: StatusSummary;
  yaml: Scalars['String']['output'];
};


export type EndpointSliceEventsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type EndpointSliceConnection = {
  __typename?: 'EndpointSliceConnection';
  edges: Array<EndpointSliceEdge>;
  nodes: Array<EndpointSlice>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type EndpointSliceEdge = {
  __typename?: 'EndpointSliceEdge';
  cursor: Scalars['String']['output'];
  node: EndpointSlice;
};

export type EnvVarInput = {
  /** The value of a ConfigMap entry. */
  configMapKey?: InputMaybe<KeyRefInput>;
  name: Scalars['String']['input'];
  /** The value of a Secret entry. */
  secretKey?: InputMaybe<KeyRefInput>;
  value?: InputMaybe<Scalars['String']['input']>;
};

export type HorizontalPodAutoscaler = KubeObject & {
  __typename?: 'HorizontalPodAutoscaler';
  cpuUtilization?: Maybe<Scalars['Int']['output']>;
  currentReplicas: Scalars['Int']['output'];
  desiredReplicas: Scalars['Int']['output'];
  events: Array<KubeEvent>;
  kind: Scalars['String']['output'];
  maxReplicas: Scalars['Int']['output'];
  memoryUtilization?: Maybe<Scalars['Int']['output']>;
  metadata: ObjectMeta;
  minReplicas: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  namespace: Scalars['String']['output'];
  status: StatusSummary;
  targetKind: Scalars['String']['output'];
  targetName: Scalars['String']['output'];
  yaml: Scalars['String']['output'];
};


export type HorizontalPodAutoscalerEventsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type HorizontalPodAutoscalerConnection = {
  __typename?: 'HorizontalPodAutoscalerConnection';
  edges: Array<HorizontalPodAutoscalerEdge>;
  nodes: Array<HorizontalPodAutoscaler>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type HorizontalPodAutoscalerEdge = {
  __typename?: 'HorizontalPodAutoscalerEdge';
  cursor: Scalars['String']['output'];
  node: HorizontalPodAutoscaler;
};

export type HorizontalPodAutoscalerInput = {
  annotations?: InputMaybe<Array<KeyValueInput>>;
  /** Average CPU utilization to aim for, percent of requests (80 when neither target is given). */
  cpuUtilization?: InputMaybe<Scalars['Int']['input']>;
  labels?: InputMaybe<Array<KeyValueInput>>;
  maxReplicas: Scalars['Int']['input'];
  memoryUtilization?: InputMaybe<Scalars['Int']['input']>;
  minReplicas?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
  /** Deployment (default) or StatefulSet. */
  targetKind?: InputMaybe<Scalars['String']['input']>;
  targetName: Scalars['String']['input'];
};

export type Ingress = KubeObject & {
  __typename?: 'Ingress';
  events: Array<KubeEvent>;
  ingressClassName?: Maybe<Scalars['String']['output']>;
  kind: Scalars['String']['output'];
  metadata: ObjectMeta;
  name: Scalars['String']['output'];
  namespace: Scalars['String']['output'];
  rules: Array<IngressRule>;
  status: StatusSummary;
  tls: Array<IngressTls>;
  yaml: Scalars['String']['output'];
};


export type IngressEventsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type IngressConnection = {
  __typename?: 'IngressConnection';
  edges: Array<IngressEdge>;
  nodes: Array<Ingress>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type IngressEdge = {
  __typename?: 'IngressEdge';
  cursor: Scalars['String']['output'];
  node: Ingress;
};

export type IngressInput = {
  annotations?: InputMaybe<Array<KeyValueInput>>;
  ingressClassName?: InputMaybe<Scalars['String']['input']>;
  labels?: InputMaybe<Array<KeyValueInput>>;
  name: Scalars['String']['input'];
  rules: Array<IngressRuleInput>;
  tls?: InputMaybe<Array<IngressTlsInput>>;
};

export type IngressPath = {
  __typename?: 'IngressPath';
  path: Scalars['String']['output'];
  pathType?: Maybe<Scalars['String']['output']>;
  port?: Maybe<Scalars['Int']['output']>;
  service?: Maybe<Scalars['String']['output']>;
};

export type IngressPathInput = {
  path: Scalars['String']['input'];
  /** Prefix (default), Exact or ImplementationSpecific. */
  pathType?: InputMaybe<Scalars['String']['input']>;
  port: Scalars['Int']['input'];
  service: Scalars['String']['input'];
};

export type IngressRule = {
  __typename?: 'IngressRule';
  host?: Maybe<Scalars['String']['output']>;
  paths: Array<IngressPath>;
};

export type IngressRuleInput = {
  host?: InputMaybe<Scalars['String']['input']>;
  paths: Array<IngressPathInput>;
};

export type IngressTls = {
  __typename?: 'IngressTLS';
  hosts: Array<Scalars['String']['output']>;
  secretName?: Maybe<Scalars['String']['output']>;
};

export type IngressTlsInput = {
  hosts: Array<Scalars['String']['input']>;
  /** A Secret of type kubernetes.io/tls in the project. */
  secretName: Scalars['String']['input'];
};

export type Job = KubeObject & {
  __typename?: 'Job';
  active: Scalars['Int']['output'];
  completionTime?: Maybe<Scalars['String']['output']>;
  completions?: Maybe<Scalars['Int']['output']>;
  events: Array<KubeEvent>;
  failed: Scalars['Int']['output'];
  images: Array<Scalars['String']['output']>;
  kind: Scalars['String']['output'];
  metadata: ObjectMeta;
  name: Scalars['String']['output'];
  namespace: Scalars['String']['output'];
  parallelism?: Maybe<Scalars['Int']['output']>;
  startTime?: Maybe<Scalars['String']['output']>;
  status: StatusSummary;
  succeeded: Scalars['Int']['output'];
  yaml: Scalars['String']['output'];
};


export type JobEventsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type JobConnection = {
  __typename?: 'JobConnection';
  edges: Array<JobEdge>;
  nodes: Array<Job>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type JobEdge = {
  __typename?: 'JobEdge';
  cursor: Scalars['String']['output'];
  node: Job;
};

export type JobInput = {
  annotations?: InputMaybe<Array<KeyValueInput>>;
  backoffLimit?: InputMaybe<Scalars['Int']['input']>;
  completions?: InputMaybe<Scalars['Int']['input']>;
  labels?: InputMaybe<Array<KeyValueInput>>;
  name: Scalars['String']['input'];
  parallelism?: InputMaybe<Scalars['Int']['input']>;
  template: PodTemplateInput;
};

export type KeyRefInput = {
  key: Scalars['String']['input'];
  name: Scalars['String']['input'];
};

export type KeyValueInput = {
  key: Scalars['String']['input'];
  value: Scalars['String']['input'];
};

export type KubeEvent = KubeObject & {
  __typename?: 'KubeEvent';
  count: Scalars['Int']['output'];
  events: Array<KubeEvent>;
  firstSeen?: Maybe<Scalars['String']['output']>;
  involvedKind: Scalars['String']['output'];
  involvedName: Scalars['String']['output'];
  kind: Scalars['String']['output'];
  lastSeen?: Maybe<Scalars['String']['output']>;
  message?: Maybe<Scalars['String']['output']>;
  metadata: ObjectMeta;
  name: Scalars['String']['output'];
  namespace: Scalars['String']['output'];
  reason?: Maybe<Scalars['String']['output']>;
  source?: Maybe<Scalars['String']['output']>;
  status: StatusSummary;
  /** Normal or Warning. */
  type: Scalars['String']['output'];
  yaml: Scalars['String']['output'];
};


export type KubeEventEventsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type KubeEventChange = {
  __typename?: 'KubeEventChange';
  event: KubeEvent;
  type: ResourceChangeType;
};

export type KubeEventConnection = {
  __typename?: 'KubeEventConnection';
  edges: Array<KubeEventEdge>;
  nodes: Array<KubeEvent>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type KubeEventEdge = {
  __typename?: 'KubeEventEdge';
  cursor: Scalars['String']['output'];
  node: KubeEvent;
};

/**
 * A Kubernetes kind as Meridian describes it once (packages/core/src/kube/kinds.ts): where it lives
 * in the API and which columns its table shows. The console renders resource tables from these.
 */
export type KubeKind = {
  __typename?: 'KubeKind';
  /** Cluster-scoped and for platform admins only (Node, PersistentVolume, StorageClass). */
  clusterAdmin: Scalars['Boolean']['output'];
  columns: Array<KubeKindColumn>;
  /** Name of the create<Kind> mutation taking structured input, if there is one. */
  createMutation?: Maybe<Scalars['String']['output']>;
  /** The filters its lists accept: name, labelSelector, status, owner, node. */
  filters: Array<Scalars['String']['output']>;
  graphqlType: Scalars['String']['output'];
  group: Scalars['String']['output'];
  kind: Scalars['String']['output'];
  /** Its list field on Project (e.g. configMaps), or on Query for cluster-scoped kinds; null when not listed by workloads. */
  listField?: Maybe<Scalars['String']['output']>;
  /** Only metadata is ever read (Secrets). */
  metadataOnly: Scalars['Boolean']['output'];
  namespaced: Scalars['Boolean']['output'];
  plural: Scalars['String']['output'];
  /** Served for reading only (EndpointSlice, Event, ControllerRevision): no apply, update or delete. */
  readOnly: Scalars['Boolean']['output'];
  /** The sort fields its lists accept (WorkloadSortField values). */
  sortKeys: Array<WorkloadSortField>;
  version: Scalars['String']['output'];
};

export type KubeKindColumn = {
  __typename?: 'KubeKindColumn';
  header: Scalars['String']['output'];
  id: Scalars['String']['output'];
  /** Dotted path into the object; a trailing [] means the array's length. */
  path: Scalars['String']['output'];
  /** string | number | date | labels */
  type: Scalars['String']['output'];
};

/**
 * What every Kubernetes object Meridian serves has: its metadata, a short status, its YAML and
 * the events about it. Each kind is a type implementing this (see `kubeKinds`).
 */
export type KubeObject = {
  /** Kubernetes events about this object, newest first (from the watch cache). */
  events: Array<KubeEvent>;
  /** The Kubernetes kind (Pod, Deployment, ...). */
  kind: Scalars['String']['output'];
  metadata: ObjectMeta;
  name: Scalars['String']['output'];
  /** The project (namespace); null for cluster-scoped kinds. */
  namespace?: Maybe<Scalars['String']['output']>;
  status: StatusSummary;
  /**
   * The object as YAML (apiVersion, kind, metadata without managedFields, spec, status): what
   * `updateObject` takes back (it carries the resourceVersion). Secrets: metadata only.
   */
  yaml: Scalars['String']['output'];
};


/**
 * What every Kubernetes object Meridian serves has: its metadata, a short status, its YAML and
 * the events about it. Each kind is a type implementing this (see `kubeKinds`).
 */
export type KubeObjectEventsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type KubeObjectConnection = {
  __typename?: 'KubeObjectConnection';
  edges: Array<KubeObjectEdge>;
  nodes: Array<KubeObject>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type KubeObjectEdge = {
  __typename?: 'KubeObjectEdge';
  cursor: Scalars['String']['output'];
  node: KubeObject;
};

/**
 * The filters of every list of Kubernetes objects. A kind accepts those its `KubeKind.filters`
 * name; any other given is BAD_USER_INPUT naming it.
 */
export type KubeObjectFilter = {
  /** A Kubernetes label selector, e.g. "app=web,tier in (a,b)". */
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  /** Case-insensitive substring of the name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The node (Pods). */
  node?: InputMaybe<Scalars['String']['input']>;
  /** The controlling owner: `name` or `Kind/name`. */
  owner?: InputMaybe<Scalars['String']['input']>;
  /** The short status (`status.status`), exactly. */
  status?: InputMaybe<Scalars['String']['input']>;
};

export type Label = {
  __typename?: 'Label';
  key: Scalars['String']['output'];
  value: Scalars['String']['output'];
};

export type LimitRange = KubeObject & {
  __typename?: 'LimitRange';
  events: Array<KubeEvent>;
  kind: Scalars['String']['output'];
  limits: Array<LimitRangeItem>;
  metadata: ObjectMeta;
  name: Scalars['String']['output'];
  namespace: Scalars['String']['output'];
  status: StatusSummary;
  yaml: Scalars['String']['output'];
};


export type LimitRangeEventsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type LimitRangeConnection = {
  __typename?: 'LimitRangeConnection';
  edges: Array<LimitRangeEdge>;
  nodes: Array<LimitRange>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type LimitRangeEdge = {
  __typename?: 'LimitRangeEdge';
  cursor: Scalars['String']['output'];
  node: LimitRange;
};

export type LimitRangeItem = {
  __typename?: 'LimitRangeItem';
  default: Array<Label>;
  defaultRequest: Array<Label>;
  max: Array<Label>;
  min: Array<Label>;
  type: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Server-side apply (field manager `meridian`, conflicts not forced) of one or more YAML
   * documents into a project; `dryRun` validates without storing. Every document must be a
   * namespaced, writable kind of `kubeKinds`; its namespace is the project (another is refused).
   * Malformed YAML: BAD_USER_INPUT with `extensions.line`; refused fields: with `extensions.field`.
   */
  applyYaml: Array<KubeObject>;
  /** Marks a node unschedulable (platform admins only). */
  cordonNode: Node;
  createConfigMap: ConfigMap;
  createCronJob: CronJob;
  createDaemonSet: DaemonSet;
  createDeployment: Deployment;
  createHorizontalPodAutoscaler: HorizontalPodAutoscaler;
  createIngress: Ingress;
  createJob: Job;
  createPersistentVolumeClaim: PersistentVolumeClaim;
  createSecret: Secret;
  createService: Service;
  createStatefulSet: StatefulSet;
  deleteObject: DeletedObject;
  /**
   * Cordons a node and evicts its pods through the Eviction API (PodDisruptionBudgets apply,
   * refused evictions are retried); DaemonSet pods stay. Waits until the evicted pods have
   * terminated, at most timeoutSeconds (1..600, default 60), like kubectl drain.
   */
  drainNode: DrainResult;
  pauseRollout: Deployment;
  /** Restarts every pod of a Deployment, StatefulSet or DaemonSet (a new rollout, like kubectl rollout restart). */
  restartRollout: KubeObject;
  resumeCronJob: CronJob;
  resumeRollout: Deployment;
  /**
   * Rolls a Deployment (by its ReplicaSets' revision annotation), StatefulSet or DaemonSet (by its
   * ControllerRevisions) back to the pod template of `revision`. Unknown revision: BAD_USER_INPUT.
   */
  rollbackRollout: KubeObject;
  /** Starts a Job from the CronJob's template now (like kubectl create job --from=cronjob/…). */
  runCronJob: Job;
  /**
   * Sets a deployment's desired replicas (0..1000) through its scale subresource. Needs an admin or
   * operator role in the project (or workspace admin).
   */
  scaleDeployment: Deployment;
  suspendCronJob: CronJob;
  uncordonNode: Node;
  /** Replaces one object with this YAML, which must carry the resourceVersion it was read at (stale: CONFLICT). */
  updateObject: KubeObject;
};


export type MutationApplyYamlArgs = {
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  project: Scalars['String']['input'];
  yaml: Scalars['String']['input'];
};


export type MutationCordonNodeArgs = {
  name: Scalars['String']['input'];
};


export type MutationCreateConfigMapArgs = {
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  input: ConfigMapInput;
  project: Scalars['String']['input'];
};


export type MutationCreateCronJobArgs = {
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  input: CronJobInput;
  project: Scalars['String']['input'];
};


export type MutationCreateDaemonSetArgs = {
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  input: DaemonSetInput;
  project: Scalars['String']['input'];
};


export type MutationCreateDeploymentArgs = {
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  input: DeploymentInput;
  project: Scalars['String']['input'];
};


export type MutationCreateHorizontalPodAutoscalerArgs = {
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  input: HorizontalPodAutoscalerInput;
  project: Scalars['String']['input'];
};


export type MutationCreateIngressArgs = {
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  input: IngressInput;
  project: Scalars['String']['input'];
};


export type MutationCreateJobArgs = {
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  input: JobInput;
  project: Scalars['String']['input'];
};


export type MutationCreatePersistentVolumeClaimArgs = {
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  input: PersistentVolumeClaimInput;
  project: Scalars['String']['input'];
};


export type MutationCreateSecretArgs = {
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  input: SecretInput;
  project: Scalars['String']['input'];
};


export type MutationCreateServiceArgs = {
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  input: ServiceInput;
  project: Scalars['String']['input'];
};


export type MutationCreateStatefulSetArgs = {
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  input: StatefulSetInput;
  project: Scalars['String']['input'];
};


export type MutationDeleteObjectArgs = {
  kind: Scalars['String']['input'];
  name: Scalars['String']['input'];
  project: Scalars['String']['input'];
  propagationPolicy?: InputMaybe<PropagationPolicy>;
};


export type MutationDrainNodeArgs = {
  name: Scalars['String']['input'];
  timeoutSeconds?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationPauseRolloutArgs = {
  name: Scalars['String']['input'];
  project: Scalars['String']['input'];
};


export type MutationRestartRolloutArgs = {
  kind: Scalars['String']['input'];
  name: Scalars['String']['input'];
  project: Scalars['String']['input'];
};


export type MutationResumeCronJobArgs = {
  name: Scalars['String']['input'];
  project: Scalars['String']['input'];
};


export type MutationResumeRolloutArgs = {
  name: Scalars['String']['input'];
  project: Scalars['String']['input'];
};


export type MutationRollbackRolloutArgs = {
  kind: Scalars['String']['input'];
  name: Scalars['String']['input'];
  project: Scalars['String']['input'];
  revision: Scalars['Int']['input'];
};


export type MutationRunCronJobArgs = {
  name: Scalars['String']['input'];
  project: Scalars['String']['input'];
};


export type MutationScaleDeploymentArgs = {
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
  replicas: Scalars['Int']['input'];
};


export type MutationSuspendCronJobArgs = {
  name: Scalars['String']['input'];
  project: Scalars['String']['input'];
};


export type MutationUncordonNodeArgs = {
  name: Scalars['String']['input'];
};


export type MutationUpdateObjectArgs = {
  project: Scalars['String']['input'];
  yaml: Scalars['String']['input'];
};

export type NetworkPolicy = KubeObject & {
  __typename?: 'NetworkPolicy';
  egressRules: Scalars['Int']['output'];
  events: Array<KubeEvent>;
  ingressRules: Scalars['Int']['output'];
  kind: Scalars['String']['output'];
  metadata: ObjectMeta;
  name: Scalars['String']['output'];
  namespace: Scalars['String']['output'];
  podSelector: Scalars['String']['output'];
  policyTypes: Array<Scalars['String']['output']>;
  status: StatusSummary;
  yaml: Scalars['String']['output'];
};


export type NetworkPolicyEventsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type NetworkPolicyConnection = {
  __typename?: 'NetworkPolicyConnection';
  edges: Array<NetworkPolicyEdge>;
  nodes: Array<NetworkPolicy>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type NetworkPolicyEdge = {
  __typename?: 'NetworkPolicyEdge';
  cursor: Scalars['String']['output'];
  node: NetworkPolicy;
};

export type Node = KubeObject & {
  __typename?: 'Node';
  allocatable: Array<Label>;
  capacity: Array<Label>;
  events: Array<KubeEvent>;
  internalIP?: Maybe<Scalars['String']['output']>;
  kind: Scalars['String']['output'];
  kubeletVersion?: Maybe<Scalars['String']['output']>;
  metadata: ObjectMeta;
  name: Scalars['String']['output'];
  namespace?: Maybe<Scalars['String']['output']>;
  ready: Scalars['Boolean']['output'];
  roles: Array<Scalars['String']['output']>;
  status: StatusSummary;
  taints: Array<Scalars['String']['output']>;
  unschedulable: Scalars['Boolean']['output'];
  yaml: Scalars['String']['output'];
};


export type NodeEventsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type NodeConnection = {
  __typename?: 'NodeConnection';
  edges: Array<NodeEdge>;
  nodes: Array<Node>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type NodeEdge = {
  __typename?: 'NodeEdge';
  cursor: Scalars['String']['output'];
  node: Node;
};

export type ObjectMeta = {
  __typename?: 'ObjectMeta';
  annotations: Array<Label>;
  /** ISO-8601 creation time. */
  createdAt: Scalars['String']['output'];
  /** Set while the object is being deleted. */
  deletionTimestamp?: Maybe<Scalars['String']['output']>;
  labels: Array<Label>;
  name: Scalars['String']['output'];
  namespace?: Maybe<Scalars['String']['output']>;
  ownerReferences: Array<OwnerReference>;
  resourceVersion: Scalars['String']['output'];
  uid: Scalars['String']['output'];
};

export type OwnerReference = {
  __typename?: 'OwnerReference';
  controller: Scalars['Boolean']['output'];
  kind: Scalars['String']['output'];
  name: Scalars['String']['output'];
  uid: Scalars['String']['output'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

export type PersistentVolume = KubeObject & {
  __typename?: 'PersistentVolume';
  accessModes: Array<Scalars['String']['output']>;
  capacity?: Maybe<Scalars['String']['output']>;
  /** namespace/name of the claim bound to it. */
  claim?: Maybe<Scalars['String']['output']>;
  events: Array<KubeEvent>;
  kind: Scalars['String']['output'];
  metadata: ObjectMeta;
  name: Scalars['String']['output'];
  namespace?: Maybe<Scalars['String']['output']>;
  phase: Scalars['String']['output'];
  reclaimPolicy?: Maybe<Scalars['String']['output']>;
  status: StatusSummary;
  storageClassName?: Maybe<Scalars['String']['output']>;
  yaml: Scalars['String']['output'];
};


export type PersistentVolumeEventsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type PersistentVolumeClaim = KubeObject & {
  __typename?: 'PersistentVolumeClaim';
  accessModes: Array<Scalars['String']['output']>;
  capacity?: Maybe<Scalars['String']['output']>;
  events: Array<KubeEvent>;
  kind: Scalars['String']['output'];
  metadata: ObjectMeta;
  name: Scalars['String']['output'];
  namespace: Scalars['String']['output'];
  phase: Scalars['String']['output'];
  requestedStorage?: Maybe<Scalars['String']['output']>;
  status: StatusSummary;
  storageClassName?: Maybe<Scalars['String']['output']>;
  volumeName?: Maybe<Scalars['String']['output']>;
  yaml: Scalars['String']['output'];
};


export type PersistentVolumeClaimEventsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type PersistentVolumeClaimConnection = {
  __typename?: 'PersistentVolumeClaimConnection';
  edges: Array<PersistentVolumeClaimEdge>;
  nodes: Array<PersistentVolumeClaim>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PersistentVolumeClaimEdge = {
  __typename?: 'PersistentVolumeClaimEdge';
  cursor: Scalars['String']['output'];
  node: PersistentVolumeClaim;
};

export type PersistentVolumeClaimInput = {
  /** ReadWriteOnce when omitted. */
  accessModes?: InputMaybe<Array<Scalars['String']['input']>>;
  annotations?: InputMaybe<Array<KeyValueInput>>;
  labels?: InputMaybe<Array<KeyValueInput>>;
  name: Scalars['String']['input'];
  /** e.g. 1Gi */
  storage: Scalars['String']['input'];
  storageClassName?: InputMaybe<Scalars['String']['input']>;
};

export type PersistentVolumeConnection = {
  __typename?: 'PersistentVolumeConnection';
  edges: Array<PersistentVolumeEdge>;
  nodes: Array<PersistentVolume>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PersistentVolumeEdge = {
  __typename?: 'PersistentVolumeEdge';
  cursor: Scalars['String']['output'];
  node: PersistentVolume;
};

export type Pod = KubeObject & {
  __typename?: 'Pod';
  containers: Array<Container>;
  /** ISO-8601 creation time. */
  createdAt: Scalars['String']['output'];
  events: Array<KubeEvent>;
  kind: Scalars['String']['output'];
  labels: Array<Label>;
  metadata: ObjectMeta;
  name: Scalars['String']['output'];
  namespace: Scalars['String']['output'];
  nodeName?: Maybe<Scalars['String']['output']>;
  /** Kind and name of the controlling owner (e.g. ReplicaSet web-7d9f8), if any. */
  ownerKind?: Maybe<Scalars['String']['output']>;
  ownerName?: Maybe<Scalars['String']['output']>;
  phase: PodPhase;
  podIP?: Maybe<Scalars['String']['output']>;
  status: StatusSummary;
  yaml: Scalars['String']['output'];
};


export type PodEventsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type PodConnection = {
  __typename?: 'PodConnection';
  edges: Array<PodEdge>;
  nodes: Array<Pod>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PodEdge = {
  __typename?: 'PodEdge';
  cursor: Scalars['String']['output'];
  node: Pod;
};

export type PodEvent = {
  __typename?: 'PodEvent';
  pod: Pod;
  type: PodEventType;
};

export type PodEventType =
  | 'ADDED'
  | 'DELETED'
  | 'MODIFIED';

export type PodFilter = {
  /** A Kubernetes label selector, e.g. "app=web,tier in (a,b)". */
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  /** Case-insensitive substring of the pod name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Name of the node the pod is scheduled on. */
  node?: InputMaybe<Scalars['String']['input']>;
  /** The controlling owner: `name` or `Kind/name` (e.g. ReplicaSet/web-7d9f8). */
  owner?: InputMaybe<Scalars['String']['input']>;
  phase?: InputMaybe<PodPhase>;
  /** The short status (`status.status`), exactly, e.g. CrashLoopBackOff. */
  status?: InputMaybe<Scalars['String']['input']>;
};

export type PodPhase =
  | 'Failed'
  | 'Pending'
  | 'Running'
  | 'Succeeded'
  | 'Unknown';

export type PodTemplateInput = {
  containers: Array<ContainerInput>;
  imagePullSecrets?: InputMaybe<Array<Scalars['String']['input']>>;
  nodeSelector?: InputMaybe<Array<KeyValueInput>>;
  serviceAccountName?: InputMaybe<Scalars['String']['input']>;
  volumes?: InputMaybe<Array<VolumeInput>>;
};

export type ProbeInput = {
  /** An exec probe: this command. */
  command?: InputMaybe<Array<Scalars['String']['input']>>;
  /** An HTTP GET probe on this path (with `port`). */
  httpPath?: InputMaybe<Scalars['String']['input']>;
  initialDelaySeconds?: InputMaybe<Scalars['Int']['input']>;
  periodSeconds?: InputMaybe<Scalars['Int']['input']>;
  /** The port of an HTTP or TCP probe (80 when omitted). */
  port?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * A project (Kubernetes namespace). Owned by tenancy; workloads adds what runs in it, read from a
 * watch-backed cache (never a LIST per request).
 */
export type Project = {
  __typename?: 'Project';
  configMaps?: Maybe<ConfigMapConnection>;
  controllerRevisions?: Maybe<ControllerRevisionConnection>;
  cronJobs?: Maybe<CronJobConnection>;
  daemonSets?: Maybe<DaemonSetConnection>;
  deployments?: Maybe<DeploymentConnection>;
  endpointSlices?: Maybe<EndpointSliceConnection>;
  events?: Maybe<KubeEventConnection>;
  horizontalPodAutoscalers?: Maybe<HorizontalPodAutoscalerConnection>;
  ingresses?: Maybe<IngressConnection>;
  jobs?: Maybe<JobConnection>;
  limitRanges?: Maybe<LimitRangeConnection>;
  name: Scalars['String']['output'];
  networkPolicies?: Maybe<NetworkPolicyConnection>;
  /**
   * Any namespaced kind of `kubeKinds` as a generic list (what a console list page driven by
   * `kubeKinds` asks for); the typed lists below are the same data. Unknown kind: BAD_USER_INPUT.
   */
  objects?: Maybe<KubeObjectConnection>;
  persistentVolumeClaims?: Maybe<PersistentVolumeClaimConnection>;
  /** Pods of the project, a page at a time. Null (with an error) if you may not view the project or Kubernetes is unavailable. */
  pods?: Maybe<PodConnection>;
  replicaSets?: Maybe<ReplicaSetConnection>;
  resourceQuotas?: Maybe<ResourceQuotaConnection>;
  secrets?: Maybe<SecretConnection>;
  serviceAccounts?: Maybe<ServiceAccountConnection>;
  services?: Maybe<ServiceConnection>;
  statefulSets?: Maybe<StatefulSetConnection>;
};


/**
 * A project (Kubernetes namespace). Owned by tenancy; workloads adds what runs in it, read from a
 * watch-backed cache (never a LIST per request).
 */
export type ProjectConfigMapsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<KubeObjectFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<WorkloadSort>;
};


/**
 * A project (Kubernetes namespace). Owned by tenancy; workloads adds what runs in it, read from a
 * watch-backed cache (never a LIST per request).
 */
export type ProjectControllerRevisionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<KubeObjectFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<WorkloadSort>;
};


/**
 * A project (Kubernetes namespace). Owned by tenancy; workloads adds what runs in it, read from a
 * watch-backed cache (never a LIST per request).
 */
export type ProjectCronJobsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<KubeObjectFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<WorkloadSort>;
};


/**
 * A project (Kubernetes namespace). Owned by tenancy; workloads adds what runs in it, read from a
 * watch-backed cache (never a LIST per request).
 */
export type ProjectDaemonSetsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<KubeObjectFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<WorkloadSort>;
};


/**
 * A project (Kubernetes namespace). Owned by tenancy; workloads adds what runs in it, read from a
 * watch-backed cache (never a LIST per request).
 */
export type ProjectDeploymentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DeploymentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<WorkloadSort>;
};


/**
 * A project (Kubernetes namespace). Owned by tenancy; workloads adds what runs in it, read from a
 * watch-backed cache (never a LIST per request).
 */
export type ProjectEndpointSlicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<KubeObjectFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<WorkloadSort>;
};


/**
 * A project (Kubernetes namespace). Owned by tenancy; workloads adds what runs in it, read from a
 * watch-backed cache (never a LIST per request).
 */
export type ProjectEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<KubeObjectFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<WorkloadSort>;
};


/**
 * A project (Kubernetes namespace). Owned by tenancy; workloads adds what runs in it, read from a
 * watch-backed cache (never a LIST per request).
 */
export type ProjectHorizontalPodAutoscalersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<KubeObjectFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<WorkloadSort>;
};


/**
 * A project (Kubernetes namespace). Owned by tenancy; workloads adds what runs in it, read from a
 * watch-backed cache (never a LIST per request).
 */
export type ProjectIngressesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<KubeObjectFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<WorkloadSort>;
};


/**
 * A project (Kubernetes namespace). Owned by tenancy; workloads adds what runs in it, read from a
 * watch-backed cache (never a LIST per request).
 */
export type ProjectJobsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<KubeObjectFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<WorkloadSort>;
};


/**
 * A project (Kubernetes namespace). Owned by tenancy; workloads adds what runs in it, read from a
 * watch-backed cache (never a LIST per request).
 */
export type ProjectLimitRangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<KubeObjectFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<WorkloadSort>;
};


/**
 * A project (Kubernetes namespace). Owned by tenancy; workloads adds what runs in it, read from a
 * watch-backed cache (never a LIST per request).
 */
export type ProjectNetworkPoliciesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<KubeObjectFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<WorkloadSort>;
};


/**
 * A project (Kubernetes namespace). Owned by tenancy; workloads adds what runs in it, read from a
 * watch-backed cache (never a LIST per request).
 */
export type ProjectObjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<KubeObjectFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind: Scalars['String']['input'];
  sort?: InputMaybe<WorkloadSort>;
};


/**
 * A project (Kubernetes namespace). Owned by tenancy; workloads adds what runs in it, read from a
 * watch-backed cache (never a LIST per request).
 */
export type ProjectPersistentVolumeClaimsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<KubeObjectFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<WorkloadSort>;
};


/**
 * A project (Kubernetes namespace). Owned by tenancy; workloads adds what runs in it, read from a
 * watch-backed cache (never a LIST per request).
 */
export type ProjectPodsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PodFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<WorkloadSort>;
};


/**
 * A project (Kubernetes namespace). Owned by tenancy; workloads adds what runs in it, read from a
 * watch-backed cache (never a LIST per request).
 */
export type ProjectReplicaSetsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<KubeObjectFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<WorkloadSort>;
};


/**
 * A project (Kubernetes namespace). Owned by tenancy; workloads adds what runs in it, read from a
 * watch-backed cache (never a LIST per request).
 */
export type ProjectResourceQuotasArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<KubeObjectFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<WorkloadSort>;
};


/**
 * A project (Kubernetes namespace). Owned by tenancy; workloads adds what runs in it, read from a
 * watch-backed cache (never a LIST per request).
 */
export type ProjectSecretsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<KubeObjectFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<WorkloadSort>;
};


/**
 * A project (Kubernetes namespace). Owned by tenancy; workloads adds what runs in it, read from a
 * watch-backed cache (never a LIST per request).
 */
export type ProjectServiceAccountsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<KubeObjectFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<WorkloadSort>;
};


/**
 * A project (Kubernetes namespace). Owned by tenancy; workloads adds what runs in it, read from a
 * watch-backed cache (never a LIST per request).
 */
export type ProjectServicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<KubeObjectFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<WorkloadSort>;
};


/**
 * A project (Kubernetes namespace). Owned by tenancy; workloads adds what runs in it, read from a
 * watch-backed cache (never a LIST per request).
 */
export type ProjectStatefulSetsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<KubeObjectFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<WorkloadSort>;
};

export type PropagationPolicy =
  /** Dependents are deleted in the background (the default). */
  | 'BACKGROUND'
  /** The object goes once its dependents are gone. */
  | 'FOREGROUND'
  /** Dependents are left behind. */
  | 'ORPHAN';

export type Query = {
  __typename?: 'Query';
  deployment?: Maybe<Deployment>;
  /** The Kubernetes kinds Meridian knows (signed-in users only; no tenant data). */
  kubeKinds: Array<KubeKind>;
  /**
   * One object of any kind of `kubeKinds` (a console detail page): `project` for namespaced kinds,
   * none for cluster-scoped ones (platform admins only). Hidden or missing: NOT_FOUND.
   */
  kubeObject?: Maybe<KubeObject>;
  /** Cluster nodes (platform admins only; others FORBIDDEN). */
  nodes?: Maybe<NodeConnection>;
  persistentVolumes?: Maybe<PersistentVolumeConnection>;
  /** One pod; NOT_FOUND if it or its project is missing or hidden. */
  pod?: Maybe<Pod>;
  storageClasses?: Maybe<StorageClassConnection>;
};


export type QueryDeploymentArgs = {
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
};


export type QueryKubeObjectArgs = {
  kind: Scalars['String']['input'];
  name: Scalars['String']['input'];
  project?: InputMaybe<Scalars['String']['input']>;
};


export type QueryNodesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<KubeObjectFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<WorkloadSort>;
};


export type QueryPersistentVolumesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<KubeObjectFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<WorkloadSort>;
};


export type QueryPodArgs = {
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
};


export type QueryStorageClassesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<KubeObjectFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<WorkloadSort>;
};

export type QuotaResource = {
  __typename?: 'QuotaResource';
  hard: Scalars['String']['output'];
  resource: Scalars['String']['output'];
  used?: Maybe<Scalars['String']['output']>;
};

export type RegistryCredentialsInput = {
  email?: InputMaybe<Scalars['String']['input']>;
  password: Scalars['String']['input'];
  server: Scalars['String']['input'];
  username: Scalars['String']['input'];
};

export type ReplicaSet = KubeObject & {
  __typename?: 'ReplicaSet';
  events: Array<KubeEvent>;
  images: Array<Scalars['String']['output']>;
  kind: Scalars['String']['output'];
  metadata: ObjectMeta;
  name: Scalars['String']['output'];
  namespace: Scalars['String']['output'];
  readyReplicas: Scalars['Int']['output'];
  replicas: Scalars['Int']['output'];
  /** The Deployment rollout revision it belongs to (deployment.kubernetes.io/revision). */
  revision?: Maybe<Scalars['Int']['output']>;
  status: StatusSummary;
  yaml: Scalars['String']['output'];
};


export type ReplicaSetEventsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type ReplicaSetConnection = {
  __typename?: 'ReplicaSetConnection';
  edges: Array<ReplicaSetEdge>;
  nodes: Array<ReplicaSet>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ReplicaSetEdge = {
  __typename?: 'ReplicaSetEdge';
  cursor: Scalars['String']['output'];
  node: ReplicaSet;
};

export type ResourceChange = {
  __typename?: 'ResourceChange';
  object: KubeObject;
  type: ResourceChangeType;
};

export type ResourceChangeType =
  | 'ADDED'
  | 'DELETED'
  | 'MODIFIED';

export type ResourceQuota = KubeObject & {
  __typename?: 'ResourceQuota';
  events: Array<KubeEvent>;
  kind: Scalars['String']['output'];
  metadata: ObjectMeta;
  name: Scalars['String']['output'];
  namespace: Scalars['String']['output'];
  resources: Array<QuotaResource>;
  status: StatusSummary;
  yaml: Scalars['String']['output'];
};


export type ResourceQuotaEventsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type ResourceQuotaConnection = {
  __typename?: 'ResourceQuotaConnection';
  edges: Array<ResourceQuotaEdge>;
  nodes: Array<ResourceQuota>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ResourceQuotaEdge = {
  __typename?: 'ResourceQuotaEdge';
  cursor: Scalars['String']['output'];
  node: ResourceQuota;
};

export type ResourcesInput = {
  cpuLimit?: InputMaybe<Scalars['String']['input']>;
  /** Quantities as Kubernetes writes them: 100m, 0.5, 128Mi, 1Gi. */
  cpuRequest?: InputMaybe<Scalars['String']['input']>;
  memoryLimit?: InputMaybe<Scalars['String']['input']>;
  memoryRequest?: InputMaybe<Scalars['String']['input']>;
};

export type Secret = KubeObject & {
  __typename?: 'Secret';
  /**
   * The Secret's type and entries (values decoded as UTF-8 text, or base64 when binary). Only for
   * callers who may change the project, and only for one Secret at a time (never in a list): a
   * project viewer gets FORBIDDEN, a list item BAD_USER_INPUT. Read from the API server, never cached.
   */
  content?: Maybe<SecretContent>;
  events: Array<KubeEvent>;
  kind: Scalars['String']['output'];
  metadata: ObjectMeta;
  name: Scalars['String']['output'];
  namespace: Scalars['String']['output'];
  status: StatusSummary;
  yaml: Scalars['String']['output'];
};


export type SecretEventsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type SecretConnection = {
  __typename?: 'SecretConnection';
  edges: Array<SecretEdge>;
  nodes: Array<Secret>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SecretContent = {
  __typename?: 'SecretContent';
  data: Array<SecretEntry>;
  /** Opaque, kubernetes.io/dockerconfigjson, kubernetes.io/tls, … */
  type: Scalars['String']['output'];
};

export type SecretEdge = {
  __typename?: 'SecretEdge';
  cursor: Scalars['String']['output'];
  node: Secret;
};

export type SecretEntry = {
  __typename?: 'SecretEntry';
  /** True when the value is not UTF-8 text and is given as base64. */
  base64: Scalars['Boolean']['output'];
  key: Scalars['String']['output'];
  value: Scalars['String']['output'];
};

/** OPAQUE takes `data` (plain text values), IMAGE_PULL `registry`, TLS `tls`. */
export type SecretInput = {
  annotations?: InputMaybe<Array<KeyValueInput>>;
  data?: InputMaybe<Array<KeyValueInput>>;
  labels?: InputMaybe<Array<KeyValueInput>>;
  name: Scalars['String']['input'];
  registry?: InputMaybe<RegistryCredentialsInput>;
  tls?: InputMaybe<TlsInput>;
  type?: InputMaybe<SecretKind>;
};

export type SecretKind =
  | 'IMAGE_PULL'
  | 'OPAQUE'
  | 'TLS';

export type Service = KubeObject & {
  __typename?: 'Service';
  /** None for a headless Service. */
  clusterIP?: Maybe<Scalars['String']['output']>;
  events: Array<KubeEvent>;
  externalAddresses: Array<Scalars['String']['output']>;
  kind: Scalars['String']['output'];
  metadata: ObjectMeta;
  name: Scalars['String']['output'];
  namespace: Scalars['String']['output'];
  ports: Array<ServicePort>;
  selector: Array<Label>;
  status: StatusSummary;
  /** ClusterIP, NodePort, LoadBalancer or ExternalName. */
  type: Scalars['String']['output'];
  yaml: Scalars['String']['output'];
};


export type ServiceEventsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type ServiceAccount = KubeObject & {
  __typename?: 'ServiceAccount';
  automountToken: Scalars['Boolean']['output'];
  events: Array<KubeEvent>;
  imagePullSecrets: Array<Scalars['String']['output']>;
  kind: Scalars['String']['output'];
  metadata: ObjectMeta;
  name: Scalars['String']['output'];
  namespace: Scalars['String']['output'];
  status: StatusSummary;
  yaml: Scalars['String']['output'];
};


export type ServiceAccountEventsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type ServiceAccountConnection = {
  __typename?: 'ServiceAccountConnection';
  edges: Array<ServiceAccountEdge>;
  nodes: Array<ServiceAccount>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ServiceAccountEdge = {
  __typename?: 'ServiceAccountEdge';
  cursor: Scalars['String']['output'];
  node: ServiceAccount;
};

export type ServiceConnection = {
  __typename?: 'ServiceConnection';
  edges: Array<ServiceEdge>;
  nodes: Array<Service>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ServiceEdge = {
  __typename?: 'ServiceEdge';
  cursor: Scalars['String']['output'];
  node: Service;
};

export type ServiceInput = {
  annotations?: InputMaybe<Array<KeyValueInput>>;
  labels?: InputMaybe<Array<KeyValueInput>>;
  name: Scalars['String']['input'];
  ports: Array<ServicePortInput>;
  /** The pods it routes to; app=<name> when omitted. */
  selector?: InputMaybe<Array<KeyValueInput>>;
  /** ClusterIP (default), NodePort, LoadBalancer or Headless. */
  type?: InputMaybe<Scalars['String']['input']>;
};

export type ServicePort = {
  __typename?: 'ServicePort';
  name?: Maybe<Scalars['String']['output']>;
  nodePort?: Maybe<Scalars['Int']['output']>;
  port: Scalars['Int']['output'];
  protocol: Scalars['String']['output'];
  targetPort?: Maybe<Scalars['String']['output']>;
};

export type ServicePortInput = {
  name?: InputMaybe<Scalars['String']['input']>;
  nodePort?: InputMaybe<Scalars['Int']['input']>;
  port: Scalars['Int']['input'];
  protocol?: InputMaybe<Scalars['String']['input']>;
  /** Defaults to `port`. */
  targetPort?: InputMaybe<Scalars['Int']['input']>;
};

export type SortDirection =
  | 'ASC'
  | 'DESC';

export type StatefulSet = KubeObject & {
  __typename?: 'StatefulSet';
  currentRevision?: Maybe<Scalars['String']['output']>;
  events: Array<KubeEvent>;
  images: Array<Scalars['String']['output']>;
  kind: Scalars['String']['output'];
  metadata: ObjectMeta;
  name: Scalars['String']['output'];
  namespace: Scalars['String']['output'];
  readyReplicas: Scalars['Int']['output'];
  replicas: Scalars['Int']['output'];
  serviceName?: Maybe<Scalars['String']['output']>;
  status: StatusSummary;
  updateRevision?: Maybe<Scalars['String']['output']>;
  yaml: Scalars['String']['output'];
};


export type StatefulSetEventsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type StatefulSetConnection = {
  __typename?: 'StatefulSetConnection';
  edges: Array<StatefulSetEdge>;
  nodes: Array<StatefulSet>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type StatefulSetEdge = {
  __typename?: 'StatefulSetEdge';
  cursor: Scalars['String']['output'];
  node: StatefulSet;
};

export type StatefulSetInput = {
  annotations?: InputMaybe<Array<KeyValueInput>>;
  labels?: InputMaybe<Array<KeyValueInput>>;
  name: Scalars['String']['input'];
  replicas?: InputMaybe<Scalars['Int']['input']>;
  /** The headless Service naming the pods (defaults to the StatefulSet's name). */
  serviceName?: InputMaybe<Scalars['String']['input']>;
  template: PodTemplateInput;
};

/** An object's state in a word and why: Running, Updating, Failed, Bound, Complete, Suspended, Active, … */
export type StatusSummary = {
  __typename?: 'StatusSummary';
  message?: Maybe<Scalars['String']['output']>;
  status: Scalars['String']['output'];
};

export type StorageClass = KubeObject & {
  __typename?: 'StorageClass';
  allowVolumeExpansion: Scalars['Boolean']['output'];
  events: Array<KubeEvent>;
  isDefault: Scalars['Boolean']['output'];
  kind: Scalars['String']['output'];
  metadata: ObjectMeta;
  name: Scalars['String']['output'];
  namespace?: Maybe<Scalars['String']['output']>;
  provisioner: Scalars['String']['output'];
  reclaimPolicy: Scalars['String']['output'];
  status: StatusSummary;
  volumeBindingMode: Scalars['String']['output'];
  yaml: Scalars['String']['output'];
};


export type StorageClassEventsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type StorageClassConnection = {
  __typename?: 'StorageClassConnection';
  edges: Array<StorageClassEdge>;
  nodes: Array<StorageClass>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type StorageClassEdge = {
  __typename?: 'StorageClassEdge';
  cursor: Scalars['String']['output'];
  node: StorageClass;
};

export type Subscription = {
  __typename?: 'Subscription';
  /**
   * Changes to objects of a cluster kind (Node, PersistentVolume, StorageClass), from the shared
   * watch cache: platform admins only, checked again for every event (a caller who is no longer
   * one gets FORBIDDEN and the stream ends).
   */
  clusterResourceChanged: ResourceChange;
  /** The events about one object: those recorded so far (as ADDED), then live. */
  events: KubeEventChange;
  /** Pod changes in a project as they happen (from the watch cache). */
  podStatusChanged: PodEvent;
  /**
   * Changes to objects of a namespaced kind in a project, from the shared watch cache. Access is
   * checked again for every event: a caller who loses sight of the project gets NOT_FOUND and the
   * stream ends.
   */
  resourceChanged: ResourceChange;
};


export type SubscriptionClusterResourceChangedArgs = {
  filter?: InputMaybe<KubeObjectFilter>;
  kind: Scalars['String']['input'];
};


export type SubscriptionEventsArgs = {
  kind: Scalars['String']['input'];
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
};


export type SubscriptionPodStatusChangedArgs = {
  project: Scalars['String']['input'];
};


export type SubscriptionResourceChangedArgs = {
  filter?: InputMaybe<KubeObjectFilter>;
  kind: Scalars['String']['input'];
  project: Scalars['String']['input'];
};

export type TlsInput = {
  /** PEM */
  certificate: Scalars['String']['input'];
  privateKey: Scalars['String']['input'];
};

/** A volume: one of persistentVolumeClaim, configMap, secret (by name); none is an emptyDir. */
export type VolumeInput = {
  configMap?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  persistentVolumeClaim?: InputMaybe<Scalars['String']['input']>;
  secret?: InputMaybe<Scalars['String']['input']>;
};

export type VolumeMountInput = {
  mountPath: Scalars['String']['input'];
  readOnly?: InputMaybe<Scalars['Boolean']['input']>;
  volume: Scalars['String']['input'];
};

export type WorkloadSort = {
  direction?: SortDirection;
  field?: WorkloadSortField;
};

export type WorkloadSortField =
  | 'CREATED_AT'
  | 'NAME'
  /** The short status (`status.status`), then name. Not every kind has one (see `KubeKind.sortKeys`). */
  | 'STATUS';

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  ConfigMap: ConfigMap;
  ControllerRevision: ControllerRevision;
  CronJob: CronJob;
  DaemonSet: DaemonSet;
  Deployment: Deployment;
  EndpointSlice: EndpointSlice;
  HorizontalPodAutoscaler: HorizontalPodAutoscaler;
  Ingress: Ingress;
  Job: Job;
  KubeEvent: KubeEvent;
  LimitRange: LimitRange;
  NetworkPolicy: NetworkPolicy;
  Node: Node;
  PersistentVolume: PersistentVolume;
  PersistentVolumeClaim: PersistentVolumeClaim;
  Pod: Pod;
  Project: Project;
  ReplicaSet: ReplicaSet;
  ResourceQuota: ResourceQuota;
  Secret: Secret;
  Service: Service;
  ServiceAccount: ServiceAccount;
  StatefulSet: StatefulSet;
  StorageClass: StorageClass;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  ConfigMap:
    ( { __typename: 'ConfigMap' }
    & GraphQLRecursivePick<FederationTypes['ConfigMap'], {"namespace":true,"name":true}> );
  ControllerRevision:
    ( { __typename: 'ControllerRevision' }
    & GraphQLRecursivePick<FederationTypes['ControllerRevision'], {"namespace":true,"name":true}> );
  CronJob:
    ( { __typename: 'CronJob' }
    & GraphQLRecursivePick<FederationTypes['CronJob'], {"namespace":true,"name":true}> );
  DaemonSet:
    ( { __typename: 'DaemonSet' }
    & GraphQLRecursivePick<FederationTypes['DaemonSet'], {"namespace":true,"name":true}> );
  Deployment:
    ( { __typename: 'Deployment' }
    & GraphQLRecursivePick<FederationTypes['Deployment'], {"namespace":true,"name":true}> );
  EndpointSlice:
    ( { __typename: 'EndpointSlice' }
    & GraphQLRecursivePick<FederationTypes['EndpointSlice'], {"namespace":true,"name":true}> );
  HorizontalPodAutoscaler:
    ( { __typename: 'HorizontalPodAutoscaler' }
    & GraphQLRecursivePick<FederationTypes['HorizontalPodAutoscaler'], {"namespace":true,"name":true}> );
  Ingress:
    ( { __typename: 'Ingress' }
    & GraphQLRecursivePick<FederationTypes['Ingress'], {"namespace":true,"name":true}> );
  Job:
    ( { __typename: 'Job' }
    & GraphQLRecursivePick<FederationTypes['Job'], {"namespace":true,"name":true}> );
  KubeEvent:
    ( { __typename: 'KubeEvent' }
    & GraphQLRecursivePick<FederationTypes['KubeEvent'], {"namespace":true,"name":true}> );
  LimitRange:
    ( { __typename: 'LimitRange' }
    & GraphQLRecursivePick<FederationTypes['LimitRange'], {"namespace":true,"name":true}> );
  NetworkPolicy:
    ( { __typename: 'NetworkPolicy' }
    & GraphQLRecursivePick<FederationTypes['NetworkPolicy'], {"namespace":true,"name":true}> );
  Node:
    ( { __typename: 'Node' }
    & GraphQLRecursivePick<FederationTypes['Node'], {"name":true}> );
  PersistentVolume:
    ( { __typename: 'PersistentVolume' }
    & GraphQLRecursivePick<FederationTypes['PersistentVolume'], {"name":true}> );
  PersistentVolumeClaim:
    ( { __typename: 'PersistentVolumeClaim' }
    & GraphQLRecursivePick<FederationTypes['PersistentVolumeClaim'], {"namespace":true,"name":true}> );
  Pod:
    ( { __typename: 'Pod' }
    & GraphQLRecursivePick<FederationTypes['Pod'], {"namespace":true,"name":true}> );
  Project:
    ( { __typename: 'Project' }
    & GraphQLRecursivePick<FederationTypes['Project'], {"name":true}> );
  ReplicaSet:
    ( { __typename: 'ReplicaSet' }
    & GraphQLRecursivePick<FederationTypes['ReplicaSet'], {"namespace":true,"name":true}> );
  ResourceQuota:
    ( { __typename: 'ResourceQuota' }
    & GraphQLRecursivePick<FederationTypes['ResourceQuota'], {"namespace":true,"name":true}> );
  Secret:
    ( { __typename: 'Secret' }
    & GraphQLRecursivePick<FederationTypes['Secret'], {"namespace":true,"name":true}> );
  Service:
    ( { __typename: 'Service' }
    & GraphQLRecursivePick<FederationTypes['Service'], {"namespace":true,"name":true}> );
  ServiceAccount:
    ( { __typename: 'ServiceAccount' }
    & GraphQLRecursivePick<FederationTypes['ServiceAccount'], {"namespace":true,"name":true}> );
  StatefulSet:
    ( { __typename: 'StatefulSet' }
    & GraphQLRecursivePick<FederationTypes['StatefulSet'], {"namespace":true,"name":true}> );
  StorageClass:
    ( { __typename: 'StorageClass' }
    & GraphQLRecursivePick<FederationTypes['StorageClass'], {"name":true}> );
}>;


/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  KubeObject:
    | ( ConfigMap )
    | ( ControllerRevision )
    | ( CronJob )
    | ( DaemonSet )
    | ( Deployment )
    | ( EndpointSlice )
    | ( HorizontalPodAutoscaler )
    | ( Ingress )
    | ( Job )
    | ( KubeEvent )
    | ( LimitRange )
    | ( NetworkPolicy )
    | ( Node )
    | ( PersistentVolume )
    | ( PersistentVolumeClaim )
    | ( Pod )
    | ( ReplicaSet )
    | ( ResourceQuota )
    | ( Secret )
    | ( Service )
    | ( ServiceAccount )
    | ( StatefulSet )
    | ( StorageClass )
  ;
}>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  ConfigMap: ResolverTypeWrapper<ConfigMap>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ConfigMapConnection: ResolverTypeWrapper<ConfigMapConnection>;
  ConfigMapEdge: ResolverTypeWrapper<ConfigMapEdge>;
  ConfigMapInput: ConfigMapInput;
  Container: ResolverTypeWrapper<Container>;
  ContainerInput: ContainerInput;
  ContainerPortInput: ContainerPortInput;
  ControllerRevision: ResolverTypeWrapper<ControllerRevision>;
  ControllerRevisionConnection: ResolverTypeWrapper<ControllerRevisionConnection>;
  ControllerRevisionEdge: ResolverTypeWrapper<ControllerRevisionEdge>;
  CronJob: ResolverTypeWrapper<CronJob>;
  CronJobConnection: ResolverTypeWrapper<CronJobConnection>;
  CronJobEdge: ResolverTypeWrapper<CronJobEdge>;
  CronJobInput: CronJobInput;
  DaemonSet: ResolverTypeWrapper<DaemonSet>;
  DaemonSetConnection: ResolverTypeWrapper<DaemonSetConnection>;
  DaemonSetEdge: ResolverTypeWrapper<DaemonSetEdge>;
  DaemonSetInput: DaemonSetInput;
  DeletedObject: ResolverTypeWrapper<DeletedObject>;
  Deployment: ResolverTypeWrapper<Deployment>;
  DeploymentCondition: ResolverTypeWrapper<DeploymentCondition>;
  DeploymentConnection: ResolverTypeWrapper<DeploymentConnection>;
  DeploymentEdge: ResolverTypeWrapper<DeploymentEdge>;
  DeploymentFilter: DeploymentFilter;
  DeploymentInput: DeploymentInput;
  DrainResult: ResolverTypeWrapper<DrainResult>;
  DrainSkip: ResolverTypeWrapper<DrainSkip>;
  Endpoint: ResolverTypeWrapper<Endpoint>;
  EndpointPort: ResolverTypeWrapper<EndpointPort>;
  EndpointSlice: ResolverTypeWrapper<EndpointSlice>;
  EndpointSliceConnection: ResolverTypeWrapper<EndpointSliceConnection>;
  EndpointSliceEdge: ResolverTypeWrapper<EndpointSliceEdge>;
  EnvVarInput: EnvVarInput;
  HorizontalPodAutoscaler: ResolverTypeWrapper<HorizontalPodAutoscaler>;
  HorizontalPodAutoscalerConnection: ResolverTypeWrapper<HorizontalPodAutoscalerConnection>;
  HorizontalPodAutoscalerEdge: ResolverTypeWrapper<HorizontalPodAutoscalerEdge>;
  HorizontalPodAutoscalerInput: HorizontalPodAutoscalerInput;
  Ingress: ResolverTypeWrapper<Ingress>;
  IngressConnection: ResolverTypeWrapper<IngressConnection>;
  IngressEdge: ResolverTypeWrapper<IngressEdge>;
  IngressInput: IngressInput;
  IngressPath: ResolverTypeWrapper<IngressPath>;
  IngressPathInput: IngressPathInput;
  IngressRule: ResolverTypeWrapper<IngressRule>;
  IngressRuleInput: IngressRuleInput;
  IngressTLS: ResolverTypeWrapper<IngressTls>;
  IngressTLSInput: IngressTlsInput;
  Job: ResolverTypeWrapper<Job>;
  JobConnection: ResolverTypeWrapper<JobConnection>;
  JobEdge: ResolverTypeWrapper<JobEdge>;
  JobInput: JobInput;
  KeyRefInput: KeyRefInput;
  KeyValueInput: KeyValueInput;
  KubeEvent: ResolverTypeWrapper<KubeEvent>;
  KubeEventChange: ResolverTypeWrapper<KubeEventChange>;
  KubeEventConnection: ResolverTypeWrapper<KubeEventConnection>;
  KubeEventEdge: ResolverTypeWrapper<KubeEventEdge>;
  KubeKind: ResolverTypeWrapper<KubeKind>;
  KubeKindColumn: ResolverTypeWrapper<KubeKindColumn>;
  KubeObject: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['KubeObject']>;
  KubeObjectConnection: ResolverTypeWrapper<Omit<KubeObjectConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['KubeObjectEdge']>, nodes: Array<ResolversTypes['KubeObject']> }>;
  KubeObjectEdge: ResolverTypeWrapper<Omit<KubeObjectEdge, 'node'> & { node: ResolversTypes['KubeObject'] }>;
  KubeObjectFilter: KubeObjectFilter;
  Label: ResolverTypeWrapper<Label>;
  LimitRange: ResolverTypeWrapper<LimitRange>;
  LimitRangeConnection: ResolverTypeWrapper<LimitRangeConnection>;
  LimitRangeEdge: ResolverTypeWrapper<LimitRangeEdge>;
  LimitRangeItem: ResolverTypeWrapper<LimitRangeItem>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NetworkPolicy: ResolverTypeWrapper<NetworkPolicy>;
  NetworkPolicyConnection: ResolverTypeWrapper<NetworkPolicyConnection>;
  NetworkPolicyEdge: ResolverTypeWrapper<NetworkPolicyEdge>;
  Node: ResolverTypeWrapper<Node>;
  NodeConnection: ResolverTypeWrapper<NodeConnection>;
  NodeEdge: ResolverTypeWrapper<NodeEdge>;
  ObjectMeta: ResolverTypeWrapper<ObjectMeta>;
  OwnerReference: ResolverTypeWrapper<OwnerReference>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PersistentVolume: ResolverTypeWrapper<PersistentVolume>;
  PersistentVolumeClaim: ResolverTypeWrapper<PersistentVolumeClaim>;
  PersistentVolumeClaimConnection: ResolverTypeWrapper<PersistentVolumeClaimConnection>;
  PersistentVolumeClaimEdge: ResolverTypeWrapper<PersistentVolumeClaimEdge>;
  PersistentVolumeClaimInput: PersistentVolumeClaimInput;
  PersistentVolumeConnection: ResolverTypeWrapper<PersistentVolumeConnection>;
  PersistentVolumeEdge: ResolverTypeWrapper<PersistentVolumeEdge>;
  Pod: ResolverTypeWrapper<Pod>;
  PodConnection: ResolverTypeWrapper<PodConnection>;
  PodEdge: ResolverTypeWrapper<PodEdge>;
  PodEvent: ResolverTypeWrapper<PodEvent>;
  PodEventType: PodEventType;
  PodFilter: PodFilter;
  PodPhase: PodPhase;
  PodTemplateInput: PodTemplateInput;
  ProbeInput: ProbeInput;
  Project: ResolverTypeWrapper<Omit<Project, 'objects'> & { objects?: Maybe<ResolversTypes['KubeObjectConnection']> }>;
  PropagationPolicy: PropagationPolicy;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  QuotaResource: ResolverTypeWrapper<QuotaResource>;
  RegistryCredentialsInput: RegistryCredentialsInput;
  ReplicaSet: ResolverTypeWrapper<ReplicaSet>;
  ReplicaSetConnection: ResolverTypeWrapper<ReplicaSetConnection>;
  ReplicaSetEdge: ResolverTypeWrapper<ReplicaSetEdge>;
  ResourceChange: ResolverTypeWrapper<Omit<ResourceChange, 'object'> & { object: ResolversTypes['KubeObject'] }>;
  ResourceChangeType: ResourceChangeType;
  ResourceQuota: ResolverTypeWrapper<ResourceQuota>;
  ResourceQuotaConnection: ResolverTypeWrapper<ResourceQuotaConnection>;
  ResourceQuotaEdge: ResolverTypeWrapper<ResourceQuotaEdge>;
  ResourcesInput: ResourcesInput;
  Secret: ResolverTypeWrapper<Secret>;
  SecretConnection: ResolverTypeWrapper<SecretConnection>;
  SecretContent: ResolverTypeWrapper<SecretContent>;
  SecretEdge: ResolverTypeWrapper<SecretEdge>;
  SecretEntry: ResolverTypeWrapper<SecretEntry>;
  SecretInput: SecretInput;
  SecretKind: SecretKind;
  Service: ResolverTypeWrapper<Service>;
  ServiceAccount: ResolverTypeWrapper<ServiceAccount>;
  ServiceAccountConnection: ResolverTypeWrapper<ServiceAccountConnection>;
  ServiceAccountEdge: ResolverTypeWrapper<ServiceAccountEdge>;
  ServiceConnection: ResolverTypeWrapper<ServiceConnection>;
  ServiceEdge: ResolverTypeWrapper<ServiceEdge>;
  ServiceInput: ServiceInput;
  ServicePort: ResolverTypeWrapper<ServicePort>;
  ServicePortInput: ServicePortInput;
  SortDirection: SortDirection;
  StatefulSet: ResolverTypeWrapper<StatefulSet>;
  StatefulSetConnection: ResolverTypeWrapper<StatefulSetConnection>;
  StatefulSetEdge: ResolverTypeWrapper<StatefulSetEdge>;
  StatefulSetInput: StatefulSetInput;
  StatusSummary: ResolverTypeWrapper<StatusSummary>;
  StorageClass: ResolverTypeWrapper<StorageClass>;
  StorageClassConnection: ResolverTypeWrapper<StorageClassConnection>;
  StorageClassEdge: ResolverTypeWrapper<StorageClassEdge>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  TLSInput: TlsInput;
  VolumeInput: VolumeInput;
  VolumeMountInput: VolumeMountInput;
  WorkloadSort: WorkloadSort;
  WorkloadSortField: WorkloadSortField;
  federation__FieldSet: ResolverTypeWrapper<Scalars['federation__FieldSet']['output']>;
  link__Import: ResolverTypeWrapper<Scalars['link__Import']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  ConfigMap: ConfigMap | FederationReferenceTypes['ConfigMap'];
  Int: Scalars['Int']['output'];
  ConfigMapConnection: ConfigMapConnection;
  ConfigMapEdge: ConfigMapEdge;
  ConfigMapInput: ConfigMapInput;
  Container: Container;
  ContainerInput: ContainerInput;
  ContainerPortInput: ContainerPortInput;
  ControllerRevision: ControllerRevision | FederationReferenceTypes['ControllerRevision'];
  ControllerRevisionConnection: ControllerRevisionConnection;
  ControllerRevisionEdge: ControllerRevisionEdge;
  CronJob: CronJob | FederationReferenceTypes['CronJob'];
  CronJobConnection: CronJobConnection;
  CronJobEdge: CronJobEdge;
  CronJobInput: CronJobInput;
  DaemonSet: DaemonSet | FederationReferenceTypes['DaemonSet'];
  DaemonSetConnection: DaemonSetConnection;
  DaemonSetEdge: DaemonSetEdge;
  DaemonSetInput: DaemonSetInput;
  DeletedObject: DeletedObject;
  Deployment: Deployment | FederationReferenceTypes['Deployment'];
  DeploymentCondition: DeploymentCondition;
  DeploymentConnection: DeploymentConnection;
  DeploymentEdge: DeploymentEdge;
  DeploymentFilter: DeploymentFilter;
  DeploymentInput: DeploymentInput;
  DrainResult: DrainResult;
  DrainSkip: DrainSkip;
  Endpoint: Endpoint;
  EndpointPort: EndpointPort;
  EndpointSlice: EndpointSlice | FederationReferenceTypes['EndpointSlice'];
  EndpointSliceConnection: EndpointSliceConnection;
  EndpointSliceEdge: EndpointSliceEdge;
  EnvVarInput: EnvVarInput;
  HorizontalPodAutoscaler: HorizontalPodAutoscaler | FederationReferenceTypes['HorizontalPodAutoscaler'];
  HorizontalPodAutoscalerConnection: HorizontalPodAutoscalerConnection;
  HorizontalPodAutoscalerEdge: HorizontalPodAutoscalerEdge;
  HorizontalPodAutoscalerInput: HorizontalPodAutoscalerInput;
  Ingress: Ingress | FederationReferenceTypes['Ingress'];
  IngressConnection: IngressConnection;
  IngressEdge: IngressEdge;
  IngressInput: IngressInput;
  IngressPath: IngressPath;
  IngressPathInput: IngressPathInput;
  IngressRule: IngressRule;
  IngressRuleInput: IngressRuleInput;
  IngressTLS: IngressTls;
  IngressTLSInput: IngressTlsInput;
  Job: Job | FederationReferenceTypes['Job'];
  JobConnection: JobConnection;
  JobEdge: JobEdge;
  JobInput: JobInput;
  KeyRefInput: KeyRefInput;
  KeyValueInput: KeyValueInput;
  KubeEvent: KubeEvent | FederationReferenceTypes['KubeEvent'];
  KubeEventChange: KubeEventChange;
  KubeEventConnection: KubeEventConnection;
  KubeEventEdge: KubeEventEdge;
  KubeKind: KubeKind;
  KubeKindColumn: KubeKindColumn;
  KubeObject: ResolversInterfaceTypes<ResolversParentTypes>['KubeObject'];
  KubeObjectConnection: Omit<KubeObjectConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['KubeObjectEdge']>, nodes: Array<ResolversParentTypes['KubeObject']> };
  KubeObjectEdge: Omit<KubeObjectEdge, 'node'> & { node: ResolversParentTypes['KubeObject'] };
  KubeObjectFilter: KubeObjectFilter;
  Label: Label;
  LimitRange: LimitRange | FederationReferenceTypes['LimitRange'];
  LimitRangeConnection: LimitRangeConnection;
  LimitRangeEdge: LimitRangeEdge;
  LimitRangeItem: LimitRangeItem;
  Mutation: Record<PropertyKey, never>;
  NetworkPolicy: NetworkPolicy | FederationReferenceTypes['NetworkPolicy'];
  NetworkPolicyConnection: NetworkPolicyConnection;
  NetworkPolicyEdge: NetworkPolicyEdge;
  Node: Node | FederationReferenceTypes['Node'];
  NodeConnection: NodeConnection;
  NodeEdge: NodeEdge;
  ObjectMeta: ObjectMeta;
  OwnerReference: OwnerReference;
  PageInfo: PageInfo;
  PersistentVolume: PersistentVolume | FederationReferenceTypes['PersistentVolume'];
  PersistentVolumeClaim: PersistentVolumeClaim | FederationReferenceTypes['PersistentVolumeClaim'];
  PersistentVolumeClaimConnection: PersistentVolumeClaimConnection;
  PersistentVolumeClaimEdge: PersistentVolumeClaimEdge;
  PersistentVolumeClaimInput: PersistentVolumeClaimInput;
  PersistentVolumeConnection: PersistentVolumeConnection;
  PersistentVolumeEdge: PersistentVolumeEdge;
  Pod: Pod | FederationReferenceTypes['Pod'];
  PodConnection: PodConnection;
  PodEdge: PodEdge;
  PodEvent: PodEvent;
  PodFilter: PodFilter;
  PodTemplateInput: PodTemplateInput;
  ProbeInput: ProbeInput;
  Project: Omit<Project, 'objects'> & { objects?: Maybe<ResolversParentTypes['KubeObjectConnection']> } | FederationReferenceTypes['Project'];
  Query: Record<PropertyKey, never>;
  QuotaResource: QuotaResource;
  RegistryCredentialsInput: RegistryCredentialsInput;
  ReplicaSet: ReplicaSet | FederationReferenceTypes['ReplicaSet'];
  ReplicaSetConnection: ReplicaSetConnection;
  ReplicaSetEdge: ReplicaSetEdge;
  ResourceChange: Omit<ResourceChange, 'object'> & { object: ResolversParentTypes['KubeObject'] };
  ResourceQuota: ResourceQuota | FederationReferenceTypes['ResourceQuota'];
  ResourceQuotaConnection: ResourceQuotaConnection;
  ResourceQuotaEdge: ResourceQuotaEdge;
  ResourcesInput: ResourcesInput;
  Secret: Secret | FederationReferenceTypes['Secret'];
  SecretConnection: SecretConnection;
  SecretContent: SecretContent;
  SecretEdge: SecretEdge;
  SecretEntry: SecretEntry;
  SecretInput: SecretInput;
  Service: Service | FederationReferenceTypes['Service'];
  ServiceAccount: ServiceAccount | FederationReferenceTypes['ServiceAccount'];
  ServiceAccountConnection: ServiceAccountConnection;
  ServiceAccountEdge: ServiceAccountEdge;
  ServiceConnection: ServiceConnection;
  ServiceEdge: ServiceEdge;
  ServiceInput: ServiceInput;
  ServicePort: ServicePort;
  ServicePortInput: ServicePortInput;
  StatefulSet: StatefulSet | FederationReferenceTypes['StatefulSet'];
  StatefulSetConnection: StatefulSetConnection;
  StatefulSetEdge: StatefulSetEdge;
  StatefulSetInput: StatefulSetInput;
  StatusSummary: StatusSummary;
  StorageClass: StorageClass | FederationReferenceTypes['StorageClass'];
  StorageClassConnection: StorageClassConnection;
  StorageClassEdge: StorageClassEdge;
  Subscription: Record<PropertyKey, never>;
  TLSInput: TlsInput;
  VolumeInput: VolumeInput;
  VolumeMountInput: VolumeMountInput;
  WorkloadSort: WorkloadSort;
  federation__FieldSet: Scalars['federation__FieldSet']['output'];
  link__Import: Scalars['link__Import']['output'];
  String: Scalars['String']['output'];
  Boolean: Scalars['Boolean']['output'];
}>;

export type InaccessibleDirectiveArgs = { };

export type InaccessibleDirectiveResolver<Result, Parent, ContextType = SubgraphContext, Args = InaccessibleDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type InterfaceObjectDirectiveArgs = { };

export type InterfaceObjectDirectiveResolver<Result, Parent, ContextType = SubgraphContext, Args = InterfaceObjectDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type LinkDirectiveArgs = {
  import?: Maybe<Array<Maybe<Scalars['link__Import']['input']>>>;
  url: Scalars['String']['input'];
};

export type LinkDirectiveResolver<Result, Parent, ContextType = SubgraphContext, Args = LinkDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type OverrideDirectiveArgs = {
  from: Scalars['String']['input'];
};

export type OverrideDirectiveResolver<Result, Parent, ContextType = SubgraphContext, Args = OverrideDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ShareableDirectiveArgs = { };

export type ShareableDirectiveResolver<Result, Parent, ContextType = SubgraphContext, Args = ShareableDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type TagDirectiveArgs = {
  name: Scalars['String']['input'];
};

export type TagDirectiveResolver<Result, Parent, ContextType = SubgraphContext, Args = TagDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ConfigMapResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ConfigMap'] = ResolversParentTypes['ConfigMap'], FederationReferenceType extends FederationReferenceTypes['ConfigMap'] = FederationReferenceTypes['ConfigMap']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ConfigMap']> | FederationReferenceType, FederationReferenceType, ContextType>;
  binaryKeys?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  data?: Resolver<Array<ResolversTypes['Label']>, ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['KubeEvent']>, ParentType, ContextType, RequireFields<ConfigMapEventsArgs, 'first'>>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ObjectMeta'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  namespace?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['StatusSummary'], ParentType, ContextType>;
  yaml?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ConfigMapConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ConfigMapConnection'] = ResolversParentTypes['ConfigMapConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ConfigMapEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ConfigMap']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ConfigMapEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ConfigMapEdge'] = ResolversParentTypes['ConfigMapEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ConfigMap'], ParentType, ContextType>;
}>;

export type ContainerResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Container'] = ResolversParentTypes['Container']> = ResolversObject<{
  image?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ready?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  restartCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  state?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ControllerRevisionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ControllerRevision'] = ResolversParentTypes['ControllerRevision'], FederationReferenceType extends FederationReferenceTypes['ControllerRevision'] = FederationReferenceTypes['ControllerRevision']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ControllerRevision']> | FederationReferenceType, FederationReferenceType, ContextType>;
  events?: Resolver<Array<ResolversTypes['KubeEvent']>, ParentType, ContextType, RequireFields<ControllerRevisionEventsArgs, 'first'>>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ObjectMeta'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  namespace?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['StatusSummary'], ParentType, ContextType>;
  yaml?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ControllerRevisionConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ControllerRevisionConnection'] = ResolversParentTypes['ControllerRevisionConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ControllerRevisionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ControllerRevision']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ControllerRevisionEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ControllerRevisionEdge'] = ResolversParentTypes['ControllerRevisionEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ControllerRevision'], ParentType, ContextType>;
}>;

export type CronJobResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['CronJob'] = ResolversParentTypes['CronJob'], FederationReferenceType extends FederationReferenceTypes['CronJob'] = FederationReferenceTypes['CronJob']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CronJob']> | FederationReferenceType, FederationReferenceType, ContextType>;
  activeJobs?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['KubeEvent']>, ParentType, ContextType, RequireFields<CronJobEventsArgs, 'first'>>;
  images?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lastScheduleTime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastSuccessfulTime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ObjectMeta'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  namespace?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  schedule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['StatusSummary'], ParentType, ContextType>;
  suspend?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  yaml?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CronJobConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['CronJobConnection'] = ResolversParentTypes['CronJobConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CronJobEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['CronJob']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CronJobEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['CronJobEdge'] = ResolversParentTypes['CronJobEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CronJob'], ParentType, ContextType>;
}>;

export type DaemonSetResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['DaemonSet'] = ResolversParentTypes['DaemonSet'], FederationReferenceType extends FederationReferenceTypes['DaemonSet'] = FederationReferenceTypes['DaemonSet']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['DaemonSet']> | FederationReferenceType, FederationReferenceType, ContextType>;
  desiredNumberScheduled?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['KubeEvent']>, ParentType, ContextType, RequireFields<DaemonSetEventsArgs, 'first'>>;
  images?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ObjectMeta'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  namespace?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  numberAvailable?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  numberReady?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['StatusSummary'], ParentType, ContextType>;
  updatedNumberScheduled?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  yaml?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type DaemonSetConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['DaemonSetConnection'] = ResolversParentTypes['DaemonSetConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['DaemonSetEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['DaemonSet']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DaemonSetEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['DaemonSetEdge'] = ResolversParentTypes['DaemonSetEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['DaemonSet'], ParentType, ContextType>;
}>;

export type DeletedObjectResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['DeletedObject'] = ResolversParentTypes['DeletedObject']> = ResolversObject<{
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  namespace?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type DeploymentResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Deployment'] = ResolversParentTypes['Deployment'], FederationReferenceType extends FederationReferenceTypes['Deployment'] = FederationReferenceTypes['Deployment']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Deployment']> | FederationReferenceType, FederationReferenceType, ContextType>;
  availableReplicas?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  conditions?: Resolver<Array<ResolversTypes['DeploymentCondition']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['KubeEvent']>, ParentType, ContextType, RequireFields<DeploymentEventsArgs, 'first'>>;
  images?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  labels?: Resolver<Array<ResolversTypes['Label']>, ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ObjectMeta'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  namespace?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  paused?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  pods?: Resolver<Maybe<ResolversTypes['PodConnection']>, ParentType, ContextType, RequireFields<DeploymentPodsArgs, 'first'>>;
  readyReplicas?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  replicas?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  revision?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  selector?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['StatusSummary'], ParentType, ContextType>;
  updatedReplicas?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  yaml?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type DeploymentConditionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['DeploymentCondition'] = ResolversParentTypes['DeploymentCondition']> = ResolversObject<{
  lastUpdateTime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type DeploymentConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['DeploymentConnection'] = ResolversParentTypes['DeploymentConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['DeploymentEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Deployment']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DeploymentEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['DeploymentEdge'] = ResolversParentTypes['DeploymentEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Deployment'], ParentType, ContextType>;
}>;

export type DrainResultResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['DrainResult'] = ResolversParentTypes['DrainResult']> = ResolversObject<{
  complete?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  evicted?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  pending?: Resolver<Array<ResolversTypes['DrainSkip']>, ParentType, ContextType>;
  skipped?: Resolver<Array<ResolversTypes['DrainSkip']>, ParentType, ContextType>;
}>;

export type DrainSkipResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['DrainSkip'] = ResolversParentTypes['DrainSkip']> = ResolversObject<{
  pod?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type EndpointResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Endpoint'] = ResolversParentTypes['Endpoint']> = ResolversObject<{
  addresses?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  nodeName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ready?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  targetKind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  targetName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type EndpointPortResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['EndpointPort'] = ResolversParentTypes['EndpointPort']> = ResolversObject<{
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  port?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  protocol?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type EndpointSliceResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['EndpointSlice'] = ResolversParentTypes['EndpointSlice'], FederationReferenceType extends FederationReferenceTypes['EndpointSlice'] = FederationReferenceTypes['EndpointSlice']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['EndpointSlice']> | FederationReferenceType, FederationReferenceType, ContextType>;
  addressType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  endpoints?: Resolver<Array<ResolversTypes['Endpoint']>, ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['KubeEvent']>, ParentType, ContextType, RequireFields<EndpointSliceEventsArgs, 'first'>>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ObjectMeta'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  namespace?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ports?: Resolver<Array<ResolversTypes['EndpointPort']>, ParentType, ContextType>;
  serviceName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['StatusSummary'], ParentType, ContextType>;
  yaml?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type EndpointSliceConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['EndpointSliceConnection'] = ResolversParentTypes['EndpointSliceConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['EndpointSliceEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['EndpointSlice']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type EndpointSliceEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['EndpointSliceEdge'] = ResolversParentTypes['EndpointSliceEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['EndpointSlice'], ParentType, ContextType>;
}>;

export type HorizontalPodAutoscalerResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['HorizontalPodAutoscaler'] = ResolversParentTypes['HorizontalPodAutoscaler'], FederationReferenceType extends FederationReferenceTypes['HorizontalPodAutoscaler'] = FederationReferenceTypes['HorizontalPodAutoscaler']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['HorizontalPodAutoscaler']> | FederationReferenceType, FederationReferenceType, ContextType>;
  cpuUtilization?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  currentReplicas?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  desiredReplicas?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['KubeEvent']>, ParentType, ContextType, RequireFields<HorizontalPodAutoscalerEventsArgs, 'first'>>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  maxReplicas?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  memoryUtilization?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ObjectMeta'], ParentType, ContextType>;
  minReplicas?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  namespace?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['StatusSummary'], ParentType, ContextType>;
  targetKind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  targetName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  yaml?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type HorizontalPodAutoscalerConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['HorizontalPodAutoscalerConnection'] = ResolversParentTypes['HorizontalPodAutoscalerConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['HorizontalPodAutoscalerEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['HorizontalPodAutoscaler']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type HorizontalPodAutoscalerEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['HorizontalPodAutoscalerEdge'] = ResolversParentTypes['HorizontalPodAutoscalerEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['HorizontalPodAutoscaler'], ParentType, ContextType>;
}>;

export type IngressResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Ingress'] = ResolversParentTypes['Ingress'], FederationReferenceType extends FederationReferenceTypes['Ingress'] = FederationReferenceTypes['Ingress']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Ingress']> | FederationReferenceType, FederationReferenceType, ContextType>;
  events?: Resolver<Array<ResolversTypes['KubeEvent']>, ParentType, ContextType, RequireFields<IngressEventsArgs, 'first'>>;
  ingressClassName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ObjectMeta'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  namespace?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rules?: Resolver<Array<ResolversTypes['IngressRule']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['StatusSummary'], ParentType, ContextType>;
  tls?: Resolver<Array<ResolversTypes['IngressTLS']>, ParentType, ContextType>;
  yaml?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type IngressConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['IngressConnection'] = ResolversParentTypes['IngressConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['IngressEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Ingress']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type IngressEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['IngressEdge'] = ResolversParentTypes['IngressEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Ingress'], ParentType, ContextType>;
}>;

export type IngressPathResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['IngressPath'] = ResolversParentTypes['IngressPath']> = ResolversObject<{
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pathType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  port?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  service?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type IngressRuleResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['IngressRule'] = ResolversParentTypes['IngressRule']> = ResolversObject<{
  host?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  paths?: Resolver<Array<ResolversTypes['IngressPath']>, ParentType, ContextType>;
}>;

export type IngressTlsResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['IngressTLS'] = ResolversParentTypes['IngressTLS']> = ResolversObject<{
  hosts?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  secretName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type JobResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Job'] = ResolversParentTypes['Job'], FederationReferenceType extends FederationReferenceTypes['Job'] = FederationReferenceTypes['Job']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Job']> | FederationReferenceType, FederationReferenceType, ContextType>;
  active?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  completionTime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  completions?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['KubeEvent']>, ParentType, ContextType, RequireFields<JobEventsArgs, 'first'>>;
  failed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  images?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ObjectMeta'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  namespace?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parallelism?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  startTime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['StatusSummary'], ParentType, ContextType>;
  succeeded?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  yaml?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type JobConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['JobConnection'] = ResolversParentTypes['JobConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['JobEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Job']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type JobEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['JobEdge'] = ResolversParentTypes['JobEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Job'], ParentType, ContextType>;
}>;

export type KubeEventResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['KubeEvent'] = ResolversParentTypes['KubeEvent'], FederationReferenceType extends FederationReferenceTypes['KubeEvent'] = FederationReferenceTypes['KubeEvent']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['KubeEvent']> | FederationReferenceType, FederationReferenceType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['KubeEvent']>, ParentType, ContextType, RequireFields<KubeEventEventsArgs, 'first'>>;
  firstSeen?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  involvedKind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  involvedName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lastSeen?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ObjectMeta'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  namespace?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['StatusSummary'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  yaml?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type KubeEventChangeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['KubeEventChange'] = ResolversParentTypes['KubeEventChange']> = ResolversObject<{
  event?: Resolver<ResolversTypes['KubeEvent'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['ResourceChangeType'], ParentType, ContextType>;
}>;

export type KubeEventConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['KubeEventConnection'] = ResolversParentTypes['KubeEventConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['KubeEventEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['KubeEvent']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type KubeEventEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['KubeEventEdge'] = ResolversParentTypes['KubeEventEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['KubeEvent'], ParentType, ContextType>;
}>;

export type KubeKindResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['KubeKind'] = ResolversParentTypes['KubeKind']> = ResolversObject<{
  clusterAdmin?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  columns?: Resolver<Array<ResolversTypes['KubeKindColumn']>, ParentType, ContextType>;
  createMutation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  filters?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  graphqlType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  group?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  listField?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  metadataOnly?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  namespaced?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  plural?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  readOnly?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  sortKeys?: Resolver<Array<ResolversTypes['WorkloadSortField']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type KubeKindColumnResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['KubeKindColumn'] = ResolversParentTypes['KubeKindColumn']> = ResolversObject<{
  header?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type KubeObjectResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['KubeObject'] = ResolversParentTypes['KubeObject']> = ResolversObject<{
  __resolveType: TypeResolveFn<'ConfigMap' | 'ControllerRevision' | 'CronJob' | 'DaemonSet' | 'Deployment' | 'EndpointSlice' | 'HorizontalPodAutoscaler' | 'Ingress' | 'Job' | 'KubeEvent' | 'LimitRange' | 'NetworkPolicy' | 'Node' | 'PersistentVolume' | 'PersistentVolumeClaim' | 'Pod' | 'ReplicaSet' | 'ResourceQuota' | 'Secret' | 'Service' | 'ServiceAccount' | 'StatefulSet' | 'StorageClass', ParentType, ContextType>;
}>;

export type KubeObjectConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['KubeObjectConnection'] = ResolversParentTypes['KubeObjectConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['KubeObjectEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['KubeObject']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type KubeObjectEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['KubeObjectEdge'] = ResolversParentTypes['KubeObjectEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['KubeObject'], ParentType, ContextType>;
}>;

export type LabelResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Label'] = ResolversParentTypes['Label']> = ResolversObject<{
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type LimitRangeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['LimitRange'] = ResolversParentTypes['LimitRange'], FederationReferenceType extends FederationReferenceTypes['LimitRange'] = FederationReferenceTypes['LimitRange']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['LimitRange']> | FederationReferenceType, FederationReferenceType, ContextType>;
  events?: Resolver<Array<ResolversTypes['KubeEvent']>, ParentType, ContextType, RequireFields<LimitRangeEventsArgs, 'first'>>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  limits?: Resolver<Array<ResolversTypes['LimitRangeItem']>, ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ObjectMeta'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  namespace?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['StatusSummary'], ParentType, ContextType>;
  yaml?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type LimitRangeConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['LimitRangeConnection'] = ResolversParentTypes['LimitRangeConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['LimitRangeEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['LimitRange']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type LimitRangeEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['LimitRangeEdge'] = ResolversParentTypes['LimitRangeEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['LimitRange'], ParentType, ContextType>;
}>;

export type LimitRangeItemResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['LimitRangeItem'] = ResolversParentTypes['LimitRangeItem']> = ResolversObject<{
  default?: Resolver<Array<ResolversTypes['Label']>, ParentType, ContextType>;
  defaultRequest?: Resolver<Array<ResolversTypes['Label']>, ParentType, ContextType>;
  max?: Resolver<Array<ResolversTypes['Label']>, ParentType, ContextType>;
  min?: Resolver<Array<ResolversTypes['Label']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  applyYaml?: Resolver<Array<ResolversTypes['KubeObject']>, ParentType, ContextType, RequireFields<MutationApplyYamlArgs, 'dryRun' | 'project' | 'yaml'>>;
  cordonNode?: Resolver<ResolversTypes['Node'], ParentType, ContextType, RequireFields<MutationCordonNodeArgs, 'name'>>;
  createConfigMap?: Resolver<ResolversTypes['ConfigMap'], ParentType, ContextType, RequireFields<MutationCreateConfigMapArgs, 'dryRun' | 'input' | 'project'>>;
  createCronJob?: Resolver<ResolversTypes['CronJob'], ParentType, ContextType, RequireFields<MutationCreateCronJobArgs, 'dryRun' | 'input' | 'project'>>;
  createDaemonSet?: Resolver<ResolversTypes['DaemonSet'], ParentType, ContextType, RequireFields<MutationCreateDaemonSetArgs, 'dryRun' | 'input' | 'project'>>;
  createDeployment?: Resolver<ResolversTypes['Deployment'], ParentType, ContextType, RequireFields<MutationCreateDeploymentArgs, 'dryRun' | 'input' | 'project'>>;
  createHorizontalPodAutoscaler?: Resolver<ResolversTypes['HorizontalPodAutoscaler'], ParentType, ContextType, RequireFields<MutationCreateHorizontalPodAutoscalerArgs, 'dryRun' | 'input' | 'project'>>;
  createIngress?: Resolver<ResolversTypes['Ingress'], ParentType, ContextType, RequireFields<MutationCreateIngressArgs, 'dryRun' | 'input' | 'project'>>;
  createJob?: Resolver<ResolversTypes['Job'], ParentType, ContextType, RequireFields<MutationCreateJobArgs, 'dryRun' | 'input' | 'project'>>;
  createPersistentVolumeClaim?: Resolver<ResolversTypes['PersistentVolumeClaim'], ParentType, ContextType, RequireFields<MutationCreatePersistentVolumeClaimArgs, 'dryRun' | 'input' | 'project'>>;
  createSecret?: Resolver<ResolversTypes['Secret'], ParentType, ContextType, RequireFields<MutationCreateSecretArgs, 'dryRun' | 'input' | 'project'>>;
  createService?: Resolver<ResolversTypes['Service'], ParentType, ContextType, RequireFields<MutationCreateServiceArgs, 'dryRun' | 'input' | 'project'>>;
  createStatefulSet?: Resolver<ResolversTypes['StatefulSet'], ParentType, ContextType, RequireFields<MutationCreateStatefulSetArgs, 'dryRun' | 'input' | 'project'>>;
  deleteObject?: Resolver<ResolversTypes['DeletedObject'], ParentType, ContextType, RequireFields<MutationDeleteObjectArgs, 'kind' | 'name' | 'project' | 'propagationPolicy'>>;
  drainNode?: Resolver<ResolversTypes['DrainResult'], ParentType, ContextType, RequireFields<MutationDrainNodeArgs, 'name'>>;
  pauseRollout?: Resolver<ResolversTypes['Deployment'], ParentType, ContextType, RequireFields<MutationPauseRolloutArgs, 'name' | 'project'>>;
  restartRollout?: Resolver<ResolversTypes['KubeObject'], ParentType, ContextType, RequireFields<MutationRestartRolloutArgs, 'kind' | 'name' | 'project'>>;
  resumeCronJob?: Resolver<ResolversTypes['CronJob'], ParentType, ContextType, RequireFields<MutationResumeCronJobArgs, 'name' | 'project'>>;
  resumeRollout?: Resolver<ResolversTypes['Deployment'], ParentType, ContextType, RequireFields<MutationResumeRolloutArgs, 'name' | 'project'>>;
  rollbackRollout?: Resolver<ResolversTypes['KubeObject'], ParentType, ContextType, RequireFields<MutationRollbackRolloutArgs, 'kind' | 'name' | 'project' | 'revision'>>;
  runCronJob?: Resolver<ResolversTypes['Job'], ParentType, ContextType, RequireFields<MutationRunCronJobArgs, 'name' | 'project'>>;
  scaleDeployment?: Resolver<ResolversTypes['Deployment'], ParentType, ContextType, RequireFields<MutationScaleDeploymentArgs, 'name' | 'namespace' | 'replicas'>>;
  suspendCronJob?: Resolver<ResolversTypes['CronJob'], ParentType, ContextType, RequireFields<MutationSuspendCronJobArgs, 'name' | 'project'>>;
  uncordonNode?: Resolver<ResolversTypes['Node'], ParentType, ContextType, RequireFields<MutationUncordonNodeArgs, 'name'>>;
  updateObject?: Resolver<ResolversTypes['KubeObject'], ParentType, ContextType, RequireFields<MutationUpdateObjectArgs, 'project' | 'yaml'>>;
}>;

export type NetworkPolicyResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['NetworkPolicy'] = ResolversParentTypes['NetworkPolicy'], FederationReferenceType extends FederationReferenceTypes['NetworkPolicy'] = FederationReferenceTypes['NetworkPolicy']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['NetworkPolicy']> | FederationReferenceType, FederationReferenceType, ContextType>;
  egressRules?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['KubeEvent']>, ParentType, ContextType, RequireFields<NetworkPolicyEventsArgs, 'first'>>;
  ingressRules?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ObjectMeta'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  namespace?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  podSelector?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  policyTypes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['StatusSummary'], ParentType, ContextType>;
  yaml?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type NetworkPolicyConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['NetworkPolicyConnection'] = ResolversParentTypes['NetworkPolicyConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['NetworkPolicyEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['NetworkPolicy']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type NetworkPolicyEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['NetworkPolicyEdge'] = ResolversParentTypes['NetworkPolicyEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['NetworkPolicy'], ParentType, ContextType>;
}>;

export type NodeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node'], FederationReferenceType extends FederationReferenceTypes['Node'] = FederationReferenceTypes['Node']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Node']> | FederationReferenceType, FederationReferenceType, ContextType>;
  allocatable?: Resolver<Array<ResolversTypes['Label']>, ParentType, ContextType>;
  capacity?: Resolver<Array<ResolversTypes['Label']>, ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['KubeEvent']>, ParentType, ContextType, RequireFields<NodeEventsArgs, 'first'>>;
  internalIP?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kubeletVersion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ObjectMeta'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  namespace?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ready?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['StatusSummary'], ParentType, ContextType>;
  taints?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  unschedulable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  yaml?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type NodeConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['NodeConnection'] = ResolversParentTypes['NodeConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['NodeEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type NodeEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['NodeEdge'] = ResolversParentTypes['NodeEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
}>;

export type ObjectMetaResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ObjectMeta'] = ResolversParentTypes['ObjectMeta']> = ResolversObject<{
  annotations?: Resolver<Array<ResolversTypes['Label']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  deletionTimestamp?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  labels?: Resolver<Array<ResolversTypes['Label']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  namespace?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ownerReferences?: Resolver<Array<ResolversTypes['OwnerReference']>, ParentType, ContextType>;
  resourceVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  uid?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type OwnerReferenceResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['OwnerReference'] = ResolversParentTypes['OwnerReference']> = ResolversObject<{
  controller?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  uid?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PersistentVolumeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PersistentVolume'] = ResolversParentTypes['PersistentVolume'], FederationReferenceType extends FederationReferenceTypes['PersistentVolume'] = FederationReferenceTypes['PersistentVolume']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PersistentVolume']> | FederationReferenceType, FederationReferenceType, ContextType>;
  accessModes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  capacity?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  claim?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['KubeEvent']>, ParentType, ContextType, RequireFields<PersistentVolumeEventsArgs, 'first'>>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ObjectMeta'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  namespace?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phase?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reclaimPolicy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['StatusSummary'], ParentType, ContextType>;
  storageClassName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  yaml?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PersistentVolumeClaimResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PersistentVolumeClaim'] = ResolversParentTypes['PersistentVolumeClaim'], FederationReferenceType extends FederationReferenceTypes['PersistentVolumeClaim'] = FederationReferenceTypes['PersistentVolumeClaim']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PersistentVolumeClaim']> | FederationReferenceType, FederationReferenceType, ContextType>;
  accessModes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  capacity?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['KubeEvent']>, ParentType, ContextType, RequireFields<PersistentVolumeClaimEventsArgs, 'first'>>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ObjectMeta'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  namespace?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phase?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requestedStorage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['StatusSummary'], ParentType, ContextType>;
  storageClassName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  volumeName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  yaml?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PersistentVolumeClaimConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PersistentVolumeClaimConnection'] = ResolversParentTypes['PersistentVolumeClaimConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PersistentVolumeClaimEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['PersistentVolumeClaim']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PersistentVolumeClaimEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PersistentVolumeClaimEdge'] = ResolversParentTypes['PersistentVolumeClaimEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PersistentVolumeClaim'], ParentType, ContextType>;
}>;

export type PersistentVolumeConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PersistentVolumeConnection'] = ResolversParentTypes['PersistentVolumeConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PersistentVolumeEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['PersistentVolume']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PersistentVolumeEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PersistentVolumeEdge'] = ResolversParentTypes['PersistentVolumeEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PersistentVolume'], ParentType, ContextType>;
}>;

export type PodResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Pod'] = ResolversParentTypes['Pod'], FederationReferenceType extends FederationReferenceTypes['Pod'] = FederationReferenceTypes['Pod']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Pod']> | FederationReferenceType, FederationReferenceType, ContextType>;
  containers?: Resolver<Array<ResolversTypes['Container']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['KubeEvent']>, ParentType, ContextType, RequireFields<PodEventsArgs, 'first'>>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  labels?: Resolver<Array<ResolversTypes['Label']>, ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ObjectMeta'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  namespace?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nodeName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ownerKind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ownerName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phase?: Resolver<ResolversTypes['PodPhase'], ParentType, ContextType>;
  podIP?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['StatusSummary'], ParentType, ContextType>;
  yaml?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PodConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PodConnection'] = ResolversParentTypes['PodConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PodEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Pod']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PodEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PodEdge'] = ResolversParentTypes['PodEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Pod'], ParentType, ContextType>;
}>;

export type PodEventResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PodEvent'] = ResolversParentTypes['PodEvent']> = ResolversObject<{
  pod?: Resolver<ResolversTypes['Pod'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['PodEventType'], ParentType, ContextType>;
}>;

export type ProjectResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Project'] = ResolversParentTypes['Project'], FederationReferenceType extends FederationReferenceTypes['Project'] = FederationReferenceTypes['Project']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Project']> | FederationReferenceType, FederationReferenceType, ContextType>;
  configMaps?: Resolver<Maybe<ResolversTypes['ConfigMapConnection']>, ParentType, ContextType, RequireFields<ProjectConfigMapsArgs, 'first'>>;
  controllerRevisions?: Resolver<Maybe<ResolversTypes['ControllerRevisionConnection']>, ParentType, ContextType, RequireFields<ProjectControllerRevisionsArgs, 'first'>>;
  cronJobs?: Resolver<Maybe<ResolversTypes['CronJobConnection']>, ParentType, ContextType, RequireFields<ProjectCronJobsArgs, 'first'>>;
  daemonSets?: Resolver<Maybe<ResolversTypes['DaemonSetConnection']>, ParentType, ContextType, RequireFields<ProjectDaemonSetsArgs, 'first'>>;
  deployments?: Resolver<Maybe<ResolversTypes['DeploymentConnection']>, ParentType, ContextType, RequireFields<ProjectDeploymentsArgs, 'first'>>;
  endpointSlices?: Resolver<Maybe<ResolversTypes['EndpointSliceConnection']>, ParentType, ContextType, RequireFields<ProjectEndpointSlicesArgs, 'first'>>;
  events?: Resolver<Maybe<ResolversTypes['KubeEventConnection']>, ParentType, ContextType, RequireFields<ProjectEventsArgs, 'first'>>;
  horizontalPodAutoscalers?: Resolver<Maybe<ResolversTypes['HorizontalPodAutoscalerConnection']>, ParentType, ContextType, RequireFields<ProjectHorizontalPodAutoscalersArgs, 'first'>>;
  ingresses?: Resolver<Maybe<ResolversTypes['IngressConnection']>, ParentType, ContextType, RequireFields<ProjectIngressesArgs, 'first'>>;
  jobs?: Resolver<Maybe<ResolversTypes['JobConnection']>, ParentType, ContextType, RequireFields<ProjectJobsArgs, 'first'>>;
  limitRanges?: Resolver<Maybe<ResolversTypes['LimitRangeConnection']>, ParentType, ContextType, RequireFields<ProjectLimitRangesArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  networkPolicies?: Resolver<Maybe<ResolversTypes['NetworkPolicyConnection']>, ParentType, ContextType, RequireFields<ProjectNetworkPoliciesArgs, 'first'>>;
  objects?: Resolver<Maybe<ResolversTypes['KubeObjectConnection']>, ParentType, ContextType, RequireFields<ProjectObjectsArgs, 'first' | 'kind'>>;
  persistentVolumeClaims?: Resolver<Maybe<ResolversTypes['PersistentVolumeClaimConnection']>, ParentType, ContextType, RequireFields<ProjectPersistentVolumeClaimsArgs, 'first'>>;
  pods?: Resolver<Maybe<ResolversTypes['PodConnection']>, ParentType, ContextType, RequireFields<ProjectPodsArgs, 'first'>>;
  replicaSets?: Resolver<Maybe<ResolversTypes['ReplicaSetConnection']>, ParentType, ContextType, RequireFields<ProjectReplicaSetsArgs, 'first'>>;
  resourceQuotas?: Resolver<Maybe<ResolversTypes['ResourceQuotaConnection']>, ParentType, ContextType, RequireFields<ProjectResourceQuotasArgs, 'first'>>;
  secrets?: Resolver<Maybe<ResolversTypes['SecretConnection']>, ParentType, ContextType, RequireFields<ProjectSecretsArgs, 'first'>>;
  serviceAccounts?: Resolver<Maybe<ResolversTypes['ServiceAccountConnection']>, ParentType, ContextType, RequireFields<ProjectServiceAccountsArgs, 'first'>>;
  services?: Resolver<Maybe<ResolversTypes['ServiceConnection']>, ParentType, ContextType, RequireFields<ProjectServicesArgs, 'first'>>;
  statefulSets?: Resolver<Maybe<ResolversTypes['StatefulSetConnection']>, ParentType, ContextType, RequireFields<ProjectStatefulSetsArgs, 'first'>>;
}>;

export type QueryResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  deployment?: Resolver<Maybe<ResolversTypes['Deployment']>, ParentType, ContextType, RequireFields<QueryDeploymentArgs, 'name' | 'namespace'>>;
  kubeKinds?: Resolver<Array<ResolversTypes['KubeKind']>, ParentType, ContextType>;
  kubeObject?: Resolver<Maybe<ResolversTypes['KubeObject']>, ParentType, ContextType, RequireFields<QueryKubeObjectArgs, 'kind' | 'name'>>;
  nodes?: Resolver<Maybe<ResolversTypes['NodeConnection']>, ParentType, ContextType, RequireFields<QueryNodesArgs, 'first'>>;
  persistentVolumes?: Resolver<Maybe<ResolversTypes['PersistentVolumeConnection']>, ParentType, ContextType, RequireFields<QueryPersistentVolumesArgs, 'first'>>;
  pod?: Resolver<Maybe<ResolversTypes['Pod']>, ParentType, ContextType, RequireFields<QueryPodArgs, 'name' | 'namespace'>>;
  storageClasses?: Resolver<Maybe<ResolversTypes['StorageClassConnection']>, ParentType, ContextType, RequireFields<QueryStorageClassesArgs, 'first'>>;
}>;

export type QuotaResourceResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['QuotaResource'] = ResolversParentTypes['QuotaResource']> = ResolversObject<{
  hard?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  resource?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  used?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ReplicaSetResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ReplicaSet'] = ResolversParentTypes['ReplicaSet'], FederationReferenceType extends FederationReferenceTypes['ReplicaSet'] = FederationReferenceTypes['ReplicaSet']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ReplicaSet']> | FederationReferenceType, FederationReferenceType, ContextType>;
  events?: Resolver<Array<ResolversTypes['KubeEvent']>, ParentType, ContextType, RequireFields<ReplicaSetEventsArgs, 'first'>>;
  images?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ObjectMeta'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  namespace?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  readyReplicas?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  replicas?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  revision?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['StatusSummary'], ParentType, ContextType>;
  yaml?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ReplicaSetConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ReplicaSetConnection'] = ResolversParentTypes['ReplicaSetConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ReplicaSetEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ReplicaSet']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ReplicaSetEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ReplicaSetEdge'] = ResolversParentTypes['ReplicaSetEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ReplicaSet'], ParentType, ContextType>;
}>;

export type ResourceChangeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ResourceChange'] = ResolversParentTypes['ResourceChange']> = ResolversObject<{
  object?: Resolver<ResolversTypes['KubeObject'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['ResourceChangeType'], ParentType, ContextType>;
}>;

export type ResourceQuotaResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ResourceQuota'] = ResolversParentTypes['ResourceQuota'], FederationReferenceType extends FederationReferenceTypes['ResourceQuota'] = FederationReferenceTypes['ResourceQuota']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ResourceQuota']> | FederationReferenceType, FederationReferenceType, ContextType>;
  events?: Resolver<Array<ResolversTypes['KubeEvent']>, ParentType, ContextType, RequireFields<ResourceQuotaEventsArgs, 'first'>>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ObjectMeta'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  namespace?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  resources?: Resolver<Array<ResolversTypes['QuotaResource']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['StatusSummary'], ParentType, ContextType>;
  yaml?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ResourceQuotaConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ResourceQuotaConnection'] = ResolversParentTypes['ResourceQuotaConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ResourceQuotaEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ResourceQuota']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ResourceQuotaEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ResourceQuotaEdge'] = ResolversParentTypes['ResourceQuotaEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ResourceQuota'], ParentType, ContextType>;
}>;

export type SecretResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Secret'] = ResolversParentTypes['Secret'], FederationReferenceType extends FederationReferenceTypes['Secret'] = FederationReferenceTypes['Secret']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Secret']> | FederationReferenceType, FederationReferenceType, ContextType>;
  content?: Resolver<Maybe<ResolversTypes['SecretContent']>, ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['KubeEvent']>, ParentType, ContextType, RequireFields<SecretEventsArgs, 'first'>>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ObjectMeta'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  namespace?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['StatusSummary'], ParentType, ContextType>;
  yaml?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type SecretConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['SecretConnection'] = ResolversParentTypes['SecretConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['SecretEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Secret']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SecretContentResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['SecretContent'] = ResolversParentTypes['SecretContent']> = ResolversObject<{
  data?: Resolver<Array<ResolversTypes['SecretEntry']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SecretEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['SecretEdge'] = ResolversParentTypes['SecretEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Secret'], ParentType, ContextType>;
}>;

export type SecretEntryResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['SecretEntry'] = ResolversParentTypes['SecretEntry']> = ResolversObject<{
  base64?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ServiceResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Service'] = ResolversParentTypes['Service'], FederationReferenceType extends FederationReferenceTypes['Service'] = FederationReferenceTypes['Service']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Service']> | FederationReferenceType, FederationReferenceType, ContextType>;
  clusterIP?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['KubeEvent']>, ParentType, ContextType, RequireFields<ServiceEventsArgs, 'first'>>;
  externalAddresses?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ObjectMeta'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  namespace?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ports?: Resolver<Array<ResolversTypes['ServicePort']>, ParentType, ContextType>;
  selector?: Resolver<Array<ResolversTypes['Label']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['StatusSummary'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  yaml?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ServiceAccountResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ServiceAccount'] = ResolversParentTypes['ServiceAccount'], FederationReferenceType extends FederationReferenceTypes['ServiceAccount'] = FederationReferenceTypes['ServiceAccount']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ServiceAccount']> | FederationReferenceType, FederationReferenceType, ContextType>;
  automountToken?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['KubeEvent']>, ParentType, ContextType, RequireFields<ServiceAccountEventsArgs, 'first'>>;
  imagePullSecrets?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ObjectMeta'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  namespace?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['StatusSummary'], ParentType, ContextType>;
  yaml?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ServiceAccountConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ServiceAccountConnection'] = ResolversParentTypes['ServiceAccountConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ServiceAccountEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ServiceAccount']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ServiceAccountEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ServiceAccountEdge'] = ResolversParentTypes['ServiceAccountEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ServiceAccount'], ParentType, ContextType>;
}>;

export type ServiceConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ServiceConnection'] = ResolversParentTypes['ServiceConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ServiceEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Service']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ServiceEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ServiceEdge'] = ResolversParentTypes['ServiceEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Service'], ParentType, ContextType>;
}>;

export type ServicePortResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ServicePort'] = ResolversParentTypes['ServicePort']> = ResolversObject<{
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nodePort?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  port?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  protocol?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  targetPort?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type StatefulSetResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['StatefulSet'] = ResolversParentTypes['StatefulSet'], FederationReferenceType extends FederationReferenceTypes['StatefulSet'] = FederationReferenceTypes['StatefulSet']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['StatefulSet']> | FederationReferenceType, FederationReferenceType, ContextType>;
  currentRevision?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['KubeEvent']>, ParentType, ContextType, RequireFields<StatefulSetEventsArgs, 'first'>>;
  images?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ObjectMeta'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  namespace?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  readyReplicas?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  replicas?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  serviceName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['StatusSummary'], ParentType, ContextType>;
  updateRevision?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  yaml?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type StatefulSetConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['StatefulSetConnection'] = ResolversParentTypes['StatefulSetConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['StatefulSetEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['StatefulSet']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type StatefulSetEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['StatefulSetEdge'] = ResolversParentTypes['StatefulSetEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['StatefulSet'], ParentType, ContextType>;
}>;

export type StatusSummaryResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['StatusSummary'] = ResolversParentTypes['StatusSummary']> = ResolversObject<{
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type StorageClassResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['StorageClass'] = ResolversParentTypes['StorageClass'], FederationReferenceType extends FederationReferenceTypes['StorageClass'] = FederationReferenceTypes['StorageClass']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['StorageClass']> | FederationReferenceType, FederationReferenceType, ContextType>;
  allowVolumeExpansion?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['KubeEvent']>, ParentType, ContextType, RequireFields<StorageClassEventsArgs, 'first'>>;
  isDefault?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ObjectMeta'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  namespace?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  provisioner?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reclaimPolicy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['StatusSummary'], ParentType, ContextType>;
  volumeBindingMode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  yaml?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type StorageClassConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['StorageClassConnection'] = ResolversParentTypes['StorageClassConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['StorageClassEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['StorageClass']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type StorageClassEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['StorageClassEdge'] = ResolversParentTypes['StorageClassEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['StorageClass'], ParentType, ContextType>;
}>;

export type SubscriptionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  clusterResourceChanged?: SubscriptionResolver<ResolversTypes['ResourceChange'], "clusterResourceChanged", ParentType, ContextType, RequireFields<SubscriptionClusterResourceChangedArgs, 'kind'>>;
  events?: SubscriptionResolver<ResolversTypes['KubeEventChange'], "events", ParentType, ContextType, RequireFields<SubscriptionEventsArgs, 'kind' | 'name' | 'namespace'>>;
  podStatusChanged?: SubscriptionResolver<ResolversTypes['PodEvent'], "podStatusChanged", ParentType, ContextType, RequireFields<SubscriptionPodStatusChangedArgs, 'project'>>;
  resourceChanged?: SubscriptionResolver<ResolversTypes['ResourceChange'], "resourceChanged", ParentType, ContextType, RequireFields<SubscriptionResourceChangedArgs, 'kind' | 'project'>>;
}>;

export interface Federation__FieldSetScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['federation__FieldSet'], any> {
  name: 'federation__FieldSet';
}

export interface Link__ImportScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['link__Import'], any> {
  name: 'link__Import';
}

export type Resolvers<ContextType = SubgraphContext> = ResolversObject<{
  ConfigMap?: ConfigMapResolvers<ContextType>;
  ConfigMapConnection?: ConfigMapConnectionResolvers<ContextType>;
  ConfigMapEdge?: ConfigMapEdgeResolvers<ContextType>;
  Container?: ContainerResolvers<ContextType>;
  ControllerRevision?: ControllerRevisionResolvers<ContextType>;
  ControllerRevisionConnection?: ControllerRevisionConnectionResolvers<ContextType>;
  ControllerRevisionEdge?: ControllerRevisionEdgeResolvers<ContextType>;
  CronJob?: CronJobResolvers<ContextType>;
  CronJobConnection?: CronJobConnectionResolvers<ContextType>;
  CronJobEdge?: CronJobEdgeResolvers<ContextType>;
  DaemonSet?: DaemonSetResolvers<ContextType>;
  DaemonSetConnection?: DaemonSetConnectionResolvers<ContextType>;
  DaemonSetEdge?: DaemonSetEdgeResolvers<ContextType>;
  DeletedObject?: DeletedObjectResolvers<ContextType>;
  Deployment?: DeploymentResolvers<ContextType>;
  DeploymentCondition?: DeploymentConditionResolvers<ContextType>;
  DeploymentConnection?: DeploymentConnectionResolvers<ContextType>;
  DeploymentEdge?: DeploymentEdgeResolvers<ContextType>;
  DrainResult?: DrainResultResolvers<ContextType>;
  DrainSkip?: DrainSkipResolvers<ContextType>;
  Endpoint?: EndpointResolvers<ContextType>;
  EndpointPort?: EndpointPortResolvers<ContextType>;
  EndpointSlice?: EndpointSliceResolvers<ContextType>;
  EndpointSliceConnection?: EndpointSliceConnectionResolvers<ContextType>;
  EndpointSliceEdge?: EndpointSliceEdgeResolvers<ContextType>;
  HorizontalPodAutoscaler?: HorizontalPodAutoscalerResolvers<ContextType>;
  HorizontalPodAutoscalerConnection?: HorizontalPodAutoscalerConnectionResolvers<ContextType>;
  HorizontalPodAutoscalerEdge?: HorizontalPodAutoscalerEdgeResolvers<ContextType>;
  Ingress?: IngressResolvers<ContextType>;
  IngressConnection?: IngressConnectionResolvers<ContextType>;
  IngressEdge?: IngressEdgeResolvers<ContextType>;
  IngressPath?: IngressPathResolvers<ContextType>;
  IngressRule?: IngressRuleResolvers<ContextType>;
  IngressTLS?: IngressTlsResolvers<ContextType>;
  Job?: JobResolvers<ContextType>;
  JobConnection?: JobConnectionResolvers<ContextType>;
  JobEdge?: JobEdgeResolvers<ContextType>;
  KubeEvent?: KubeEventResolvers<ContextType>;
  KubeEventChange?: KubeEventChangeResolvers<ContextType>;
  KubeEventConnection?: KubeEventConnectionResolvers<ContextType>;
  KubeEventEdge?: KubeEventEdgeResolvers<ContextType>;
  KubeKind?: KubeKindResolvers<ContextType>;
  KubeKindColumn?: KubeKindColumnResolvers<ContextType>;
  KubeObject?: KubeObjectResolvers<ContextType>;
  KubeObjectConnection?: KubeObjectConnectionResolvers<ContextType>;
  KubeObjectEdge?: KubeObjectEdgeResolvers<ContextType>;
  Label?: LabelResolvers<ContextType>;
  LimitRange?: LimitRangeResolvers<ContextType>;
  LimitRangeConnection?: LimitRangeConnectionResolvers<ContextType>;
  LimitRangeEdge?: LimitRangeEdgeResolvers<ContextType>;
  LimitRangeItem?: LimitRangeItemResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NetworkPolicy?: NetworkPolicyResolvers<ContextType>;
  NetworkPolicyConnection?: NetworkPolicyConnectionResolvers<ContextType>;
  NetworkPolicyEdge?: NetworkPolicyEdgeResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  NodeConnection?: NodeConnectionResolvers<ContextType>;
  NodeEdge?: NodeEdgeResolvers<ContextType>;
  ObjectMeta?: ObjectMetaResolvers<ContextType>;
  OwnerReference?: OwnerReferenceResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PersistentVolume?: PersistentVolumeResolvers<ContextType>;
  PersistentVolumeClaim?: PersistentVolumeClaimResolvers<ContextType>;
  PersistentVolumeClaimConnection?: PersistentVolumeClaimConnectionResolvers<ContextType>;
  PersistentVolumeClaimEdge?: PersistentVolumeClaimEdgeResolvers<ContextType>;
  PersistentVolumeConnection?: PersistentVolumeConnectionResolvers<ContextType>;
  PersistentVolumeEdge?: PersistentVolumeEdgeResolvers<ContextType>;
  Pod?: PodResolvers<ContextType>;
  PodConnection?: PodConnectionResolvers<ContextType>;
  PodEdge?: PodEdgeResolvers<ContextType>;
  PodEvent?: PodEventResolvers<ContextType>;
  Project?: ProjectResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  QuotaResource?: QuotaResourceResolvers<ContextType>;
  ReplicaSet?: ReplicaSetResolvers<ContextType>;
  ReplicaSetConnection?: ReplicaSetConnectionResolvers<ContextType>;
  ReplicaSetEdge?: ReplicaSetEdgeResolvers<ContextType>;
  ResourceChange?: ResourceChangeResolvers<ContextType>;
  ResourceQuota?: ResourceQuotaResolvers<ContextType>;
  ResourceQuotaConnection?: ResourceQuotaConnectionResolvers<ContextType>;
  ResourceQuotaEdge?: ResourceQuotaEdgeResolvers<ContextType>;
  Secret?: SecretResolvers<ContextType>;
  SecretConnection?: SecretConnectionResolvers<ContextType>;
  SecretContent?: SecretContentResolvers<ContextType>;
  SecretEdge?: SecretEdgeResolvers<ContextType>;
  SecretEntry?: SecretEntryResolvers<ContextType>;
  Service?: ServiceResolvers<ContextType>;
  ServiceAccount?: ServiceAccountResolvers<ContextType>;
  ServiceAccountConnection?: ServiceAccountConnectionResolvers<ContextType>;
  ServiceAccountEdge?: ServiceAccountEdgeResolvers<ContextType>;
  ServiceConnection?: ServiceConnectionResolvers<ContextType>;
  ServiceEdge?: ServiceEdgeResolvers<ContextType>;
  ServicePort?: ServicePortResolvers<ContextType>;
  StatefulSet?: StatefulSetResolvers<ContextType>;
  StatefulSetConnection?: StatefulSetConnectionResolvers<ContextType>;
  StatefulSetEdge?: StatefulSetEdgeResolvers<ContextType>;
  StatusSummary?: StatusSummaryResolvers<ContextType>;
  StorageClass?: StorageClassResolvers<ContextType>;
  StorageClassConnection?: StorageClassConnectionResolvers<ContextType>;
  StorageClassEdge?: StorageClassEdgeResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  federation__FieldSet?: GraphQLScalarType;
  link__Import?: GraphQLScalarType;
}>;

export type DirectiveResolvers<ContextType = SubgraphContext> = ResolversObject<{
  inaccessible?: InaccessibleDirectiveResolver<any, any, ContextType>;
  interfaceObject?: InterfaceObjectDirectiveResolver<any, any, ContextType>;
  link?: LinkDirectiveResolver<any, any, ContextType>;
  override?: OverrideDirectiveResolver<any, any, ContextType>;
  shareable?: ShareableDirectiveResolver<any, any, ContextType>;
  tag?: TagDirectiveResolver<any, any, ContextType>;
}>;
