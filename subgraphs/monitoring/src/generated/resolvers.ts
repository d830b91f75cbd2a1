import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { PodMetricsModel, ProjectMetricsModel, MetricsScopeModel } from '../model.ts';
import type { RankedObjectModel } from '../metrics/ranking.ts';
import type { ProjectRefModel, AlertRuleModel, AlertModel, AlertChangeModel, AlertSilenceModel, NotificationChannelModel, NotificationDeliveryModel } from '../alerting/model.ts';
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

/** One alert of a rule: one pod, workload or node whose value met the condition. */
export type Alert = {
  __typename?: 'Alert';
  activeAt?: Maybe<Scalars['String']['output']>;
  /** State changes, newest first. */
  history: Array<AlertTransition>;
  /** <rule id>/<fingerprint> */
  id: Scalars['ID']['output'];
  labels: Array<AlertLabel>;
  resolvedAt?: Maybe<Scalars['String']['output']>;
  rule: AlertRule;
  /** True while an Alertmanager silence holds its notifications back. */
  silenced: Scalars['Boolean']['output'];
  state: AlertState;
  /** The object it is about: the pod, workload or node name, empty for the cluster. */
  target: Scalars['String']['output'];
  updatedAt: Scalars['String']['output'];
  /** The value when the state last changed. */
  value?: Maybe<Scalars['Float']['output']>;
};


/** One alert of a rule: one pod, workload or node whose value met the condition. */
export type AlertHistoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A change of an alert's state, silenced flag, or a new alert. */
export type AlertChange = {
  __typename?: 'AlertChange';
  alert: Alert;
};

export type AlertCondition =
  | 'GT'
  | 'GTE'
  | 'LT'
  | 'LTE';

export type AlertConnection = {
  __typename?: 'AlertConnection';
  edges: Array<AlertEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AlertEdge = {
  __typename?: 'AlertEdge';
  cursor: Scalars['String']['output'];
  node: Alert;
};

export type AlertLabel = {
  __typename?: 'AlertLabel';
  name: Scalars['String']['output'];
  value: Scalars['String']['output'];
};

/** A metric of the fixed alerting catalogue (KubeSphere's names). */
export type AlertMetric = {
  __typename?: 'AlertMetric';
  description: Scalars['String']['output'];
  name: Scalars['String']['output'];
  scope: AlertScope;
  target: AlertTargetKind;
  /** cores, bytes, bytes/s, ratio or count */
  unit: Scalars['String']['output'];
};

/**
 * An alert rule, evaluated by Prometheus every evaluation interval: it fires when `metric`
 * (narrowed to `target` when set) stays `condition` `threshold` for `forSeconds`; each firing
 * alert is notified through `channels` and again every `repeatIntervalSeconds` while it fires,
 * and once more when it resolves.
 */
export type AlertRule = {
  __typename?: 'AlertRule';
  channels: Array<NotificationChannel>;
  condition: AlertCondition;
  createdAt: Scalars['String']['output'];
  /** The metric's current values for this rule's project and target (null if Prometheus does not answer). */
  currentValues?: Maybe<Array<AlertValue>>;
  enabled: Scalars['Boolean']['output'];
  /** The PromQL Prometheus evaluates. */
  expression: Scalars['String']['output'];
  forSeconds: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  metric: Scalars['String']['output'];
  name: Scalars['String']['output'];
  /** The project of a PROJECT rule; null for node and cluster rules. */
  project?: Maybe<Scalars['String']['output']>;
  repeatIntervalSeconds: Scalars['Int']['output'];
  scope: AlertScope;
  severity: AlertSeverity;
  target?: Maybe<Scalars['String']['output']>;
  threshold: Scalars['Float']['output'];
  updatedAt: Scalars['String']['output'];
  viewerCanManage: Scalars['Boolean']['output'];
};

export type AlertRuleInput = {
  /** Channels of the project's workspace (PROJECT rules) or of the platform (NODE, CLUSTER). */
  channelIds: Array<Scalars['ID']['input']>;
  condition: AlertCondition;
  enabled?: Scalars['Boolean']['input'];
  /** How long the condition must hold before the alert fires (0..86400). */
  forSeconds: Scalars['Int']['input'];
  metric: Scalars['String']['input'];
  name: Scalars['String']['input'];
  /** Required for PROJECT rules. */
  project?: InputMaybe<Scalars['String']['input']>;
  /** How often a firing alert is notified again (60..604800 seconds). */
  repeatIntervalSeconds: Scalars['Int']['input'];
  scope: AlertScope;
  severity: AlertSeverity;
  /** A pod, workload or node name (as the metric's target kind says); omitted: every one. */
  target?: InputMaybe<Scalars['String']['input']>;
  threshold: Scalars['Float']['input'];
};

/**
 * What a rule watches: a project's pods and workloads (tenants, with the manage-alerting
 * permission), the nodes or the whole cluster (platform admins).
 */
export type AlertScope =
  | 'CLUSTER'
  | 'NODE'
  | 'PROJECT';

export type AlertSeverity =
  | 'CRITICAL'
  | 'INFO'
  | 'WARNING';

/** An Alertmanager silence on one rule's notifications (optionally one target of it) for a time window. */
export type AlertSilence = {
  __typename?: 'AlertSilence';
  comment: Scalars['String']['output'];
  createdBy: Scalars['String']['output'];
  endsAt: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  rule: AlertRule;
  startsAt: Scalars['String']['output'];
  /** active, pending or expired */
  state: Scalars['String']['output'];
  target?: Maybe<Scalars['String']['output']>;
};

export type AlertState =
  | 'FIRING'
  | 'PENDING'
  | 'RESOLVED';

/** What a rule's `target` names: one pod, one workload, one node, or nothing (cluster rules). */
export type AlertTargetKind =
  | 'NODE'
  | 'NONE'
  | 'POD'
  | 'WORKLOAD';

export type AlertTransition = {
  __typename?: 'AlertTransition';
  at: Scalars['String']['output'];
  state: AlertState;
  value?: Maybe<Scalars['Float']['output']>;
};

/** One series of a metric now: which object (pod, workload, node; empty for the cluster) and its value. */
export type AlertValue = {
  __typename?: 'AlertValue';
  target: Scalars['String']['output'];
  value: Scalars['Float']['output'];
};

export type ContainerMetrics = {
  __typename?: 'ContainerMetrics';
  container: Scalars['String']['output'];
  series: Array<MetricSeries>;
};

export type DaemonSet = {
  __typename?: 'DaemonSet';
  metrics?: Maybe<WorkloadMetrics>;
  name: Scalars['String']['output'];
  namespace: Scalars['String']['output'];
};

/** Monitoring's part of workloads (owned by workloads). */
export type Deployment = {
  __typename?: 'Deployment';
  metrics?: Maybe<WorkloadMetrics>;
  name: Scalars['String']['output'];
  namespace: Scalars['String']['output'];
};

export type EmailChannelInput = {
  from: Scalars['String']['input'];
  smtpHost: Scalars['String']['input'];
  smtpPassword?: InputMaybe<Scalars['String']['input']>;
  smtpPort: Scalars['Int']['input'];
  smtpUser?: InputMaybe<Scalars['String']['input']>;
  /** STARTTLS (or TLS on 465) required. */
  tls?: InputMaybe<Scalars['Boolean']['input']>;
  to: Array<Scalars['String']['input']>;
};

export type MetricDescriptor = {
  __typename?: 'MetricDescriptor';
  /** Only platform admins may read it. */
  clusterAdmin: Scalars['Boolean']['output'];
  description: Scalars['String']['output'];
  level: MetricLevel;
  name: Scalars['String']['output'];
  /** cores, bytes, bytes/s, count, ratio, requests/s, seconds, ops/s */
  unit: Scalars['String']['output'];
  /** For a workload metric that only one kind has. */
  workloadKind?: Maybe<WorkloadKind>;
};

export type MetricLevel =
  | 'CLUSTER'
  | 'CONTAINER'
  | 'NODE'
  | 'POD'
  | 'PROJECT'
  | 'WORKLOAD'
  | 'WORKSPACE';

export type MetricPoint = {
  __typename?: 'MetricPoint';
  /** ISO-8601 time. */
  timestamp: Scalars['String']['output'];
  value: Scalars['Float']['output'];
};

/**
 * A time window for series: `start` (ISO-8601 or Unix seconds) or the `lastSeconds` before `end`
 * (default now, then aligned down to the step), one point every `step` seconds, at most 11,000 points.
 * Without a range a series has only its current `value`.
 */
export type MetricRange = {
  end?: InputMaybe<Scalars['String']['input']>;
  lastSeconds?: InputMaybe<Scalars['Int']['input']>;
  start?: InputMaybe<Scalars['String']['input']>;
  step: Scalars['Int']['input'];
};

/**
 * One named series. `value` is the newest value (the instant value, or the last point of the
 * range); null while Prometheus has no data for it. `points` only with a range.
 */
export type MetricSeries = {
  __typename?: 'MetricSeries';
  name: Scalars['String']['output'];
  points?: Maybe<Array<MetricPoint>>;
  unit: Scalars['String']['output'];
  value?: Maybe<Scalars['Float']['output']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  createAlertRule: AlertRule;
  /** Holds back a rule's notifications (one target's, when given) from `startsAt` (default now) to `endsAt`. */
  createAlertSilence: AlertSilence;
  createNotificationChannel: NotificationChannel;
  deleteAlertRule: Scalars['Boolean']['output'];
  deleteNotificationChannel: Scalars['Boolean']['output'];
  expireAlertSilence: Scalars['Boolean']['output'];
  /** Sends a test notice now; answers the delivery with its outcome (after retries). */
  testNotificationChannel: NotificationDelivery;
  updateAlertRule: AlertRule;
};


export type MutationCreateAlertRuleArgs = {
  input: AlertRuleInput;
};


export type MutationCreateAlertSilenceArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  endsAt: Scalars['String']['input'];
  ruleId: Scalars['ID']['input'];
  startsAt?: InputMaybe<Scalars['String']['input']>;
  target?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCreateNotificationChannelArgs = {
  input: NotificationChannelInput;
};


export type MutationDeleteAlertRuleArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteNotificationChannelArgs = {
  id: Scalars['ID']['input'];
};


export type MutationExpireAlertSilenceArgs = {
  id: Scalars['ID']['input'];
};


export type MutationTestNotificationChannelArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUpdateAlertRuleArgs = {
  id: Scalars['ID']['input'];
  input: AlertRuleInput;
};

/** Monitoring's part of a node (owned by workloads): platform admins only. */
export type Node = {
  __typename?: 'Node';
  metrics?: Maybe<NodeMetrics>;
  name: Scalars['String']['output'];
};

export type NodeMetrics = {
  __typename?: 'NodeMetrics';
  series?: Maybe<Array<MetricSeries>>;
};


export type NodeMetricsSeriesArgs = {
  names: Array<Scalars['String']['input']>;
  range?: InputMaybe<MetricRange>;
};

/**
 * Where notifications go: a workspace's channel (`workspace`) or the platform's (null). Secrets
 * (the SMTP password, the webhook URL and its token) are never returned: `endpoint` shows the
 * webhook's scheme and host only.
 */
export type NotificationChannel = {
  __typename?: 'NotificationChannel';
  createdAt: Scalars['String']['output'];
  /** Notices sent through it, newest first (workspace admins, platform admins). */
  deliveries: Array<NotificationDelivery>;
  /** The SMTP server as host:port (EMAIL) or the webhook's origin (the others). */
  endpoint: Scalars['String']['output'];
  hasSecret: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** E-mail recipients (EMAIL). */
  recipients?: Maybe<Array<Scalars['String']['output']>>;
  type: NotificationChannelType;
  workspace?: Maybe<Scalars['String']['output']>;
};


/**
 * Where notifications go: a workspace's channel (`workspace`) or the platform's (null). Secrets
 * (the SMTP password, the webhook URL and its token) are never returned: `endpoint` shows the
 * webhook's scheme and host only.
 */
export type NotificationChannelDeliveriesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type NotificationChannelInput = {
  email?: InputMaybe<EmailChannelInput>;
  name: Scalars['String']['input'];
  type: NotificationChannelType;
  webhook?: InputMaybe<WebhookChannelInput>;
  /** The workspace; omitted: a platform channel (platform admins). */
  workspace?: InputMaybe<Scalars['String']['input']>;
};

export type NotificationChannelType =
  | 'DINGTALK'
  | 'EMAIL'
  | 'SLACK'
  | 'WEBHOOK'
  | 'WECOM';

export type NotificationDelivery = {
  __typename?: 'NotificationDelivery';
  attempts: Scalars['Int']['output'];
  createdAt: Scalars['String']['output'];
  deliveredAt?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** ALERT, RESOLVED or TEST */
  kind: Scalars['String']['output'];
  lastError?: Maybe<Scalars['String']['output']>;
  /** PENDING (being retried), SENT or FAILED */
  status: Scalars['String']['output'];
  summary: Scalars['String']['output'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/**
 * Monitoring's part of a pod (owned by workloads): its resource usage from Prometheus. `metrics`
 * is null, with an UPSTREAM_UNAVAILABLE error, when Prometheus does not answer; the rest of the
 * query still resolves.
 */
export type Pod = {
  __typename?: 'Pod';
  metrics?: Maybe<PodMetrics>;
  name: Scalars['String']['output'];
  namespace: Scalars['String']['output'];
};

/**
 * A pod's current usage (the newest samples) and its history. CPU in cores, memory in bytes
 * (working set, i.e. without reclaimable page cache), network in bytes per second. A value is
 * null while Prometheus has no sample for it yet (a pod seconds old).
 */
export type PodMetrics = {
  __typename?: 'PodMetrics';
  /** The same per container (container_* names), one entry per container with data. */
  containers?: Maybe<Array<ContainerMetrics>>;
  cpu?: Maybe<Scalars['Float']['output']>;
  /**
   * CPU usage from `start` to `end` (default now), one sample every `step` seconds. ISO-8601 or
   * Unix seconds. At most 11,000 points per series.
   */
  cpuRange?: Maybe<Array<Sample>>;
  memory?: Maybe<Scalars['Float']['output']>;
  memoryRange?: Maybe<Array<Sample>>;
  networkReceiveBytesPerSecond?: Maybe<Scalars['Float']['output']>;
  networkTransmitBytesPerSecond?: Maybe<Scalars['Float']['output']>;
  /** Named series of this pod (pod_* names of `metricCatalog(level: POD)`); see `MetricSeries`. */
  series?: Maybe<Array<MetricSeries>>;
};


/**
 * A pod's current usage (the newest samples) and its history. CPU in cores, memory in bytes
 * (working set, i.e. without reclaimable page cache), network in bytes per second. A value is
 * null while Prometheus has no sample for it yet (a pod seconds old).
 */
export type PodMetricsContainersArgs = {
  names: Array<Scalars['String']['input']>;
  range?: InputMaybe<MetricRange>;
};


/**
 * A pod's current usage (the newest samples) and its history. CPU in cores, memory in bytes
 * (working set, i.e. without reclaimable page cache), network in bytes per second. A value is
 * null while Prometheus has no sample for it yet (a pod seconds old).
 */
export type PodMetricsCpuRangeArgs = {
  end?: InputMaybe<Scalars['String']['input']>;
  start: Scalars['String']['input'];
  step: Scalars['Int']['input'];
};


/**
 * A pod's current usage (the newest samples) and its history. CPU in cores, memory in bytes
 * (working set, i.e. without reclaimable page cache), network in bytes per second. A value is
 * null while Prometheus has no sample for it yet (a pod seconds old).
 */
export type PodMetricsMemoryRangeArgs = {
  end?: InputMaybe<Scalars['String']['input']>;
  start: Scalars['String']['input'];
  step: Scalars['Int']['input'];
};


/**
 * A pod's current usage (the newest samples) and its history. CPU in cores, memory in bytes
 * (working set, i.e. without reclaimable page cache), network in bytes per second. A value is
 * null while Prometheus has no sample for it yet (a pod seconds old).
 */
export type PodMetricsSeriesArgs = {
  names: Array<Scalars['String']['input']>;
  range?: InputMaybe<MetricRange>;
};

/** Monitoring's part of a project (owned by tenancy). */
export type Project = {
  __typename?: 'Project';
  metrics?: Maybe<ProjectMetrics>;
  name: Scalars['String']['output'];
  /** Whether the caller may create, change and silence this project's alert rules (manage-alerting). */
  viewerCanManageAlerting: Scalars['Boolean']['output'];
};

/** A project's totals: the sums over its pods. */
export type ProjectMetrics = {
  __typename?: 'ProjectMetrics';
  cpu?: Maybe<Scalars['Float']['output']>;
  cpuRange?: Maybe<Array<Sample>>;
  memory?: Maybe<Scalars['Float']['output']>;
  memoryRange?: Maybe<Array<Sample>>;
  /** Pods in phase Running. */
  podCount?: Maybe<Scalars['Int']['output']>;
  /** Named series of this project (namespace_* names of `metricCatalog(level: PROJECT)`). */
  series?: Maybe<Array<MetricSeries>>;
};


/** A project's totals: the sums over its pods. */
export type ProjectMetricsCpuRangeArgs = {
  end?: InputMaybe<Scalars['String']['input']>;
  start: Scalars['String']['input'];
  step: Scalars['Int']['input'];
};


/** A project's totals: the sums over its pods. */
export type ProjectMetricsMemoryRangeArgs = {
  end?: InputMaybe<Scalars['String']['input']>;
  start: Scalars['String']['input'];
  step: Scalars['Int']['input'];
};


/** A project's totals: the sums over its pods. */
export type ProjectMetricsSeriesArgs = {
  names: Array<Scalars['String']['input']>;
  range?: InputMaybe<MetricRange>;
};

export type Query = {
  __typename?: 'Query';
  /** The current values of a metric for a project and target, before a rule exists (the editor's preview). */
  alertMetricPreview?: Maybe<Array<AlertValue>>;
  /** The metrics rules may watch (of one scope, or all). */
  alertMetrics: Array<AlertMetric>;
  alertRule?: Maybe<AlertRule>;
  /** A project's rules (project), or the node and cluster rules (scope NODE or CLUSTER, platform admins). */
  alertRules: Array<AlertRule>;
  /** Silences of a project's rules or of the node and cluster rules; expired ones of the last days too. */
  alertSilences?: Maybe<Array<AlertSilence>>;
  /** A project's alerts (project) or the node and cluster alerts (scope), newest change first. */
  alerts: AlertConnection;
  /**
   * Cluster and control-plane series (cluster_*, apiserver_*, etcd_*, scheduler_* names of
   * `metricCatalog(level: CLUSTER)`): platform admins only (FORBIDDEN otherwise).
   */
  clusterMetrics?: Maybe<Array<MetricSeries>>;
  /** What each level offers: names, units, descriptions (the names `series` and `clusterMetrics` accept). */
  metricCatalog: Array<MetricDescriptor>;
  /**
   * Top objects of a level by CPU, memory or network, highest first unless `order: ASC`, paged.
   * Only what the caller may see is ranked: nodes for platform admins, workspaces the caller holds
   * view-monitoring in, projects (optionally of one `workspace`), workloads and pods of the projects
   * the caller may read metrics of (optionally one `project`; workloads optionally of one `workloadKind`).
   * Objects without data are left out. BAD_USER_INPUT for a name that is not a Kubernetes name.
   */
  metricRanking?: Maybe<RankedObjectConnection>;
  /** A workspace's channels (workspace), or the platform's (no workspace, platform admins). */
  notificationChannels: Array<NotificationChannel>;
};


export type QueryAlertMetricPreviewArgs = {
  metric: Scalars['String']['input'];
  project?: InputMaybe<Scalars['String']['input']>;
  scope: AlertScope;
  target?: InputMaybe<Scalars['String']['input']>;
};


export type QueryAlertMetricsArgs = {
  scope?: InputMaybe<AlertScope>;
};


export type QueryAlertRuleArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAlertRulesArgs = {
  project?: InputMaybe<Scalars['String']['input']>;
  scope?: InputMaybe<AlertScope>;
};


export type QueryAlertSilencesArgs = {
  project?: InputMaybe<Scalars['String']['input']>;
  scope?: InputMaybe<AlertScope>;
};


export type QueryAlertsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  project?: InputMaybe<Scalars['String']['input']>;
  scope?: InputMaybe<AlertScope>;
  state?: InputMaybe<AlertState>;
};


export type QueryClusterMetricsArgs = {
  names: Array<Scalars['String']['input']>;
  range?: InputMaybe<MetricRange>;
};


export type QueryMetricCatalogArgs = {
  level?: InputMaybe<MetricLevel>;
};


export type QueryMetricRankingArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  level: RankLevel;
  metric: RankMetric;
  order?: InputMaybe<SortDirection>;
  project?: InputMaybe<Scalars['String']['input']>;
  workloadKind?: InputMaybe<WorkloadKind>;
  workspace?: InputMaybe<Scalars['String']['input']>;
};


export type QueryNotificationChannelsArgs = {
  workspace?: InputMaybe<Scalars['String']['input']>;
};

export type RankLevel =
  | 'NODE'
  | 'POD'
  | 'PROJECT'
  | 'WORKLOAD'
  | 'WORKSPACE';

export type RankMetric =
  | 'CPU'
  | 'MEMORY'
  | 'NET_RECEIVED'
  | 'NET_TRANSMITTED';

export type RankedObject = {
  __typename?: 'RankedObject';
  daemonSet?: Maybe<DaemonSet>;
  /** The ranked workload itself (level WORKLOAD), by its kind; null for the other kinds. */
  deployment?: Maybe<Deployment>;
  /** The ranked metric's KubeSphere name and unit, and its current value. */
  metric: Scalars['String']['output'];
  /** The node, workspace, project, workload or pod name. */
  name: Scalars['String']['output'];
  /** The project of a workload or pod. */
  namespace?: Maybe<Scalars['String']['output']>;
  /**
   * The ranked pod itself (level POD): an entity reference the gateway resolves from the workloads
   * subgraph, so a pod list sorted by usage is this ranking with the pod's own fields joined in.
   */
  pod?: Maybe<Pod>;
  statefulSet?: Maybe<StatefulSet>;
  unit: Scalars['String']['output'];
  value: Scalars['Float']['output'];
  /** A workload's kind. */
  workloadKind?: Maybe<WorkloadKind>;
};

export type RankedObjectConnection = {
  __typename?: 'RankedObjectConnection';
  edges: Array<RankedObjectEdge>;
  nodes: Array<RankedObject>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type RankedObjectEdge = {
  __typename?: 'RankedObjectEdge';
  cursor: Scalars['String']['output'];
  node: RankedObject;
};

export type Sample = {
  __typename?: 'Sample';
  /** ISO-8601 time of the sample. */
  timestamp: Scalars['String']['output'];
  value: Scalars['Float']['output'];
};

export type SortDirection =
  | 'ASC'
  | 'DESC';

export type StatefulSet = {
  __typename?: 'StatefulSet';
  metrics?: Maybe<WorkloadMetrics>;
  name: Scalars['String']['output'];
  namespace: Scalars['String']['output'];
};

export type Subscription = {
  __typename?: 'Subscription';
  /** Alerts of a project (project) or the node and cluster alerts (scope NODE or CLUSTER) as they change. */
  alertsChanged: AlertChange;
};


export type SubscriptionAlertsChangedArgs = {
  project?: InputMaybe<Scalars['String']['input']>;
  scope?: InputMaybe<AlertScope>;
};

export type WebhookChannelInput = {
  /**
   * The endpoint, with its token where it has one (DingTalk's access_token, WeCom's key, Slack's
   * path). Stored encrypted, never returned, never logged (the audit log redacts it by its name).
   */
  urlWithToken: Scalars['String']['input'];
};

export type WorkloadKind =
  | 'DAEMONSET'
  | 'DEPLOYMENT'
  | 'STATEFULSET';

export type WorkloadMetrics = {
  __typename?: 'WorkloadMetrics';
  /** workload_* names of `metricCatalog(level: WORKLOAD)`. */
  series?: Maybe<Array<MetricSeries>>;
};


export type WorkloadMetricsSeriesArgs = {
  names: Array<Scalars['String']['input']>;
  range?: InputMaybe<MetricRange>;
};

/** Monitoring's part of a workspace (owned by tenancy): callers holding view-monitoring in it. */
export type Workspace = {
  __typename?: 'Workspace';
  metrics?: Maybe<WorkspaceMetrics>;
  name: Scalars['String']['output'];
};

export type WorkspaceMetrics = {
  __typename?: 'WorkspaceMetrics';
  series?: Maybe<Array<MetricSeries>>;
};


export type WorkspaceMetricsSeriesArgs = {
  names: Array<Scalars['String']['input']>;
  range?: InputMaybe<MetricRange>;
};

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
  DaemonSet: DaemonSet;
  Deployment: Deployment;
  Node: Node;
  Pod: Pod;
  Project: Project;
  StatefulSet: StatefulSet;
  Workspace: Workspace;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  DaemonSet:
    ( { __typename: 'DaemonSet' }
    & GraphQLRecursivePick<FederationTypes['DaemonSet'], {"namespace":true,"name":true}> );
  Deployment:
    ( { __typename: 'Deployment' }
    & GraphQLRecursivePick<FederationTypes['Deployment'], {"namespace":true,"name":true}> );
  Node:
    ( { __typename: 'Node' }
    & GraphQLRecursivePick<FederationTypes['Node'], {"name":true}> );
  Pod:
    ( { __typename: 'Pod' }
    & GraphQLRecursivePick<FederationTypes['Pod'], {"namespace":true,"name":true}> );
  Project:
    ( { __typename: 'Project' }
    & GraphQLRecursivePick<FederationTypes['Project'], {"name":true}> );
  StatefulSet:
    ( { __typename: 'StatefulSet' }
    & GraphQLRecursivePick<FederationTypes['StatefulSet'], {"namespace":true,"name":true}> );
  Workspace:
    ( { __typename: 'Workspace' }
    & GraphQLRecursivePick<FederationTypes['Workspace'], {"name":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Alert: ResolverTypeWrapper<AlertModel>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  AlertChange: ResolverTypeWrapper<AlertChangeModel>;
  AlertCondition: AlertCondition;
  AlertConnection: ResolverTypeWrapper<Omit<AlertConnection, 'edges'> & { edges: Array<ResolversTypes['AlertEdge']> }>;
  AlertEdge: ResolverTypeWrapper<Omit<AlertEdge, 'node'> & { node: ResolversTypes['Alert'] }>;
  AlertLabel: ResolverTypeWrapper<AlertLabel>;
  AlertMetric: ResolverTypeWrapper<AlertMetric>;
  AlertRule: ResolverTypeWrapper<AlertRuleModel>;
  AlertRuleInput: AlertRuleInput;
  AlertScope: AlertScope;
  AlertSeverity: AlertSeverity;
  AlertSilence: ResolverTypeWrapper<AlertSilenceModel>;
  AlertState: AlertState;
  AlertTargetKind: AlertTargetKind;
  AlertTransition: ResolverTypeWrapper<AlertTransition>;
  AlertValue: ResolverTypeWrapper<AlertValue>;
  ContainerMetrics: ResolverTypeWrapper<ContainerMetrics>;
  DaemonSet: ResolverTypeWrapper<Omit<DaemonSet, 'metrics'> & { metrics?: Maybe<ResolversTypes['WorkloadMetrics']> }>;
  Deployment: ResolverTypeWrapper<Omit<Deployment, 'metrics'> & { metrics?: Maybe<ResolversTypes['WorkloadMetrics']> }>;
  EmailChannelInput: EmailChannelInput;
  MetricDescriptor: ResolverTypeWrapper<MetricDescriptor>;
  MetricLevel: MetricLevel;
  MetricPoint: ResolverTypeWrapper<MetricPoint>;
  MetricRange: MetricRange;
  MetricSeries: ResolverTypeWrapper<MetricSeries>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Node: ResolverTypeWrapper<Omit<Node, 'metrics'> & { metrics?: Maybe<ResolversTypes['NodeMetrics']> }>;
  NodeMetrics: ResolverTypeWrapper<MetricsScopeModel>;
  NotificationChannel: ResolverTypeWrapper<NotificationChannelModel>;
  NotificationChannelInput: NotificationChannelInput;
  NotificationChannelType: NotificationChannelType;
  NotificationDelivery: ResolverTypeWrapper<NotificationDeliveryModel>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Pod: ResolverTypeWrapper<Omit<Pod, 'metrics'> & { metrics?: Maybe<ResolversTypes['PodMetrics']> }>;
  PodMetrics: ResolverTypeWrapper<PodMetricsModel>;
  Project: ResolverTypeWrapper<ProjectRefModel>;
  ProjectMetrics: ResolverTypeWrapper<ProjectMetricsModel>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RankLevel: RankLevel;
  RankMetric: RankMetric;
  RankedObject: ResolverTypeWrapper<RankedObjectModel>;
  RankedObjectConnection: ResolverTypeWrapper<Omit<RankedObjectConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['RankedObjectEdge']>, nodes: Array<ResolversTypes['RankedObject']> }>;
  RankedObjectEdge: ResolverTypeWrapper<Omit<RankedObjectEdge, 'node'> & { node: ResolversTypes['RankedObject'] }>;
  Sample: ResolverTypeWrapper<Sample>;
  SortDirection: SortDirection;
  StatefulSet: ResolverTypeWrapper<Omit<StatefulSet, 'metrics'> & { metrics?: Maybe<ResolversTypes['WorkloadMetrics']> }>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  WebhookChannelInput: WebhookChannelInput;
  WorkloadKind: WorkloadKind;
  WorkloadMetrics: ResolverTypeWrapper<MetricsScopeModel>;
  Workspace: ResolverTypeWrapper<Omit<Workspace, 'metrics'> & { metrics?: Maybe<ResolversTypes['WorkspaceMetrics']> }>;
  WorkspaceMetrics: ResolverTypeWrapper<MetricsScopeModel>;
  federation__FieldSet: ResolverTypeWrapper<Scalars['federation__FieldSet']['output']>;
  link__Import: ResolverTypeWrapper<Scalars['link__Import']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Alert: AlertModel;
  Int: Scalars['Int']['output'];
  ID: Scalars['ID']['output'];
  Float: Scalars['Float']['output'];
  AlertChange: AlertChangeModel;
  AlertConnection: Omit<AlertConnection, 'edges'> & { edges: Array<ResolversParentTypes['AlertEdge']> };
  AlertEdge: Omit<AlertEdge, 'node'> & { node: ResolversParentTypes['Alert'] };
  AlertLabel: AlertLabel;
  AlertMetric: AlertMetric;
  AlertRule: AlertRuleModel;
  AlertRuleInput: AlertRuleInput;
  AlertSilence: AlertSilenceModel;
  AlertTransition: AlertTransition;
  AlertValue: AlertValue;
  ContainerMetrics: ContainerMetrics;
  DaemonSet: Omit<DaemonSet, 'metrics'> & { metrics?: Maybe<ResolversParentTypes['WorkloadMetrics']> } | FederationReferenceTypes['DaemonSet'];
  Deployment: Omit<Deployment, 'metrics'> & { metrics?: Maybe<ResolversParentTypes['WorkloadMetrics']> } | FederationReferenceTypes['Deployment'];
  EmailChannelInput: EmailChannelInput;
  MetricDescriptor: MetricDescriptor;
  MetricPoint: MetricPoint;
  MetricRange: MetricRange;
  MetricSeries: MetricSeries;
  Mutation: Record<PropertyKey, never>;
  Node: Omit<Node, 'metrics'> & { metrics?: Maybe<ResolversParentTypes['NodeMetrics']> } | FederationReferenceTypes['Node'];
  NodeMetrics: MetricsScopeModel;
  NotificationChannel: NotificationChannelModel;
  NotificationChannelInput: NotificationChannelInput;
  NotificationDelivery: NotificationDeliveryModel;
  PageInfo: PageInfo;
  Pod: Omit<Pod, 'metrics'> & { metrics?: Maybe<ResolversParentTypes['PodMetrics']> } | FederationReferenceTypes['Pod'];
  PodMetrics: PodMetricsModel;
  Project: ProjectRefModel;
  ProjectMetrics: ProjectMetricsModel;
  Query: Record<PropertyKey, never>;
  RankedObject: RankedObjectModel;
  RankedObjectConnection: Omit<RankedObjectConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['RankedObjectEdge']>, nodes: Array<ResolversParentTypes['RankedObject']> };
  RankedObjectEdge: Omit<RankedObjectEdge, 'node'> & { node: ResolversParentTypes['RankedObject'] };
  Sample: Sample;
  StatefulSet: Omit<StatefulSet, 'metrics'> & { metrics?: Maybe<ResolversParentTypes['WorkloadMetrics']> } | FederationReferenceTypes['StatefulSet'];
  Subscription: Record<PropertyKey, never>;
  WebhookChannelInput: WebhookChannelInput;
  WorkloadMetrics: MetricsScopeModel;
  Workspace: Omit<Workspace, 'metrics'> & { metrics?: Maybe<ResolversParentTypes['WorkspaceMetrics']> } | FederationReferenceTypes['Workspace'];
  WorkspaceMetrics: MetricsScopeModel;
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

export type AlertResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Alert'] = ResolversParentTypes['Alert']> = ResolversObject<{
  activeAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['AlertTransition']>, ParentType, ContextType, Partial<AlertHistoryArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  labels?: Resolver<Array<ResolversTypes['AlertLabel']>, ParentType, ContextType>;
  resolvedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['AlertRule'], ParentType, ContextType>;
  silenced?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['AlertState'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type AlertChangeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AlertChange'] = ResolversParentTypes['AlertChange']> = ResolversObject<{
  alert?: Resolver<ResolversTypes['Alert'], ParentType, ContextType>;
}>;

export type AlertConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AlertConnection'] = ResolversParentTypes['AlertConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AlertEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AlertEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AlertEdge'] = ResolversParentTypes['AlertEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Alert'], ParentType, ContextType>;
}>;

export type AlertLabelResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AlertLabel'] = ResolversParentTypes['AlertLabel']> = ResolversObject<{
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AlertMetricResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AlertMetric'] = ResolversParentTypes['AlertMetric']> = ResolversObject<{
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['AlertScope'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['AlertTargetKind'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AlertRuleResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AlertRule'] = ResolversParentTypes['AlertRule']> = ResolversObject<{
  channels?: Resolver<Array<ResolversTypes['NotificationChannel']>, ParentType, ContextType>;
  condition?: Resolver<ResolversTypes['AlertCondition'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currentValues?: Resolver<Maybe<Array<ResolversTypes['AlertValue']>>, ParentType, ContextType>;
  enabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  expression?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  forSeconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  metric?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  project?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  repeatIntervalSeconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['AlertScope'], ParentType, ContextType>;
  severity?: Resolver<ResolversTypes['AlertSeverity'], ParentType, ContextType>;
  target?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  threshold?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  viewerCanManage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type AlertSilenceResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AlertSilence'] = ResolversParentTypes['AlertSilence']> = ResolversObject<{
  comment?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  endsAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['AlertRule'], ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  target?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type AlertTransitionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AlertTransition'] = ResolversParentTypes['AlertTransition']> = ResolversObject<{
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['AlertState'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type AlertValueResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AlertValue'] = ResolversParentTypes['AlertValue']> = ResolversObject<{
  target?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type ContainerMetricsResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ContainerMetrics'] = ResolversParentTypes['ContainerMetrics']> = ResolversObject<{
  container?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  series?: Resolver<Array<ResolversTypes['MetricSeries']>, ParentType, ContextType>;
}>;

export type DaemonSetResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['DaemonSet'] = ResolversParentTypes['DaemonSet'], FederationReferenceType extends FederationReferenceTypes['DaemonSet'] = FederationReferenceTypes['DaemonSet']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['DaemonSet']> | FederationReferenceType, FederationReferenceType, ContextType>;
  metrics?: Resolver<Maybe<ResolversTypes['WorkloadMetrics']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  namespace?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type DeploymentResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Deployment'] = ResolversParentTypes['Deployment'], FederationReferenceType extends FederationReferenceTypes['Deployment'] = FederationReferenceTypes['Deployment']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Deployment']> | FederationReferenceType, FederationReferenceType, ContextType>;
  metrics?: Resolver<Maybe<ResolversTypes['WorkloadMetrics']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  namespace?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MetricDescriptorResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['MetricDescriptor'] = ResolversParentTypes['MetricDescriptor']> = ResolversObject<{
  clusterAdmin?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['MetricLevel'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  workloadKind?: Resolver<Maybe<ResolversTypes['WorkloadKind']>, ParentType, ContextType>;
}>;

export type MetricPointResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['MetricPoint'] = ResolversParentTypes['MetricPoint']> = ResolversObject<{
  timestamp?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type MetricSeriesResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['MetricSeries'] = ResolversParentTypes['MetricSeries']> = ResolversObject<{
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  points?: Resolver<Maybe<Array<ResolversTypes['MetricPoint']>>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  createAlertRule?: Resolver<ResolversTypes['AlertRule'], ParentType, ContextType, RequireFields<MutationCreateAlertRuleArgs, 'input'>>;
  createAlertSilence?: Resolver<ResolversTypes['AlertSilence'], ParentType, ContextType, RequireFields<MutationCreateAlertSilenceArgs, 'endsAt' | 'ruleId'>>;
  createNotificationChannel?: Resolver<ResolversTypes['NotificationChannel'], ParentType, ContextType, RequireFields<MutationCreateNotificationChannelArgs, 'input'>>;
  deleteAlertRule?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteAlertRuleArgs, 'id'>>;
  deleteNotificationChannel?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteNotificationChannelArgs, 'id'>>;
  expireAlertSilence?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationExpireAlertSilenceArgs, 'id'>>;
  testNotificationChannel?: Resolver<ResolversTypes['NotificationDelivery'], ParentType, ContextType, RequireFields<MutationTestNotificationChannelArgs, 'id'>>;
  updateAlertRule?: Resolver<ResolversTypes['AlertRule'], ParentType, ContextType, RequireFields<MutationUpdateAlertRuleArgs, 'id' | 'input'>>;
}>;

export type NodeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node'], FederationReferenceType extends FederationReferenceTypes['Node'] = FederationReferenceTypes['Node']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Node']> | FederationReferenceType, FederationReferenceType, ContextType>;
  metrics?: Resolver<Maybe<ResolversTypes['NodeMetrics']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type NodeMetricsResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['NodeMetrics'] = ResolversParentTypes['NodeMetrics']> = ResolversObject<{
  series?: Resolver<Maybe<Array<ResolversTypes['MetricSeries']>>, ParentType, ContextType, RequireFields<NodeMetricsSeriesArgs, 'names'>>;
}>;

export type NotificationChannelResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['NotificationChannel'] = ResolversParentTypes['NotificationChannel']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  deliveries?: Resolver<Array<ResolversTypes['NotificationDelivery']>, ParentType, ContextType, Partial<NotificationChannelDeliveriesArgs>>;
  endpoint?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hasSecret?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recipients?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['NotificationChannelType'], ParentType, ContextType>;
  workspace?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type NotificationDeliveryResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['NotificationDelivery'] = ResolversParentTypes['NotificationDelivery']> = ResolversObject<{
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  deliveredAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lastError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PodResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Pod'] = ResolversParentTypes['Pod'], FederationReferenceType extends FederationReferenceTypes['Pod'] = FederationReferenceTypes['Pod']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Pod']> | FederationReferenceType, FederationReferenceType, ContextType>;
  metrics?: Resolver<Maybe<ResolversTypes['PodMetrics']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  namespace?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PodMetricsResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PodMetrics'] = ResolversParentTypes['PodMetrics']> = ResolversObject<{
  containers?: Resolver<Maybe<Array<ResolversTypes['ContainerMetrics']>>, ParentType, ContextType, RequireFields<PodMetricsContainersArgs, 'names'>>;
  cpu?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  cpuRange?: Resolver<Maybe<Array<ResolversTypes['Sample']>>, ParentType, ContextType, RequireFields<PodMetricsCpuRangeArgs, 'start' | 'step'>>;
  memory?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  memoryRange?: Resolver<Maybe<Array<ResolversTypes['Sample']>>, ParentType, ContextType, RequireFields<PodMetricsMemoryRangeArgs, 'start' | 'step'>>;
  networkReceiveBytesPerSecond?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  networkTransmitBytesPerSecond?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  series?: Resolver<Maybe<Array<ResolversTypes['MetricSeries']>>, ParentType, ContextType, RequireFields<PodMetricsSeriesArgs, 'names'>>;
}>;

export type ProjectResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Project'] = ResolversParentTypes['Project'], FederationReferenceType extends FederationReferenceTypes['Project'] = FederationReferenceTypes['Project']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Project']> | FederationReferenceType, FederationReferenceType, ContextType>;
  metrics?: Resolver<Maybe<ResolversTypes['ProjectMetrics']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  viewerCanManageAlerting?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type ProjectMetricsResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ProjectMetrics'] = ResolversParentTypes['ProjectMetrics']> = ResolversObject<{
  cpu?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  cpuRange?: Resolver<Maybe<Array<ResolversTypes['Sample']>>, ParentType, ContextType, RequireFields<ProjectMetricsCpuRangeArgs, 'start' | 'step'>>;
  memory?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  memoryRange?: Resolver<Maybe<Array<ResolversTypes['Sample']>>, ParentType, ContextType, RequireFields<ProjectMetricsMemoryRangeArgs, 'start' | 'step'>>;
  podCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  series?: Resolver<Maybe<Array<ResolversTypes['MetricSeries']>>, ParentType, ContextType, RequireFields<ProjectMetricsSeriesArgs, 'names'>>;
}>;

export type QueryResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  alertMetricPreview?: Resolver<Maybe<Array<ResolversTypes['AlertValue']>>, ParentType, ContextType, RequireFields<QueryAlertMetricPreviewArgs, 'metric' | 'scope'>>;
  alertMetrics?: Resolver<Array<ResolversTypes['AlertMetric']>, ParentType, ContextType, Partial<QueryAlertMetricsArgs>>;
  alertRule?: Resolver<Maybe<ResolversTypes['AlertRule']>, ParentType, ContextType, RequireFields<QueryAlertRuleArgs, 'id'>>;
  alertRules?: Resolver<Array<ResolversTypes['AlertRule']>, ParentType, ContextType, Partial<QueryAlertRulesArgs>>;
  alertSilences?: Resolver<Maybe<Array<ResolversTypes['AlertSilence']>>, ParentType, ContextType, Partial<QueryAlertSilencesArgs>>;
  alerts?: Resolver<ResolversTypes['AlertConnection'], ParentType, ContextType, Partial<QueryAlertsArgs>>;
  clusterMetrics?: Resolver<Maybe<Array<ResolversTypes['MetricSeries']>>, ParentType, ContextType, RequireFields<QueryClusterMetricsArgs, 'names'>>;
  metricCatalog?: Resolver<Array<ResolversTypes['MetricDescriptor']>, ParentType, ContextType, Partial<QueryMetricCatalogArgs>>;
  metricRanking?: Resolver<Maybe<ResolversTypes['RankedObjectConnection']>, ParentType, ContextType, RequireFields<QueryMetricRankingArgs, 'first' | 'level' | 'metric' | 'order'>>;
  notificationChannels?: Resolver<Array<ResolversTypes['NotificationChannel']>, ParentType, ContextType, Partial<QueryNotificationChannelsArgs>>;
}>;

export type RankedObjectResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['RankedObject'] = ResolversParentTypes['RankedObject']> = ResolversObject<{
  daemonSet?: Resolver<Maybe<ResolversTypes['DaemonSet']>, ParentType, ContextType>;
  deployment?: Resolver<Maybe<ResolversTypes['Deployment']>, ParentType, ContextType>;
  metric?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  namespace?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pod?: Resolver<Maybe<ResolversTypes['Pod']>, ParentType, ContextType>;
  statefulSet?: Resolver<Maybe<ResolversTypes['StatefulSet']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  workloadKind?: Resolver<Maybe<ResolversTypes['WorkloadKind']>, ParentType, ContextType>;
}>;

export type RankedObjectConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['RankedObjectConnection'] = ResolversParentTypes['RankedObjectConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['RankedObjectEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['RankedObject']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RankedObjectEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['RankedObjectEdge'] = ResolversParentTypes['RankedObjectEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['RankedObject'], ParentType, ContextType>;
}>;

export type SampleResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Sample'] = ResolversParentTypes['Sample']> = ResolversObject<{
  timestamp?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type StatefulSetResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['StatefulSet'] = ResolversParentTypes['StatefulSet'], FederationReferenceType extends FederationReferenceTypes['StatefulSet'] = FederationReferenceTypes['StatefulSet']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['StatefulSet']> | FederationReferenceType, FederationReferenceType, ContextType>;
  metrics?: Resolver<Maybe<ResolversTypes['WorkloadMetrics']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  namespace?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SubscriptionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  alertsChanged?: SubscriptionResolver<ResolversTypes['AlertChange'], "alertsChanged", ParentType, ContextType, Partial<SubscriptionAlertsChangedArgs>>;
}>;

export type WorkloadMetricsResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['WorkloadMetrics'] = ResolversParentTypes['WorkloadMetrics']> = ResolversObject<{
  series?: Resolver<Maybe<Array<ResolversTypes['MetricSeries']>>, ParentType, ContextType, RequireFields<WorkloadMetricsSeriesArgs, 'names'>>;
}>;

export type WorkspaceResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Workspace'] = ResolversParentTypes['Workspace'], FederationReferenceType extends FederationReferenceTypes['Workspace'] = FederationReferenceTypes['Workspace']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Workspace']> | FederationReferenceType, FederationReferenceType, ContextType>;
  metrics?: Resolver<Maybe<ResolversTypes['WorkspaceMetrics']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type WorkspaceMetricsResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['WorkspaceMetrics'] = ResolversParentTypes['WorkspaceMetrics']> = ResolversObject<{
  series?: Resolver<Maybe<Array<ResolversTypes['MetricSeries']>>, ParentType, ContextType, RequireFields<WorkspaceMetricsSeriesArgs, 'names'>>;
}>;

export interface Federation__FieldSetScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['federation__FieldSet'], any> {
  name: 'federation__FieldSet';
}

export interface Link__ImportScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['link__Import'], any> {
  name: 'link__Import';
}

export type Resolvers<ContextType = SubgraphContext> = ResolversObject<{
  Alert?: AlertResolvers<ContextType>;
  AlertChange?: AlertChangeResolvers<ContextType>;
  AlertConnection?: AlertConnectionResolvers<ContextType>;
  AlertEdge?: AlertEdgeResolvers<ContextType>;
  AlertLabel?: AlertLabelResolvers<ContextType>;
  AlertMetric?: AlertMetricResolvers<ContextType>;
  AlertRule?: AlertRuleResolvers<ContextType>;
  AlertSilence?: AlertSilenceResolvers<ContextType>;
  AlertTransition?: AlertTransitionResolvers<ContextType>;
  AlertValue?: AlertValueResolvers<ContextType>;
  ContainerMetrics?: ContainerMetricsResolvers<ContextType>;
  DaemonSet?: DaemonSetResolvers<ContextType>;
  Deployment?: DeploymentResolvers<ContextType>;
  MetricDescriptor?: MetricDescriptorResolvers<ContextType>;
  MetricPoint?: MetricPointResolvers<ContextType>;
  MetricSeries?: MetricSeriesResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  NodeMetrics?: NodeMetricsResolvers<ContextType>;
  NotificationChannel?: NotificationChannelResolvers<ContextType>;
  NotificationDelivery?: NotificationDeliveryResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Pod?: PodResolvers<ContextType>;
  PodMetrics?: PodMetricsResolvers<ContextType>;
  Project?: ProjectResolvers<ContextType>;
  ProjectMetrics?: ProjectMetricsResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RankedObject?: RankedObjectResolvers<ContextType>;
  RankedObjectConnection?: RankedObjectConnectionResolvers<ContextType>;
  RankedObjectEdge?: RankedObjectEdgeResolvers<ContextType>;
  Sample?: SampleResolvers<ContextType>;
  StatefulSet?: StatefulSetResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  WorkloadMetrics?: WorkloadMetricsResolvers<ContextType>;
  Workspace?: WorkspaceResolvers<ContextType>;
  WorkspaceMetrics?: WorkspaceMetricsResolvers<ContextType>;
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
