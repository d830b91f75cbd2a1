/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AlertCondition =
  | 'GT'
  | 'GTE'
  | 'LT'
  | 'LTE';

export type AlertRuleInput = {
  /** Channels of the project's workspace (PROJECT rules) or of the platform (NODE, CLUSTER). */
  channelIds: Array<string | number>;
  condition: AlertCondition;
  enabled?: boolean;
  /** How long the condition must hold before the alert fires (0..86400). */
  forSeconds: number;
  metric: string;
  name: string;
  /** Required for PROJECT rules. */
  project?: string | null | undefined;
  /** How often a firing alert is notified again (60..604800 seconds). */
  repeatIntervalSeconds: number;
  scope: AlertScope;
  severity: AlertSeverity;
  /** A pod, workload or node name (as the metric's target kind says); omitted: every one. */
  target?: string | null | undefined;
  threshold: number;
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

/** What an API token may do: READ_ONLY refuses every mutation; READ_WRITE acts as its user. */
export type ApiTokenScope =
  | 'READ_ONLY'
  | 'READ_WRITE';

export type ApiTokenStatus =
  | 'ACTIVE'
  | 'EXPIRED'
  | 'REVOKED';

/** How the author of an audited change signed in. */
export type AuditCredential =
  | 'ANONYMOUS'
  | 'SESSION'
  | 'TOKEN';

export type AuditEventFilter = {
  /** ISO 8601 time, inclusive. */
  from?: string | null | undefined;
  /** The mutation's field name, e.g. createSecret. */
  operation?: string | null | undefined;
  project?: string | null | undefined;
  /** ok, or an error code (FORBIDDEN, NOT_FOUND, ...). */
  result?: string | null | undefined;
  /** ISO 8601 time, exclusive. */
  to?: string | null | undefined;
  /** Username of who did it. */
  user?: string | null | undefined;
  workspace?: string | null | undefined;
};

export type AuditSearchFilter = {
  /** RFC 3339, inclusive. */
  from?: string | null | undefined;
  /** Every word of it somewhere in the record: names, operation, result, arguments (case-insensitive). */
  keyword?: string | null | undefined;
  /** Mutation field names, e.g. createSecret. */
  operations?: Array<string> | null | undefined;
  /** Only records of these projects (each one the caller administers, or whose workspace they do). */
  projects?: Array<string> | null | undefined;
  /** ok, or error codes (FORBIDDEN, NOT_FOUND, ...). */
  results?: Array<string> | null | undefined;
  /** RFC 3339, exclusive. */
  to?: string | null | undefined;
  /** Usernames of who did it. */
  users?: Array<string> | null | undefined;
  /** Only records of these workspaces (each one the caller administers). */
  workspaces?: Array<string> | null | undefined;
};

export type ConfigMapInput = {
  annotations?: Array<KeyValueInput> | null | undefined;
  data: Array<KeyValueInput>;
  labels?: Array<KeyValueInput> | null | undefined;
  name: string;
};

export type ContainerInput = {
  args?: Array<string> | null | undefined;
  command?: Array<string> | null | undefined;
  env?: Array<EnvVarInput> | null | undefined;
  /** Every entry of these ConfigMaps / Secrets as environment variables. */
  envFromConfigMaps?: Array<string> | null | undefined;
  envFromSecrets?: Array<string> | null | undefined;
  image: string;
  livenessProbe?: ProbeInput | null | undefined;
  /** Defaults to main (c1, c2, … for the others). */
  name?: string | null | undefined;
  ports?: Array<ContainerPortInput> | null | undefined;
  readinessProbe?: ProbeInput | null | undefined;
  resources?: ResourcesInput | null | undefined;
  volumeMounts?: Array<VolumeMountInput> | null | undefined;
};

export type ContainerPortInput = {
  containerPort: number;
  name?: string | null | undefined;
  protocol?: string | null | undefined;
};

export type CreateApiTokenInput = {
  /** Days until it expires: 1 to 365. */
  expiresInDays: number;
  /** 1 to 100 characters, e.g. what uses it: grafana, nightly-report. */
  name: string;
  /** Project names it is limited to (each one the caller may see); omit or null for all of the caller's projects. */
  projects?: Array<string> | null | undefined;
  scope: ApiTokenScope;
};

export type CreateRoleInput = {
  bundles: Array<PermissionBundle>;
  description?: string | null | undefined;
  /** A DNS-1123 label, not a built-in role name. */
  name: string;
  /** The project (scope PROJECT only). */
  project?: string | null | undefined;
  scope: RoleScope;
  /** The workspace (scope WORKSPACE); for PROJECT it may be omitted (the project's workspace). */
  workspace?: string | null | undefined;
};

export type CreateUserInput = {
  /** Defaults to the username. */
  displayName?: string | null | undefined;
  email: string;
  /**
   * A temporary password: the user must choose a new one at first sign-in (until then every
   * operation but changePassword, logout and me answers PASSWORD_CHANGE_REQUIRED).
   */
  mustChangePassword?: boolean | null | undefined;
  /** At least 8 characters, with at least one letter and one digit. */
  password: string;
  platformRole?: PlatformRole;
  /** Lowercase letters, digits and '-', 1 to 63 characters, starting and ending with a letter or digit. */
  username: string;
};

export type CreateWorkspaceInput = {
  description?: string | null | undefined;
  displayName?: string | null | undefined;
  /** A DNS-1123 label: lowercase letters, digits and '-', at most 63 characters. */
  name: string;
};

export type CredentialFilter = {
  /** Case-insensitive substring of the credential id. */
  id?: string | null | undefined;
};

/**
 * Exactly one of usernamePassword, sshKey, secretText, kubeconfig: it says the type. The values
 * go to Jenkins' credentials store and are never returned nor logged.
 */
export type CredentialInput = {
  description?: string | null | undefined;
  /** Letters, digits, '-', '_', '.'; unique in the project. */
  id: string;
  kubeconfig?: KubeconfigInput | null | undefined;
  secretText?: SecretTextInput | null | undefined;
  sshKey?: SshKeyInput | null | undefined;
  usernamePassword?: UsernamePasswordInput | null | undefined;
};

export type CredentialType =
  | 'KUBECONFIG'
  /** A credential Jenkins holds that Meridian does not create (certificates, secret files, …). */
  | 'OTHER'
  | 'SECRET_TEXT'
  | 'SSH_KEY'
  | 'USERNAME_PASSWORD';

export type CronJobInput = {
  annotations?: Array<KeyValueInput> | null | undefined;
  backoffLimit?: number | null | undefined;
  completions?: number | null | undefined;
  labels?: Array<KeyValueInput> | null | undefined;
  name: string;
  parallelism?: number | null | undefined;
  /** Cron syntax, e.g. "*\/5 * * * *". */
  schedule: string;
  suspend?: boolean | null | undefined;
  template: PodTemplateInput;
};

export type DaemonSetInput = {
  annotations?: Array<KeyValueInput> | null | undefined;
  labels?: Array<KeyValueInput> | null | undefined;
  name: string;
  template: PodTemplateInput;
};

/** The pods are labelled app=<name> (plus `labels`), which is also the selector. */
export type DeploymentInput = {
  annotations?: Array<KeyValueInput> | null | undefined;
  labels?: Array<KeyValueInput> | null | undefined;
  name: string;
  replicas?: number | null | undefined;
  template: PodTemplateInput;
};

export type DevOpsProjectFilter = {
  /** Case-insensitive substring of the project name. */
  name?: string | null | undefined;
};

export type DevOpsSort = {
  direction?: SortDirection;
  field?: DevOpsSortField;
};

export type DevOpsSortField =
  /** Projects by their namespace's creation time; credentials in the order they were added. */
  | 'CREATED_AT'
  /** Projects by name, credentials by id. */
  | 'NAME';

export type DiscardPolicyInput = {
  daysToKeep?: number | null | undefined;
  numToKeep?: number | null | undefined;
};

export type EmailChannelInput = {
  from: string;
  smtpHost: string;
  smtpPassword?: string | null | undefined;
  smtpPort: number;
  smtpUser?: string | null | undefined;
  /** STARTTLS (or TLS on 465) required. */
  tls?: boolean | null | undefined;
  to: Array<string>;
};

export type EnvVarInput = {
  /** The value of a ConfigMap entry. */
  configMapKey?: KeyRefInput | null | undefined;
  name: string;
  /** The value of a Secret entry. */
  secretKey?: KeyRefInput | null | undefined;
  value?: string | null | undefined;
};

export type GroupRoleMappingInput = {
  group: string;
  platformRole?: string | null | undefined;
  project?: string | null | undefined;
  projectRole?: string | null | undefined;
  source?: GroupRoleMappingSource | null | undefined;
  workspace?: string | null | undefined;
  workspaceRole?: string | null | undefined;
};

/** Which sign-ins a group → role mapping applies to; both when null. */
export type GroupRoleMappingSource =
  | 'LDAP'
  | 'OIDC';

export type HorizontalPodAutoscalerInput = {
  annotations?: Array<KeyValueInput> | null | undefined;
  /** Average CPU utilization to aim for, percent of requests (80 when neither target is given). */
  cpuUtilization?: number | null | undefined;
  labels?: Array<KeyValueInput> | null | undefined;
  maxReplicas: number;
  memoryUtilization?: number | null | undefined;
  minReplicas?: number | null | undefined;
  name: string;
  /** Deployment (default) or StatefulSet. */
  targetKind?: string | null | undefined;
  targetName: string;
};

export type IngressInput = {
  annotations?: Array<KeyValueInput> | null | undefined;
  ingressClassName?: string | null | undefined;
  labels?: Array<KeyValueInput> | null | undefined;
  name: string;
  rules: Array<IngressRuleInput>;
  tls?: Array<IngressTlsInput> | null | undefined;
};

export type IngressPathInput = {
  path: string;
  /** Prefix (default), Exact or ImplementationSpecific. */
  pathType?: string | null | undefined;
  port: number;
  service: string;
};

export type IngressRuleInput = {
  host?: string | null | undefined;
  paths: Array<IngressPathInput>;
};

export type IngressTlsInput = {
  hosts: Array<string>;
  /** A Secret of type kubernetes.io/tls in the project. */
  secretName: string;
};

export type JobInput = {
  annotations?: Array<KeyValueInput> | null | undefined;
  backoffLimit?: number | null | undefined;
  completions?: number | null | undefined;
  labels?: Array<KeyValueInput> | null | undefined;
  name: string;
  parallelism?: number | null | undefined;
  template: PodTemplateInput;
};

export type KeyRefInput = {
  key: string;
  name: string;
};

export type KeyValueInput = {
  key: string;
  value: string;
};

/**
 * The filters of every list of Kubernetes objects. A kind accepts those its `KubeKind.filters`
 * name; any other given is BAD_USER_INPUT naming it.
 */
export type KubeObjectFilter = {
  /** A Kubernetes label selector, e.g. "app=web,tier in (a,b)". */
  labelSelector?: string | null | undefined;
  /** Case-insensitive substring of the name. */
  name?: string | null | undefined;
  /** The node (Pods). */
  node?: string | null | undefined;
  /** The controlling owner: `name` or `Kind/name`. */
  owner?: string | null | undefined;
  /** The short status (`status.status`), exactly. */
  status?: string | null | undefined;
};

export type KubeconfigInput = {
  content: string;
};

/** Default container resources; each a Kubernetes quantity, or null for none. */
export type LimitRangeInput = {
  defaultLimitCpu?: string | null | undefined;
  defaultLimitMemory?: string | null | undefined;
  defaultRequestCpu?: string | null | undefined;
  defaultRequestMemory?: string | null | undefined;
};

export type LogFilter = {
  containers?: Array<string> | null | undefined;
  end?: string | null | undefined;
  /** Any of these (OR), matched as phrases, case-insensitively. */
  keywords?: Array<string> | null | undefined;
  /** Lines of any of these levels, read from the line's first word (INFO, WARN, ERROR, DEBUG). */
  levels?: Array<LogLevel> | null | undefined;
  /** Projects to search; all the caller may view when absent. */
  namespaces?: Array<string> | null | undefined;
  pods?: Array<string> | null | undefined;
  /** RFC 3339 bounds, inclusive. */
  start?: string | null | undefined;
  /** Only the current pods of this workload (needs exactly one project in `namespaces`). */
  workload?: WorkloadRef | null | undefined;
  /** Only projects of this workspace (the ones of it the caller may view). */
  workspace?: string | null | undefined;
};

/** A line's level, read from its first word (WARNING counts as WARN, FATAL as ERROR, TRACE as DEBUG). */
export type LogLevel =
  | 'DEBUG'
  | 'ERROR'
  | 'INFO'
  | 'WARN';

export type LoginMethodKind =
  | 'LDAP'
  | 'OIDC'
  | 'PASSWORD';

/**
 * A time window for series: `start` (ISO-8601 or Unix seconds) or the `lastSeconds` before `end`
 * (default now, then aligned down to the step), one point every `step` seconds, at most 11,000 points.
 * Without a range a series has only its current `value`.
 */
export type MetricRange = {
  end?: string | null | undefined;
  lastSeconds?: number | null | undefined;
  start?: string | null | undefined;
  step: number;
};

export type NotificationChannelInput = {
  email?: EmailChannelInput | null | undefined;
  name: string;
  type: NotificationChannelType;
  webhook?: WebhookChannelInput | null | undefined;
  /** The workspace; omitted: a platform channel (platform admins). */
  workspace?: string | null | undefined;
};

export type NotificationChannelType =
  | 'DINGTALK'
  | 'EMAIL'
  | 'SLACK'
  | 'WEBHOOK'
  | 'WECOM';

/** A permission bundle: roles (built-in and custom) are sets of these. */
export type PermissionBundle =
  | 'CREATE_PROJECTS'
  | 'MANAGE_ALERTING'
  | 'MANAGE_MEMBERS'
  | 'MANAGE_PIPELINES'
  | 'MANAGE_SETTINGS'
  | 'MANAGE_WORKLOADS'
  | 'VIEW_LOGS'
  | 'VIEW_MONITORING'
  | 'VIEW_PIPELINES'
  | 'VIEW_WORKLOADS';

export type PersistentVolumeClaimInput = {
  /** ReadWriteOnce when omitted. */
  accessModes?: Array<string> | null | undefined;
  annotations?: Array<KeyValueInput> | null | undefined;
  labels?: Array<KeyValueInput> | null | undefined;
  name: string;
  /** e.g. 1Gi */
  storage: string;
  storageClassName?: string | null | undefined;
};

export type PipelineGraphBranchInput = {
  name: string;
  steps: Array<PipelineStepInput>;
};

export type PipelineGraphInput = {
  agent?: string | null | undefined;
  stages: Array<PipelineGraphStageInput>;
};

export type PipelineGraphStageInput = {
  name: string;
  parallel?: Array<PipelineGraphBranchInput> | null | undefined;
  steps?: Array<PipelineStepInput> | null | undefined;
};

/**
 * A pipeline's whole definition: exactly one of scm, jenkinsfile, graph (the graph is written as
 * an inline Jenkinsfile). updatePipeline replaces the definition with this one.
 */
export type PipelineInput = {
  description?: string | null | undefined;
  discard?: DiscardPolicyInput | null | undefined;
  graph?: PipelineGraphInput | null | undefined;
  jenkinsfile?: string | null | undefined;
  name: string;
  parameters?: Array<PipelineParameterDefinitionInput> | null | undefined;
  scm?: PipelineScmInput | null | undefined;
  triggers?: PipelineTriggersInput | null | undefined;
};

export type PipelineInputAction =
  | 'ABORT'
  | 'APPROVE';

export type PipelineInputState =
  | 'ABORTED'
  | 'APPROVED'
  | 'PENDING';

export type PipelineParameterDefinitionInput = {
  choices?: Array<string> | null | undefined;
  defaultValue?: string | null | undefined;
  description?: string | null | undefined;
  name: string;
  type: PipelineParameterType;
};

export type PipelineParameterInput = {
  name: string;
  value: string;
};

export type PipelineParameterType =
  | 'BOOLEAN'
  | 'CHOICE'
  | 'STRING';

/**
 * UNSTABLE builds count as FAILURE and NOT_BUILT as ABORTED: the console shows pass, fail,
 * stopped; Jenkins' finer results stay visible in Jenkins itself.
 */
export type PipelineRunStatus =
  | 'ABORTED'
  | 'FAILURE'
  | 'QUEUED'
  | 'RUNNING'
  | 'SUCCESS';

export type PipelineScmInput = {
  branch?: string | null | undefined;
  credentialId?: string | null | undefined;
  scriptPath?: string | null | undefined;
  url: string;
};

export type PipelineSourceKind =
  /** A Jenkinsfile held in the job itself (CpsFlowDefinition). */
  | 'INLINE'
  /** A Jenkinsfile in a Git repository (CpsScmFlowDefinition). */
  | 'SCM';

export type PipelineStageStatus =
  | 'ABORTED'
  | 'FAILURE'
  | 'NOT_EXECUTED'
  | 'PAUSED'
  | 'RUNNING'
  | 'SUCCESS'
  | 'UNSTABLE';

export type PipelineStepInput = {
  branch?: string | null | undefined;
  context?: string | null | undefined;
  credentialId?: string | null | undefined;
  dockerfile?: string | null | undefined;
  image?: string | null | undefined;
  kind: PipelineStepKind;
  manifest?: string | null | undefined;
  message?: string | null | undefined;
  project?: string | null | undefined;
  script?: string | null | undefined;
  submitter?: string | null | undefined;
  url?: string | null | undefined;
};

export type PipelineStepKind =
  /** docker build and push: image (with tag), dockerfile, context, credentialId (registry) */
  | 'BUILD_IMAGE'
  /** git checkout: url, branch, credentialId */
  | 'CHECKOUT'
  /** kubectl apply of manifest into project, with the kubeconfig credentialId */
  | 'DEPLOY'
  /** wait for approval: message, submitter */
  | 'INPUT'
  /** sh script */
  | 'SHELL';

export type PipelineTriggersInput = {
  cron?: string | null | undefined;
  pollScm?: string | null | undefined;
  /**
   * A webhook trigger. On create, webhookSecret is needed with it; on update, leaving
   * webhookSecret out keeps the current secret.
   */
  webhook?: boolean | null | undefined;
  /** The webhook's secret (at least 16 characters); never returned. */
  webhookSecret?: string | null | undefined;
};

export type PlatformRole =
  | 'PLATFORM_ADMIN'
  | 'PLATFORM_REGULAR'
  | 'PLATFORM_SELF_PROVISIONER';

export type PodEventType =
  | 'ADDED'
  | 'DELETED'
  | 'MODIFIED';

export type PodFilter = {
  /** A Kubernetes label selector, e.g. "app=web,tier in (a,b)". */
  labelSelector?: string | null | undefined;
  /** Case-insensitive substring of the pod name. */
  name?: string | null | undefined;
  /** Name of the node the pod is scheduled on. */
  node?: string | null | undefined;
  /** The controlling owner: `name` or `Kind/name` (e.g. ReplicaSet/web-7d9f8). */
  owner?: string | null | undefined;
  phase?: PodPhase | null | undefined;
  /** The short status (`status.status`), exactly, e.g. CrashLoopBackOff. */
  status?: string | null | undefined;
};

export type PodPhase =
  | 'Failed'
  | 'Pending'
  | 'Running'
  | 'Succeeded'
  | 'Unknown';

export type PodTemplateInput = {
  containers: Array<ContainerInput>;
  imagePullSecrets?: Array<string> | null | undefined;
  nodeSelector?: Array<KeyValueInput> | null | undefined;
  serviceAccountName?: string | null | undefined;
  volumes?: Array<VolumeInput> | null | undefined;
};

export type ProbeInput = {
  /** An exec probe: this command. */
  command?: Array<string> | null | undefined;
  /** An HTTP GET probe on this path (with `port`). */
  httpPath?: string | null | undefined;
  initialDelaySeconds?: number | null | undefined;
  periodSeconds?: number | null | undefined;
  /** The port of an HTTP or TCP probe (80 when omitted). */
  port?: number | null | undefined;
};

export type PropagationPolicy =
  /** Dependents are deleted in the background (the default). */
  | 'BACKGROUND'
  /** The object goes once its dependents are gone. */
  | 'FOREGROUND'
  /** Dependents are left behind. */
  | 'ORPHAN';

export type QuotaLimitInput = {
  /** A Kubernetes quantity: 2, 500m, 4Gi; a whole number for object counts. */
  hard: string;
  resource: string;
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

export type RegistryCredentialsInput = {
  email?: string | null | undefined;
  password: string;
  server: string;
  username: string;
};

export type ResourceChangeType =
  | 'ADDED'
  | 'DELETED'
  | 'MODIFIED';

export type ResourcesInput = {
  cpuLimit?: string | null | undefined;
  /** Quantities as Kubernetes writes them: 100m, 0.5, 128Mi, 1Gi. */
  cpuRequest?: string | null | undefined;
  memoryLimit?: string | null | undefined;
  memoryRequest?: string | null | undefined;
};

export type RoleScope =
  | 'PROJECT'
  | 'WORKSPACE';

/** OPAQUE takes `data` (plain text values), IMAGE_PULL `registry`, TLS `tls`. */
export type SecretInput = {
  annotations?: Array<KeyValueInput> | null | undefined;
  data?: Array<KeyValueInput> | null | undefined;
  labels?: Array<KeyValueInput> | null | undefined;
  name: string;
  registry?: RegistryCredentialsInput | null | undefined;
  tls?: TlsInput | null | undefined;
  type?: SecretKind | null | undefined;
};

export type SecretKind =
  | 'IMAGE_PULL'
  | 'OPAQUE'
  | 'TLS';

export type SecretTextInput = {
  secret: string;
};

export type ServiceInput = {
  annotations?: Array<KeyValueInput> | null | undefined;
  labels?: Array<KeyValueInput> | null | undefined;
  name: string;
  ports: Array<ServicePortInput>;
  /** The pods it routes to; app=<name> when omitted. */
  selector?: Array<KeyValueInput> | null | undefined;
  /** ClusterIP (default), NodePort, LoadBalancer or Headless. */
  type?: string | null | undefined;
};

export type ServicePortInput = {
  name?: string | null | undefined;
  nodePort?: number | null | undefined;
  port: number;
  protocol?: string | null | undefined;
  /** Defaults to `port`. */
  targetPort?: number | null | undefined;
};

export type SortDirection =
  | 'ASC'
  | 'DESC';

/** Build an image from source: a pipeline that checks out gitUrl and builds with builderImage. */
export type SourceToImageInput = {
  branch?: string | null | undefined;
  /** The image that builds the source (e.g. a Node or Java builder). */
  builderImage: string;
  /** Credential id for the Git repository, if it is private. */
  gitCredentialId?: string | null | undefined;
  gitUrl: string;
  /** The pipeline's name. */
  name: string;
  /** Credential id for the image registry. */
  registryCredentialId?: string | null | undefined;
  tag?: string | null | undefined;
  /** Image repository to push to, without tag. */
  targetImage: string;
};

export type SshKeyInput = {
  passphrase?: string | null | undefined;
  privateKey: string;
  username: string;
};

export type StatefulSetInput = {
  annotations?: Array<KeyValueInput> | null | undefined;
  labels?: Array<KeyValueInput> | null | undefined;
  name: string;
  replicas?: number | null | undefined;
  /** The headless Service naming the pods (defaults to the StatefulSet's name). */
  serviceName?: string | null | undefined;
  template: PodTemplateInput;
};

export type TlsInput = {
  /** PEM */
  certificate: string;
  privateKey: string;
};

export type UpdateProjectInput = {
  /** Annotation meridian.io/description. */
  description?: string | null | undefined;
  /** Empty: the project name is shown (annotation meridian.io/display-name). */
  displayName?: string | null | undefined;
};

export type UpdateRoleInput = {
  bundles?: Array<PermissionBundle> | null | undefined;
  description?: string | null | undefined;
};

export type UpdateWorkspaceInput = {
  description?: string | null | undefined;
  /** Empty: the workspace name is shown. */
  displayName?: string | null | undefined;
};

export type UserSort = {
  direction?: SortDirection;
  field?: UserSortField;
};

export type UserSortField =
  | 'CREATED_AT'
  | 'USERNAME';

export type UserSource =
  | 'LDAP'
  | 'LOCAL'
  | 'OIDC';

export type UsernamePasswordInput = {
  password: string;
  username: string;
};

/** A volume: one of persistentVolumeClaim, configMap, secret (by name); none is an emptyDir. */
export type VolumeInput = {
  configMap?: string | null | undefined;
  name: string;
  persistentVolumeClaim?: string | null | undefined;
  secret?: string | null | undefined;
};

export type VolumeMountInput = {
  mountPath: string;
  readOnly?: boolean | null | undefined;
  volume: string;
};

export type WebhookChannelInput = {
  /**
   * The endpoint, with its token where it has one (DingTalk's access_token, WeCom's key, Slack's
   * path). Stored encrypted, never returned, never logged (the audit log redacts it by its name).
   */
  urlWithToken: string;
};

export type WorkloadKind =
  | 'DAEMONSET'
  | 'DEPLOYMENT'
  | 'STATEFULSET';

export type WorkloadRef = {
  kind: WorkloadKind;
  name: string;
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

export type WorkspaceRole =
  | 'WORKSPACE_ADMIN'
  | 'WORKSPACE_REGULAR'
  | 'WORKSPACE_SELF_PROVISIONER'
  | 'WORKSPACE_VIEWER';

export type ApiTokenRow_ApiTokenFragment = { __typename: 'ApiToken', id: string, name: string, prefix: string, scope: ApiTokenScope, projects: Array<string> | null, createdAt: string, expiresAt: string, lastUsedAt: string | null, status: ApiTokenStatus } & { ' $fragmentName'?: 'ApiTokenRow_ApiTokenFragment' };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { __typename: 'Query', me: { __typename: 'User', username: string, displayName: string, platformRole: PlatformRole, canManageUsers: boolean, canChangePassword: boolean, canCreateWorkspace: boolean, canReadAuditLog: boolean, canSearchAuditLog: boolean } | null };

export type ChangePasswordMutationVariables = Exact<{
  oldPassword: string;
  newPassword: string;
}>;


export type ChangePasswordMutation = { __typename: 'Mutation', changePassword: boolean };

export type MyApiTokensQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type MyApiTokensQuery = { __typename: 'Query', myApiTokens: { __typename: 'ApiTokenConnection', totalCount: number, pageInfo: (
      { __typename: 'PageInfo' }
      & { ' $fragmentRefs'?: { 'Pager_PageInfoFragment': Pager_PageInfoFragment } }
    ), edges: Array<{ __typename: 'ApiTokenEdge', node: (
        { __typename: 'ApiToken', id: string }
        & { ' $fragmentRefs'?: { 'ApiTokenRow_ApiTokenFragment': ApiTokenRow_ApiTokenFragment } }
      ) }> } };

export type TokenProjectsQueryVariables = Exact<{ [key: string]: never; }>;


export type TokenProjectsQuery = { __typename: 'Query', workspaces: { __typename: 'WorkspaceConnection', edges: Array<{ __typename: 'WorkspaceEdge', node: { __typename: 'Workspace', name: string, projects: { __typename: 'ProjectConnection', edges: Array<{ __typename: 'ProjectEdge', node: { __typename: 'Project', name: string } }> } | null } }> } };

export type CreateApiTokenMutationVariables = Exact<{
  input: CreateApiTokenInput;
}>;


export type CreateApiTokenMutation = { __typename: 'Mutation', createApiToken: { __typename: 'CreatedApiToken', token: string, apiToken: (
      { __typename: 'ApiToken', id: string }
      & { ' $fragmentRefs'?: { 'ApiTokenRow_ApiTokenFragment': ApiTokenRow_ApiTokenFragment } }
    ) } };

export type RevokeApiTokenMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeApiTokenMutation = { __typename: 'Mutation', revokeApiToken: (
    { __typename: 'ApiToken', id: string }
    & { ' $fragmentRefs'?: { 'ApiTokenRow_ApiTokenFragment': ApiTokenRow_ApiTokenFragment } }
  ) };

export type MySessionsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type MySessionsQuery = { __typename: 'Query', mySessions: { __typename: 'UserSessionConnection', totalCount: number, pageInfo: (
      { __typename: 'PageInfo' }
      & { ' $fragmentRefs'?: { 'Pager_PageInfoFragment': Pager_PageInfoFragment } }
    ), edges: Array<{ __typename: 'UserSessionEdge', node: (
        { __typename: 'UserSession', id: string }
        & { ' $fragmentRefs'?: { 'SessionRow_SessionFragment': SessionRow_SessionFragment } }
      ) }> } };

export type RevokeSessionMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeSessionMutation = { __typename: 'Mutation', revokeSession: boolean };

export type SessionRow_SessionFragment = { __typename: 'UserSession', id: string, createdAt: string, lastSeenAt: string, clientAddress: string | null, userAgent: string | null, method: LoginMethodKind, current: boolean } & { ' $fragmentName'?: 'SessionRow_SessionFragment' };

export type AlertEditorDataQueryVariables = Exact<{
  workspace?: string | null | undefined;
  scope: AlertScope;
}>;


export type AlertEditorDataQuery = { __typename: 'Query', alertMetrics: Array<{ __typename: 'AlertMetric', name: string, target: AlertTargetKind, unit: string, description: string }>, notificationChannels: Array<{ __typename: 'NotificationChannel', id: string, name: string, type: NotificationChannelType }> };

export type AlertMetricPreviewQueryVariables = Exact<{
  scope: AlertScope;
  project?: string | null | undefined;
  metric: string;
  target?: string | null | undefined;
}>;


export type AlertMetricPreviewQuery = { __typename: 'Query', alertMetricPreview: Array<{ __typename: 'AlertValue', target: string, value: number }> | null };

export type AlertRuleItem_RuleFragment = { __typename: 'AlertRule', id: string, name: string, metric: string, target: string | null, condition: AlertCondition, threshold: number, forSeconds: number, severity: AlertSeverity, repeatIntervalSeconds: number, enabled: boolean, viewerCanManage: boolean, channels: Array<{ __typename: 'NotificationChannel', id: string, name: string }> } & { ' $fragmentName'?: 'AlertRuleItem_RuleFragment' };

export type AlertingCapabilityQueryVariables = Exact<{
  project: string;
  isProject: boolean;
}>;


export type AlertingCapabilityQuery = { __typename: 'Query', project?: { __typename: 'Project', name: string, viewerCanManageAlerting: boolean } | null, me: { __typename: 'User', platformRole: PlatformRole } | null };

export type AlertRulesQueryVariables = Exact<{
  project?: string | null | undefined;
  scope?: AlertScope | null | undefined;
}>;


export type AlertRulesQuery = { __typename: 'Query', alertRules: Array<(
    { __typename: 'AlertRule' }
    & { ' $fragmentRefs'?: { 'AlertRuleItem_RuleFragment': AlertRuleItem_RuleFragment } }
  )> };

export type CreateAlertRuleMutationVariables = Exact<{
  input: AlertRuleInput;
}>;


export type CreateAlertRuleMutation = { __typename: 'Mutation', createAlertRule: (
    { __typename: 'AlertRule' }
    & { ' $fragmentRefs'?: { 'AlertRuleItem_RuleFragment': AlertRuleItem_RuleFragment } }
  ) };

export type DeleteAlertRuleMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteAlertRuleMutation = { __typename: 'Mutation', deleteAlertRule: boolean };

export type AlertItem_AlertFragment = { __typename: 'Alert', id: string, state: AlertState, silenced: boolean, target: string, value: number | null, activeAt: string | null, resolvedAt: string | null, updatedAt: string, rule: { __typename: 'AlertRule', id: string, name: string, severity: AlertSeverity, viewerCanManage: boolean } } & { ' $fragmentName'?: 'AlertItem_AlertFragment' };

export type AlertsQueryVariables = Exact<{
  project?: string | null | undefined;
  scope?: AlertScope | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AlertsQuery = { __typename: 'Query', alerts: { __typename: 'AlertConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'AlertEdge', node: (
        { __typename: 'Alert' }
        & { ' $fragmentRefs'?: { 'AlertItem_AlertFragment': AlertItem_AlertFragment } }
      ) }> } };

export type AlertsChangedSubscriptionVariables = Exact<{
  project?: string | null | undefined;
  scope?: AlertScope | null | undefined;
}>;


export type AlertsChangedSubscription = { alertsChanged: { __typename: 'AlertChange', alert: (
      { __typename: 'Alert' }
      & { ' $fragmentRefs'?: { 'AlertItem_AlertFragment': AlertItem_AlertFragment } }
    ) } };

export type SilencesQueryVariables = Exact<{
  project?: string | null | undefined;
  scope?: AlertScope | null | undefined;
}>;


export type SilencesQuery = { __typename: 'Query', alertSilences: Array<{ __typename: 'AlertSilence', id: string, target: string | null, startsAt: string, endsAt: string, state: string, comment: string, createdBy: string, rule: { __typename: 'AlertRule', id: string, name: string, viewerCanManage: boolean } }> | null };

export type CreateAlertSilenceMutationVariables = Exact<{
  ruleId: string | number;
  target?: string | null | undefined;
  endsAt: string;
  comment?: string | null | undefined;
}>;


export type CreateAlertSilenceMutation = { __typename: 'Mutation', createAlertSilence: { __typename: 'AlertSilence', id: string, state: string } };

export type ExpireAlertSilenceMutationVariables = Exact<{
  id: string | number;
}>;


export type ExpireAlertSilenceMutation = { __typename: 'Mutation', expireAlertSilence: boolean };

export type NotificationChannelItem_ChannelFragment = { __typename: 'NotificationChannel', id: string, name: string, type: NotificationChannelType, recipients: Array<string> | null, endpoint: string, hasSecret: boolean, deliveries: Array<{ __typename: 'NotificationDelivery', id: string, kind: string, status: string, attempts: number, lastError: string | null, createdAt: string }> } & { ' $fragmentName'?: 'NotificationChannelItem_ChannelFragment' };

export type ChannelsQueryVariables = Exact<{
  workspace?: string | null | undefined;
  workspaceName: string;
  isWorkspace: boolean;
}>;


export type ChannelsQuery = { __typename: 'Query', workspace?: { __typename: 'Workspace', name: string, viewerCanManageSettings: boolean } | null, me: { __typename: 'User', platformRole: PlatformRole } | null, notificationChannels: Array<(
    { __typename: 'NotificationChannel' }
    & { ' $fragmentRefs'?: { 'NotificationChannelItem_ChannelFragment': NotificationChannelItem_ChannelFragment } }
  )> };

export type CreateNotificationChannelMutationVariables = Exact<{
  input: NotificationChannelInput;
}>;


export type CreateNotificationChannelMutation = { __typename: 'Mutation', createNotificationChannel: (
    { __typename: 'NotificationChannel' }
    & { ' $fragmentRefs'?: { 'NotificationChannelItem_ChannelFragment': NotificationChannelItem_ChannelFragment } }
  ) };

export type DeleteNotificationChannelMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteNotificationChannelMutation = { __typename: 'Mutation', deleteNotificationChannel: boolean };

export type TestNotificationChannelMutationVariables = Exact<{
  id: string | number;
}>;


export type TestNotificationChannelMutation = { __typename: 'Mutation', testNotificationChannel: { __typename: 'NotificationDelivery', id: string, status: string, attempts: number, lastError: string | null } };

export type AuditRow_EventFragment = { __typename: 'AuditEvent', id: string, time: string, username: string | null, credential: AuditCredential, credentialId: string | null, operationName: string | null, operation: string, targetKind: string | null, workspace: string | null, project: string | null, targetName: string | null, arguments: string, result: string, requestId: string, clientAddress: string | null } & { ' $fragmentName'?: 'AuditRow_EventFragment' };

export type AuditEventsQueryVariables = Exact<{
  filter?: AuditEventFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type AuditEventsQuery = { __typename: 'Query', auditEvents: { __typename: 'AuditEventConnection', totalCount: number, pageInfo: (
      { __typename: 'PageInfo' }
      & { ' $fragmentRefs'?: { 'Pager_PageInfoFragment': Pager_PageInfoFragment } }
    ), edges: Array<{ __typename: 'AuditEventEdge', node: (
        { __typename: 'AuditEvent', id: string }
        & { ' $fragmentRefs'?: { 'AuditRow_EventFragment': AuditRow_EventFragment } }
      ) }> } };

export type SearchAuditEventsQueryVariables = Exact<{
  filter?: AuditSearchFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
  interval: string;
}>;


export type SearchAuditEventsQuery = { __typename: 'Query', searchAuditEvents: { __typename: 'AuditSearchResult', totalCount: number, pageInfo: (
      { __typename: 'PageInfo' }
      & { ' $fragmentRefs'?: { 'Pager_PageInfoFragment': Pager_PageInfoFragment } }
    ), edges: Array<{ __typename: 'AuditRecordEdge', node: (
        { __typename: 'AuditEvent', id: string }
        & { ' $fragmentRefs'?: { 'AuditRow_EventFragment': AuditRow_EventFragment } }
      ) }>, histogram: Array<{ __typename: 'LogHistogramBucket', time: string, count: number }> } | null };

export type LoginMutationVariables = Exact<{
  username: string;
  password: string;
}>;


export type LoginMutation = { __typename: 'Mutation', login: (
    { __typename: 'LoginResult' }
    & { ' $fragmentRefs'?: { 'SignedIn_LoginResultFragment': SignedIn_LoginResultFragment } }
  ) };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { __typename: 'Mutation', logout: boolean };

export type LoginMethodsQueryVariables = Exact<{ [key: string]: never; }>;


export type LoginMethodsQuery = { __typename: 'Query', loginMethods: Array<{ __typename: 'LoginMethod', kind: LoginMethodKind, id: string, displayName: string }> };

export type StartOidcLoginMutationVariables = Exact<{
  provider: string;
  redirectUri: string;
}>;


export type StartOidcLoginMutation = { __typename: 'Mutation', startOidcLogin: { __typename: 'OidcLoginStart', authorizationUrl: string, state: string } };

export type FinishOidcLoginMutationVariables = Exact<{
  callbackUrl: string;
}>;


export type FinishOidcLoginMutation = { __typename: 'Mutation', finishOidcLogin: (
    { __typename: 'LoginResult' }
    & { ' $fragmentRefs'?: { 'SignedIn_LoginResultFragment': SignedIn_LoginResultFragment } }
  ) };

export type SignedIn_LoginResultFragment = { __typename: 'LoginResult', token: string, expiresAt: string, mustChangePassword: boolean, user: { __typename: 'User', username: string, displayName: string, platformRole: PlatformRole } } & { ' $fragmentName'?: 'SignedIn_LoginResultFragment' };

export type CredentialRow_CredentialFragment = { __typename: 'Credential', id: string, project: string, type: CredentialType, description: string | null } & { ' $fragmentName'?: 'CredentialRow_CredentialFragment' };

export type DevOpsProjectRow_DevOpsProjectFragment = { __typename: 'DevOpsProject', name: string, workspace: string | null, description: string | null, createdAt: string | null, viewerCanDelete: boolean } & { ' $fragmentName'?: 'DevOpsProjectRow_DevOpsProjectFragment' };

export type InputApproval_PipelineRunFragment = { __typename: 'PipelineRun', id: string, number: number | null, inputs: Array<{ __typename: 'PipelineInputStep', id: string, message: string, state: PipelineInputState, decidedBy: string | null, decidedAt: string | null }> | null } & { ' $fragmentName'?: 'InputApproval_PipelineRunFragment' };

export type LogViewer_PipelineRunFragment = { __typename: 'PipelineRun', stages: Array<{ __typename: 'PipelineStage', id: string, name: string, log: { __typename: 'PipelineStageLog', text: string, truncated: boolean } | null }> | null } & { ' $fragmentName'?: 'LogViewer_PipelineRunFragment' };

export type DevOpsProjectsQueryVariables = Exact<{
  workspace: string;
  first: number;
  after?: string | null | undefined;
  filter?: DevOpsProjectFilter | null | undefined;
  sort?: DevOpsSort | null | undefined;
}>;


export type DevOpsProjectsQuery = { __typename: 'Query', workspace: { __typename: 'Workspace', name: string, displayName: string, viewerCanCreateProject: boolean } | null, devopsProjects: { __typename: 'DevOpsProjectConnection', totalCount: number, pageInfo: (
      { __typename: 'PageInfo' }
      & { ' $fragmentRefs'?: { 'Pager_PageInfoFragment': Pager_PageInfoFragment } }
    ), edges: Array<{ __typename: 'DevOpsProjectEdge', node: (
        { __typename: 'DevOpsProject' }
        & { ' $fragmentRefs'?: { 'DevOpsProjectRow_DevOpsProjectFragment': DevOpsProjectRow_DevOpsProjectFragment } }
      ) }> } };

export type CreateDevOpsProjectMutationVariables = Exact<{
  workspace: string;
  name: string;
  description?: string | null | undefined;
}>;


export type CreateDevOpsProjectMutation = { __typename: 'Mutation', createDevOpsProject: { __typename: 'DevOpsProject', name: string } };

export type DeleteDevOpsProjectMutationVariables = Exact<{
  name: string;
  confirm: string;
}>;


export type DeleteDevOpsProjectMutation = { __typename: 'Mutation', deleteDevOpsProject: boolean };

export type DevOpsPipelinesQueryVariables = Exact<{
  project: string;
  first: number;
  after?: string | null | undefined;
}>;


export type DevOpsPipelinesQuery = { __typename: 'Query', devopsProject: { __typename: 'DevOpsProject', name: string, workspace: string | null, description: string | null, viewerCanManagePipelines: boolean, pipelines: { __typename: 'PipelineConnection', pageInfo: (
        { __typename: 'PageInfo' }
        & { ' $fragmentRefs'?: { 'Pager_PageInfoFragment': Pager_PageInfoFragment } }
      ), edges: Array<{ __typename: 'PipelineEdge', node: (
          { __typename: 'Pipeline', name: string }
          & { ' $fragmentRefs'?: { 'PipelineRow_PipelineFragment': PipelineRow_PipelineFragment } }
        ) }> } | null } | null };

export type DevOpsCredentialsQueryVariables = Exact<{
  project: string;
  first: number;
  after?: string | null | undefined;
  filter?: CredentialFilter | null | undefined;
  sort?: DevOpsSort | null | undefined;
}>;


export type DevOpsCredentialsQuery = { __typename: 'Query', devopsProject: { __typename: 'DevOpsProject', name: string, viewerCanManagePipelines: boolean, credentials: { __typename: 'CredentialConnection', totalCount: number, pageInfo: (
        { __typename: 'PageInfo' }
        & { ' $fragmentRefs'?: { 'Pager_PageInfoFragment': Pager_PageInfoFragment } }
      ), edges: Array<{ __typename: 'CredentialEdge', node: (
          { __typename: 'Credential' }
          & { ' $fragmentRefs'?: { 'CredentialRow_CredentialFragment': CredentialRow_CredentialFragment } }
        ) }> } | null } | null };

export type CredentialChoicesQueryVariables = Exact<{
  project: string;
  first: number;
}>;


export type CredentialChoicesQuery = { __typename: 'Query', devopsProject: { __typename: 'DevOpsProject', name: string, credentials: { __typename: 'CredentialConnection', nodes: Array<{ __typename: 'Credential', id: string, project: string, type: CredentialType }> } | null } | null };

export type CreateCredentialMutationVariables = Exact<{
  project: string;
  input: CredentialInput;
}>;


export type CreateCredentialMutation = { __typename: 'Mutation', createCredential: { __typename: 'Credential', id: string } };

export type DeleteCredentialMutationVariables = Exact<{
  project: string;
  id: string;
}>;


export type DeleteCredentialMutation = { __typename: 'Mutation', deleteCredential: boolean };

export type PipelineQueryVariables = Exact<{
  project: string;
  pipeline: string;
  first: number;
  after?: string | null | undefined;
}>;


export type PipelineQuery = { __typename: 'Query', devopsProject: { __typename: 'DevOpsProject', viewerCanManagePipelines: boolean, pipeline: { __typename: 'Pipeline', description: string | null, definition: (
        { __typename: 'PipelineDefinition', source: PipelineSourceKind }
        & { ' $fragmentRefs'?: { 'RunDialog_PipelineDefinitionFragment': RunDialog_PipelineDefinitionFragment;'StageLayout_PipelineDefinitionFragment': StageLayout_PipelineDefinitionFragment } }
      ) | null, runs: { __typename: 'PipelineRunConnection', pageInfo: (
          { __typename: 'PageInfo' }
          & { ' $fragmentRefs'?: { 'Pager_PageInfoFragment': Pager_PageInfoFragment } }
        ), edges: Array<{ __typename: 'PipelineRunEdge', node: (
            { __typename: 'PipelineRun', id: string }
            & { ' $fragmentRefs'?: { 'RunRow_PipelineRunFragment': RunRow_PipelineRunFragment } }
          ) }> } | null } | null } | null };

export type PipelineRunQueryVariables = Exact<{
  project: string;
  pipeline: string;
  run: number;
}>;


export type PipelineRunQuery = { __typename: 'Query', devopsProject: { __typename: 'DevOpsProject', pipeline: { __typename: 'Pipeline', run: (
        { __typename: 'PipelineRun' }
        & { ' $fragmentRefs'?: { 'RunView_PipelineRunFragment': RunView_PipelineRunFragment } }
      ) | null } | null } | null };

export type PipelineStageLogsQueryVariables = Exact<{
  project: string;
  pipeline: string;
  run: number;
}>;


export type PipelineStageLogsQuery = { __typename: 'Query', devopsProject: { __typename: 'DevOpsProject', pipeline: { __typename: 'Pipeline', run: (
        { __typename: 'PipelineRun' }
        & { ' $fragmentRefs'?: { 'LogViewer_PipelineRunFragment': LogViewer_PipelineRunFragment } }
      ) | null } | null } | null };

export type PipelineDefinitionQueryVariables = Exact<{
  project: string;
  pipeline: string;
}>;


export type PipelineDefinitionQuery = { __typename: 'Query', devopsProject: { __typename: 'DevOpsProject', pipeline: (
      { __typename: 'Pipeline' }
      & { ' $fragmentRefs'?: { 'PipelineForm_PipelineFragment': PipelineForm_PipelineFragment } }
    ) | null } | null };

export type CreatePipelineMutationVariables = Exact<{
  project: string;
  input: PipelineInput;
}>;


export type CreatePipelineMutation = { __typename: 'Mutation', createPipeline: { __typename: 'Pipeline', name: string } };

export type UpdatePipelineMutationVariables = Exact<{
  project: string;
  input: PipelineInput;
}>;


export type UpdatePipelineMutation = { __typename: 'Mutation', updatePipeline: (
    { __typename: 'Pipeline' }
    & { ' $fragmentRefs'?: { 'PipelineForm_PipelineFragment': PipelineForm_PipelineFragment } }
  ) };

export type DeletePipelineMutationVariables = Exact<{
  project: string;
  pipeline: string;
}>;


export type DeletePipelineMutation = { __typename: 'Mutation', deletePipeline: boolean };

export type RunPipelineMutationVariables = Exact<{
  project: string;
  pipeline: string;
  parameters?: Array<PipelineParameterInput> | PipelineParameterInput | null | undefined;
}>;


export type RunPipelineMutation = { __typename: 'Mutation', runPipeline: (
    { __typename: 'PipelineRun' }
    & { ' $fragmentRefs'?: { 'RunStarted_PipelineRunFragment': RunStarted_PipelineRunFragment } }
  ) };

export type StopPipelineRunMutationVariables = Exact<{
  project: string;
  pipeline: string;
  run: number;
}>;


export type StopPipelineRunMutation = { __typename: 'Mutation', stopPipelineRun: (
    { __typename: 'PipelineRun' }
    & { ' $fragmentRefs'?: { 'RunView_PipelineRunFragment': RunView_PipelineRunFragment } }
  ) };

export type ReplayPipelineRunMutationVariables = Exact<{
  project: string;
  pipeline: string;
  run: number;
}>;


export type ReplayPipelineRunMutation = { __typename: 'Mutation', replayPipelineRun: (
    { __typename: 'PipelineRun' }
    & { ' $fragmentRefs'?: { 'RunStarted_PipelineRunFragment': RunStarted_PipelineRunFragment } }
  ) };

export type SubmitPipelineInputMutationVariables = Exact<{
  project: string;
  pipeline: string;
  run: number;
  inputId: string;
  action: PipelineInputAction;
}>;


export type SubmitPipelineInputMutation = { __typename: 'Mutation', submitPipelineInput: (
    { __typename: 'PipelineRun' }
    & { ' $fragmentRefs'?: { 'RunView_PipelineRunFragment': RunView_PipelineRunFragment } }
  ) };

export type PipelineRunChangedSubscriptionVariables = Exact<{
  project: string;
  pipeline: string;
}>;


export type PipelineRunChangedSubscription = { pipelineRunChanged: (
    { __typename: 'PipelineRun', id: string, number: number | null }
    & { ' $fragmentRefs'?: { 'RunRow_PipelineRunFragment': RunRow_PipelineRunFragment;'RunView_PipelineRunFragment': RunView_PipelineRunFragment } }
  ) };

export type PipelineRunLogSubscriptionVariables = Exact<{
  project: string;
  pipeline: string;
  run: number;
  from?: number | null | undefined;
}>;


export type PipelineRunLogSubscription = { pipelineRunLog: { __typename: 'LogChunk', text: string, offset: number, more: boolean } };

export type CreateSourceToImageMutationVariables = Exact<{
  project: string;
  input: SourceToImageInput;
}>;


export type CreateSourceToImageMutation = { __typename: 'Mutation', createSourceToImage: { __typename: 'Pipeline', name: string } };

export type PipelineForm_PipelineStepFragment = { __typename: 'PipelineStep', kind: PipelineStepKind, script: string | null, url: string | null, branch: string | null, credentialId: string | null, image: string | null, dockerfile: string | null, context: string | null, project: string | null, manifest: string | null, message: string | null, submitter: string | null } & { ' $fragmentName'?: 'PipelineForm_PipelineStepFragment' };

export type PipelineForm_PipelineDefinitionFragment = (
  { __typename: 'PipelineDefinition', source: PipelineSourceKind, jenkinsfile: string | null, scm: { __typename: 'PipelineScm', url: string, branch: string, credentialId: string | null, scriptPath: string } | null, graph: { __typename: 'PipelineGraph', stages: Array<{ __typename: 'PipelineGraphStage', name: string, steps: Array<(
        { __typename: 'PipelineStep' }
        & { ' $fragmentRefs'?: { 'PipelineForm_PipelineStepFragment': PipelineForm_PipelineStepFragment } }
      )>, parallel: Array<{ __typename: 'PipelineGraphBranch', name: string, steps: Array<(
          { __typename: 'PipelineStep' }
          & { ' $fragmentRefs'?: { 'PipelineForm_PipelineStepFragment': PipelineForm_PipelineStepFragment } }
        )> }> }> } | null, triggers: { __typename: 'PipelineTriggers', cron: string | null, pollScm: string | null, webhookUrl: string | null }, discard: { __typename: 'DiscardPolicy', daysToKeep: number | null, numToKeep: number | null } | null }
  & { ' $fragmentRefs'?: { 'RunDialog_PipelineDefinitionFragment': RunDialog_PipelineDefinitionFragment } }
) & { ' $fragmentName'?: 'PipelineForm_PipelineDefinitionFragment' };

export type PipelineForm_PipelineFragment = { __typename: 'Pipeline', name: string, description: string | null, definition: (
    { __typename: 'PipelineDefinition' }
    & { ' $fragmentRefs'?: { 'PipelineForm_PipelineDefinitionFragment': PipelineForm_PipelineDefinitionFragment } }
  ) | null } & { ' $fragmentName'?: 'PipelineForm_PipelineFragment' };

export type PipelineRow_PipelineFragment = { __typename: 'Pipeline', name: string, project: string, description: string | null, lastRun: { __typename: 'PipelineRun', id: string, number: number | null, status: PipelineRunStatus, startedAt: string | null, durationMs: number | null } | null } & { ' $fragmentName'?: 'PipelineRow_PipelineFragment' };

export type RunDialog_PipelineDefinitionFragment = { __typename: 'PipelineDefinition', parameters: Array<{ __typename: 'PipelineParameter', name: string, type: PipelineParameterType, description: string | null, defaultValue: string | null, choices: Array<string> | null }> } & { ' $fragmentName'?: 'RunDialog_PipelineDefinitionFragment' };

export type RunStarted_PipelineRunFragment = { __typename: 'PipelineRun', id: string, number: number | null, status: PipelineRunStatus } & { ' $fragmentName'?: 'RunStarted_PipelineRunFragment' };

export type RunFacts_PipelineRunFragment = { __typename: 'PipelineRun', id: string, startedAt: string | null, durationMs: number | null, startedBy: string | null, parameters: Array<{ __typename: 'PipelineParameterValue', name: string, value: string | null }>, artifacts: Array<{ __typename: 'PipelineArtifact', fileName: string, relativePath: string }> | null, tests: { __typename: 'PipelineTestSummary', total: number, passed: number, failed: number, skipped: number } | null } & { ' $fragmentName'?: 'RunFacts_PipelineRunFragment' };

export type RunRow_PipelineRunFragment = { __typename: 'PipelineRun', id: string, number: number | null, status: PipelineRunStatus, startedAt: string | null, durationMs: number | null, startedBy: string | null, stages: Array<{ __typename: 'PipelineStage', id: string, name: string, status: PipelineStageStatus, durationMs: number }> | null } & { ' $fragmentName'?: 'RunRow_PipelineRunFragment' };

export type RunView_PipelineRunFragment = (
  { __typename: 'PipelineRun', id: string, number: number | null, status: PipelineRunStatus, durationMs: number | null, logSize: number | null, logDownloadPath: string | null, stages: Array<{ __typename: 'PipelineStage', id: string, name: string, status: PipelineStageStatus, durationMs: number }> | null }
  & { ' $fragmentRefs'?: { 'StageGraph_PipelineRunFragment': StageGraph_PipelineRunFragment;'InputApproval_PipelineRunFragment': InputApproval_PipelineRunFragment;'RunFacts_PipelineRunFragment': RunFacts_PipelineRunFragment } }
) & { ' $fragmentName'?: 'RunView_PipelineRunFragment' };

export type StageGraph_PipelineRunFragment = { __typename: 'PipelineRun', id: string, status: PipelineRunStatus, stages: Array<{ __typename: 'PipelineStage', id: string, name: string, status: PipelineStageStatus, startedAt: string | null, durationMs: number }> | null } & { ' $fragmentName'?: 'StageGraph_PipelineRunFragment' };

export type StageLayout_PipelineDefinitionFragment = { __typename: 'PipelineDefinition', graph: { __typename: 'PipelineGraph', stages: Array<{ __typename: 'PipelineGraphStage', name: string, parallel: Array<{ __typename: 'PipelineGraphBranch', name: string }> }> } | null } & { ' $fragmentName'?: 'StageLayout_PipelineDefinitionFragment' };

export type CreateDeploymentMutationVariables = Exact<{
  project: string;
  input: DeploymentInput;
  dryRun: boolean;
}>;


export type CreateDeploymentMutation = { __typename: 'Mutation', createDeployment: { __typename: 'Deployment', name: string, yaml: string } };

export type CreateStatefulSetMutationVariables = Exact<{
  project: string;
  input: StatefulSetInput;
  dryRun: boolean;
}>;


export type CreateStatefulSetMutation = { __typename: 'Mutation', createStatefulSet: { __typename: 'StatefulSet', name: string, yaml: string } };

export type CreateDaemonSetMutationVariables = Exact<{
  project: string;
  input: DaemonSetInput;
  dryRun: boolean;
}>;


export type CreateDaemonSetMutation = { __typename: 'Mutation', createDaemonSet: { __typename: 'DaemonSet', name: string, yaml: string } };

export type CreateJobMutationVariables = Exact<{
  project: string;
  input: JobInput;
  dryRun: boolean;
}>;


export type CreateJobMutation = { __typename: 'Mutation', createJob: { __typename: 'Job', name: string, yaml: string } };

export type CreateCronJobMutationVariables = Exact<{
  project: string;
  input: CronJobInput;
  dryRun: boolean;
}>;


export type CreateCronJobMutation = { __typename: 'Mutation', createCronJob: { __typename: 'CronJob', name: string, yaml: string } };

export type CreateServiceMutationVariables = Exact<{
  project: string;
  input: ServiceInput;
  dryRun: boolean;
}>;


export type CreateServiceMutation = { __typename: 'Mutation', createService: { __typename: 'Service', name: string, yaml: string } };

export type CreateIngressMutationVariables = Exact<{
  project: string;
  input: IngressInput;
  dryRun: boolean;
}>;


export type CreateIngressMutation = { __typename: 'Mutation', createIngress: { __typename: 'Ingress', name: string, yaml: string } };

export type CreateConfigMapMutationVariables = Exact<{
  project: string;
  input: ConfigMapInput;
  dryRun: boolean;
}>;


export type CreateConfigMapMutation = { __typename: 'Mutation', createConfigMap: { __typename: 'ConfigMap', name: string, yaml: string } };

export type CreateSecretMutationVariables = Exact<{
  project: string;
  input: SecretInput;
  dryRun: boolean;
}>;


export type CreateSecretMutation = { __typename: 'Mutation', createSecret: { __typename: 'Secret', name: string, yaml: string } };

export type CreatePersistentVolumeClaimMutationVariables = Exact<{
  project: string;
  input: PersistentVolumeClaimInput;
  dryRun: boolean;
}>;


export type CreatePersistentVolumeClaimMutation = { __typename: 'Mutation', createPersistentVolumeClaim: { __typename: 'PersistentVolumeClaim', name: string, yaml: string } };

export type CreateHorizontalPodAutoscalerMutationVariables = Exact<{
  project: string;
  input: HorizontalPodAutoscalerInput;
  dryRun: boolean;
}>;


export type CreateHorizontalPodAutoscalerMutation = { __typename: 'Mutation', createHorizontalPodAutoscaler: { __typename: 'HorizontalPodAutoscaler', name: string, yaml: string } };

type KubeObjectRow_Object_ConfigMap_Fragment = { __typename: 'ConfigMap', binaryKeys: Array<string>, kind: string, namespace: string, name: string, data: Array<{ __typename: 'Label', key: string }>, metadata: { __typename: 'ObjectMeta', createdAt: string, resourceVersion: string }, status: { __typename: 'StatusSummary', status: string, message: string | null } } & { ' $fragmentName'?: 'KubeObjectRow_Object_ConfigMap_Fragment' };

type KubeObjectRow_Object_ControllerRevision_Fragment = { __typename: 'ControllerRevision', kind: string, namespace: string, name: string, controllerRevision: number, metadata: { __typename: 'ObjectMeta', createdAt: string, resourceVersion: string }, status: { __typename: 'StatusSummary', status: string, message: string | null } } & { ' $fragmentName'?: 'KubeObjectRow_Object_ControllerRevision_Fragment' };

type KubeObjectRow_Object_CronJob_Fragment = { __typename: 'CronJob', schedule: string, suspend: boolean, lastScheduleTime: string | null, activeJobs: Array<string>, kind: string, namespace: string, name: string, metadata: { __typename: 'ObjectMeta', createdAt: string, resourceVersion: string }, status: { __typename: 'StatusSummary', status: string, message: string | null } } & { ' $fragmentName'?: 'KubeObjectRow_Object_CronJob_Fragment' };

type KubeObjectRow_Object_DaemonSet_Fragment = { __typename: 'DaemonSet', desiredNumberScheduled: number, numberReady: number, numberAvailable: number, updatedNumberScheduled: number, images: Array<string>, kind: string, namespace: string, name: string, metadata: { __typename: 'ObjectMeta', createdAt: string, resourceVersion: string }, status: { __typename: 'StatusSummary', status: string, message: string | null } } & { ' $fragmentName'?: 'KubeObjectRow_Object_DaemonSet_Fragment' };

type KubeObjectRow_Object_Deployment_Fragment = { __typename: 'Deployment', replicas: number, readyReplicas: number, updatedReplicas: number, availableReplicas: number, images: Array<string>, paused: boolean, revision: number | null, selector: string, kind: string, namespace: string, name: string, metadata: { __typename: 'ObjectMeta', createdAt: string, resourceVersion: string }, status: { __typename: 'StatusSummary', status: string, message: string | null } } & { ' $fragmentName'?: 'KubeObjectRow_Object_Deployment_Fragment' };

type KubeObjectRow_Object_EndpointSlice_Fragment = { __typename: 'EndpointSlice', addressType: string, serviceName: string | null, kind: string, namespace: string, name: string, endpoints: Array<{ __typename: 'Endpoint', ready: boolean }>, metadata: { __typename: 'ObjectMeta', createdAt: string, resourceVersion: string }, status: { __typename: 'StatusSummary', status: string, message: string | null } } & { ' $fragmentName'?: 'KubeObjectRow_Object_EndpointSlice_Fragment' };

type KubeObjectRow_Object_HorizontalPodAutoscaler_Fragment = { __typename: 'HorizontalPodAutoscaler', targetKind: string, targetName: string, minReplicas: number, maxReplicas: number, currentReplicas: number, cpuUtilization: number | null, kind: string, namespace: string, name: string, metadata: { __typename: 'ObjectMeta', createdAt: string, resourceVersion: string }, status: { __typename: 'StatusSummary', status: string, message: string | null } } & { ' $fragmentName'?: 'KubeObjectRow_Object_HorizontalPodAutoscaler_Fragment' };

type KubeObjectRow_Object_Ingress_Fragment = { __typename: 'Ingress', ingressClassName: string | null, kind: string, namespace: string, name: string, rules: Array<{ __typename: 'IngressRule', host: string | null }>, metadata: { __typename: 'ObjectMeta', createdAt: string, resourceVersion: string }, status: { __typename: 'StatusSummary', status: string, message: string | null } } & { ' $fragmentName'?: 'KubeObjectRow_Object_Ingress_Fragment' };

type KubeObjectRow_Object_Job_Fragment = { __typename: 'Job', completions: number | null, active: number, succeeded: number, failed: number, images: Array<string>, kind: string, namespace: string, name: string, metadata: { __typename: 'ObjectMeta', createdAt: string, resourceVersion: string }, status: { __typename: 'StatusSummary', status: string, message: string | null } } & { ' $fragmentName'?: 'KubeObjectRow_Object_Job_Fragment' };

type KubeObjectRow_Object_KubeEvent_Fragment = { __typename: 'KubeEvent', type: string, reason: string | null, message: string | null, count: number, involvedKind: string, involvedName: string, lastSeen: string | null, kind: string, namespace: string, name: string, metadata: { __typename: 'ObjectMeta', createdAt: string, resourceVersion: string }, status: { __typename: 'StatusSummary', status: string, message: string | null } } & { ' $fragmentName'?: 'KubeObjectRow_Object_KubeEvent_Fragment' };

type KubeObjectRow_Object_LimitRange_Fragment = { __typename: 'LimitRange', kind: string, namespace: string, name: string, limits: Array<{ __typename: 'LimitRangeItem', type: string }>, metadata: { __typename: 'ObjectMeta', createdAt: string, resourceVersion: string }, status: { __typename: 'StatusSummary', status: string, message: string | null } } & { ' $fragmentName'?: 'KubeObjectRow_Object_LimitRange_Fragment' };

type KubeObjectRow_Object_NetworkPolicy_Fragment = { __typename: 'NetworkPolicy', podSelector: string, policyTypes: Array<string>, kind: string, namespace: string, name: string, metadata: { __typename: 'ObjectMeta', createdAt: string, resourceVersion: string }, status: { __typename: 'StatusSummary', status: string, message: string | null } } & { ' $fragmentName'?: 'KubeObjectRow_Object_NetworkPolicy_Fragment' };

type KubeObjectRow_Object_Node_Fragment = { __typename: 'Node', ready: boolean, unschedulable: boolean, kubeletVersion: string | null, internalIP: string | null, roles: Array<string>, kind: string, namespace: string | null, name: string, metadata: { __typename: 'ObjectMeta', createdAt: string, resourceVersion: string }, status: { __typename: 'StatusSummary', status: string, message: string | null } } & { ' $fragmentName'?: 'KubeObjectRow_Object_Node_Fragment' };

type KubeObjectRow_Object_PersistentVolume_Fragment = { __typename: 'PersistentVolume', phase: string, capacity: string | null, reclaimPolicy: string | null, storageClassName: string | null, claim: string | null, kind: string, namespace: string | null, name: string, metadata: { __typename: 'ObjectMeta', createdAt: string, resourceVersion: string }, status: { __typename: 'StatusSummary', status: string, message: string | null } } & { ' $fragmentName'?: 'KubeObjectRow_Object_PersistentVolume_Fragment' };

type KubeObjectRow_Object_PersistentVolumeClaim_Fragment = { __typename: 'PersistentVolumeClaim', phase: string, storageClassName: string | null, capacity: string | null, requestedStorage: string | null, accessModes: Array<string>, volumeName: string | null, kind: string, namespace: string, name: string, metadata: { __typename: 'ObjectMeta', createdAt: string, resourceVersion: string }, status: { __typename: 'StatusSummary', status: string, message: string | null } } & { ' $fragmentName'?: 'KubeObjectRow_Object_PersistentVolumeClaim_Fragment' };

type KubeObjectRow_Object_Pod_Fragment = { __typename: 'Pod', nodeName: string | null, podIP: string | null, kind: string, namespace: string, name: string, podPhase: PodPhase, containers: Array<{ __typename: 'Container', ready: boolean, restartCount: number }>, metadata: { __typename: 'ObjectMeta', createdAt: string, resourceVersion: string }, status: { __typename: 'StatusSummary', status: string, message: string | null } } & { ' $fragmentName'?: 'KubeObjectRow_Object_Pod_Fragment' };

type KubeObjectRow_Object_ReplicaSet_Fragment = { __typename: 'ReplicaSet', replicas: number, readyReplicas: number, revision: number | null, images: Array<string>, kind: string, namespace: string, name: string, metadata: { __typename: 'ObjectMeta', createdAt: string, resourceVersion: string }, status: { __typename: 'StatusSummary', status: string, message: string | null } } & { ' $fragmentName'?: 'KubeObjectRow_Object_ReplicaSet_Fragment' };

type KubeObjectRow_Object_ResourceQuota_Fragment = { __typename: 'ResourceQuota', kind: string, namespace: string, name: string, resources: Array<{ __typename: 'QuotaResource', resource: string, hard: string, used: string | null }>, metadata: { __typename: 'ObjectMeta', createdAt: string, resourceVersion: string }, status: { __typename: 'StatusSummary', status: string, message: string | null } } & { ' $fragmentName'?: 'KubeObjectRow_Object_ResourceQuota_Fragment' };

type KubeObjectRow_Object_Secret_Fragment = { __typename: 'Secret', kind: string, namespace: string, name: string, metadata: { __typename: 'ObjectMeta', createdAt: string, resourceVersion: string }, status: { __typename: 'StatusSummary', status: string, message: string | null } } & { ' $fragmentName'?: 'KubeObjectRow_Object_Secret_Fragment' };

type KubeObjectRow_Object_Service_Fragment = { __typename: 'Service', type: string, clusterIP: string | null, kind: string, namespace: string, name: string, ports: Array<{ __typename: 'ServicePort', port: number, targetPort: string | null, protocol: string, nodePort: number | null }>, metadata: { __typename: 'ObjectMeta', createdAt: string, resourceVersion: string }, status: { __typename: 'StatusSummary', status: string, message: string | null } } & { ' $fragmentName'?: 'KubeObjectRow_Object_Service_Fragment' };

type KubeObjectRow_Object_ServiceAccount_Fragment = { __typename: 'ServiceAccount', imagePullSecrets: Array<string>, kind: string, namespace: string, name: string, metadata: { __typename: 'ObjectMeta', createdAt: string, resourceVersion: string }, status: { __typename: 'StatusSummary', status: string, message: string | null } } & { ' $fragmentName'?: 'KubeObjectRow_Object_ServiceAccount_Fragment' };

type KubeObjectRow_Object_StatefulSet_Fragment = { __typename: 'StatefulSet', replicas: number, readyReplicas: number, serviceName: string | null, images: Array<string>, kind: string, namespace: string, name: string, metadata: { __typename: 'ObjectMeta', createdAt: string, resourceVersion: string }, status: { __typename: 'StatusSummary', status: string, message: string | null } } & { ' $fragmentName'?: 'KubeObjectRow_Object_StatefulSet_Fragment' };

type KubeObjectRow_Object_StorageClass_Fragment = { __typename: 'StorageClass', provisioner: string, volumeBindingMode: string, isDefault: boolean, kind: string, namespace: string | null, name: string, classReclaimPolicy: string, metadata: { __typename: 'ObjectMeta', createdAt: string, resourceVersion: string }, status: { __typename: 'StatusSummary', status: string, message: string | null } } & { ' $fragmentName'?: 'KubeObjectRow_Object_StorageClass_Fragment' };

export type KubeObjectRow_ObjectFragment =
  | KubeObjectRow_Object_ConfigMap_Fragment
  | KubeObjectRow_Object_ControllerRevision_Fragment
  | KubeObjectRow_Object_CronJob_Fragment
  | KubeObjectRow_Object_DaemonSet_Fragment
  | KubeObjectRow_Object_Deployment_Fragment
  | KubeObjectRow_Object_EndpointSlice_Fragment
  | KubeObjectRow_Object_HorizontalPodAutoscaler_Fragment
  | KubeObjectRow_Object_Ingress_Fragment
  | KubeObjectRow_Object_Job_Fragment
  | KubeObjectRow_Object_KubeEvent_Fragment
  | KubeObjectRow_Object_LimitRange_Fragment
  | KubeObjectRow_Object_NetworkPolicy_Fragment
  | KubeObjectRow_Object_Node_Fragment
  | KubeObjectRow_Object_PersistentVolume_Fragment
  | KubeObjectRow_Object_PersistentVolumeClaim_Fragment
  | KubeObjectRow_Object_Pod_Fragment
  | KubeObjectRow_Object_ReplicaSet_Fragment
  | KubeObjectRow_Object_ResourceQuota_Fragment
  | KubeObjectRow_Object_Secret_Fragment
  | KubeObjectRow_Object_Service_Fragment
  | KubeObjectRow_Object_ServiceAccount_Fragment
  | KubeObjectRow_Object_StatefulSet_Fragment
  | KubeObjectRow_Object_StorageClass_Fragment
;

export type KubeObjectsQueryVariables = Exact<{
  kind: string;
  project: string;
  objectProject?: string | null | undefined;
  name: string;
  first: number;
  after?: string | null | undefined;
  filter?: KubeObjectFilter | null | undefined;
  sort?: WorkloadSort | null | undefined;
  list: boolean;
  detail: boolean;
  nodes: boolean;
  persistentVolumes: boolean;
  storageClasses: boolean;
}>;


export type KubeObjectsQuery = { __typename: 'Query', project?: { __typename: 'Project', name: string, displayName: string, viewerCanEdit: boolean, objects: { __typename: 'KubeObjectConnection', totalCount: number, pageInfo: (
        { __typename: 'PageInfo' }
        & { ' $fragmentRefs'?: { 'Pager_PageInfoFragment': Pager_PageInfoFragment } }
      ), edges: Array<{ __typename: 'KubeObjectEdge', node:
          | (
            { __typename: 'ConfigMap' }
            & { ' $fragmentRefs'?: { 'KubeObjectRow_Object_ConfigMap_Fragment': KubeObjectRow_Object_ConfigMap_Fragment } }
          )
          | (
            { __typename: 'ControllerRevision' }
            & { ' $fragmentRefs'?: { 'KubeObjectRow_Object_ControllerRevision_Fragment': KubeObjectRow_Object_ControllerRevision_Fragment } }
          )
          | (
            { __typename: 'CronJob' }
            & { ' $fragmentRefs'?: { 'KubeObjectRow_Object_CronJob_Fragment': KubeObjectRow_Object_CronJob_Fragment } }
          )
          | (
            { __typename: 'DaemonSet' }
            & { ' $fragmentRefs'?: { 'KubeObjectRow_Object_DaemonSet_Fragment': KubeObjectRow_Object_DaemonSet_Fragment } }
          )
          | (
            { __typename: 'Deployment' }
            & { ' $fragmentRefs'?: { 'KubeObjectRow_Object_Deployment_Fragment': KubeObjectRow_Object_Deployment_Fragment } }
          )
          | (
            { __typename: 'EndpointSlice' }
            & { ' $fragmentRefs'?: { 'KubeObjectRow_Object_EndpointSlice_Fragment': KubeObjectRow_Object_EndpointSlice_Fragment } }
          )
          | (
            { __typename: 'HorizontalPodAutoscaler' }
            & { ' $fragmentRefs'?: { 'KubeObjectRow_Object_HorizontalPodAutoscaler_Fragment': KubeObjectRow_Object_HorizontalPodAutoscaler_Fragment } }
          )
          | (
            { __typename: 'Ingress' }
            & { ' $fragmentRefs'?: { 'KubeObjectRow_Object_Ingress_Fragment': KubeObjectRow_Object_Ingress_Fragment } }
          )
          | (
            { __typename: 'Job' }
            & { ' $fragmentRefs'?: { 'KubeObjectRow_Object_Job_Fragment': KubeObjectRow_Object_Job_Fragment } }
          )
          | (
            { __typename: 'KubeEvent' }
            & { ' $fragmentRefs'?: { 'KubeObjectRow_Object_KubeEvent_Fragment': KubeObjectRow_Object_KubeEvent_Fragment } }
          )
          | (
            { __typename: 'LimitRange' }
            & { ' $fragmentRefs'?: { 'KubeObjectRow_Object_LimitRange_Fragment': KubeObjectRow_Object_LimitRange_Fragment } }
          )
          | (
            { __typename: 'NetworkPolicy' }
            & { ' $fragmentRefs'?: { 'KubeObjectRow_Object_NetworkPolicy_Fragment': KubeObjectRow_Object_NetworkPolicy_Fragment } }
          )
          | (
            { __typename: 'Node' }
            & { ' $fragmentRefs'?: { 'KubeObjectRow_Object_Node_Fragment': KubeObjectRow_Object_Node_Fragment } }
          )
          | (
            { __typename: 'PersistentVolume' }
            & { ' $fragmentRefs'?: { 'KubeObjectRow_Object_PersistentVolume_Fragment': KubeObjectRow_Object_PersistentVolume_Fragment } }
          )
          | (
            { __typename: 'PersistentVolumeClaim' }
            & { ' $fragmentRefs'?: { 'KubeObjectRow_Object_PersistentVolumeClaim_Fragment': KubeObjectRow_Object_PersistentVolumeClaim_Fragment } }
          )
          | (
            { __typename: 'Pod' }
            & { ' $fragmentRefs'?: { 'KubeObjectRow_Object_Pod_Fragment': KubeObjectRow_Object_Pod_Fragment } }
          )
          | (
            { __typename: 'ReplicaSet' }
            & { ' $fragmentRefs'?: { 'KubeObjectRow_Object_ReplicaSet_Fragment': KubeObjectRow_Object_ReplicaSet_Fragment } }
          )
          | (
            { __typename: 'ResourceQuota' }
            & { ' $fragmentRefs'?: { 'KubeObjectRow_Object_ResourceQuota_Fragment': KubeObjectRow_Object_ResourceQuota_Fragment } }
          )
          | (
            { __typename: 'Secret' }
            & { ' $fragmentRefs'?: { 'KubeObjectRow_Object_Secret_Fragment': KubeObjectRow_Object_Secret_Fragment } }
          )
          | (
            { __typename: 'Service' }
            & { ' $fragmentRefs'?: { 'KubeObjectRow_Object_Service_Fragment': KubeObjectRow_Object_Service_Fragment } }
          )
          | (
            { __typename: 'ServiceAccount' }
            & { ' $fragmentRefs'?: { 'KubeObjectRow_Object_ServiceAccount_Fragment': KubeObjectRow_Object_ServiceAccount_Fragment } }
          )
          | (
            { __typename: 'StatefulSet' }
            & { ' $fragmentRefs'?: { 'KubeObjectRow_Object_StatefulSet_Fragment': KubeObjectRow_Object_StatefulSet_Fragment } }
          )
          | (
            { __typename: 'StorageClass' }
            & { ' $fragmentRefs'?: { 'KubeObjectRow_Object_StorageClass_Fragment': KubeObjectRow_Object_StorageClass_Fragment } }
          )
         }> } | null } | null, nodes?: { __typename: 'NodeConnection', totalCount: number, pageInfo: (
      { __typename: 'PageInfo' }
      & { ' $fragmentRefs'?: { 'Pager_PageInfoFragment': Pager_PageInfoFragment } }
    ), edges: Array<{ __typename: 'NodeEdge', node: (
        { __typename: 'Node' }
        & { ' $fragmentRefs'?: { 'KubeObjectRow_Object_Node_Fragment': KubeObjectRow_Object_Node_Fragment } }
      ) }> } | null, persistentVolumes?: { __typename: 'PersistentVolumeConnection', totalCount: number, pageInfo: (
      { __typename: 'PageInfo' }
      & { ' $fragmentRefs'?: { 'Pager_PageInfoFragment': Pager_PageInfoFragment } }
    ), edges: Array<{ __typename: 'PersistentVolumeEdge', node: (
        { __typename: 'PersistentVolume' }
        & { ' $fragmentRefs'?: { 'KubeObjectRow_Object_PersistentVolume_Fragment': KubeObjectRow_Object_PersistentVolume_Fragment } }
      ) }> } | null, storageClasses?: { __typename: 'StorageClassConnection', totalCount: number, pageInfo: (
      { __typename: 'PageInfo' }
      & { ' $fragmentRefs'?: { 'Pager_PageInfoFragment': Pager_PageInfoFragment } }
    ), edges: Array<{ __typename: 'StorageClassEdge', node: (
        { __typename: 'StorageClass' }
        & { ' $fragmentRefs'?: { 'KubeObjectRow_Object_StorageClass_Fragment': KubeObjectRow_Object_StorageClass_Fragment } }
      ) }> } | null, kubeObject?:
    | (
      { __typename: 'ConfigMap', yaml: string, metadata: { __typename: 'ObjectMeta', labels: Array<{ __typename: 'Label', key: string, value: string }>, annotations: Array<{ __typename: 'Label', key: string, value: string }>, ownerReferences: Array<{ __typename: 'OwnerReference', kind: string, name: string, controller: boolean }> }, events: Array<(
        { __typename: 'KubeEvent' }
        & { ' $fragmentRefs'?: { 'KubeEventItem_EventFragment': KubeEventItem_EventFragment } }
      )> }
      & { ' $fragmentRefs'?: { 'KubeObjectRow_Object_ConfigMap_Fragment': KubeObjectRow_Object_ConfigMap_Fragment } }
    )
    | (
      { __typename: 'ControllerRevision', yaml: string, metadata: { __typename: 'ObjectMeta', labels: Array<{ __typename: 'Label', key: string, value: string }>, annotations: Array<{ __typename: 'Label', key: string, value: string }>, ownerReferences: Array<{ __typename: 'OwnerReference', kind: string, name: string, controller: boolean }> }, events: Array<(
        { __typename: 'KubeEvent' }
        & { ' $fragmentRefs'?: { 'KubeEventItem_EventFragment': KubeEventItem_EventFragment } }
      )> }
      & { ' $fragmentRefs'?: { 'KubeObjectRow_Object_ControllerRevision_Fragment': KubeObjectRow_Object_ControllerRevision_Fragment } }
    )
    | (
      { __typename: 'CronJob', yaml: string, metadata: { __typename: 'ObjectMeta', labels: Array<{ __typename: 'Label', key: string, value: string }>, annotations: Array<{ __typename: 'Label', key: string, value: string }>, ownerReferences: Array<{ __typename: 'OwnerReference', kind: string, name: string, controller: boolean }> }, events: Array<(
        { __typename: 'KubeEvent' }
        & { ' $fragmentRefs'?: { 'KubeEventItem_EventFragment': KubeEventItem_EventFragment } }
      )> }
      & { ' $fragmentRefs'?: { 'KubeObjectRow_Object_CronJob_Fragment': KubeObjectRow_Object_CronJob_Fragment } }
    )
    | (
      { __typename: 'DaemonSet', yaml: string, metadata: { __typename: 'ObjectMeta', labels: Array<{ __typename: 'Label', key: string, value: string }>, annotations: Array<{ __typename: 'Label', key: string, value: string }>, ownerReferences: Array<{ __typename: 'OwnerReference', kind: string, name: string, controller: boolean }> }, events: Array<(
        { __typename: 'KubeEvent' }
        & { ' $fragmentRefs'?: { 'KubeEventItem_EventFragment': KubeEventItem_EventFragment } }
      )> }
      & { ' $fragmentRefs'?: { 'KubeObjectRow_Object_DaemonSet_Fragment': KubeObjectRow_Object_DaemonSet_Fragment } }
    )
    | (
      { __typename: 'Deployment', yaml: string, metadata: { __typename: 'ObjectMeta', labels: Array<{ __typename: 'Label', key: string, value: string }>, annotations: Array<{ __typename: 'Label', key: string, value: string }>, ownerReferences: Array<{ __typename: 'OwnerReference', kind: string, name: string, controller: boolean }> }, events: Array<(
        { __typename: 'KubeEvent' }
        & { ' $fragmentRefs'?: { 'KubeEventItem_EventFragment': KubeEventItem_EventFragment } }
      )> }
      & { ' $fragmentRefs'?: { 'KubeObjectRow_Object_Deployment_Fragment': KubeObjectRow_Object_Deployment_Fragment } }
    )
    | (
      { __typename: 'EndpointSlice', yaml: string, metadata: { __typename: 'ObjectMeta', labels: Array<{ __typename: 'Label', key: string, value: string }>, annotations: Array<{ __typename: 'Label', key: string, value: string }>, ownerReferences: Array<{ __typename: 'OwnerReference', kind: string, name: string, controller: boolean }> }, events: Array<(
        { __typename: 'KubeEvent' }
        & { ' $fragmentRefs'?: { 'KubeEventItem_EventFragment': KubeEventItem_EventFragment } }
      )> }
      & { ' $fragmentRefs'?: { 'KubeObjectRow_Object_EndpointSlice_Fragment': KubeObjectRow_Object_EndpointSlice_Fragment } }
    )
    | (
      { __typename: 'HorizontalPodAutoscaler', yaml: string, metadata: { __typename: 'ObjectMeta', labels: Array<{ __typename: 'Label', key: string, value: string }>, annotations: Array<{ __typename: 'Label', key: string, value: string }>, ownerReferences: Array<{ __typename: 'OwnerReference', kind: string, name: string, controller: boolean }> }, events: Array<(
        { __typename: 'KubeEvent' }
        & { ' $fragmentRefs'?: { 'KubeEventItem_EventFragment': KubeEventItem_EventFragment } }
      )> }
      & { ' $fragmentRefs'?: { 'KubeObjectRow_Object_HorizontalPodAutoscaler_Fragment': KubeObjectRow_Object_HorizontalPodAutoscaler_Fragment } }
    )
    | (
      { __typename: 'Ingress', yaml: string, metadata: { __typename: 'ObjectMeta', labels: Array<{ __typename: 'Label', key: string, value: string }>, annotations: Array<{ __typename: 'Label', key: string, value: string }>, ownerReferences: Array<{ __typename: 'OwnerReference', kind: string, name: string, controller: boolean }> }, events: Array<(
        { __typename: 'KubeEvent' }
        & { ' $fragmentRefs'?: { 'KubeEventItem_EventFragment': KubeEventItem_EventFragment } }
      )> }
      & { ' $fragmentRefs'?: { 'KubeObjectRow_Object_Ingress_Fragment': KubeObjectRow_Object_Ingress_Fragment } }
    )
    | (
      { __typename: 'Job', yaml: string, metadata: { __typename: 'ObjectMeta', labels: Array<{ __typename: 'Label', key: string, value: string }>, annotations: Array<{ __typename: 'Label', key: string, value: string }>, ownerReferences: Array<{ __typename: 'OwnerReference', kind: string, name: string, controller: boolean }> }, events: Array<(
        { __typename: 'KubeEvent' }
        & { ' $fragmentRefs'?: { 'KubeEventItem_EventFragment': KubeEventItem_EventFragment } }
      )> }
      & { ' $fragmentRefs'?: { 'KubeObjectRow_Object_Job_Fragment': KubeObjectRow_Object_Job_Fragment } }
    )
    | (
      { __typename: 'KubeEvent', yaml: string, metadata: { __typename: 'ObjectMeta', labels: Array<{ __typename: 'Label', key: string, value: string }>, annotations: Array<{ __typename: 'Label', key: string, value: string }>, ownerReferences: Array<{ __typename: 'OwnerReference', kind: string, name: string, controller: boolean }> }, events: Array<(
        { __typename: 'KubeEvent' }
        & { ' $fragmentRefs'?: { 'KubeEventItem_EventFragment': KubeEventItem_EventFragment } }
      )> }
      & { ' $fragmentRefs'?: { 'KubeObjectRow_Object_KubeEvent_Fragment': KubeObjectRow_Object_KubeEvent_Fragment } }
    )
    | (
      { __typename: 'LimitRange', yaml: string, metadata: { __typename: 'ObjectMeta', labels: Array<{ __typename: 'Label', key: string, value: string }>, annotations: Array<{ __typename: 'Label', key: string, value: string }>, ownerReferences: Array<{ __typename: 'OwnerReference', kind: string, name: string, controller: boolean }> }, events: Array<(
        { __typename: 'KubeEvent' }
        & { ' $fragmentRefs'?: { 'KubeEventItem_EventFragment': KubeEventItem_EventFragment } }
      )> }
      & { ' $fragmentRefs'?: { 'KubeObjectRow_Object_LimitRange_Fragment': KubeObjectRow_Object_LimitRange_Fragment } }
    )
    | (
      { __typename: 'NetworkPolicy', yaml: string, metadata: { __typename: 'ObjectMeta', labels: Array<{ __typename: 'Label', key: string, value: string }>, annotations: Array<{ __typename: 'Label', key: string, value: string }>, ownerReferences: Array<{ __typename: 'OwnerReference', kind: string, name: string, controller: boolean }> }, events: Array<(
        { __typename: 'KubeEvent' }
        & { ' $fragmentRefs'?: { 'KubeEventItem_EventFragment': KubeEventItem_EventFragment } }
      )> }
      & { ' $fragmentRefs'?: { 'KubeObjectRow_Object_NetworkPolicy_Fragment': KubeObjectRow_Object_NetworkPolicy_Fragment } }
    )
    | (
      { __typename: 'Node', yaml: string, metadata: { __typename: 'ObjectMeta', labels: Array<{ __typename: 'Label', key: string, value: string }>, annotations: Array<{ __typename: 'Label', key: string, value: string }>, ownerReferences: Array<{ __typename: 'OwnerReference', kind: string, name: string, controller: boolean }> }, events: Array<(
        { __typename: 'KubeEvent' }
        & { ' $fragmentRefs'?: { 'KubeEventItem_EventFragment': KubeEventItem_EventFragment } }
      )> }
      & { ' $fragmentRefs'?: { 'KubeObjectRow_Object_Node_Fragment': KubeObjectRow_Object_Node_Fragment } }
    )
    | (
      { __typename: 'PersistentVolume', yaml: string, metadata: { __typename: 'ObjectMeta', labels: Array<{ __typename: 'Label', key: string, value: string }>, annotations: Array<{ __typename: 'Label', key: string, value: string }>, ownerReferences: Array<{ __typename: 'OwnerReference', kind: string, name: string, controller: boolean }> }, events: Array<(
        { __typename: 'KubeEvent' }
        & { ' $fragmentRefs'?: { 'KubeEventItem_EventFragment': KubeEventItem_EventFragment } }
      )> }
      & { ' $fragmentRefs'?: { 'KubeObjectRow_Object_PersistentVolume_Fragment': KubeObjectRow_Object_PersistentVolume_Fragment } }
    )
    | (
      { __typename: 'PersistentVolumeClaim', yaml: string, metadata: { __typename: 'ObjectMeta', labels: Array<{ __typename: 'Label', key: string, value: string }>, annotations: Array<{ __typename: 'Label', key: string, value: string }>, ownerReferences: Array<{ __typename: 'OwnerReference', kind: string, name: string, controller: boolean }> }, events: Array<(
        { __typename: 'KubeEvent' }
        & { ' $fragmentRefs'?: { 'KubeEventItem_EventFragment': KubeEventItem_EventFragment } }
      )> }
      & { ' $fragmentRefs'?: { 'KubeObjectRow_Object_PersistentVolumeClaim_Fragment': KubeObjectRow_Object_PersistentVolumeClaim_Fragment } }
    )
    | (
      { __typename: 'Pod', yaml: string, metadata: { __typename: 'ObjectMeta', labels: Array<{ __typename: 'Label', key: string, value: string }>, annotations: Array<{ __typename: 'Label', key: string, value: string }>, ownerReferences: Array<{ __typename: 'OwnerReference', kind: string, name: string, controller: boolean }> }, events: Array<(
        { __typename: 'KubeEvent' }
        & { ' $fragmentRefs'?: { 'KubeEventItem_EventFragment': KubeEventItem_EventFragment } }
      )> }
      & { ' $fragmentRefs'?: { 'KubeObjectRow_Object_Pod_Fragment': KubeObjectRow_Object_Pod_Fragment } }
    )
    | (
      { __typename: 'ReplicaSet', yaml: string, metadata: { __typename: 'ObjectMeta', labels: Array<{ __typename: 'Label', key: string, value: string }>, annotations: Array<{ __typename: 'Label', key: string, value: string }>, ownerReferences: Array<{ __typename: 'OwnerReference', kind: string, name: string, controller: boolean }> }, events: Array<(
        { __typename: 'KubeEvent' }
        & { ' $fragmentRefs'?: { 'KubeEventItem_EventFragment': KubeEventItem_EventFragment } }
      )> }
      & { ' $fragmentRefs'?: { 'KubeObjectRow_Object_ReplicaSet_Fragment': KubeObjectRow_Object_ReplicaSet_Fragment } }
    )
    | (
      { __typename: 'ResourceQuota', yaml: string, metadata: { __typename: 'ObjectMeta', labels: Array<{ __typename: 'Label', key: string, value: string }>, annotations: Array<{ __typename: 'Label', key: string, value: string }>, ownerReferences: Array<{ __typename: 'OwnerReference', kind: string, name: string, controller: boolean }> }, events: Array<(
        { __typename: 'KubeEvent' }
        & { ' $fragmentRefs'?: { 'KubeEventItem_EventFragment': KubeEventItem_EventFragment } }
      )> }
      & { ' $fragmentRefs'?: { 'KubeObjectRow_Object_ResourceQuota_Fragment': KubeObjectRow_Object_ResourceQuota_Fragment } }
    )
    | (
      { __typename: 'Secret', yaml: string, metadata: { __typename: 'ObjectMeta', labels: Array<{ __typename: 'Label', key: string, value: string }>, annotations: Array<{ __typename: 'Label', key: string, value: string }>, ownerReferences: Array<{ __typename: 'OwnerReference', kind: string, name: string, controller: boolean }> }, events: Array<(
        { __typename: 'KubeEvent' }
        & { ' $fragmentRefs'?: { 'KubeEventItem_EventFragment': KubeEventItem_EventFragment } }
      )> }
      & { ' $fragmentRefs'?: { 'KubeObjectRow_Object_Secret_Fragment': KubeObjectRow_Object_Secret_Fragment } }
    )
    | (
      { __typename: 'Service', yaml: string, metadata: { __typename: 'ObjectMeta', labels: Array<{ __typename: 'Label', key: string, value: string }>, annotations: Array<{ __typename: 'Label', key: string, value: string }>, ownerReferences: Array<{ __typename: 'OwnerReference', kind: string, name: string, controller: boolean }> }, events: Array<(
        { __typename: 'KubeEvent' }
        & { ' $fragmentRefs'?: { 'KubeEventItem_EventFragment': KubeEventItem_EventFragment } }
      )> }
      & { ' $fragmentRefs'?: { 'KubeObjectRow_Object_Service_Fragment': KubeObjectRow_Object_Service_Fragment } }
    )
    | (
      { __typename: 'ServiceAccount', yaml: string, metadata: { __typename: 'ObjectMeta', labels: Array<{ __typename: 'Label', key: string, value: string }>, annotations: Array<{ __typename: 'Label', key: string, value: string }>, ownerReferences: Array<{ __typename: 'OwnerReference', kind: string, name: string, controller: boolean }> }, events: Array<(
        { __typename: 'KubeEvent' }
        & { ' $fragmentRefs'?: { 'KubeEventItem_EventFragment': KubeEventItem_EventFragment } }
      )> }
      & { ' $fragmentRefs'?: { 'KubeObjectRow_Object_ServiceAccount_Fragment': KubeObjectRow_Object_ServiceAccount_Fragment } }
    )
    | (
      { __typename: 'StatefulSet', yaml: string, metadata: { __typename: 'ObjectMeta', labels: Array<{ __typename: 'Label', key: string, value: string }>, annotations: Array<{ __typename: 'Label', key: string, value: string }>, ownerReferences: Array<{ __typename: 'OwnerReference', kind: string, name: string, controller: boolean }> }, events: Array<(
        { __typename: 'KubeEvent' }
        & { ' $fragmentRefs'?: { 'KubeEventItem_EventFragment': KubeEventItem_EventFragment } }
      )> }
      & { ' $fragmentRefs'?: { 'KubeObjectRow_Object_StatefulSet_Fragment': KubeObjectRow_Object_StatefulSet_Fragment } }
    )
    | (
      { __typename: 'StorageClass', yaml: string, metadata: { __typename: 'ObjectMeta', labels: Array<{ __typename: 'Label', key: string, value: string }>, annotations: Array<{ __typename: 'Label', key: string, value: string }>, ownerReferences: Array<{ __typename: 'OwnerReference', kind: string, name: string, controller: boolean }> }, events: Array<(
        { __typename: 'KubeEvent' }
        & { ' $fragmentRefs'?: { 'KubeEventItem_EventFragment': KubeEventItem_EventFragment } }
      )> }
      & { ' $fragmentRefs'?: { 'KubeObjectRow_Object_StorageClass_Fragment': KubeObjectRow_Object_StorageClass_Fragment } }
    )
   | null };

export type ResourceChangedSubscriptionVariables = Exact<{
  kind: string;
  project: string;
  filter?: KubeObjectFilter | null | undefined;
}>;


export type ResourceChangedSubscription = { resourceChanged: { __typename: 'ResourceChange', type: ResourceChangeType, object:
      | { __typename: 'ConfigMap', name: string, metadata: { __typename: 'ObjectMeta', resourceVersion: string }, status: { __typename: 'StatusSummary', status: string, message: string | null } }
      | { __typename: 'ControllerRevision', name: string, metadata: { __typename: 'ObjectMeta', resourceVersion: string }, status: { __typename: 'StatusSummary', status: string, message: string | null } }
      | { __typename: 'CronJob', name: string, metadata: { __typename: 'ObjectMeta', resourceVersion: string }, status: { __typename: 'StatusSummary', status: string, message: string | null } }
      | { __typename: 'DaemonSet', name: string, metadata: { __typename: 'ObjectMeta', resourceVersion: string }, status: { __typename: 'StatusSummary', status: string, message: string | null } }
      | { __typename: 'Deployment', name: string, metadata: { __typename: 'ObjectMeta', resourceVersion: string }, status: { __typename: 'StatusSummary', status: string, message: string | null } }
      | { __typename: 'EndpointSlice', name: string, metadata: { __typename: 'ObjectMeta', resourceVersion: string }, status: { __typename: 'StatusSummary', status: string, message: string | null } }
      | { __typename: 'HorizontalPodAutoscaler', name: string, metadata: { __typename: 'ObjectMeta', resourceVersion: string }, status: { __typename: 'StatusSummary', status: string, message: string | null } }
      | { __typename: 'Ingress', name: string, metadata: { __typename: 'ObjectMeta', resourceVersion: string }, status: { __typename: 'StatusSummary', status: string, message: string | null } }
      | { __typename: 'Job', name: string, metadata: { __typename: 'ObjectMeta', resourceVersion: string }, status: { __typename: 'StatusSummary', status: string, message: string | null } }
      | { __typename: 'KubeEvent', name: string, metadata: { __typename: 'ObjectMeta', resourceVersion: string }, status: { __typename: 'StatusSummary', status: string, message: string | null } }
      | { __typename: 'LimitRange', name: string, metadata: { __typename: 'ObjectMeta', resourceVersion: string }, status: { __typename: 'StatusSummary', status: string, message: string | null } }
      | { __typename: 'NetworkPolicy', name: string, metadata: { __typename: 'ObjectMeta', resourceVersion: string }, status: { __typename: 'StatusSummary', status: string, message: string | null } }
      | { __typename: 'Node', name: string, metadata: { __typename: 'ObjectMeta', resourceVersion: string }, status: { __typename: 'StatusSummary', status: string, message: string | null } }
      | { __typename: 'PersistentVolume', name: string, metadata: { __typename: 'ObjectMeta', resourceVersion: string }, status: { __typename: 'StatusSummary', status: string, message: string | null } }
      | { __typename: 'PersistentVolumeClaim', name: string, metadata: { __typename: 'ObjectMeta', resourceVersion: string }, status: { __typename: 'StatusSummary', status: string, message: string | null } }
      | { __typename: 'Pod', name: string, metadata: { __typename: 'ObjectMeta', resourceVersion: string }, status: { __typename: 'StatusSummary', status: string, message: string | null } }
      | { __typename: 'ReplicaSet', name: string, metadata: { __typename: 'ObjectMeta', resourceVersion: string }, status: { __typename: 'StatusSummary', status: string, message: string | null } }
      | { __typename: 'ResourceQuota', name: string, metadata: { __typename: 'ObjectMeta', resourceVersion: string }, status: { __typename: 'StatusSummary', status: string, message: string | null } }
      | { __typename: 'Secret', name: string, metadata: { __typename: 'ObjectMeta', resourceVersion: string }, status: { __typename: 'StatusSummary', status: string, message: string | null } }
      | { __typename: 'Service', name: string, metadata: { __typename: 'ObjectMeta', resourceVersion: string }, status: { __typename: 'StatusSummary', status: string, message: string | null } }
      | { __typename: 'ServiceAccount', name: string, metadata: { __typename: 'ObjectMeta', resourceVersion: string }, status: { __typename: 'StatusSummary', status: string, message: string | null } }
      | { __typename: 'StatefulSet', name: string, metadata: { __typename: 'ObjectMeta', resourceVersion: string }, status: { __typename: 'StatusSummary', status: string, message: string | null } }
      | { __typename: 'StorageClass', name: string, metadata: { __typename: 'ObjectMeta', resourceVersion: string }, status: { __typename: 'StatusSummary', status: string, message: string | null } }
     } };

export type SecretContentQueryVariables = Exact<{
  project: string;
  name: string;
}>;


export type SecretContentQuery = { __typename: 'Query', kubeObject:
    | { __typename: 'ConfigMap', name: string }
    | { __typename: 'ControllerRevision', name: string }
    | { __typename: 'CronJob', name: string }
    | { __typename: 'DaemonSet', name: string }
    | { __typename: 'Deployment', name: string }
    | { __typename: 'EndpointSlice', name: string }
    | { __typename: 'HorizontalPodAutoscaler', name: string }
    | { __typename: 'Ingress', name: string }
    | { __typename: 'Job', name: string }
    | { __typename: 'KubeEvent', name: string }
    | { __typename: 'LimitRange', name: string }
    | { __typename: 'NetworkPolicy', name: string }
    | { __typename: 'Node', name: string }
    | { __typename: 'PersistentVolume', name: string }
    | { __typename: 'PersistentVolumeClaim', name: string }
    | { __typename: 'Pod', name: string }
    | { __typename: 'ReplicaSet', name: string }
    | { __typename: 'ResourceQuota', name: string }
    | { __typename: 'Secret', name: string, content: { __typename: 'SecretContent', type: string, data: Array<{ __typename: 'SecretEntry', key: string, value: string, base64: boolean }> } | null }
    | { __typename: 'Service', name: string }
    | { __typename: 'ServiceAccount', name: string }
    | { __typename: 'StatefulSet', name: string }
    | { __typename: 'StorageClass', name: string }
   | null };

export type ClusterResourceChangedSubscriptionVariables = Exact<{
  kind: string;
  filter?: KubeObjectFilter | null | undefined;
}>;


export type ClusterResourceChangedSubscription = { clusterResourceChanged: { __typename: 'ResourceChange', type: ResourceChangeType, object:
      | { __typename: 'ConfigMap', name: string, metadata: { __typename: 'ObjectMeta', resourceVersion: string }, status: { __typename: 'StatusSummary', status: string, message: string | null } }
      | { __typename: 'ControllerRevision', name: string, metadata: { __typename: 'ObjectMeta', resourceVersion: string }, status: { __typename: 'StatusSummary', status: string, message: string | null } }
      | { __typename: 'CronJob', name: string, metadata: { __typename: 'ObjectMeta', resourceVersion: string }, status: { __typename: 'StatusSummary', status: string, message: string | null } }
      | { __typename: 'DaemonSet', name: string, metadata: { __typename: 'ObjectMeta', resourceVersion: string }, status: { __typename: 'StatusSummary', status: string, message: string | null } }
      | { __typename: 'Deployment', name: string, metadata: { __typename: 'ObjectMeta', resourceVersion: string }, status: { __typename: 'StatusSummary', status: string, message: string | null } }
      | { __typename: 'EndpointSlice', name: string, metadata: { __typename: 'ObjectMeta', resourceVersion: string }, status: { __typename: 'StatusSummary', status: string, message: string | null } }
      | { __typename: 'HorizontalPodAutoscaler', name: string, metadata: { __typename: 'ObjectMeta', resourceVersion: string }, status: { __typename: 'StatusSummary', status: string, message: string | null } }
      | { __typename: 'Ingress', name: string, metadata: { __typename: 'ObjectMeta', resourceVersion: string }, status: { __typename: 'StatusSummary', status: string, message: string | null } }
      | { __typename: 'Job', name: string, metadata: { __typename: 'ObjectMeta', resourceVersion: string }, status: { __typename: 'StatusSummary', status: string, message: string | null } }
      | { __typename: 'KubeEvent', name: string, metadata: { __typename: 'ObjectMeta', resourceVersion: string }, status: { __typename: 'StatusSummary', status: string, message: string | null } }
      | { __typename: 'LimitRange', name: string, metadata: { __typename: 'ObjectMeta', resourceVersion: string }, status: { __typename: 'StatusSummary', status: string, message: string | null } }
      | { __typename: 'NetworkPolicy', name: string, metadata: { __typename: 'ObjectMeta', resourceVersion: string }, status: { __typename: 'StatusSummary', status: string, message: string | null } }
      | { __typename: 'Node', name: string, metadata: { __typename: 'ObjectMeta', resourceVersion: string }, status: { __typename: 'StatusSummary', status: string, message: string | null } }
      | { __typename: 'PersistentVolume', name: string, metadata: { __typename: 'ObjectMeta', resourceVersion: string }, status: { __typename: 'StatusSummary', status: string, message: string | null } }
      | { __typename: 'PersistentVolumeClaim', name: string, metadata: { __typename: 'ObjectMeta', resourceVersion: string }, status: { __typename: 'StatusSummary', status: string, message: string | null } }
      | { __typename: 'Pod', name: string, metadata: { __typename: 'ObjectMeta', resourceVersion: string }, status: { __typename: 'StatusSummary', status: string, message: string | null } }
      | { __typename: 'ReplicaSet', name: string, metadata: { __typename: 'ObjectMeta', resourceVersion: string }, status: { __typename: 'StatusSummary', status: string, message: string | null } }
      | { __typename: 'ResourceQuota', name: string, metadata: { __typename: 'ObjectMeta', resourceVersion: string }, status: { __typename: 'StatusSummary', status: string, message: string | null } }
      | { __typename: 'Secret', name: string, metadata: { __typename: 'ObjectMeta', resourceVersion: string }, status: { __typename: 'StatusSummary', status: string, message: string | null } }
      | { __typename: 'Service', name: string, metadata: { __typename: 'ObjectMeta', resourceVersion: string }, status: { __typename: 'StatusSummary', status: string, message: string | null } }
      | { __typename: 'ServiceAccount', name: string, metadata: { __typename: 'ObjectMeta', resourceVersion: string }, status: { __typename: 'StatusSummary', status: string, message: string | null } }
      | { __typename: 'StatefulSet', name: string, metadata: { __typename: 'ObjectMeta', resourceVersion: string }, status: { __typename: 'StatusSummary', status: string, message: string | null } }
      | { __typename: 'StorageClass', name: string, metadata: { __typename: 'ObjectMeta', resourceVersion: string }, status: { __typename: 'StatusSummary', status: string, message: string | null } }
     } };

type ObjectVersion_ConfigMap_Fragment = { __typename: 'ConfigMap', name: string, metadata: { __typename: 'ObjectMeta', resourceVersion: string } } & { ' $fragmentName'?: 'ObjectVersion_ConfigMap_Fragment' };

type ObjectVersion_ControllerRevision_Fragment = { __typename: 'ControllerRevision', name: string, metadata: { __typename: 'ObjectMeta', resourceVersion: string } } & { ' $fragmentName'?: 'ObjectVersion_ControllerRevision_Fragment' };

type ObjectVersion_CronJob_Fragment = { __typename: 'CronJob', name: string, metadata: { __typename: 'ObjectMeta', resourceVersion: string } } & { ' $fragmentName'?: 'ObjectVersion_CronJob_Fragment' };

type ObjectVersion_DaemonSet_Fragment = { __typename: 'DaemonSet', name: string, metadata: { __typename: 'ObjectMeta', resourceVersion: string } } & { ' $fragmentName'?: 'ObjectVersion_DaemonSet_Fragment' };

type ObjectVersion_Deployment_Fragment = { __typename: 'Deployment', name: string, metadata: { __typename: 'ObjectMeta', resourceVersion: string } } & { ' $fragmentName'?: 'ObjectVersion_Deployment_Fragment' };

type ObjectVersion_EndpointSlice_Fragment = { __typename: 'EndpointSlice', name: string, metadata: { __typename: 'ObjectMeta', resourceVersion: string } } & { ' $fragmentName'?: 'ObjectVersion_EndpointSlice_Fragment' };

type ObjectVersion_HorizontalPodAutoscaler_Fragment = { __typename: 'HorizontalPodAutoscaler', name: string, metadata: { __typename: 'ObjectMeta', resourceVersion: string } } & { ' $fragmentName'?: 'ObjectVersion_HorizontalPodAutoscaler_Fragment' };

type ObjectVersion_Ingress_Fragment = { __typename: 'Ingress', name: string, metadata: { __typename: 'ObjectMeta', resourceVersion: string } } & { ' $fragmentName'?: 'ObjectVersion_Ingress_Fragment' };

type ObjectVersion_Job_Fragment = { __typename: 'Job', name: string, metadata: { __typename: 'ObjectMeta', resourceVersion: string } } & { ' $fragmentName'?: 'ObjectVersion_Job_Fragment' };

type ObjectVersion_KubeEvent_Fragment = { __typename: 'KubeEvent', name: string, metadata: { __typename: 'ObjectMeta', resourceVersion: string } } & { ' $fragmentName'?: 'ObjectVersion_KubeEvent_Fragment' };

type ObjectVersion_LimitRange_Fragment = { __typename: 'LimitRange', name: string, metadata: { __typename: 'ObjectMeta', resourceVersion: string } } & { ' $fragmentName'?: 'ObjectVersion_LimitRange_Fragment' };

type ObjectVersion_NetworkPolicy_Fragment = { __typename: 'NetworkPolicy', name: string, metadata: { __typename: 'ObjectMeta', resourceVersion: string } } & { ' $fragmentName'?: 'ObjectVersion_NetworkPolicy_Fragment' };

type ObjectVersion_Node_Fragment = { __typename: 'Node', name: string, metadata: { __typename: 'ObjectMeta', resourceVersion: string } } & { ' $fragmentName'?: 'ObjectVersion_Node_Fragment' };

type ObjectVersion_PersistentVolume_Fragment = { __typename: 'PersistentVolume', name: string, metadata: { __typename: 'ObjectMeta', resourceVersion: string } } & { ' $fragmentName'?: 'ObjectVersion_PersistentVolume_Fragment' };

type ObjectVersion_PersistentVolumeClaim_Fragment = { __typename: 'PersistentVolumeClaim', name: string, metadata: { __typename: 'ObjectMeta', resourceVersion: string } } & { ' $fragmentName'?: 'ObjectVersion_PersistentVolumeClaim_Fragment' };

type ObjectVersion_Pod_Fragment = { __typename: 'Pod', name: string, metadata: { __typename: 'ObjectMeta', resourceVersion: string } } & { ' $fragmentName'?: 'ObjectVersion_Pod_Fragment' };

type ObjectVersion_ReplicaSet_Fragment = { __typename: 'ReplicaSet', name: string, metadata: { __typename: 'ObjectMeta', resourceVersion: string } } & { ' $fragmentName'?: 'ObjectVersion_ReplicaSet_Fragment' };

type ObjectVersion_ResourceQuota_Fragment = { __typename: 'ResourceQuota', name: string, metadata: { __typename: 'ObjectMeta', resourceVersion: string } } & { ' $fragmentName'?: 'ObjectVersion_ResourceQuota_Fragment' };

type ObjectVersion_Secret_Fragment = { __typename: 'Secret', name: string, metadata: { __typename: 'ObjectMeta', resourceVersion: string } } & { ' $fragmentName'?: 'ObjectVersion_Secret_Fragment' };

type ObjectVersion_Service_Fragment = { __typename: 'Service', name: string, metadata: { __typename: 'ObjectMeta', resourceVersion: string } } & { ' $fragmentName'?: 'ObjectVersion_Service_Fragment' };

type ObjectVersion_ServiceAccount_Fragment = { __typename: 'ServiceAccount', name: string, metadata: { __typename: 'ObjectMeta', resourceVersion: string } } & { ' $fragmentName'?: 'ObjectVersion_ServiceAccount_Fragment' };

type ObjectVersion_StatefulSet_Fragment = { __typename: 'StatefulSet', name: string, metadata: { __typename: 'ObjectMeta', resourceVersion: string } } & { ' $fragmentName'?: 'ObjectVersion_StatefulSet_Fragment' };

type ObjectVersion_StorageClass_Fragment = { __typename: 'StorageClass', name: string, metadata: { __typename: 'ObjectMeta', resourceVersion: string } } & { ' $fragmentName'?: 'ObjectVersion_StorageClass_Fragment' };

export type ObjectVersionFragment =
  | ObjectVersion_ConfigMap_Fragment
  | ObjectVersion_ControllerRevision_Fragment
  | ObjectVersion_CronJob_Fragment
  | ObjectVersion_DaemonSet_Fragment
  | ObjectVersion_Deployment_Fragment
  | ObjectVersion_EndpointSlice_Fragment
  | ObjectVersion_HorizontalPodAutoscaler_Fragment
  | ObjectVersion_Ingress_Fragment
  | ObjectVersion_Job_Fragment
  | ObjectVersion_KubeEvent_Fragment
  | ObjectVersion_LimitRange_Fragment
  | ObjectVersion_NetworkPolicy_Fragment
  | ObjectVersion_Node_Fragment
  | ObjectVersion_PersistentVolume_Fragment
  | ObjectVersion_PersistentVolumeClaim_Fragment
  | ObjectVersion_Pod_Fragment
  | ObjectVersion_ReplicaSet_Fragment
  | ObjectVersion_ResourceQuota_Fragment
  | ObjectVersion_Secret_Fragment
  | ObjectVersion_Service_Fragment
  | ObjectVersion_ServiceAccount_Fragment
  | ObjectVersion_StatefulSet_Fragment
  | ObjectVersion_StorageClass_Fragment
;

export type ProjectCapabilitiesQueryVariables = Exact<{
  project: string;
}>;


export type ProjectCapabilitiesQuery = { __typename: 'Query', project: { __typename: 'Project', name: string, displayName: string, viewerCanEdit: boolean } | null };

export type KubeEventItem_EventFragment = { __typename: 'KubeEvent', name: string, type: string, reason: string | null, message: string | null, count: number, source: string | null, lastSeen: string | null, firstSeen: string | null } & { ' $fragmentName'?: 'KubeEventItem_EventFragment' };

export type ObjectEventsSubscriptionVariables = Exact<{
  kind: string;
  namespace: string;
  name: string;
}>;


export type ObjectEventsSubscription = { events: { __typename: 'KubeEventChange', type: ResourceChangeType, event: (
      { __typename: 'KubeEvent' }
      & { ' $fragmentRefs'?: { 'KubeEventItem_EventFragment': KubeEventItem_EventFragment } }
    ) } };

export type ApplyYamlMutationVariables = Exact<{
  project: string;
  yaml: string;
  dryRun: boolean;
}>;


export type ApplyYamlMutation = { __typename: 'Mutation', applyYaml: Array<
    | { __typename: 'ConfigMap', kind: string, name: string, yaml: string }
    | { __typename: 'ControllerRevision', kind: string, name: string, yaml: string }
    | { __typename: 'CronJob', kind: string, name: string, yaml: string }
    | { __typename: 'DaemonSet', kind: string, name: string, yaml: string }
    | { __typename: 'Deployment', kind: string, name: string, yaml: string }
    | { __typename: 'EndpointSlice', kind: string, name: string, yaml: string }
    | { __typename: 'HorizontalPodAutoscaler', kind: string, name: string, yaml: string }
    | { __typename: 'Ingress', kind: string, name: string, yaml: string }
    | { __typename: 'Job', kind: string, name: string, yaml: string }
    | { __typename: 'KubeEvent', kind: string, name: string, yaml: string }
    | { __typename: 'LimitRange', kind: string, name: string, yaml: string }
    | { __typename: 'NetworkPolicy', kind: string, name: string, yaml: string }
    | { __typename: 'Node', kind: string, name: string, yaml: string }
    | { __typename: 'PersistentVolume', kind: string, name: string, yaml: string }
    | { __typename: 'PersistentVolumeClaim', kind: string, name: string, yaml: string }
    | { __typename: 'Pod', kind: string, name: string, yaml: string }
    | { __typename: 'ReplicaSet', kind: string, name: string, yaml: string }
    | { __typename: 'ResourceQuota', kind: string, name: string, yaml: string }
    | { __typename: 'Secret', kind: string, name: string, yaml: string }
    | { __typename: 'Service', kind: string, name: string, yaml: string }
    | { __typename: 'ServiceAccount', kind: string, name: string, yaml: string }
    | { __typename: 'StatefulSet', kind: string, name: string, yaml: string }
    | { __typename: 'StorageClass', kind: string, name: string, yaml: string }
  > };

export type UpdateObjectMutationVariables = Exact<{
  project: string;
  yaml: string;
}>;


export type UpdateObjectMutation = { __typename: 'Mutation', updateObject:
    | { __typename: 'ConfigMap', name: string, yaml: string }
    | { __typename: 'ControllerRevision', name: string, yaml: string }
    | { __typename: 'CronJob', name: string, yaml: string }
    | { __typename: 'DaemonSet', name: string, yaml: string }
    | { __typename: 'Deployment', name: string, yaml: string }
    | { __typename: 'EndpointSlice', name: string, yaml: string }
    | { __typename: 'HorizontalPodAutoscaler', name: string, yaml: string }
    | { __typename: 'Ingress', name: string, yaml: string }
    | { __typename: 'Job', name: string, yaml: string }
    | { __typename: 'KubeEvent', name: string, yaml: string }
    | { __typename: 'LimitRange', name: string, yaml: string }
    | { __typename: 'NetworkPolicy', name: string, yaml: string }
    | { __typename: 'Node', name: string, yaml: string }
    | { __typename: 'PersistentVolume', name: string, yaml: string }
    | { __typename: 'PersistentVolumeClaim', name: string, yaml: string }
    | { __typename: 'Pod', name: string, yaml: string }
    | { __typename: 'ReplicaSet', name: string, yaml: string }
    | { __typename: 'ResourceQuota', name: string, yaml: string }
    | { __typename: 'Secret', name: string, yaml: string }
    | { __typename: 'Service', name: string, yaml: string }
    | { __typename: 'ServiceAccount', name: string, yaml: string }
    | { __typename: 'StatefulSet', name: string, yaml: string }
    | { __typename: 'StorageClass', name: string, yaml: string }
   };

export type DeleteObjectMutationVariables = Exact<{
  kind: string;
  project: string;
  name: string;
  propagationPolicy: PropagationPolicy;
}>;


export type DeleteObjectMutation = { __typename: 'Mutation', deleteObject: { __typename: 'DeletedObject', kind: string, name: string } };

export type RestartRolloutMutationVariables = Exact<{
  kind: string;
  project: string;
  name: string;
}>;


export type RestartRolloutMutation = { __typename: 'Mutation', restartRollout:
    | (
      { __typename: 'ConfigMap' }
      & { ' $fragmentRefs'?: { 'ObjectVersion_ConfigMap_Fragment': ObjectVersion_ConfigMap_Fragment } }
    )
    | (
      { __typename: 'ControllerRevision' }
      & { ' $fragmentRefs'?: { 'ObjectVersion_ControllerRevision_Fragment': ObjectVersion_ControllerRevision_Fragment } }
    )
    | (
      { __typename: 'CronJob' }
      & { ' $fragmentRefs'?: { 'ObjectVersion_CronJob_Fragment': ObjectVersion_CronJob_Fragment } }
    )
    | (
      { __typename: 'DaemonSet' }
      & { ' $fragmentRefs'?: { 'ObjectVersion_DaemonSet_Fragment': ObjectVersion_DaemonSet_Fragment } }
    )
    | (
      { __typename: 'Deployment' }
      & { ' $fragmentRefs'?: { 'ObjectVersion_Deployment_Fragment': ObjectVersion_Deployment_Fragment } }
    )
    | (
      { __typename: 'EndpointSlice' }
      & { ' $fragmentRefs'?: { 'ObjectVersion_EndpointSlice_Fragment': ObjectVersion_EndpointSlice_Fragment } }
    )
    | (
      { __typename: 'HorizontalPodAutoscaler' }
      & { ' $fragmentRefs'?: { 'ObjectVersion_HorizontalPodAutoscaler_Fragment': ObjectVersion_HorizontalPodAutoscaler_Fragment } }
    )
    | (
      { __typename: 'Ingress' }
      & { ' $fragmentRefs'?: { 'ObjectVersion_Ingress_Fragment': ObjectVersion_Ingress_Fragment } }
    )
    | (
      { __typename: 'Job' }
      & { ' $fragmentRefs'?: { 'ObjectVersion_Job_Fragment': ObjectVersion_Job_Fragment } }
    )
    | (
      { __typename: 'KubeEvent' }
      & { ' $fragmentRefs'?: { 'ObjectVersion_KubeEvent_Fragment': ObjectVersion_KubeEvent_Fragment } }
    )
    | (
      { __typename: 'LimitRange' }
      & { ' $fragmentRefs'?: { 'ObjectVersion_LimitRange_Fragment': ObjectVersion_LimitRange_Fragment } }
    )
    | (
      { __typename: 'NetworkPolicy' }
      & { ' $fragmentRefs'?: { 'ObjectVersion_NetworkPolicy_Fragment': ObjectVersion_NetworkPolicy_Fragment } }
    )
    | (
      { __typename: 'Node' }
      & { ' $fragmentRefs'?: { 'ObjectVersion_Node_Fragment': ObjectVersion_Node_Fragment } }
    )
    | (
      { __typename: 'PersistentVolume' }
      & { ' $fragmentRefs'?: { 'ObjectVersion_PersistentVolume_Fragment': ObjectVersion_PersistentVolume_Fragment } }
    )
    | (
      { __typename: 'PersistentVolumeClaim' }
      & { ' $fragmentRefs'?: { 'ObjectVersion_PersistentVolumeClaim_Fragment': ObjectVersion_PersistentVolumeClaim_Fragment } }
    )
    | (
      { __typename: 'Pod' }
      & { ' $fragmentRefs'?: { 'ObjectVersion_Pod_Fragment': ObjectVersion_Pod_Fragment } }
    )
    | (
      { __typename: 'ReplicaSet' }
      & { ' $fragmentRefs'?: { 'ObjectVersion_ReplicaSet_Fragment': ObjectVersion_ReplicaSet_Fragment } }
    )
    | (
      { __typename: 'ResourceQuota' }
      & { ' $fragmentRefs'?: { 'ObjectVersion_ResourceQuota_Fragment': ObjectVersion_ResourceQuota_Fragment } }
    )
    | (
      { __typename: 'Secret' }
      & { ' $fragmentRefs'?: { 'ObjectVersion_Secret_Fragment': ObjectVersion_Secret_Fragment } }
    )
    | (
      { __typename: 'Service' }
      & { ' $fragmentRefs'?: { 'ObjectVersion_Service_Fragment': ObjectVersion_Service_Fragment } }
    )
    | (
      { __typename: 'ServiceAccount' }
      & { ' $fragmentRefs'?: { 'ObjectVersion_ServiceAccount_Fragment': ObjectVersion_ServiceAccount_Fragment } }
    )
    | (
      { __typename: 'StatefulSet' }
      & { ' $fragmentRefs'?: { 'ObjectVersion_StatefulSet_Fragment': ObjectVersion_StatefulSet_Fragment } }
    )
    | (
      { __typename: 'StorageClass' }
      & { ' $fragmentRefs'?: { 'ObjectVersion_StorageClass_Fragment': ObjectVersion_StorageClass_Fragment } }
    )
   };

export type RollbackRolloutMutationVariables = Exact<{
  kind: string;
  project: string;
  name: string;
  revision: number;
}>;


export type RollbackRolloutMutation = { __typename: 'Mutation', rollbackRollout:
    | (
      { __typename: 'ConfigMap' }
      & { ' $fragmentRefs'?: { 'ObjectVersion_ConfigMap_Fragment': ObjectVersion_ConfigMap_Fragment } }
    )
    | (
      { __typename: 'ControllerRevision' }
      & { ' $fragmentRefs'?: { 'ObjectVersion_ControllerRevision_Fragment': ObjectVersion_ControllerRevision_Fragment } }
    )
    | (
      { __typename: 'CronJob' }
      & { ' $fragmentRefs'?: { 'ObjectVersion_CronJob_Fragment': ObjectVersion_CronJob_Fragment } }
    )
    | (
      { __typename: 'DaemonSet' }
      & { ' $fragmentRefs'?: { 'ObjectVersion_DaemonSet_Fragment': ObjectVersion_DaemonSet_Fragment } }
    )
    | (
      { __typename: 'Deployment' }
      & { ' $fragmentRefs'?: { 'ObjectVersion_Deployment_Fragment': ObjectVersion_Deployment_Fragment } }
    )
    | (
      { __typename: 'EndpointSlice' }
      & { ' $fragmentRefs'?: { 'ObjectVersion_EndpointSlice_Fragment': ObjectVersion_EndpointSlice_Fragment } }
    )
    | (
      { __typename: 'HorizontalPodAutoscaler' }
      & { ' $fragmentRefs'?: { 'ObjectVersion_HorizontalPodAutoscaler_Fragment': ObjectVersion_HorizontalPodAutoscaler_Fragment } }
    )
    | (
      { __typename: 'Ingress' }
      & { ' $fragmentRefs'?: { 'ObjectVersion_Ingress_Fragment': ObjectVersion_Ingress_Fragment } }
    )
    | (
      { __typename: 'Job' }
      & { ' $fragmentRefs'?: { 'ObjectVersion_Job_Fragment': ObjectVersion_Job_Fragment } }
    )
    | (
      { __typename: 'KubeEvent' }
      & { ' $fragmentRefs'?: { 'ObjectVersion_KubeEvent_Fragment': ObjectVersion_KubeEvent_Fragment } }
    )
    | (
      { __typename: 'LimitRange' }
      & { ' $fragmentRefs'?: { 'ObjectVersion_LimitRange_Fragment': ObjectVersion_LimitRange_Fragment } }
    )
    | (
      { __typename: 'NetworkPolicy' }
      & { ' $fragmentRefs'?: { 'ObjectVersion_NetworkPolicy_Fragment': ObjectVersion_NetworkPolicy_Fragment } }
    )
    | (
      { __typename: 'Node' }
      & { ' $fragmentRefs'?: { 'ObjectVersion_Node_Fragment': ObjectVersion_Node_Fragment } }
    )
    | (
      { __typename: 'PersistentVolume' }
      & { ' $fragmentRefs'?: { 'ObjectVersion_PersistentVolume_Fragment': ObjectVersion_PersistentVolume_Fragment } }
    )
    | (
      { __typename: 'PersistentVolumeClaim' }
      & { ' $fragmentRefs'?: { 'ObjectVersion_PersistentVolumeClaim_Fragment': ObjectVersion_PersistentVolumeClaim_Fragment } }
    )
    | (
      { __typename: 'Pod' }
      & { ' $fragmentRefs'?: { 'ObjectVersion_Pod_Fragment': ObjectVersion_Pod_Fragment } }
    )
    | (
      { __typename: 'ReplicaSet' }
      & { ' $fragmentRefs'?: { 'ObjectVersion_ReplicaSet_Fragment': ObjectVersion_ReplicaSet_Fragment } }
    )
    | (
      { __typename: 'ResourceQuota' }
      & { ' $fragmentRefs'?: { 'ObjectVersion_ResourceQuota_Fragment': ObjectVersion_ResourceQuota_Fragment } }
    )
    | (
      { __typename: 'Secret' }
      & { ' $fragmentRefs'?: { 'ObjectVersion_Secret_Fragment': ObjectVersion_Secret_Fragment } }
    )
    | (
      { __typename: 'Service' }
      & { ' $fragmentRefs'?: { 'ObjectVersion_Service_Fragment': ObjectVersion_Service_Fragment } }
    )
    | (
      { __typename: 'ServiceAccount' }
      & { ' $fragmentRefs'?: { 'ObjectVersion_ServiceAccount_Fragment': ObjectVersion_ServiceAccount_Fragment } }
    )
    | (
      { __typename: 'StatefulSet' }
      & { ' $fragmentRefs'?: { 'ObjectVersion_StatefulSet_Fragment': ObjectVersion_StatefulSet_Fragment } }
    )
    | (
      { __typename: 'StorageClass' }
      & { ' $fragmentRefs'?: { 'ObjectVersion_StorageClass_Fragment': ObjectVersion_StorageClass_Fragment } }
    )
   };

export type PauseRolloutMutationVariables = Exact<{
  project: string;
  name: string;
}>;


export type PauseRolloutMutation = { __typename: 'Mutation', pauseRollout: (
    { __typename: 'Deployment' }
    & { ' $fragmentRefs'?: { 'ObjectVersion_Deployment_Fragment': ObjectVersion_Deployment_Fragment } }
  ) };

export type ResumeRolloutMutationVariables = Exact<{
  project: string;
  name: string;
}>;


export type ResumeRolloutMutation = { __typename: 'Mutation', resumeRollout: (
    { __typename: 'Deployment' }
    & { ' $fragmentRefs'?: { 'ObjectVersion_Deployment_Fragment': ObjectVersion_Deployment_Fragment } }
  ) };

export type SuspendCronJobMutationVariables = Exact<{
  project: string;
  name: string;
}>;


export type SuspendCronJobMutation = { __typename: 'Mutation', suspendCronJob: (
    { __typename: 'CronJob' }
    & { ' $fragmentRefs'?: { 'ObjectVersion_CronJob_Fragment': ObjectVersion_CronJob_Fragment } }
  ) };

export type ResumeCronJobMutationVariables = Exact<{
  project: string;
  name: string;
}>;


export type ResumeCronJobMutation = { __typename: 'Mutation', resumeCronJob: (
    { __typename: 'CronJob' }
    & { ' $fragmentRefs'?: { 'ObjectVersion_CronJob_Fragment': ObjectVersion_CronJob_Fragment } }
  ) };

export type RunCronJobMutationVariables = Exact<{
  project: string;
  name: string;
}>;


export type RunCronJobMutation = { __typename: 'Mutation', runCronJob: { __typename: 'Job', name: string } };

export type CordonNodeMutationVariables = Exact<{
  name: string;
}>;


export type CordonNodeMutation = { __typename: 'Mutation', cordonNode: (
    { __typename: 'Node' }
    & { ' $fragmentRefs'?: { 'ObjectVersion_Node_Fragment': ObjectVersion_Node_Fragment } }
  ) };

export type UncordonNodeMutationVariables = Exact<{
  name: string;
}>;


export type UncordonNodeMutation = { __typename: 'Mutation', uncordonNode: (
    { __typename: 'Node' }
    & { ' $fragmentRefs'?: { 'ObjectVersion_Node_Fragment': ObjectVersion_Node_Fragment } }
  ) };

export type DrainNodeMutationVariables = Exact<{
  name: string;
}>;


export type DrainNodeMutation = { __typename: 'Mutation', drainNode: { __typename: 'DrainResult', evicted: Array<string>, complete: boolean, node: { __typename: 'Node', name: string }, skipped: Array<{ __typename: 'DrainSkip', pod: string, reason: string }>, pending: Array<{ __typename: 'DrainSkip', pod: string, reason: string }> } };

export type ProjectConfigSourcesQueryVariables = Exact<{
  project: string;
}>;


export type ProjectConfigSourcesQuery = { __typename: 'Query', project: { __typename: 'Project', name: string, configMaps: { __typename: 'ConfigMapConnection', nodes: Array<{ __typename: 'ConfigMap', name: string, data: Array<{ __typename: 'Label', key: string }> }> } | null, secrets: { __typename: 'SecretConnection', nodes: Array<{ __typename: 'Secret', name: string }> } | null, persistentVolumeClaims: { __typename: 'PersistentVolumeClaimConnection', nodes: Array<{ __typename: 'PersistentVolumeClaim', name: string }> } | null, deployments: { __typename: 'DeploymentConnection', nodes: Array<{ __typename: 'Deployment', name: string }> } | null, statefulSets: { __typename: 'StatefulSetConnection', nodes: Array<{ __typename: 'StatefulSet', name: string }> } | null, services: { __typename: 'ServiceConnection', nodes: Array<{ __typename: 'Service', name: string, ports: Array<{ __typename: 'ServicePort', port: number }> }> } | null } | null };

export type KubeKindsQueryVariables = Exact<{ [key: string]: never; }>;


export type KubeKindsQuery = { __typename: 'Query', kubeKinds: Array<{ __typename: 'KubeKind', kind: string, namespaced: boolean, clusterAdmin: boolean, readOnly: boolean, metadataOnly: boolean, filters: Array<string>, sortKeys: Array<WorkloadSortField>, listField: string | null, createMutation: string | null }> };

export type PodLogTailSubscriptionVariables = Exact<{
  namespace: string;
  pod: string;
  container?: string | null | undefined;
}>;


export type PodLogTailSubscription = { podLogTail: { __typename: 'LogLine', time: string | null, message: string } };

export type LogRecordFieldsFragment = { __typename: 'LogRecord', id: string, time: string, message: string, namespace: string, pod: string | null, container: string | null, level: LogLevel | null, highlights: Array<string> } & { ' $fragmentName'?: 'LogRecordFieldsFragment' };

export type SearchLogsQueryVariables = Exact<{
  filter: LogFilter;
  first?: number | null | undefined;
  after?: string | null | undefined;
  interval: string;
}>;


export type SearchLogsQuery = { __typename: 'Query', searchLogs: { __typename: 'LogSearchResult', totalCount: number, edges: Array<{ __typename: 'LogRecordEdge', cursor: string, node: (
        { __typename: 'LogRecord' }
        & { ' $fragmentRefs'?: { 'LogRecordFieldsFragment': LogRecordFieldsFragment } }
      ) }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, histogram: Array<{ __typename: 'LogHistogramBucket', time: string, count: number }> } | null };

export type LogContextQueryVariables = Exact<{
  project: string;
  id: string | number;
}>;


export type LogContextQuery = { __typename: 'Query', logContext: { __typename: 'LogContext', before: Array<(
      { __typename: 'LogRecord' }
      & { ' $fragmentRefs'?: { 'LogRecordFieldsFragment': LogRecordFieldsFragment } }
    )>, after: Array<(
      { __typename: 'LogRecord' }
      & { ' $fragmentRefs'?: { 'LogRecordFieldsFragment': LogRecordFieldsFragment } }
    )> } | null };

export type LogTailSubscriptionVariables = Exact<{
  project: string;
  workload?: WorkloadRef | null | undefined;
  pod?: string | null | undefined;
  container?: string | null | undefined;
  keyword?: string | null | undefined;
}>;


export type LogTailSubscription = { logTail: (
    { __typename: 'LogRecord' }
    & { ' $fragmentRefs'?: { 'LogRecordFieldsFragment': LogRecordFieldsFragment } }
  ) };

export type SearchEventsQueryVariables = Exact<{
  project: string;
  kind?: string | null | undefined;
  name?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SearchEventsQuery = { __typename: 'Query', searchEvents: { __typename: 'EventRecordConnection', totalCount: number, edges: Array<{ __typename: 'EventRecordEdge', node: { __typename: 'EventRecord', uid: string, involvedKind: string, involvedName: string, type: string, reason: string | null, message: string | null, count: number, source: string | null, lastSeen: string } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } | null };

export type PodLogs_PodFragment = { __typename: 'Pod', logs: { __typename: 'PodLogs', container: string, truncated: boolean, lines: Array<{ __typename: 'LogLine', time: string | null, message: string }> } | null } & { ' $fragmentName'?: 'PodLogs_PodFragment' };

export type MetricSeriesFieldsFragment = { __typename: 'MetricSeries', name: string, unit: string, value: number | null, points: Array<{ __typename: 'MetricPoint', timestamp: string, value: number }> | null } & { ' $fragmentName'?: 'MetricSeriesFieldsFragment' };

export type ClusterMetricsQueryVariables = Exact<{
  names: Array<string> | string;
  range?: MetricRange | null | undefined;
}>;


export type ClusterMetricsQuery = { __typename: 'Query', clusterMetrics: Array<(
    { __typename: 'MetricSeries' }
    & { ' $fragmentRefs'?: { 'MetricSeriesFieldsFragment': MetricSeriesFieldsFragment } }
  )> | null };

export type WorkspaceMetricsQueryVariables = Exact<{
  workspace: string;
  names: Array<string> | string;
  range?: MetricRange | null | undefined;
}>;


export type WorkspaceMetricsQuery = { __typename: 'Query', workspace: { __typename: 'Workspace', name: string, metrics: { __typename: 'WorkspaceMetrics', series: Array<(
        { __typename: 'MetricSeries' }
        & { ' $fragmentRefs'?: { 'MetricSeriesFieldsFragment': MetricSeriesFieldsFragment } }
      )> | null } | null } | null };

export type ProjectMetricsQueryVariables = Exact<{
  project: string;
  names: Array<string> | string;
  range?: MetricRange | null | undefined;
}>;


export type ProjectMetricsQuery = { __typename: 'Query', project: { __typename: 'Project', name: string, metrics: { __typename: 'ProjectMetrics', series: Array<(
        { __typename: 'MetricSeries' }
        & { ' $fragmentRefs'?: { 'MetricSeriesFieldsFragment': MetricSeriesFieldsFragment } }
      )> | null } | null } | null };

export type ObjectMetricsQueryVariables = Exact<{
  kind: string;
  project?: string | null | undefined;
  name: string;
  names: Array<string> | string;
  containerNames: Array<string> | string;
  range?: MetricRange | null | undefined;
}>;


export type ObjectMetricsQuery = { __typename: 'Query', kubeObject:
    | { __typename: 'ConfigMap', name: string }
    | { __typename: 'ControllerRevision', name: string }
    | { __typename: 'CronJob', name: string }
    | { __typename: 'DaemonSet', name: string, metrics: { __typename: 'WorkloadMetrics', series: Array<(
          { __typename: 'MetricSeries' }
          & { ' $fragmentRefs'?: { 'MetricSeriesFieldsFragment': MetricSeriesFieldsFragment } }
        )> | null } | null }
    | { __typename: 'Deployment', name: string, metrics: { __typename: 'WorkloadMetrics', series: Array<(
          { __typename: 'MetricSeries' }
          & { ' $fragmentRefs'?: { 'MetricSeriesFieldsFragment': MetricSeriesFieldsFragment } }
        )> | null } | null }
    | { __typename: 'EndpointSlice', name: string }
    | { __typename: 'HorizontalPodAutoscaler', name: string }
    | { __typename: 'Ingress', name: string }
    | { __typename: 'Job', name: string }
    | { __typename: 'KubeEvent', name: string }
    | { __typename: 'LimitRange', name: string }
    | { __typename: 'NetworkPolicy', name: string }
    | { __typename: 'Node', name: string, metrics: { __typename: 'NodeMetrics', series: Array<(
          { __typename: 'MetricSeries' }
          & { ' $fragmentRefs'?: { 'MetricSeriesFieldsFragment': MetricSeriesFieldsFragment } }
        )> | null } | null }
    | { __typename: 'PersistentVolume', name: string }
    | { __typename: 'PersistentVolumeClaim', name: string }
    | { __typename: 'Pod', name: string, metrics: { __typename: 'PodMetrics', series: Array<(
          { __typename: 'MetricSeries' }
          & { ' $fragmentRefs'?: { 'MetricSeriesFieldsFragment': MetricSeriesFieldsFragment } }
        )> | null, containers: Array<{ __typename: 'ContainerMetrics', container: string, series: Array<(
            { __typename: 'MetricSeries' }
            & { ' $fragmentRefs'?: { 'MetricSeriesFieldsFragment': MetricSeriesFieldsFragment } }
          )> }> | null } | null }
    | { __typename: 'ReplicaSet', name: string }
    | { __typename: 'ResourceQuota', name: string }
    | { __typename: 'Secret', name: string }
    | { __typename: 'Service', name: string }
    | { __typename: 'ServiceAccount', name: string }
    | { __typename: 'StatefulSet', name: string, metrics: { __typename: 'WorkloadMetrics', series: Array<(
          { __typename: 'MetricSeries' }
          & { ' $fragmentRefs'?: { 'MetricSeriesFieldsFragment': MetricSeriesFieldsFragment } }
        )> | null } | null }
    | { __typename: 'StorageClass', name: string }
   | null };

export type MetricRankingQueryVariables = Exact<{
  level: RankLevel;
  metric: RankMetric;
  order?: SortDirection | null | undefined;
  workspace?: string | null | undefined;
  project?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MetricRankingQuery = { __typename: 'Query', metricRanking: { __typename: 'RankedObjectConnection', totalCount: number, pageInfo: (
      { __typename: 'PageInfo' }
      & { ' $fragmentRefs'?: { 'Pager_PageInfoFragment': Pager_PageInfoFragment } }
    ), nodes: Array<{ __typename: 'RankedObject', name: string, namespace: string | null, workloadKind: WorkloadKind | null, metric: string, unit: string, value: number }> } | null };

export type LimitRangeForm_ContainerDefaultsFragment = { __typename: 'ContainerDefaults', defaultRequestCpu: string | null, defaultRequestMemory: string | null, defaultLimitCpu: string | null, defaultLimitMemory: string | null } & { ' $fragmentName'?: 'LimitRangeForm_ContainerDefaultsFragment' };

export type ProjectQuotasQueryVariables = Exact<{
  project: string;
}>;


export type ProjectQuotasQuery = { __typename: 'Query', project: { __typename: 'Project', name: string, displayName: string, viewerCanManageSettings: boolean, networkIsolated: boolean | null, quota: Array<(
      { __typename: 'QuotaUsage' }
      & { ' $fragmentRefs'?: { 'QuotaUsageRow_QuotaUsageFragment': QuotaUsageRow_QuotaUsageFragment } }
    )> | null, limitRange: (
      { __typename: 'ContainerDefaults' }
      & { ' $fragmentRefs'?: { 'LimitRangeForm_ContainerDefaultsFragment': LimitRangeForm_ContainerDefaultsFragment } }
    ) | null } | null };

export type SetProjectQuotaMutationVariables = Exact<{
  project: string;
  hard: Array<QuotaLimitInput> | QuotaLimitInput;
}>;


export type SetProjectQuotaMutation = { __typename: 'Mutation', setProjectQuota: { __typename: 'Project', name: string, quota: Array<(
      { __typename: 'QuotaUsage' }
      & { ' $fragmentRefs'?: { 'QuotaUsageRow_QuotaUsageFragment': QuotaUsageRow_QuotaUsageFragment } }
    )> | null } };

export type SetProjectLimitRangeMutationVariables = Exact<{
  project: string;
  input?: LimitRangeInput | null | undefined;
}>;


export type SetProjectLimitRangeMutation = { __typename: 'Mutation', setProjectLimitRange: { __typename: 'Project', name: string, limitRange: (
      { __typename: 'ContainerDefaults' }
      & { ' $fragmentRefs'?: { 'LimitRangeForm_ContainerDefaultsFragment': LimitRangeForm_ContainerDefaultsFragment } }
    ) | null } };

export type SetProjectNetworkIsolationMutationVariables = Exact<{
  project: string;
  enabled: boolean;
}>;


export type SetProjectNetworkIsolationMutation = { __typename: 'Mutation', setProjectNetworkIsolation: { __typename: 'Project', name: string, networkIsolated: boolean | null } };

export type QuotaUsageRow_QuotaUsageFragment = { __typename: 'QuotaUsage', resource: string, hard: string, used: string | null, allocated: string | null, fraction: number | null } & { ' $fragmentName'?: 'QuotaUsageRow_QuotaUsageFragment' };

export type ProjectNavEntry_ProjectFragment = { __typename: 'Project', name: string, displayName: string } & { ' $fragmentName'?: 'ProjectNavEntry_ProjectFragment' };

export type WorkspaceProjectsQueryVariables = Exact<{
  name: string;
}>;


export type WorkspaceProjectsQuery = { __typename: 'Query', workspace: { __typename: 'Workspace', name: string, displayName: string, viewerCanCreateProject: boolean, projects: { __typename: 'ProjectConnection', totalCount: number, edges: Array<{ __typename: 'ProjectEdge', node: (
          { __typename: 'Project', name: string }
          & { ' $fragmentRefs'?: { 'ProjectCard_ProjectFragment': ProjectCard_ProjectFragment;'ProjectNavEntry_ProjectFragment': ProjectNavEntry_ProjectFragment } }
        ) }> } | null } | null };

export type ProjectCard_ProjectFragment = { __typename: 'Project', name: string, displayName: string } & { ' $fragmentName'?: 'ProjectCard_ProjectFragment' };

export type PermissionBundlesQueryVariables = Exact<{ [key: string]: never; }>;


export type PermissionBundlesQuery = { __typename: 'Query', permissionBundles: Array<{ __typename: 'PermissionBundleInfo', bundle: PermissionBundle, scopes: Array<RoleScope>, implies: Array<PermissionBundle> }> };

export type RolesQueryVariables = Exact<{
  scope: RoleScope;
  workspace?: string | null | undefined;
  project?: string | null | undefined;
}>;


export type RolesQuery = { __typename: 'Query', roles: { __typename: 'RoleConnection', totalCount: number, nodes: Array<(
      { __typename: 'Role' }
      & { ' $fragmentRefs'?: { 'RoleRow_RoleFragment': RoleRow_RoleFragment } }
    )> } };

export type CreateRoleMutationVariables = Exact<{
  input: CreateRoleInput;
}>;


export type CreateRoleMutation = { __typename: 'Mutation', createRole: (
    { __typename: 'Role' }
    & { ' $fragmentRefs'?: { 'RoleRow_RoleFragment': RoleRow_RoleFragment } }
  ) };

export type UpdateRoleMutationVariables = Exact<{
  scope: RoleScope;
  workspace?: string | null | undefined;
  project?: string | null | undefined;
  name: string;
  input: UpdateRoleInput;
}>;


export type UpdateRoleMutation = { __typename: 'Mutation', updateRole: (
    { __typename: 'Role' }
    & { ' $fragmentRefs'?: { 'RoleRow_RoleFragment': RoleRow_RoleFragment } }
  ) };

export type DeleteRoleMutationVariables = Exact<{
  scope: RoleScope;
  workspace?: string | null | undefined;
  project?: string | null | undefined;
  name: string;
}>;


export type DeleteRoleMutation = { __typename: 'Mutation', deleteRole: boolean };

export type ProjectRoleCapabilitiesQueryVariables = Exact<{
  project: string;
}>;


export type ProjectRoleCapabilitiesQuery = { __typename: 'Query', project: { __typename: 'Project', name: string, viewerCanManageRoles: boolean, viewerCanManageMembers: boolean, myPermissions: Array<PermissionBundle> } | null };

export type WorkspaceRoleCapabilitiesQueryVariables = Exact<{
  workspace: string;
}>;


export type WorkspaceRoleCapabilitiesQuery = { __typename: 'Query', workspace: { __typename: 'Workspace', name: string, viewerCanManageRoles: boolean, myPermissions: Array<PermissionBundle> } | null };

export type ProjectMembersOfRolesQueryVariables = Exact<{
  project: string;
  first: number;
  after?: string | null | undefined;
}>;


export type ProjectMembersOfRolesQuery = { __typename: 'Query', projectMembers: { __typename: 'ProjectMemberConnection', totalCount: number, pageInfo: (
      { __typename: 'PageInfo' }
      & { ' $fragmentRefs'?: { 'Pager_PageInfoFragment': Pager_PageInfoFragment } }
    ), edges: Array<{ __typename: 'ProjectMemberEdge', node: { __typename: 'ProjectMember', roleName: string, createdAt: string, user: { __typename: 'User', username: string, displayName: string } } }> } };

export type WorkspaceMembersOfRolesQueryVariables = Exact<{
  workspace: string;
  first: number;
  after?: string | null | undefined;
}>;


export type WorkspaceMembersOfRolesQuery = { __typename: 'Query', workspaceMembers: { __typename: 'WorkspaceMemberConnection', totalCount: number, pageInfo: (
      { __typename: 'PageInfo' }
      & { ' $fragmentRefs'?: { 'Pager_PageInfoFragment': Pager_PageInfoFragment } }
    ), edges: Array<{ __typename: 'WorkspaceMemberEdge', node: { __typename: 'WorkspaceMember', roleName: string, createdAt: string, user: { __typename: 'User', username: string, displayName: string } } }> } };

export type GrantProjectRoleMutationVariables = Exact<{
  project: string;
  username: string;
  roleName: string;
}>;


export type GrantProjectRoleMutation = { __typename: 'Mutation', addProjectMember: { __typename: 'ProjectMember', roleName: string } };

export type GrantWorkspaceRoleMutationVariables = Exact<{
  workspace: string;
  username: string;
  roleName: string;
}>;


export type GrantWorkspaceRoleMutation = { __typename: 'Mutation', addWorkspaceMember: { __typename: 'WorkspaceMember', roleName: string } };

export type RemoveProjectMemberOfRolesMutationVariables = Exact<{
  project: string;
  username: string;
}>;


export type RemoveProjectMemberOfRolesMutation = { __typename: 'Mutation', removeProjectMember: boolean };

export type RemoveWorkspaceMemberOfRolesMutationVariables = Exact<{
  workspace: string;
  username: string;
}>;


export type RemoveWorkspaceMemberOfRolesMutation = { __typename: 'Mutation', removeWorkspaceMember: boolean };

export type RoleRow_RoleFragment = { __typename: 'Role', name: string, scope: RoleScope, builtIn: boolean, description: string, bundles: Array<PermissionBundle>, grantCount: number } & { ' $fragmentName'?: 'RoleRow_RoleFragment' };

export type GroupRoleMappingsQueryVariables = Exact<{ [key: string]: never; }>;


export type GroupRoleMappingsQuery = { __typename: 'Query', groupRoleMappings: Array<{ __typename: 'GroupRoleMapping', id: string, source: GroupRoleMappingSource | null, group: string, platformRole: string | null, workspace: string | null, workspaceRole: string | null, project: string | null, projectRole: string | null, fromFile: boolean }> };

export type CreateGroupRoleMappingMutationVariables = Exact<{
  input: GroupRoleMappingInput;
}>;


export type CreateGroupRoleMappingMutation = { __typename: 'Mutation', createGroupRoleMapping: { __typename: 'GroupRoleMapping', id: string } };

export type DeleteGroupRoleMappingMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteGroupRoleMappingMutation = { __typename: 'Mutation', deleteGroupRoleMapping: boolean };

export type CreateWorkspaceMutationVariables = Exact<{
  input: CreateWorkspaceInput;
}>;


export type CreateWorkspaceMutation = { __typename: 'Mutation', createWorkspace: { __typename: 'Workspace', name: string } };

export type AddWorkspaceAdminMutationVariables = Exact<{
  workspace: string;
  username: string;
}>;


export type AddWorkspaceAdminMutation = { __typename: 'Mutation', addWorkspaceMember: { __typename: 'WorkspaceMember', role: WorkspaceRole | null } };

export type CreateProjectMutationVariables = Exact<{
  workspace: string;
  name: string;
  displayName?: string | null | undefined;
}>;


export type CreateProjectMutation = { __typename: 'Mutation', createProject: { __typename: 'Project', name: string } };

export type WorkspaceGeneralQueryVariables = Exact<{
  name: string;
}>;


export type WorkspaceGeneralQuery = { __typename: 'Query', workspace: { __typename: 'Workspace', name: string, displayName: string, description: string, createdAt: string, viewerCanEdit: boolean, viewerCanDelete: boolean, viewerCanCreateProject: boolean, projects: { __typename: 'ProjectConnection', totalCount: number, edges: Array<{ __typename: 'ProjectEdge', node: { __typename: 'Project', name: string } }> } | null } | null };

export type UpdateWorkspaceMutationVariables = Exact<{
  name: string;
  input: UpdateWorkspaceInput;
}>;


export type UpdateWorkspaceMutation = { __typename: 'Mutation', updateWorkspace: { __typename: 'Workspace', name: string, displayName: string, description: string } };

export type DeleteWorkspaceMutationVariables = Exact<{
  name: string;
  confirm: Array<string> | string;
}>;


export type DeleteWorkspaceMutation = { __typename: 'Mutation', deleteWorkspace: boolean };

export type ProjectGeneralQueryVariables = Exact<{
  name: string;
}>;


export type ProjectGeneralQuery = { __typename: 'Query', project: { __typename: 'Project', name: string, displayName: string, description: string, viewerCanDelete: boolean } | null };

export type UpdateProjectMutationVariables = Exact<{
  name: string;
  input: UpdateProjectInput;
}>;


export type UpdateProjectMutation = { __typename: 'Mutation', updateProject: { __typename: 'Project', name: string, displayName: string, description: string } };

export type DeleteProjectMutationVariables = Exact<{
  name: string;
  confirm: string;
}>;


export type DeleteProjectMutation = { __typename: 'Mutation', deleteProject: boolean };

export type UsersQueryVariables = Exact<{
  filter?: string | null | undefined;
  first: number;
  after?: string | null | undefined;
  sort?: UserSort | null | undefined;
}>;


export type UsersQuery = { __typename: 'Query', users: { __typename: 'UserConnection', totalCount: number, pageInfo: (
      { __typename: 'PageInfo' }
      & { ' $fragmentRefs'?: { 'Pager_PageInfoFragment': Pager_PageInfoFragment } }
    ), edges: Array<{ __typename: 'UserEdge', node: (
        { __typename: 'User', id: string }
        & { ' $fragmentRefs'?: { 'UserRow_UserFragment': UserRow_UserFragment } }
      ) }> } };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { __typename: 'Mutation', createUser: (
    { __typename: 'User', id: string, username: string }
    & { ' $fragmentRefs'?: { 'UserRow_UserFragment': UserRow_UserFragment } }
  ) };

export type SetUserPlatformRoleMutationVariables = Exact<{
  username: string;
  role: PlatformRole;
}>;


export type SetUserPlatformRoleMutation = { __typename: 'Mutation', setUserPlatformRole: { __typename: 'User', id: string, username: string, platformRole: PlatformRole } };

export type DisableUserMutationVariables = Exact<{
  username: string;
}>;


export type DisableUserMutation = { __typename: 'Mutation', disableUser: { __typename: 'User', id: string, disabledAt: string | null } };

export type EnableUserMutationVariables = Exact<{
  username: string;
}>;


export type EnableUserMutation = { __typename: 'Mutation', enableUser: { __typename: 'User', id: string, disabledAt: string | null } };

export type DeleteUserMutationVariables = Exact<{
  username: string;
}>;


export type DeleteUserMutation = { __typename: 'Mutation', deleteUser: boolean };

export type UserRow_UserFragment = { __typename: 'User', id: string, username: string, email: string | null, displayName: string, platformRole: PlatformRole, source: UserSource, createdAt: string, lastLoginAt: string | null, disabledAt: string | null, viewerCanDisable: boolean } & { ' $fragmentName'?: 'UserRow_UserFragment' };

export type DeploymentRow_DeploymentFragment = (
  { __typename: 'Deployment', name: string, namespace: string, replicas: number, readyReplicas: number }
  & { ' $fragmentRefs'?: { 'ScaleDialog_DeploymentFragment': ScaleDialog_DeploymentFragment } }
) & { ' $fragmentName'?: 'DeploymentRow_DeploymentFragment' };

export type ProjectDeploymentsQueryVariables = Exact<{
  name: string;
  first: number;
  after?: string | null | undefined;
  sort?: WorkloadSort | null | undefined;
}>;


export type ProjectDeploymentsQuery = { __typename: 'Query', project: { __typename: 'Project', name: string, viewerCanEdit: boolean, deployments: { __typename: 'DeploymentConnection', totalCount: number, pageInfo: (
        { __typename: 'PageInfo' }
        & { ' $fragmentRefs'?: { 'Pager_PageInfoFragment': Pager_PageInfoFragment } }
      ), edges: Array<{ __typename: 'DeploymentEdge', node: (
          { __typename: 'Deployment', name: string }
          & { ' $fragmentRefs'?: { 'DeploymentRow_DeploymentFragment': DeploymentRow_DeploymentFragment } }
        ) }> } | null } | null };

export type ScaleDeploymentMutationVariables = Exact<{
  namespace: string;
  name: string;
  replicas: number;
}>;


export type ScaleDeploymentMutation = { __typename: 'Mutation', scaleDeployment: (
    { __typename: 'Deployment', name: string }
    & { ' $fragmentRefs'?: { 'DeploymentRow_DeploymentFragment': DeploymentRow_DeploymentFragment } }
  ) };

export type ScaleDialog_DeploymentFragment = { __typename: 'Deployment', name: string, namespace: string, replicas: number } & { ' $fragmentName'?: 'ScaleDialog_DeploymentFragment' };

export type ProjectPodsQueryVariables = Exact<{
  name: string;
  first: number;
  after?: string | null | undefined;
  filter?: PodFilter | null | undefined;
  sort?: WorkloadSort | null | undefined;
}>;


export type ProjectPodsQuery = { __typename: 'Query', project: { __typename: 'Project', name: string, displayName: string, workspace: { __typename: 'Workspace', name: string } | null, pods: { __typename: 'PodConnection', totalCount: number, pageInfo: (
        { __typename: 'PageInfo' }
        & { ' $fragmentRefs'?: { 'Pager_PageInfoFragment': Pager_PageInfoFragment } }
      ), edges: Array<{ __typename: 'PodEdge', node: (
          { __typename: 'Pod' }
          & { ' $fragmentRefs'?: { 'PodRow_PodFragment': PodRow_PodFragment } }
        ) }> } | null } | null };

export type ProjectPodMetricsQueryVariables = Exact<{
  name: string;
  first: number;
  after?: string | null | undefined;
  filter?: PodFilter | null | undefined;
  sort?: WorkloadSort | null | undefined;
}>;


export type ProjectPodMetricsQuery = { __typename: 'Query', project: { __typename: 'Project', name: string, pods: { __typename: 'PodConnection', edges: Array<{ __typename: 'PodEdge', node: (
          { __typename: 'Pod' }
          & { ' $fragmentRefs'?: { 'PodRowUsage_PodFragment': PodRowUsage_PodFragment } }
        ) }> } | null } | null };

export type PodStatusChangedSubscriptionVariables = Exact<{
  project: string;
}>;


export type PodStatusChangedSubscription = { podStatusChanged: { __typename: 'PodEvent', type: PodEventType, pod: (
      { __typename: 'Pod' }
      & { ' $fragmentRefs'?: { 'PodRow_PodFragment': PodRow_PodFragment } }
    ) } };

export type PodDrawer_PodFragment = (
  { __typename: 'Pod', containers: Array<{ __typename: 'Container', name: string, image: string, state: string | null, reason: string | null }>, logs: { __typename: 'PodLogs', container: string } | null }
  & { ' $fragmentRefs'?: { 'PodRow_PodFragment': PodRow_PodFragment } }
) & { ' $fragmentName'?: 'PodDrawer_PodFragment' };

export type PodDetailQueryVariables = Exact<{
  namespace: string;
  name: string;
  container?: string | null | undefined;
  tailLines: number;
}>;


export type PodDetailQuery = { __typename: 'Query', pod: (
    { __typename: 'Pod' }
    & { ' $fragmentRefs'?: { 'PodDrawer_PodFragment': PodDrawer_PodFragment;'PodLogs_PodFragment': PodLogs_PodFragment } }
  ) | null };

export type PodRow_PodFragment = { __typename: 'Pod', name: string, namespace: string, phase: PodPhase, podIP: string | null, nodeName: string | null, createdAt: string, containers: Array<{ __typename: 'Container', name: string, ready: boolean, restartCount: number }> } & { ' $fragmentName'?: 'PodRow_PodFragment' };

export type PodRowUsage_PodFragment = { __typename: 'Pod', name: string, metrics: { __typename: 'PodMetrics', cpu: number | null, memory: number | null } | null } & { ' $fragmentName'?: 'PodRowUsage_PodFragment' };

export type WorkspaceQuotasQueryVariables = Exact<{
  workspace: string;
}>;


export type WorkspaceQuotasQuery = { __typename: 'Query', workspace: { __typename: 'Workspace', name: string, displayName: string, viewerCanManageSettings: boolean, networkIsolated: boolean, quota: Array<(
      { __typename: 'QuotaUsage' }
      & { ' $fragmentRefs'?: { 'QuotaUsageRow_QuotaUsageFragment': QuotaUsageRow_QuotaUsageFragment } }
    )> | null } | null };

export type SetWorkspaceQuotaMutationVariables = Exact<{
  workspace: string;
  hard: Array<QuotaLimitInput> | QuotaLimitInput;
}>;


export type SetWorkspaceQuotaMutation = { __typename: 'Mutation', setWorkspaceQuota: { __typename: 'Workspace', name: string, quota: Array<(
      { __typename: 'QuotaUsage' }
      & { ' $fragmentRefs'?: { 'QuotaUsageRow_QuotaUsageFragment': QuotaUsageRow_QuotaUsageFragment } }
    )> | null } };

export type SetWorkspaceNetworkIsolationMutationVariables = Exact<{
  workspace: string;
  enabled: boolean;
}>;


export type SetWorkspaceNetworkIsolationMutation = { __typename: 'Mutation', setWorkspaceNetworkIsolation: { __typename: 'Workspace', name: string, networkIsolated: boolean } };

export type WorkspaceNavEntry_WorkspaceFragment = { __typename: 'Workspace', name: string, displayName: string } & { ' $fragmentName'?: 'WorkspaceNavEntry_WorkspaceFragment' };

export type WorkspacesQueryVariables = Exact<{ [key: string]: never; }>;


export type WorkspacesQuery = { __typename: 'Query', workspaces: { __typename: 'WorkspaceConnection', totalCount: number, edges: Array<{ __typename: 'WorkspaceEdge', node: (
        { __typename: 'Workspace', name: string }
        & { ' $fragmentRefs'?: { 'WorkspaceCard_WorkspaceFragment': WorkspaceCard_WorkspaceFragment;'WorkspaceNavEntry_WorkspaceFragment': WorkspaceNavEntry_WorkspaceFragment } }
      ) }> } };

export type WorkspaceCard_WorkspaceFragment = { __typename: 'Workspace', name: string, displayName: string } & { ' $fragmentName'?: 'WorkspaceCard_WorkspaceFragment' };

export type Pager_PageInfoFragment = { __typename: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, endCursor: string | null } & { ' $fragmentName'?: 'Pager_PageInfoFragment' };

export const ApiTokenRow_ApiTokenFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiTokenRow_apiToken"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"projects"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<ApiTokenRow_ApiTokenFragment, unknown>;
export const SessionRow_SessionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionRow_session"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"clientAddress"}},{"kind":"Field","name":{"kind":"Name","value":"userAgent"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}}]} as unknown as DocumentNode<SessionRow_SessionFragment, unknown>;
export const AlertRuleItem_RuleFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertRuleItem_rule"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AlertRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"condition"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"forSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"repeatIntervalSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}},{"kind":"Field","name":{"kind":"Name","value":"channels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AlertRuleItem_RuleFragment, unknown>;
export const AlertItem_AlertFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertItem_alert"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"silenced"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"activeAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}}]}}]}}]} as unknown as DocumentNode<AlertItem_AlertFragment, unknown>;
export const NotificationChannelItem_ChannelFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationChannelItem_channel"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationChannel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"recipients"}},{"kind":"Field","name":{"kind":"Name","value":"endpoint"}},{"kind":"Field","name":{"kind":"Name","value":"hasSecret"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<NotificationChannelItem_ChannelFragment, unknown>;
export const AuditRow_EventFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditRow_event"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"credential"}},{"kind":"Field","name":{"kind":"Name","value":"credentialId"}},{"kind":"Field","name":{"kind":"Name","value":"operationName"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"targetKind"}},{"kind":"Field","name":{"kind":"Name","value":"workspace"}},{"kind":"Field","name":{"kind":"Name","value":"project"}},{"kind":"Field","name":{"kind":"Name","value":"targetName"}},{"kind":"Field","name":{"kind":"Name","value":"arguments"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"clientAddress"}}]}}]} as unknown as DocumentNode<AuditRow_EventFragment, unknown>;
export const SignedIn_LoginResultFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SignedIn_loginResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LoginResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"platformRole"}}]}}]}}]} as unknown as DocumentNode<SignedIn_LoginResultFragment, unknown>;
export const CredentialRow_CredentialFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CredentialRow_credential"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Credential"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"project"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]} as unknown as DocumentNode<CredentialRow_CredentialFragment, unknown>;
export const DevOpsProjectRow_DevOpsProjectFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DevOpsProjectRow_devOpsProject"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DevOpsProject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"workspace"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanDelete"}}]}}]} as unknown as DocumentNode<DevOpsProjectRow_DevOpsProjectFragment, unknown>;
export const LogViewer_PipelineRunFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LogViewer_pipelineRun"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PipelineRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"log"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}}]}}]}}]}}]} as unknown as DocumentNode<LogViewer_PipelineRunFragment, unknown>;
export const PipelineForm_PipelineStepFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PipelineForm_pipelineStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PipelineStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"script"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"credentialId"}},{"kind":"Field","name":{"kind":"Name","value":"image"}},{"kind":"Field","name":{"kind":"Name","value":"dockerfile"}},{"kind":"Field","name":{"kind":"Name","value":"context"}},{"kind":"Field","name":{"kind":"Name","value":"project"}},{"kind":"Field","name":{"kind":"Name","value":"manifest"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"submitter"}}]}}]} as unknown as DocumentNode<PipelineForm_PipelineStepFragment, unknown>;
export const RunDialog_PipelineDefinitionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RunDialog_pipelineDefinition"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PipelineDefinition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"parameters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"defaultValue"}},{"kind":"Field","name":{"kind":"Name","value":"choices"}}]}}]}}]} as unknown as DocumentNode<RunDialog_PipelineDefinitionFragment, unknown>;
export const PipelineForm_PipelineDefinitionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PipelineForm_pipelineDefinition"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PipelineDefinition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"scm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"credentialId"}},{"kind":"Field","name":{"kind":"Name","value":"scriptPath"}}]}},{"kind":"Field","name":{"kind":"Name","value":"jenkinsfile"}},{"kind":"Field","name":{"kind":"Name","value":"graph"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PipelineForm_pipelineStep"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parallel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PipelineForm_pipelineStep"}}]}}]}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RunDialog_pipelineDefinition"}},{"kind":"Field","name":{"kind":"Name","value":"triggers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cron"}},{"kind":"Field","name":{"kind":"Name","value":"pollScm"}},{"kind":"Field","name":{"kind":"Name","value":"webhookUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"daysToKeep"}},{"kind":"Field","name":{"kind":"Name","value":"numToKeep"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PipelineForm_pipelineStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PipelineStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"script"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"credentialId"}},{"kind":"Field","name":{"kind":"Name","value":"image"}},{"kind":"Field","name":{"kind":"Name","value":"dockerfile"}},{"kind":"Field","name":{"kind":"Name","value":"context"}},{"kind":"Field","name":{"kind":"Name","value":"project"}},{"kind":"Field","name":{"kind":"Name","value":"manifest"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"submitter"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RunDialog_pipelineDefinition"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PipelineDefinition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"parameters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"defaultValue"}},{"kind":"Field","name":{"kind":"Name","value":"choices"}}]}}]}}]} as unknown as DocumentNode<PipelineForm_PipelineDefinitionFragment, unknown>;
export const PipelineForm_PipelineFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PipelineForm_pipeline"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pipeline"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"definition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PipelineForm_pipelineDefinition"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PipelineForm_pipelineStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PipelineStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"script"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"credentialId"}},{"kind":"Field","name":{"kind":"Name","value":"image"}},{"kind":"Field","name":{"kind":"Name","value":"dockerfile"}},{"kind":"Field","name":{"kind":"Name","value":"context"}},{"kind":"Field","name":{"kind":"Name","value":"project"}},{"kind":"Field","name":{"kind":"Name","value":"manifest"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"submitter"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RunDialog_pipelineDefinition"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PipelineDefinition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"parameters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"defaultValue"}},{"kind":"Field","name":{"kind":"Name","value":"choices"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PipelineForm_pipelineDefinition"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PipelineDefinition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"scm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"credentialId"}},{"kind":"Field","name":{"kind":"Name","value":"scriptPath"}}]}},{"kind":"Field","name":{"kind":"Name","value":"jenkinsfile"}},{"kind":"Field","name":{"kind":"Name","value":"graph"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PipelineForm_pipelineStep"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parallel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PipelineForm_pipelineStep"}}]}}]}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RunDialog_pipelineDefinition"}},{"kind":"Field","name":{"kind":"Name","value":"triggers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cron"}},{"kind":"Field","name":{"kind":"Name","value":"pollScm"}},{"kind":"Field","name":{"kind":"Name","value":"webhookUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"daysToKeep"}},{"kind":"Field","name":{"kind":"Name","value":"numToKeep"}}]}}]}}]} as unknown as DocumentNode<PipelineForm_PipelineFragment, unknown>;
export const PipelineRow_PipelineFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PipelineRow_pipeline"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pipeline"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"project"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"lastRun"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}}]}}]}}]} as unknown as DocumentNode<PipelineRow_PipelineFragment, unknown>;
export const RunStarted_PipelineRunFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RunStarted_pipelineRun"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PipelineRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<RunStarted_PipelineRunFragment, unknown>;
export const RunRow_PipelineRunFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RunRow_pipelineRun"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PipelineRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"startedBy"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}}]}}]}}]} as unknown as DocumentNode<RunRow_PipelineRunFragment, unknown>;
export const StageGraph_PipelineRunFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StageGraph_pipelineRun"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PipelineRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}}]}}]}}]} as unknown as DocumentNode<StageGraph_PipelineRunFragment, unknown>;
export const InputApproval_PipelineRunFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InputApproval_pipelineRun"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PipelineRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"inputs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}}]}}]} as unknown as DocumentNode<InputApproval_PipelineRunFragment, unknown>;
export const RunFacts_PipelineRunFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RunFacts_pipelineRun"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PipelineRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"startedBy"}},{"kind":"Field","name":{"kind":"Name","value":"parameters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"artifacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"relativePath"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}}]}}]}}]} as unknown as DocumentNode<RunFacts_PipelineRunFragment, unknown>;
export const RunView_PipelineRunFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RunView_pipelineRun"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PipelineRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"logSize"}},{"kind":"Field","name":{"kind":"Name","value":"logDownloadPath"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StageGraph_pipelineRun"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InputApproval_pipelineRun"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RunFacts_pipelineRun"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StageGraph_pipelineRun"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PipelineRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InputApproval_pipelineRun"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PipelineRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"inputs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RunFacts_pipelineRun"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PipelineRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"startedBy"}},{"kind":"Field","name":{"kind":"Name","value":"parameters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"artifacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"relativePath"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}}]}}]}}]} as unknown as DocumentNode<RunView_PipelineRunFragment, unknown>;
export const StageLayout_PipelineDefinitionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StageLayout_pipelineDefinition"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PipelineDefinition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"graph"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parallel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StageLayout_PipelineDefinitionFragment, unknown>;
export const KubeObjectRow_ObjectFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KubeObjectRow_object"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KubeObject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"namespace"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"resourceVersion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pod"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","alias":{"kind":"Name","value":"podPhase"},"name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"nodeName"}},{"kind":"Field","name":{"kind":"Name","value":"podIP"}},{"kind":"Field","name":{"kind":"Name","value":"containers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"ready"}},{"kind":"Field","name":{"kind":"Name","value":"restartCount"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deployment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"replicas"}},{"kind":"Field","name":{"kind":"Name","value":"readyReplicas"}},{"kind":"Field","name":{"kind":"Name","value":"updatedReplicas"}},{"kind":"Field","name":{"kind":"Name","value":"availableReplicas"}},{"kind":"Field","name":{"kind":"Name","value":"images"}},{"kind":"Field","name":{"kind":"Name","value":"paused"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"selector"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReplicaSet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"replicas"}},{"kind":"Field","name":{"kind":"Name","value":"readyReplicas"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"images"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StatefulSet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"replicas"}},{"kind":"Field","name":{"kind":"Name","value":"readyReplicas"}},{"kind":"Field","name":{"kind":"Name","value":"serviceName"}},{"kind":"Field","name":{"kind":"Name","value":"images"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DaemonSet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"desiredNumberScheduled"}},{"kind":"Field","name":{"kind":"Name","value":"numberReady"}},{"kind":"Field","name":{"kind":"Name","value":"numberAvailable"}},{"kind":"Field","name":{"kind":"Name","value":"updatedNumberScheduled"}},{"kind":"Field","name":{"kind":"Name","value":"images"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"completions"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"succeeded"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"images"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CronJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"schedule"}},{"kind":"Field","name":{"kind":"Name","value":"suspend"}},{"kind":"Field","name":{"kind":"Name","value":"lastScheduleTime"}},{"kind":"Field","name":{"kind":"Name","value":"activeJobs"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Service"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"clusterIP"}},{"kind":"Field","name":{"kind":"Name","value":"ports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"port"}},{"kind":"Field","name":{"kind":"Name","value":"targetPort"}},{"kind":"Field","name":{"kind":"Name","value":"protocol"}},{"kind":"Field","name":{"kind":"Name","value":"nodePort"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EndpointSlice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"addressType"}},{"kind":"Field","name":{"kind":"Name","value":"serviceName"}},{"kind":"Field","name":{"kind":"Name","value":"endpoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"ready"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ingress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"ingressClassName"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"host"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConfigMap"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"binaryKeys"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PersistentVolumeClaim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"storageClassName"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"requestedStorage"}},{"kind":"Field","name":{"kind":"Name","value":"accessModes"}},{"kind":"Field","name":{"kind":"Name","value":"volumeName"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HorizontalPodAutoscaler"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"targetKind"}},{"kind":"Field","name":{"kind":"Name","value":"targetName"}},{"kind":"Field","name":{"kind":"Name","value":"minReplicas"}},{"kind":"Field","name":{"kind":"Name","value":"maxReplicas"}},{"kind":"Field","name":{"kind":"Name","value":"currentReplicas"}},{"kind":"Field","name":{"kind":"Name","value":"cpuUtilization"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceQuota"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"resources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"resource"}},{"kind":"Field","name":{"kind":"Name","value":"hard"}},{"kind":"Field","name":{"kind":"Name","value":"used"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LimitRange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"limits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"imagePullSecrets"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkPolicy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"podSelector"}},{"kind":"Field","name":{"kind":"Name","value":"policyTypes"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KubeEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"involvedKind"}},{"kind":"Field","name":{"kind":"Name","value":"involvedName"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeen"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ControllerRevision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","alias":{"kind":"Name","value":"controllerRevision"},"name":{"kind":"Name","value":"revision"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"ready"}},{"kind":"Field","name":{"kind":"Name","value":"unschedulable"}},{"kind":"Field","name":{"kind":"Name","value":"kubeletVersion"}},{"kind":"Field","name":{"kind":"Name","value":"internalIP"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PersistentVolume"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"reclaimPolicy"}},{"kind":"Field","name":{"kind":"Name","value":"storageClassName"}},{"kind":"Field","name":{"kind":"Name","value":"claim"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StorageClass"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"provisioner"}},{"kind":"Field","alias":{"kind":"Name","value":"classReclaimPolicy"},"name":{"kind":"Name","value":"reclaimPolicy"}},{"kind":"Field","name":{"kind":"Name","value":"volumeBindingMode"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}}]}}]}}]} as unknown as DocumentNode<KubeObjectRow_ObjectFragment, unknown>;
export const ObjectVersionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ObjectVersion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KubeObject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"resourceVersion"}}]}}]}}]} as unknown as DocumentNode<ObjectVersionFragment, unknown>;
export const KubeEventItem_EventFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KubeEventItem_event"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KubeEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeen"}},{"kind":"Field","name":{"kind":"Name","value":"firstSeen"}}]}}]} as unknown as DocumentNode<KubeEventItem_EventFragment, unknown>;
export const LogRecordFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LogRecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LogRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"namespace"}},{"kind":"Field","name":{"kind":"Name","value":"pod"}},{"kind":"Field","name":{"kind":"Name","value":"container"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"highlights"}}]}}]} as unknown as DocumentNode<LogRecordFieldsFragment, unknown>;
export const PodLogs_PodFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PodLogs_pod"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pod"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"logs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"container"},"value":{"kind":"Variable","name":{"kind":"Name","value":"container"}}},{"kind":"Argument","name":{"kind":"Name","value":"tailLines"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tailLines"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"container"}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PodLogs_PodFragment, unknown>;
export const MetricSeriesFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MetricSeriesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MetricSeries"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<MetricSeriesFieldsFragment, unknown>;
export const LimitRangeForm_ContainerDefaultsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LimitRangeForm_containerDefaults"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContainerDefaults"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"defaultRequestCpu"}},{"kind":"Field","name":{"kind":"Name","value":"defaultRequestMemory"}},{"kind":"Field","name":{"kind":"Name","value":"defaultLimitCpu"}},{"kind":"Field","name":{"kind":"Name","value":"defaultLimitMemory"}}]}}]} as unknown as DocumentNode<LimitRangeForm_ContainerDefaultsFragment, unknown>;
export const QuotaUsageRow_QuotaUsageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuotaUsageRow_quotaUsage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuotaUsage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"resource"}},{"kind":"Field","name":{"kind":"Name","value":"hard"}},{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"allocated"}},{"kind":"Field","name":{"kind":"Name","value":"fraction"}}]}}]} as unknown as DocumentNode<QuotaUsageRow_QuotaUsageFragment, unknown>;
export const ProjectNavEntry_ProjectFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectNavEntry_project"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]} as unknown as DocumentNode<ProjectNavEntry_ProjectFragment, unknown>;
export const ProjectCard_ProjectFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectCard_project"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]} as unknown as DocumentNode<ProjectCard_ProjectFragment, unknown>;
export const RoleRow_RoleFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoleRow_role"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"builtIn"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"bundles"}},{"kind":"Field","name":{"kind":"Name","value":"grantCount"}}]}}]} as unknown as DocumentNode<RoleRow_RoleFragment, unknown>;
export const UserRow_UserFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserRow_user"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"platformRole"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanDisable"}}]}}]} as unknown as DocumentNode<UserRow_UserFragment, unknown>;
export const ScaleDialog_DeploymentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScaleDialog_deployment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deployment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"namespace"}},{"kind":"Field","name":{"kind":"Name","value":"replicas"}}]}}]} as unknown as DocumentNode<ScaleDialog_DeploymentFragment, unknown>;
export const DeploymentRow_DeploymentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeploymentRow_deployment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deployment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"namespace"}},{"kind":"Field","name":{"kind":"Name","value":"replicas"}},{"kind":"Field","name":{"kind":"Name","value":"readyReplicas"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScaleDialog_deployment"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScaleDialog_deployment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deployment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"namespace"}},{"kind":"Field","name":{"kind":"Name","value":"replicas"}}]}}]} as unknown as DocumentNode<DeploymentRow_DeploymentFragment, unknown>;
export const PodRow_PodFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PodRow_pod"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pod"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"namespace"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"podIP"}},{"kind":"Field","name":{"kind":"Name","value":"nodeName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"containers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ready"}},{"kind":"Field","name":{"kind":"Name","value":"restartCount"}}]}}]}}]} as unknown as DocumentNode<PodRow_PodFragment, unknown>;
export const PodDrawer_PodFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PodDrawer_pod"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pod"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PodRow_pod"}},{"kind":"Field","name":{"kind":"Name","value":"containers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"image"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"logs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"container"},"value":{"kind":"Variable","name":{"kind":"Name","value":"container"}}},{"kind":"Argument","name":{"kind":"Name","value":"tailLines"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tailLines"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"container"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PodRow_pod"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pod"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"namespace"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"podIP"}},{"kind":"Field","name":{"kind":"Name","value":"nodeName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"containers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ready"}},{"kind":"Field","name":{"kind":"Name","value":"restartCount"}}]}}]}}]} as unknown as DocumentNode<PodDrawer_PodFragment, unknown>;
export const PodRowUsage_PodFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PodRowUsage_pod"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pod"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cpu"}},{"kind":"Field","name":{"kind":"Name","value":"memory"}}]}}]}}]} as unknown as DocumentNode<PodRowUsage_PodFragment, unknown>;
export const WorkspaceNavEntry_WorkspaceFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkspaceNavEntry_workspace"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workspace"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]} as unknown as DocumentNode<WorkspaceNavEntry_WorkspaceFragment, unknown>;
export const WorkspaceCard_WorkspaceFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkspaceCard_workspace"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workspace"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]} as unknown as DocumentNode<WorkspaceCard_WorkspaceFragment, unknown>;
export const Pager_PageInfoFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Pager_pageInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<Pager_PageInfoFragment, unknown>;
export const ViewerDocument = {"__meta__":{"hash":"sha256:b80c6df6cfe2880d9047e8beb56d7cb295025b128c18fa1532130d2e8a24e628"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"platformRole"}},{"kind":"Field","name":{"kind":"Name","value":"canManageUsers"}},{"kind":"Field","name":{"kind":"Name","value":"canChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"canCreateWorkspace"}},{"kind":"Field","name":{"kind":"Name","value":"canReadAuditLog"}},{"kind":"Field","name":{"kind":"Name","value":"canSearchAuditLog"}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const ChangePasswordDocument = {"__meta__":{"hash":"sha256:fa9699efccd1e3de0d90952518e0d33f56cb4b9a12a38c62b0dda23c48809969"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"oldPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"oldPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"oldPassword"}}},{"kind":"Argument","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}}}]}]}}]} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const MyApiTokensDocument = {"__meta__":{"hash":"sha256:c9f7f91a5ba2de24e0bda77bb1c3f56b8e9a7207bc8ae78929671de40c4b4c16"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyApiTokens"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"myApiTokens"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Pager_pageInfo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiTokenRow_apiToken"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Pager_pageInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiTokenRow_apiToken"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"projects"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<MyApiTokensQuery, MyApiTokensQueryVariables>;
export const TokenProjectsDocument = {"__meta__":{"hash":"sha256:a16d26d232d1bbe63e84bdb02a39618824bac99e73a9cbdba3b6f1550803eded"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TokenProjects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"workspaces"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TokenProjectsQuery, TokenProjectsQueryVariables>;
export const CreateApiTokenDocument = {"__meta__":{"hash":"sha256:c9310720675c3a8f73c17b0986d49d914e570e58fd2a11a8e586f712f2dec5d2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"apiToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiTokenRow_apiToken"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiTokenRow_apiToken"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"projects"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<CreateApiTokenMutation, CreateApiTokenMutationVariables>;
export const RevokeApiTokenDocument = {"__meta__":{"hash":"sha256:0c338eff912f6c52201034c9d2326061502763472c81272d7886d59a3a92b1f4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"revokeApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiTokenRow_apiToken"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiTokenRow_apiToken"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"projects"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<RevokeApiTokenMutation, RevokeApiTokenMutationVariables>;
export const MySessionsDocument = {"__meta__":{"hash":"sha256:0ee02b72f8c0fb210fafafe64a6c930a8b06042d1bf42711b36e16f93b988fc2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MySessions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"mySessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Pager_pageInfo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionRow_session"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Pager_pageInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionRow_session"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"clientAddress"}},{"kind":"Field","name":{"kind":"Name","value":"userAgent"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}}]} as unknown as DocumentNode<MySessionsQuery, MySessionsQueryVariables>;
export const RevokeSessionDocument = {"__meta__":{"hash":"sha256:4754e7cd154297f25e68bd7182f0d1bbde4dde4d798c0e6fe1f82e6932c9367e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"revokeSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<RevokeSessionMutation, RevokeSessionMutationVariables>;
export const AlertEditorDataDocument = {"__meta__":{"hash":"sha256:565189ada2728bfad61f53827f818cc636449d6a0c222a0aa7b954b0af50c55f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AlertEditorData"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workspace"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AlertScope"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"alertMetrics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notificationChannels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workspace"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workspace"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]} as unknown as DocumentNode<AlertEditorDataQuery, AlertEditorDataQueryVariables>;
export const AlertMetricPreviewDocument = {"__meta__":{"hash":"sha256:9ed1b9f110b2a8ee4afca5eea6f87df2a10f0e6764b3057740bed8042e830a3b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AlertMetricPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AlertScope"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"project"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"metric"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"target"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"alertMetricPreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}},{"kind":"Argument","name":{"kind":"Name","value":"project"},"value":{"kind":"Variable","name":{"kind":"Name","value":"project"}}},{"kind":"Argument","name":{"kind":"Name","value":"metric"},"value":{"kind":"Variable","name":{"kind":"Name","value":"metric"}}},{"kind":"Argument","name":{"kind":"Name","value":"target"},"value":{"kind":"Variable","name":{"kind":"Name","value":"target"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<AlertMetricPreviewQuery, AlertMetricPreviewQueryVariables>;
export const AlertingCapabilityDocument = {"__meta__":{"hash":"sha256:62326a3c7b5a3d11beba88c1d0d6b4cddd181c74be18d4eb786c3c6d6255e816"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AlertingCapability"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"project"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"isProject"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"project"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"isProject"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManageAlerting"}}]}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"platformRole"}}]}}]}}]} as unknown as DocumentNode<AlertingCapabilityQuery, AlertingCapabilityQueryVariables>;
export const AlertRulesDocument = {"__meta__":{"hash":"sha256:b5688ce959ab919b4f12aab6bada82f0f83b6776c5d56061fffc6711748d7da8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AlertRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"project"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AlertScope"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"alertRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"project"},"value":{"kind":"Variable","name":{"kind":"Name","value":"project"}}},{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertRuleItem_rule"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertRuleItem_rule"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AlertRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"condition"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"forSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"repeatIntervalSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}},{"kind":"Field","name":{"kind":"Name","value":"channels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AlertRulesQuery, AlertRulesQueryVariables>;
export const CreateAlertRuleDocument = {"__meta__":{"hash":"sha256:fd59f226ba839c086f51cb6e84c1c7a8671dd27baca43023ec4e8e2d106dd376"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAlertRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AlertRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createAlertRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertRuleItem_rule"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertRuleItem_rule"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AlertRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"condition"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"forSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"repeatIntervalSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}},{"kind":"Field","name":{"kind":"Name","value":"channels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateAlertRuleMutation, CreateAlertRuleMutationVariables>;
export const DeleteAlertRuleDocument = {"__meta__":{"hash":"sha256:fa735f3c43c62081a70bc6a3ae150137e900bf8b39a184874a5d3eee23a4976e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteAlertRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"deleteAlertRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteAlertRuleMutation, DeleteAlertRuleMutationVariables>;
export const AlertsDocument = {"__meta__":{"hash":"sha256:7d0dee5994e9d795b7cfff7a2f860fc5f92a225c23c9891eadb9960adc0c635b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Alerts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"project"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AlertScope"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"alerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"project"},"value":{"kind":"Variable","name":{"kind":"Name","value":"project"}}},{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertItem_alert"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertItem_alert"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"silenced"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"activeAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}}]}}]}}]} as unknown as DocumentNode<AlertsQuery, AlertsQueryVariables>;
export const AlertsChangedDocument = {"__meta__":{"hash":"sha256:ae8e04dee8d55cf49bad6c05da66d8c375a1743194ca7065bed8efcb132b671b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"AlertsChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"project"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AlertScope"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alertsChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"project"},"value":{"kind":"Variable","name":{"kind":"Name","value":"project"}}},{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"alert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertItem_alert"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertItem_alert"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"silenced"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"activeAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}}]}}]}}]} as unknown as DocumentNode<AlertsChangedSubscription, AlertsChangedSubscriptionVariables>;
export const SilencesDocument = {"__meta__":{"hash":"sha256:eba7f9f785a04a14393ec2ad5f40aa0eb11aae97c17febbd0e755027c76271de"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Silences"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"project"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AlertScope"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"alertSilences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"project"},"value":{"kind":"Variable","name":{"kind":"Name","value":"project"}}},{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}}]}}]}}]}}]} as unknown as DocumentNode<SilencesQuery, SilencesQueryVariables>;
export const CreateAlertSilenceDocument = {"__meta__":{"hash":"sha256:6076b3fc7bf4ed8af6bba0b952641db90869398b3beedff53bfeccda60644994"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAlertSilence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ruleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"target"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endsAt"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comment"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createAlertSilence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ruleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ruleId"}}},{"kind":"Argument","name":{"kind":"Name","value":"target"},"value":{"kind":"Variable","name":{"kind":"Name","value":"target"}}},{"kind":"Argument","name":{"kind":"Name","value":"endsAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endsAt"}}},{"kind":"Argument","name":{"kind":"Name","value":"comment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<CreateAlertSilenceMutation, CreateAlertSilenceMutationVariables>;
export const ExpireAlertSilenceDocument = {"__meta__":{"hash":"sha256:2eb2c1a4863c544184cf4940f595dd83aa58045c6318d5adaff60e8847bebe5d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExpireAlertSilence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"expireAlertSilence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<ExpireAlertSilenceMutation, ExpireAlertSilenceMutationVariables>;
export const ChannelsDocument = {"__meta__":{"hash":"sha256:561acbbb69531b052b8a7e2411aa1697640cfa6b8cd5af6c2d9475eb79bcb738"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Channels"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workspace"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workspaceName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"isWorkspace"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"workspace"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workspaceName"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"isWorkspace"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManageSettings"}}]}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"platformRole"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notificationChannels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workspace"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workspace"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationChannelItem_channel"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationChannelItem_channel"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationChannel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"recipients"}},{"kind":"Field","name":{"kind":"Name","value":"endpoint"}},{"kind":"Field","name":{"kind":"Name","value":"hasSecret"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<ChannelsQuery, ChannelsQueryVariables>;
export const CreateNotificationChannelDocument = {"__meta__":{"hash":"sha256:c30bf96bbfffbed2d12c0859bc1c1854746397d40c8dfbb80dc2cfc520546d0b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateNotificationChannel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationChannelInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createNotificationChannel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationChannelItem_channel"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationChannelItem_channel"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationChannel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"recipients"}},{"kind":"Field","name":{"kind":"Name","value":"endpoint"}},{"kind":"Field","name":{"kind":"Name","value":"hasSecret"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<CreateNotificationChannelMutation, CreateNotificationChannelMutationVariables>;
export const DeleteNotificationChannelDocument = {"__meta__":{"hash":"sha256:09f772c2dff88189edb42f96f2d12d6927a5e6de968b487eb350731cf18c5cb3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteNotificationChannel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"deleteNotificationChannel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteNotificationChannelMutation, DeleteNotificationChannelMutationVariables>;
export const TestNotificationChannelDocument = {"__meta__":{"hash":"sha256:a9ae0d2f385e5adc0044f81ea7a86b83d30c2545d2230a67f3e8e5fc162629b4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestNotificationChannel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"testNotificationChannel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}}]}}]}}]} as unknown as DocumentNode<TestNotificationChannelMutation, TestNotificationChannelMutationVariables>;
export const AuditEventsDocument = {"__meta__":{"hash":"sha256:511b90356e6b2ce53404eb4dd918132798e51a8f0576d0044bbbe429c3a47955"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEventFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Pager_pageInfo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditRow_event"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Pager_pageInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditRow_event"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"credential"}},{"kind":"Field","name":{"kind":"Name","value":"credentialId"}},{"kind":"Field","name":{"kind":"Name","value":"operationName"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"targetKind"}},{"kind":"Field","name":{"kind":"Name","value":"workspace"}},{"kind":"Field","name":{"kind":"Name","value":"project"}},{"kind":"Field","name":{"kind":"Name","value":"targetName"}},{"kind":"Field","name":{"kind":"Name","value":"arguments"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"clientAddress"}}]}}]} as unknown as DocumentNode<AuditEventsQuery, AuditEventsQueryVariables>;
export const SearchAuditEventsDocument = {"__meta__":{"hash":"sha256:0d1fae4f0150a31b4ee2ef6c1f139aac3a508dd9ee908d1b1fddc197d7bcc351"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchAuditEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditSearchFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"interval"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"searchAuditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Pager_pageInfo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditRow_event"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"histogram"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"interval"},"value":{"kind":"Variable","name":{"kind":"Name","value":"interval"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Pager_pageInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditRow_event"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"credential"}},{"kind":"Field","name":{"kind":"Name","value":"credentialId"}},{"kind":"Field","name":{"kind":"Name","value":"operationName"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"targetKind"}},{"kind":"Field","name":{"kind":"Name","value":"workspace"}},{"kind":"Field","name":{"kind":"Name","value":"project"}},{"kind":"Field","name":{"kind":"Name","value":"targetName"}},{"kind":"Field","name":{"kind":"Name","value":"arguments"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"clientAddress"}}]}}]} as unknown as DocumentNode<SearchAuditEventsQuery, SearchAuditEventsQueryVariables>;
export const LoginDocument = {"__meta__":{"hash":"sha256:fd58a1d3dd1d870bb0ef15ca542ba3058c8477e5ae2bcc141d007ef65390a61d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SignedIn_loginResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SignedIn_loginResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LoginResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"platformRole"}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = {"__meta__":{"hash":"sha256:64c61094b1bd99d0f1726da3b92a011b02483334b394b4890c7a449f152dd4bc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const LoginMethodsDocument = {"__meta__":{"hash":"sha256:715a40ae459e6c7e8f842b63a2a100fcfa25163368d5991e336adbb12ff01712"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LoginMethods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"loginMethods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<LoginMethodsQuery, LoginMethodsQueryVariables>;
export const StartOidcLoginDocument = {"__meta__":{"hash":"sha256:9f633a0d7dd37ac0eec004b2d04e8e137a297a582604cbb35385dbfcdb7333b3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartOidcLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provider"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"redirectUri"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"startOidcLogin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provider"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provider"}}},{"kind":"Argument","name":{"kind":"Name","value":"redirectUri"},"value":{"kind":"Variable","name":{"kind":"Name","value":"redirectUri"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"authorizationUrl"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<StartOidcLoginMutation, StartOidcLoginMutationVariables>;
export const FinishOidcLoginDocument = {"__meta__":{"hash":"sha256:cb21e7ba0d1b2217238825ee92ddcaffbc5d1bf3d95d9426844c50da75991aa6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FinishOidcLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"callbackUrl"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"finishOidcLogin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"callbackUrl"},"value":{"kind":"Variable","name":{"kind":"Name","value":"callbackUrl"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SignedIn_loginResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SignedIn_loginResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LoginResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"platformRole"}}]}}]}}]} as unknown as DocumentNode<FinishOidcLoginMutation, FinishOidcLoginMutationVariables>;
export const DevOpsProjectsDocument = {"__meta__":{"hash":"sha256:e0e59c2566d682d919144f8fa5a8669d21a0ba74e8d52e10cfb89e253ad3f9bc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DevOpsProjects"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workspace"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DevOpsProjectFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DevOpsSort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"workspace"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workspace"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanCreateProject"}}]}},{"kind":"Field","name":{"kind":"Name","value":"devopsProjects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workspace"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workspace"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Pager_pageInfo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DevOpsProjectRow_devOpsProject"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Pager_pageInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DevOpsProjectRow_devOpsProject"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DevOpsProject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"workspace"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanDelete"}}]}}]} as unknown as DocumentNode<DevOpsProjectsQuery, DevOpsProjectsQueryVariables>;
export const CreateDevOpsProjectDocument = {"__meta__":{"hash":"sha256:5cc3158a7699b0edb3fd11c1b1ee8bcebe2811810f5895a7396079574eb6b447"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateDevOpsProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workspace"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"description"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createDevOpsProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workspace"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workspace"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"description"},"value":{"kind":"Variable","name":{"kind":"Name","value":"description"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateDevOpsProjectMutation, CreateDevOpsProjectMutationVariables>;
export const DeleteDevOpsProjectDocument = {"__meta__":{"hash":"sha256:c9a6c3e7d1a2c6fc67028087388e8cd4b6e3fe6022adcfa222b02d4e191bc402"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteDevOpsProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"confirm"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"deleteDevOpsProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"confirm"},"value":{"kind":"Variable","name":{"kind":"Name","value":"confirm"}}}]}]}}]} as unknown as DocumentNode<DeleteDevOpsProjectMutation, DeleteDevOpsProjectMutationVariables>;
export const DevOpsPipelinesDocument = {"__meta__":{"hash":"sha256:7e1232bd9ebf9c838f91ddb2286afd7bc6de4c1afb24cac5fade1b10c6fca717"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DevOpsPipelines"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"project"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"devopsProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"project"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"workspace"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManagePipelines"}},{"kind":"Field","name":{"kind":"Name","value":"pipelines"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Pager_pageInfo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PipelineRow_pipeline"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Pager_pageInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PipelineRow_pipeline"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pipeline"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"project"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"lastRun"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}}]}}]}}]} as unknown as DocumentNode<DevOpsPipelinesQuery, DevOpsPipelinesQueryVariables>;
export const DevOpsCredentialsDocument = {"__meta__":{"hash":"sha256:5831d05f2f695d77cca2681423dce79da40f86e115b81c0a6275366e3454c7bc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DevOpsCredentials"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"project"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CredentialFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DevOpsSort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"devopsProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"project"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManagePipelines"}},{"kind":"Field","name":{"kind":"Name","value":"credentials"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Pager_pageInfo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CredentialRow_credential"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Pager_pageInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CredentialRow_credential"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Credential"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"project"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]} as unknown as DocumentNode<DevOpsCredentialsQuery, DevOpsCredentialsQueryVariables>;
export const CredentialChoicesDocument = {"__meta__":{"hash":"sha256:4e85a1e71af03f07c9bfea24825026883d89caccdbf47c70fdcb9dcc4e019450"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CredentialChoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"project"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"devopsProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"project"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"credentials"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"project"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CredentialChoicesQuery, CredentialChoicesQueryVariables>;
export const CreateCredentialDocument = {"__meta__":{"hash":"sha256:9733493a3768196a89cb2d841f214d7c6bd5985ab08ad6c2700af0b6f9a94d8c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCredential"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"project"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CredentialInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createCredential"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"project"},"value":{"kind":"Variable","name":{"kind":"Name","value":"project"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateCredentialMutation, CreateCredentialMutationVariables>;
export const DeleteCredentialDocument = {"__meta__":{"hash":"sha256:331623d248a1c5ceebbd1f83182724985e803dd4267d79c02db626cb98dc18c2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteCredential"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"project"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"deleteCredential"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"project"},"value":{"kind":"Variable","name":{"kind":"Name","value":"project"}}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteCredentialMutation, DeleteCredentialMutationVariables>;
export const PipelineDocument = {"__meta__":{"hash":"sha256:2fcd2b26ff90a823ad09cc22cca172ec9b8ada44823bec8918572811968c84c9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Pipeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"project"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pipeline"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"devopsProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"project"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManagePipelines"}},{"kind":"Field","name":{"kind":"Name","value":"pipeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pipeline"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"definition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RunDialog_pipelineDefinition"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StageLayout_pipelineDefinition"}}]}},{"kind":"Field","name":{"kind":"Name","value":"runs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Pager_pageInfo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RunRow_pipelineRun"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RunDialog_pipelineDefinition"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PipelineDefinition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"parameters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"defaultValue"}},{"kind":"Field","name":{"kind":"Name","value":"choices"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StageLayout_pipelineDefinition"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PipelineDefinition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"graph"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parallel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Pager_pageInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RunRow_pipelineRun"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PipelineRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"startedBy"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}}]}}]}}]} as unknown as DocumentNode<PipelineQuery, PipelineQueryVariables>;
export const PipelineRunDocument = {"__meta__":{"hash":"sha256:1d3df82a1ac2f3e6e9094b9270991c75ef62267577c88a63fd012138ecf81597"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PipelineRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"project"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pipeline"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"run"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"devopsProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"project"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"pipeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pipeline"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"run"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"run"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RunView_pipelineRun"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StageGraph_pipelineRun"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PipelineRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InputApproval_pipelineRun"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PipelineRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"inputs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RunFacts_pipelineRun"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PipelineRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"startedBy"}},{"kind":"Field","name":{"kind":"Name","value":"parameters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"artifacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"relativePath"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RunView_pipelineRun"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PipelineRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"logSize"}},{"kind":"Field","name":{"kind":"Name","value":"logDownloadPath"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StageGraph_pipelineRun"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InputApproval_pipelineRun"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RunFacts_pipelineRun"}}]}}]} as unknown as DocumentNode<PipelineRunQuery, PipelineRunQueryVariables>;
export const PipelineStageLogsDocument = {"__meta__":{"hash":"sha256:aa6641953bac1a9c2eedc472e50ee87dbbd60bb2b94afdfe70d794fd0289fcb9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PipelineStageLogs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"project"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pipeline"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"run"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"devopsProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"project"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"pipeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pipeline"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"run"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"run"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LogViewer_pipelineRun"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LogViewer_pipelineRun"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PipelineRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"log"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}}]}}]}}]}}]} as unknown as DocumentNode<PipelineStageLogsQuery, PipelineStageLogsQueryVariables>;
export const PipelineDefinitionDocument = {"__meta__":{"hash":"sha256:9e94120a0f79966f1ff5714f2f17de2d0ed4db6ee2061ab5c9d3784ed35d32f5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PipelineDefinition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"project"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pipeline"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"devopsProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"project"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"pipeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pipeline"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PipelineForm_pipeline"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PipelineForm_pipelineStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PipelineStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"script"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"credentialId"}},{"kind":"Field","name":{"kind":"Name","value":"image"}},{"kind":"Field","name":{"kind":"Name","value":"dockerfile"}},{"kind":"Field","name":{"kind":"Name","value":"context"}},{"kind":"Field","name":{"kind":"Name","value":"project"}},{"kind":"Field","name":{"kind":"Name","value":"manifest"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"submitter"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RunDialog_pipelineDefinition"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PipelineDefinition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"parameters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"defaultValue"}},{"kind":"Field","name":{"kind":"Name","value":"choices"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PipelineForm_pipelineDefinition"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PipelineDefinition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"scm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"credentialId"}},{"kind":"Field","name":{"kind":"Name","value":"scriptPath"}}]}},{"kind":"Field","name":{"kind":"Name","value":"jenkinsfile"}},{"kind":"Field","name":{"kind":"Name","value":"graph"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PipelineForm_pipelineStep"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parallel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PipelineForm_pipelineStep"}}]}}]}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RunDialog_pipelineDefinition"}},{"kind":"Field","name":{"kind":"Name","value":"triggers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cron"}},{"kind":"Field","name":{"kind":"Name","value":"pollScm"}},{"kind":"Field","name":{"kind":"Name","value":"webhookUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"daysToKeep"}},{"kind":"Field","name":{"kind":"Name","value":"numToKeep"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PipelineForm_pipeline"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pipeline"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"definition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PipelineForm_pipelineDefinition"}}]}}]}}]} as unknown as DocumentNode<PipelineDefinitionQuery, PipelineDefinitionQueryVariables>;
export const CreatePipelineDocument = {"__meta__":{"hash":"sha256:ef15f6f1fa3b131337ab575329b6ddc559a0d8cf87a1a96ad527e5e4ab7b21d3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePipeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"project"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PipelineInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createPipeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"project"},"value":{"kind":"Variable","name":{"kind":"Name","value":"project"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreatePipelineMutation, CreatePipelineMutationVariables>;
export const UpdatePipelineDocument = {"__meta__":{"hash":"sha256:66065b4652563c71176698f35a06734a8b03e7c80b7ad22a1ef89ad496bb3394"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePipeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"project"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PipelineInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updatePipeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"project"},"value":{"kind":"Variable","name":{"kind":"Name","value":"project"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PipelineForm_pipeline"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PipelineForm_pipelineStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PipelineStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"script"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"credentialId"}},{"kind":"Field","name":{"kind":"Name","value":"image"}},{"kind":"Field","name":{"kind":"Name","value":"dockerfile"}},{"kind":"Field","name":{"kind":"Name","value":"context"}},{"kind":"Field","name":{"kind":"Name","value":"project"}},{"kind":"Field","name":{"kind":"Name","value":"manifest"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"submitter"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RunDialog_pipelineDefinition"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PipelineDefinition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"parameters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"defaultValue"}},{"kind":"Field","name":{"kind":"Name","value":"choices"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PipelineForm_pipelineDefinition"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PipelineDefinition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"scm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"credentialId"}},{"kind":"Field","name":{"kind":"Name","value":"scriptPath"}}]}},{"kind":"Field","name":{"kind":"Name","value":"jenkinsfile"}},{"kind":"Field","name":{"kind":"Name","value":"graph"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PipelineForm_pipelineStep"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parallel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PipelineForm_pipelineStep"}}]}}]}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RunDialog_pipelineDefinition"}},{"kind":"Field","name":{"kind":"Name","value":"triggers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cron"}},{"kind":"Field","name":{"kind":"Name","value":"pollScm"}},{"kind":"Field","name":{"kind":"Name","value":"webhookUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"daysToKeep"}},{"kind":"Field","name":{"kind":"Name","value":"numToKeep"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PipelineForm_pipeline"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pipeline"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"definition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PipelineForm_pipelineDefinition"}}]}}]}}]} as unknown as DocumentNode<UpdatePipelineMutation, UpdatePipelineMutationVariables>;
export const DeletePipelineDocument = {"__meta__":{"hash":"sha256:719c80bbdab20304e4a72791055c73f67875c9e59343448b699f2e2e4dcc6350"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeletePipeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"project"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pipeline"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"deletePipeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"project"},"value":{"kind":"Variable","name":{"kind":"Name","value":"project"}}},{"kind":"Argument","name":{"kind":"Name","value":"pipeline"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pipeline"}}}]}]}}]} as unknown as DocumentNode<DeletePipelineMutation, DeletePipelineMutationVariables>;
export const RunPipelineDocument = {"__meta__":{"hash":"sha256:eefe7d8c1b8d0615ad2a1ed0a5f2c4e6b9b4ad844ae8f5bb13d4a32c4efa7be4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RunPipeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"project"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pipeline"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parameters"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PipelineParameterInput"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"runPipeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"project"},"value":{"kind":"Variable","name":{"kind":"Name","value":"project"}}},{"kind":"Argument","name":{"kind":"Name","value":"pipeline"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pipeline"}}},{"kind":"Argument","name":{"kind":"Name","value":"parameters"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parameters"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RunStarted_pipelineRun"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RunStarted_pipelineRun"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PipelineRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<RunPipelineMutation, RunPipelineMutationVariables>;
export const StopPipelineRunDocument = {"__meta__":{"hash":"sha256:ce5206957e9bbaa9dd70ab2c7a3849c70cb6dab941b5d1eccbb295c50ced8a35"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StopPipelineRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"project"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pipeline"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"run"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"stopPipelineRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"project"},"value":{"kind":"Variable","name":{"kind":"Name","value":"project"}}},{"kind":"Argument","name":{"kind":"Name","value":"pipeline"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pipeline"}}},{"kind":"Argument","name":{"kind":"Name","value":"run"},"value":{"kind":"Variable","name":{"kind":"Name","value":"run"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RunView_pipelineRun"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StageGraph_pipelineRun"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PipelineRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InputApproval_pipelineRun"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PipelineRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"inputs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RunFacts_pipelineRun"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PipelineRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"startedBy"}},{"kind":"Field","name":{"kind":"Name","value":"parameters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"artifacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"relativePath"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RunView_pipelineRun"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PipelineRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"logSize"}},{"kind":"Field","name":{"kind":"Name","value":"logDownloadPath"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StageGraph_pipelineRun"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InputApproval_pipelineRun"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RunFacts_pipelineRun"}}]}}]} as unknown as DocumentNode<StopPipelineRunMutation, StopPipelineRunMutationVariables>;
export const ReplayPipelineRunDocument = {"__meta__":{"hash":"sha256:866606041bdb1c027d8dca480dc6312882046621d2cbf5d64354bf3ef041fcce"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReplayPipelineRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"project"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pipeline"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"run"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"replayPipelineRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"project"},"value":{"kind":"Variable","name":{"kind":"Name","value":"project"}}},{"kind":"Argument","name":{"kind":"Name","value":"pipeline"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pipeline"}}},{"kind":"Argument","name":{"kind":"Name","value":"run"},"value":{"kind":"Variable","name":{"kind":"Name","value":"run"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RunStarted_pipelineRun"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RunStarted_pipelineRun"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PipelineRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<ReplayPipelineRunMutation, ReplayPipelineRunMutationVariables>;
export const SubmitPipelineInputDocument = {"__meta__":{"hash":"sha256:dccda16e207a13778e80e205f7429353d75a5c4352e7e748e152129afe1ce03f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitPipelineInput"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"project"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pipeline"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"run"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"inputId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"action"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PipelineInputAction"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"submitPipelineInput"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"project"},"value":{"kind":"Variable","name":{"kind":"Name","value":"project"}}},{"kind":"Argument","name":{"kind":"Name","value":"pipeline"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pipeline"}}},{"kind":"Argument","name":{"kind":"Name","value":"run"},"value":{"kind":"Variable","name":{"kind":"Name","value":"run"}}},{"kind":"Argument","name":{"kind":"Name","value":"inputId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"inputId"}}},{"kind":"Argument","name":{"kind":"Name","value":"action"},"value":{"kind":"Variable","name":{"kind":"Name","value":"action"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RunView_pipelineRun"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StageGraph_pipelineRun"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PipelineRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InputApproval_pipelineRun"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PipelineRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"inputs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RunFacts_pipelineRun"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PipelineRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"startedBy"}},{"kind":"Field","name":{"kind":"Name","value":"parameters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"artifacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"relativePath"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RunView_pipelineRun"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PipelineRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"logSize"}},{"kind":"Field","name":{"kind":"Name","value":"logDownloadPath"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StageGraph_pipelineRun"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InputApproval_pipelineRun"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RunFacts_pipelineRun"}}]}}]} as unknown as DocumentNode<SubmitPipelineInputMutation, SubmitPipelineInputMutationVariables>;
export const PipelineRunChangedDocument = {"__meta__":{"hash":"sha256:705cba4e489db72d31db46cef0149ac586880be838ab64fbffbff7d687659483"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"PipelineRunChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"project"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pipeline"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pipelineRunChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"project"},"value":{"kind":"Variable","name":{"kind":"Name","value":"project"}}},{"kind":"Argument","name":{"kind":"Name","value":"pipeline"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pipeline"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RunRow_pipelineRun"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RunView_pipelineRun"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StageGraph_pipelineRun"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PipelineRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InputApproval_pipelineRun"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PipelineRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"inputs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RunFacts_pipelineRun"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PipelineRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"startedBy"}},{"kind":"Field","name":{"kind":"Name","value":"parameters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"artifacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"relativePath"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RunRow_pipelineRun"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PipelineRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"startedBy"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RunView_pipelineRun"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PipelineRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"logSize"}},{"kind":"Field","name":{"kind":"Name","value":"logDownloadPath"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StageGraph_pipelineRun"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InputApproval_pipelineRun"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RunFacts_pipelineRun"}}]}}]} as unknown as DocumentNode<PipelineRunChangedSubscription, PipelineRunChangedSubscriptionVariables>;
export const PipelineRunLogDocument = {"__meta__":{"hash":"sha256:9e37cbe19d12ed53225fc98428f068b8cf69bc73beeda13aa149077a5f375fdf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"PipelineRunLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"project"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pipeline"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"run"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pipelineRunLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"project"},"value":{"kind":"Variable","name":{"kind":"Name","value":"project"}}},{"kind":"Argument","name":{"kind":"Name","value":"pipeline"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pipeline"}}},{"kind":"Argument","name":{"kind":"Name","value":"run"},"value":{"kind":"Variable","name":{"kind":"Name","value":"run"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"offset"}},{"kind":"Field","name":{"kind":"Name","value":"more"}}]}}]}}]} as unknown as DocumentNode<PipelineRunLogSubscription, PipelineRunLogSubscriptionVariables>;
export const CreateSourceToImageDocument = {"__meta__":{"hash":"sha256:5b7958506513332cc445eb27a89f46fef9fbc30f4a4b48425f3d050b9a41d1a6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSourceToImage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"project"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SourceToImageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createSourceToImage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"project"},"value":{"kind":"Variable","name":{"kind":"Name","value":"project"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateSourceToImageMutation, CreateSourceToImageMutationVariables>;
export const CreateDeploymentDocument = {"__meta__":{"hash":"sha256:704ab799beedbb317054b5c0ad871574d3d24725b90606876cc8499d4d373deb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateDeployment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"project"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeploymentInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createDeployment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"project"},"value":{"kind":"Variable","name":{"kind":"Name","value":"project"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"dryRun"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"yaml"}}]}}]}}]} as unknown as DocumentNode<CreateDeploymentMutation, CreateDeploymentMutationVariables>;
export const CreateStatefulSetDocument = {"__meta__":{"hash":"sha256:8acafb2340b754da77f24cbb9770045d027def4fd05ea015ecdb0561715ca078"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateStatefulSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"project"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StatefulSetInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createStatefulSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"project"},"value":{"kind":"Variable","name":{"kind":"Name","value":"project"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"dryRun"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"yaml"}}]}}]}}]} as unknown as DocumentNode<CreateStatefulSetMutation, CreateStatefulSetMutationVariables>;
export const CreateDaemonSetDocument = {"__meta__":{"hash":"sha256:62917a881a6a31e7218cd351ed5be2c31a846ae7c030cc10dbdd5ab79b5b7870"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateDaemonSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"project"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DaemonSetInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createDaemonSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"project"},"value":{"kind":"Variable","name":{"kind":"Name","value":"project"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"dryRun"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"yaml"}}]}}]}}]} as unknown as DocumentNode<CreateDaemonSetMutation, CreateDaemonSetMutationVariables>;
export const CreateJobDocument = {"__meta__":{"hash":"sha256:cbbe7b754b944135f261924639c5126c3eadfabc5e418851b3ed5f560d4ffad5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"project"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JobInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"project"},"value":{"kind":"Variable","name":{"kind":"Name","value":"project"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"dryRun"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"yaml"}}]}}]}}]} as unknown as DocumentNode<CreateJobMutation, CreateJobMutationVariables>;
export const CreateCronJobDocument = {"__meta__":{"hash":"sha256:4e5cb910c80853207da09fbed0168cfcdaeb0daa32ebe8ca9d096be542233c86"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCronJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"project"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CronJobInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createCronJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"project"},"value":{"kind":"Variable","name":{"kind":"Name","value":"project"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"dryRun"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"yaml"}}]}}]}}]} as unknown as DocumentNode<CreateCronJobMutation, CreateCronJobMutationVariables>;
export const CreateServiceDocument = {"__meta__":{"hash":"sha256:51b7ce8af57cacc67199249867eb34bc4521063e88f98b8235c060f75bf70cfd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateService"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"project"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createService"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"project"},"value":{"kind":"Variable","name":{"kind":"Name","value":"project"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"dryRun"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"yaml"}}]}}]}}]} as unknown as DocumentNode<CreateServiceMutation, CreateServiceMutationVariables>;
export const CreateIngressDocument = {"__meta__":{"hash":"sha256:6e228367f3e57427a31eea810e9f79005a06fa7e42aae9f1539a30cf86b00df4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateIngress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"project"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IngressInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createIngress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"project"},"value":{"kind":"Variable","name":{"kind":"Name","value":"project"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"dryRun"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"yaml"}}]}}]}}]} as unknown as DocumentNode<CreateIngressMutation, CreateIngressMutationVariables>;
export const CreateConfigMapDocument = {"__meta__":{"hash":"sha256:fdd2167d27ed433e31e0b0e7d2abdc69dc687edf85cf50eb1d267b7639379d01"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateConfigMap"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"project"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConfigMapInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createConfigMap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"project"},"value":{"kind":"Variable","name":{"kind":"Name","value":"project"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"dryRun"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"yaml"}}]}}]}}]} as unknown as DocumentNode<CreateConfigMapMutation, CreateConfigMapMutationVariables>;
export const CreateSecretDocument = {"__meta__":{"hash":"sha256:13c6e4a906844acc255c870f2163b6b9cbb65cd65136de6af938924ade898582"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSecret"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"project"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SecretInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createSecret"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"project"},"value":{"kind":"Variable","name":{"kind":"Name","value":"project"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"dryRun"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"yaml"}}]}}]}}]} as unknown as DocumentNode<CreateSecretMutation, CreateSecretMutationVariables>;
export const CreatePersistentVolumeClaimDocument = {"__meta__":{"hash":"sha256:6fbdc032901c832a2fcbcba1edc21b2e12305da0fff30a904221de4748d97941"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePersistentVolumeClaim"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"project"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PersistentVolumeClaimInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createPersistentVolumeClaim"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"project"},"value":{"kind":"Variable","name":{"kind":"Name","value":"project"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"dryRun"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"yaml"}}]}}]}}]} as unknown as DocumentNode<CreatePersistentVolumeClaimMutation, CreatePersistentVolumeClaimMutationVariables>;
export const CreateHorizontalPodAutoscalerDocument = {"__meta__":{"hash":"sha256:af2d0a14a24864bb6c4413a2e1aa3ebb57c3e2836e809c106c5ab1ddcef69302"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateHorizontalPodAutoscaler"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"project"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HorizontalPodAutoscalerInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createHorizontalPodAutoscaler"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"project"},"value":{"kind":"Variable","name":{"kind":"Name","value":"project"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"dryRun"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"yaml"}}]}}]}}]} as unknown as DocumentNode<CreateHorizontalPodAutoscalerMutation, CreateHorizontalPodAutoscalerMutationVariables>;
export const KubeObjectsDocument = {"__meta__":{"hash":"sha256:f4040f0faf13cb91a24473f45343846ab60809ebae6a1561ab8d9ff42de856ac"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KubeObjects"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"project"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"objectProject"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"KubeObjectFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkloadSort"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"list"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"detail"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"nodes"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"persistentVolumes"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"storageClasses"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"project"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"list"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"objects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Pager_pageInfo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"KubeObjectRow_object"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"nodes"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Pager_pageInfo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"KubeObjectRow_object"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"persistentVolumes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"persistentVolumes"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Pager_pageInfo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"KubeObjectRow_object"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"storageClasses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"storageClasses"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Pager_pageInfo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"KubeObjectRow_object"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"kubeObject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"project"},"value":{"kind":"Variable","name":{"kind":"Name","value":"objectProject"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"detail"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"KubeObjectRow_object"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"labels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"annotations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerReferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"controller"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"yaml"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"KubeEventItem_event"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Pager_pageInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KubeObjectRow_object"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KubeObject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"namespace"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"resourceVersion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pod"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","alias":{"kind":"Name","value":"podPhase"},"name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"nodeName"}},{"kind":"Field","name":{"kind":"Name","value":"podIP"}},{"kind":"Field","name":{"kind":"Name","value":"containers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"ready"}},{"kind":"Field","name":{"kind":"Name","value":"restartCount"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deployment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"replicas"}},{"kind":"Field","name":{"kind":"Name","value":"readyReplicas"}},{"kind":"Field","name":{"kind":"Name","value":"updatedReplicas"}},{"kind":"Field","name":{"kind":"Name","value":"availableReplicas"}},{"kind":"Field","name":{"kind":"Name","value":"images"}},{"kind":"Field","name":{"kind":"Name","value":"paused"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"selector"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReplicaSet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"replicas"}},{"kind":"Field","name":{"kind":"Name","value":"readyReplicas"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"images"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StatefulSet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"replicas"}},{"kind":"Field","name":{"kind":"Name","value":"readyReplicas"}},{"kind":"Field","name":{"kind":"Name","value":"serviceName"}},{"kind":"Field","name":{"kind":"Name","value":"images"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DaemonSet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"desiredNumberScheduled"}},{"kind":"Field","name":{"kind":"Name","value":"numberReady"}},{"kind":"Field","name":{"kind":"Name","value":"numberAvailable"}},{"kind":"Field","name":{"kind":"Name","value":"updatedNumberScheduled"}},{"kind":"Field","name":{"kind":"Name","value":"images"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"completions"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"succeeded"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"images"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CronJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"schedule"}},{"kind":"Field","name":{"kind":"Name","value":"suspend"}},{"kind":"Field","name":{"kind":"Name","value":"lastScheduleTime"}},{"kind":"Field","name":{"kind":"Name","value":"activeJobs"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Service"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"clusterIP"}},{"kind":"Field","name":{"kind":"Name","value":"ports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"port"}},{"kind":"Field","name":{"kind":"Name","value":"targetPort"}},{"kind":"Field","name":{"kind":"Name","value":"protocol"}},{"kind":"Field","name":{"kind":"Name","value":"nodePort"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EndpointSlice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"addressType"}},{"kind":"Field","name":{"kind":"Name","value":"serviceName"}},{"kind":"Field","name":{"kind":"Name","value":"endpoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"ready"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ingress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"ingressClassName"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"host"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConfigMap"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"binaryKeys"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PersistentVolumeClaim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"storageClassName"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"requestedStorage"}},{"kind":"Field","name":{"kind":"Name","value":"accessModes"}},{"kind":"Field","name":{"kind":"Name","value":"volumeName"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HorizontalPodAutoscaler"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"targetKind"}},{"kind":"Field","name":{"kind":"Name","value":"targetName"}},{"kind":"Field","name":{"kind":"Name","value":"minReplicas"}},{"kind":"Field","name":{"kind":"Name","value":"maxReplicas"}},{"kind":"Field","name":{"kind":"Name","value":"currentReplicas"}},{"kind":"Field","name":{"kind":"Name","value":"cpuUtilization"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceQuota"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"resources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"resource"}},{"kind":"Field","name":{"kind":"Name","value":"hard"}},{"kind":"Field","name":{"kind":"Name","value":"used"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LimitRange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"limits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"imagePullSecrets"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkPolicy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"podSelector"}},{"kind":"Field","name":{"kind":"Name","value":"policyTypes"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KubeEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"involvedKind"}},{"kind":"Field","name":{"kind":"Name","value":"involvedName"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeen"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ControllerRevision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","alias":{"kind":"Name","value":"controllerRevision"},"name":{"kind":"Name","value":"revision"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"ready"}},{"kind":"Field","name":{"kind":"Name","value":"unschedulable"}},{"kind":"Field","name":{"kind":"Name","value":"kubeletVersion"}},{"kind":"Field","name":{"kind":"Name","value":"internalIP"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PersistentVolume"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"reclaimPolicy"}},{"kind":"Field","name":{"kind":"Name","value":"storageClassName"}},{"kind":"Field","name":{"kind":"Name","value":"claim"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StorageClass"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"provisioner"}},{"kind":"Field","alias":{"kind":"Name","value":"classReclaimPolicy"},"name":{"kind":"Name","value":"reclaimPolicy"}},{"kind":"Field","name":{"kind":"Name","value":"volumeBindingMode"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KubeEventItem_event"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KubeEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeen"}},{"kind":"Field","name":{"kind":"Name","value":"firstSeen"}}]}}]} as unknown as DocumentNode<KubeObjectsQuery, KubeObjectsQueryVariables>;
export const ResourceChangedDocument = {"__meta__":{"hash":"sha256:6a525a77635f7d65dc42954243e5d1d1c08b27a3017e4d426bf08aaaa7bfe7af"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ResourceChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"project"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"KubeObjectFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"project"},"value":{"kind":"Variable","name":{"kind":"Name","value":"project"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"object"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"resourceVersion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ResourceChangedSubscription, ResourceChangedSubscriptionVariables>;
export const SecretContentDocument = {"__meta__":{"hash":"sha256:bbeea0c15c1961fb6f368a0dcae60762154548c69c217048fe9f0c649496878b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SecretContent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"project"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kubeObject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"StringValue","value":"Secret","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"project"},"value":{"kind":"Variable","name":{"kind":"Name","value":"project"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Secret"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"base64"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SecretContentQuery, SecretContentQueryVariables>;
export const ClusterResourceChangedDocument = {"__meta__":{"hash":"sha256:599efa3aa60315998bd5b5d8ec077468fd212f2600ef8fa06e15a84c14eaca0d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ClusterResourceChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"KubeObjectFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clusterResourceChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"object"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"resourceVersion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ClusterResourceChangedSubscription, ClusterResourceChangedSubscriptionVariables>;
export const ProjectCapabilitiesDocument = {"__meta__":{"hash":"sha256:5116ad8e79d696e8b7c98986412312d525775811d5a4192fa701e0db17ec5331"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectCapabilities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"project"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"project"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}}]}}]}}]} as unknown as DocumentNode<ProjectCapabilitiesQuery, ProjectCapabilitiesQueryVariables>;
export const ObjectEventsDocument = {"__meta__":{"hash":"sha256:ac3c3de6b2ef222c2a1864c578ea6f81e892b2a6d1d54f0c81a10e1e72cc87e3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ObjectEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"namespace"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"namespace"},"value":{"kind":"Variable","name":{"kind":"Name","value":"namespace"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"KubeEventItem_event"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KubeEventItem_event"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KubeEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeen"}},{"kind":"Field","name":{"kind":"Name","value":"firstSeen"}}]}}]} as unknown as DocumentNode<ObjectEventsSubscription, ObjectEventsSubscriptionVariables>;
export const ApplyYamlDocument = {"__meta__":{"hash":"sha256:ffadb3c3da83e99b1e95db81b1d5a05555384c5eedc4cbba89d267c9976c3b40"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplyYaml"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"project"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"yaml"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"applyYaml"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"project"},"value":{"kind":"Variable","name":{"kind":"Name","value":"project"}}},{"kind":"Argument","name":{"kind":"Name","value":"yaml"},"value":{"kind":"Variable","name":{"kind":"Name","value":"yaml"}}},{"kind":"Argument","name":{"kind":"Name","value":"dryRun"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"yaml"}}]}}]}}]} as unknown as DocumentNode<ApplyYamlMutation, ApplyYamlMutationVariables>;
export const UpdateObjectDocument = {"__meta__":{"hash":"sha256:4c723c34c60037ae64d8cd72cfbe0d517440a6e8dfe9ffb554ffbc3dcdb4f4c6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateObject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"project"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"yaml"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updateObject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"project"},"value":{"kind":"Variable","name":{"kind":"Name","value":"project"}}},{"kind":"Argument","name":{"kind":"Name","value":"yaml"},"value":{"kind":"Variable","name":{"kind":"Name","value":"yaml"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"yaml"}}]}}]}}]} as unknown as DocumentNode<UpdateObjectMutation, UpdateObjectMutationVariables>;
export const DeleteObjectDocument = {"__meta__":{"hash":"sha256:2632cd69f2907406958921cbb4c2bd390c100e05cb47540bb71ce58444224e0e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteObject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"project"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"propagationPolicy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PropagationPolicy"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"deleteObject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"project"},"value":{"kind":"Variable","name":{"kind":"Name","value":"project"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"propagationPolicy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"propagationPolicy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DeleteObjectMutation, DeleteObjectMutationVariables>;
export const RestartRolloutDocument = {"__meta__":{"hash":"sha256:07f3ba3b65a046e0048d287428e8c2bcb422009e9951b4d3fc0b2f60952ae673"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestartRollout"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"project"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"restartRollout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"project"},"value":{"kind":"Variable","name":{"kind":"Name","value":"project"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ObjectVersion"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ObjectVersion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KubeObject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"resourceVersion"}}]}}]}}]} as unknown as DocumentNode<RestartRolloutMutation, RestartRolloutMutationVariables>;
export const RollbackRolloutDocument = {"__meta__":{"hash":"sha256:dc225d512056a1ab5e0621de91d781977dfbd0a9e938eb5f9ed013edfc181d37"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RollbackRollout"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"project"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"revision"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"rollbackRollout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"project"},"value":{"kind":"Variable","name":{"kind":"Name","value":"project"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"revision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"revision"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ObjectVersion"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ObjectVersion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KubeObject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"resourceVersion"}}]}}]}}]} as unknown as DocumentNode<RollbackRolloutMutation, RollbackRolloutMutationVariables>;
export const PauseRolloutDocument = {"__meta__":{"hash":"sha256:6c83967667f9bbe073c8d371408c5535df38a4e498d8201bb8509abe286ac9d6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PauseRollout"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"project"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"pauseRollout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"project"},"value":{"kind":"Variable","name":{"kind":"Name","value":"project"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ObjectVersion"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ObjectVersion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KubeObject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"resourceVersion"}}]}}]}}]} as unknown as DocumentNode<PauseRolloutMutation, PauseRolloutMutationVariables>;
export const ResumeRolloutDocument = {"__meta__":{"hash":"sha256:54d77f71213c9b7960d4180fc444b2a44715ce24fa586112f55f408c6ff08226"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResumeRollout"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"project"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"resumeRollout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"project"},"value":{"kind":"Variable","name":{"kind":"Name","value":"project"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ObjectVersion"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ObjectVersion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KubeObject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"resourceVersion"}}]}}]}}]} as unknown as DocumentNode<ResumeRolloutMutation, ResumeRolloutMutationVariables>;
export const SuspendCronJobDocument = {"__meta__":{"hash":"sha256:6f3b86e2d16192b07e0f91d64265f73bf265f09ccacacbaaa23e0460c0770ff5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SuspendCronJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"project"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"suspendCronJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"project"},"value":{"kind":"Variable","name":{"kind":"Name","value":"project"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ObjectVersion"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ObjectVersion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KubeObject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"resourceVersion"}}]}}]}}]} as unknown as DocumentNode<SuspendCronJobMutation, SuspendCronJobMutationVariables>;
export const ResumeCronJobDocument = {"__meta__":{"hash":"sha256:c93adc4a079dbf3bf0a03acd84d0fc63d311dd4a9f7c51dd73d300435622c90b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResumeCronJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"project"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"resumeCronJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"project"},"value":{"kind":"Variable","name":{"kind":"Name","value":"project"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ObjectVersion"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ObjectVersion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KubeObject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"resourceVersion"}}]}}]}}]} as unknown as DocumentNode<ResumeCronJobMutation, ResumeCronJobMutationVariables>;
export const RunCronJobDocument = {"__meta__":{"hash":"sha256:c72babe829a4d3f23d105305533f98b58e19ec9e5be8db046fc95aac79e7c115"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RunCronJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"project"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"runCronJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"project"},"value":{"kind":"Variable","name":{"kind":"Name","value":"project"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RunCronJobMutation, RunCronJobMutationVariables>;
export const CordonNodeDocument = {"__meta__":{"hash":"sha256:1f98212fc5c71a5746d3d2cc4b13d5e10faea08a99f1d1094db8d86ee464e9fa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CordonNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cordonNode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ObjectVersion"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ObjectVersion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KubeObject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"resourceVersion"}}]}}]}}]} as unknown as DocumentNode<CordonNodeMutation, CordonNodeMutationVariables>;
export const UncordonNodeDocument = {"__meta__":{"hash":"sha256:e9c5fa2bc22117571925d85b8936c6672bab33a580fe48aa6467e9a8b41b8471"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UncordonNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"uncordonNode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ObjectVersion"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ObjectVersion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KubeObject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"resourceVersion"}}]}}]}}]} as unknown as DocumentNode<UncordonNodeMutation, UncordonNodeMutationVariables>;
export const DrainNodeDocument = {"__meta__":{"hash":"sha256:72bda94ecaa7a9d17c7a40a4b0f87b5b9e47091fc8d8d6ccac59fb54197e02d9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DrainNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"drainNode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evicted"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"pod"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pending"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"pod"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"complete"}}]}}]}}]} as unknown as DocumentNode<DrainNodeMutation, DrainNodeMutationVariables>;
export const ProjectConfigSourcesDocument = {"__meta__":{"hash":"sha256:28081b5a5e9fd93fb2c0104af8c17c6830088a2a1065827c5fe688b293919260"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectConfigSources"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"project"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"project"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"configMaps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"secrets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"persistentVolumeClaims"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"deployments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"statefulSets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"port"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProjectConfigSourcesQuery, ProjectConfigSourcesQueryVariables>;
export const KubeKindsDocument = {"__meta__":{"hash":"sha256:23f461a388e8a5724c79b0ddd5e4d72932dcddb9a0d906fb49a26e0793d1cb57"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KubeKinds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kubeKinds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"namespaced"}},{"kind":"Field","name":{"kind":"Name","value":"clusterAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"readOnly"}},{"kind":"Field","name":{"kind":"Name","value":"metadataOnly"}},{"kind":"Field","name":{"kind":"Name","value":"filters"}},{"kind":"Field","name":{"kind":"Name","value":"sortKeys"}},{"kind":"Field","name":{"kind":"Name","value":"listField"}},{"kind":"Field","name":{"kind":"Name","value":"createMutation"}}]}}]}}]} as unknown as DocumentNode<KubeKindsQuery, KubeKindsQueryVariables>;
export const PodLogTailDocument = {"__meta__":{"hash":"sha256:465cec5f04c25a3e70ce4196796f4a8667f277165af1fd3c8521c3c804c6cfd4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"PodLogTail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"namespace"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pod"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"container"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"podLogTail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"namespace"},"value":{"kind":"Variable","name":{"kind":"Name","value":"namespace"}}},{"kind":"Argument","name":{"kind":"Name","value":"pod"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pod"}}},{"kind":"Argument","name":{"kind":"Name","value":"container"},"value":{"kind":"Variable","name":{"kind":"Name","value":"container"}}},{"kind":"Argument","name":{"kind":"Name","value":"tailLines"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<PodLogTailSubscription, PodLogTailSubscriptionVariables>;
export const SearchLogsDocument = {"__meta__":{"hash":"sha256:d57d11a2b757c364e0b194245786d3fc1221d6e57e51002c8141471e151432c8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchLogs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LogFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"interval"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"searchLogs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"EnumValue","value":"NEWEST_FIRST"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LogRecordFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"histogram"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"interval"},"value":{"kind":"Variable","name":{"kind":"Name","value":"interval"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LogRecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LogRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"namespace"}},{"kind":"Field","name":{"kind":"Name","value":"pod"}},{"kind":"Field","name":{"kind":"Name","value":"container"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"highlights"}}]}}]} as unknown as DocumentNode<SearchLogsQuery, SearchLogsQueryVariables>;
export const LogContextDocument = {"__meta__":{"hash":"sha256:ca5ddc5eccbb64f71e8bcbac2d386036dfaf32c31d28804aab067dc6318aa784"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LogContext"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"project"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"logContext"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"project"},"value":{"kind":"Variable","name":{"kind":"Name","value":"project"}}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"before"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LogRecordFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"after"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LogRecordFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LogRecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LogRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"namespace"}},{"kind":"Field","name":{"kind":"Name","value":"pod"}},{"kind":"Field","name":{"kind":"Name","value":"container"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"highlights"}}]}}]} as unknown as DocumentNode<LogContextQuery, LogContextQueryVariables>;
export const LogTailDocument = {"__meta__":{"hash":"sha256:f3b67100cd02ffa33188920aa5b6901247d10141d9ab19deea2911987e1d12ec"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"LogTail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"project"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workload"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkloadRef"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pod"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"container"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"keyword"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logTail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"project"},"value":{"kind":"Variable","name":{"kind":"Name","value":"project"}}},{"kind":"Argument","name":{"kind":"Name","value":"workload"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workload"}}},{"kind":"Argument","name":{"kind":"Name","value":"pod"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pod"}}},{"kind":"Argument","name":{"kind":"Name","value":"container"},"value":{"kind":"Variable","name":{"kind":"Name","value":"container"}}},{"kind":"Argument","name":{"kind":"Name","value":"keyword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"keyword"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LogRecordFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LogRecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LogRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"namespace"}},{"kind":"Field","name":{"kind":"Name","value":"pod"}},{"kind":"Field","name":{"kind":"Name","value":"container"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"highlights"}}]}}]} as unknown as DocumentNode<LogTailSubscription, LogTailSubscriptionVariables>;
export const SearchEventsDocument = {"__meta__":{"hash":"sha256:14a6b5e60fc2cb45526a4d06a48e686a64193949fddf6b0d30a174a83def6680"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"project"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"searchEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"project"},"value":{"kind":"Variable","name":{"kind":"Name","value":"project"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"uid"}},{"kind":"Field","name":{"kind":"Name","value":"involvedKind"}},{"kind":"Field","name":{"kind":"Name","value":"involvedName"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<SearchEventsQuery, SearchEventsQueryVariables>;
export const ClusterMetricsDocument = {"__meta__":{"hash":"sha256:b764784d677bce3db84119078e15d7e02f58061d5a7b350d26ab879d33661aaf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClusterMetrics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"names"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"range"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MetricRange"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"clusterMetrics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"names"},"value":{"kind":"Variable","name":{"kind":"Name","value":"names"}}},{"kind":"Argument","name":{"kind":"Name","value":"range"},"value":{"kind":"Variable","name":{"kind":"Name","value":"range"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricSeriesFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MetricSeriesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MetricSeries"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<ClusterMetricsQuery, ClusterMetricsQueryVariables>;
export const WorkspaceMetricsDocument = {"__meta__":{"hash":"sha256:63492863de2bf2688e9474d450409cf44cf695f1d682812e17131db773898d7f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkspaceMetrics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workspace"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"names"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"range"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MetricRange"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"workspace"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workspace"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"series"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"names"},"value":{"kind":"Variable","name":{"kind":"Name","value":"names"}}},{"kind":"Argument","name":{"kind":"Name","value":"range"},"value":{"kind":"Variable","name":{"kind":"Name","value":"range"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricSeriesFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MetricSeriesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MetricSeries"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<WorkspaceMetricsQuery, WorkspaceMetricsQueryVariables>;
export const ProjectMetricsDocument = {"__meta__":{"hash":"sha256:409c5efa30e4ff6cabab22eea632f3286e8e27dc8a6189e949ef01bd50f11acf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectMetrics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"project"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"names"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"range"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MetricRange"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"project"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"series"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"names"},"value":{"kind":"Variable","name":{"kind":"Name","value":"names"}}},{"kind":"Argument","name":{"kind":"Name","value":"range"},"value":{"kind":"Variable","name":{"kind":"Name","value":"range"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricSeriesFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MetricSeriesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MetricSeries"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<ProjectMetricsQuery, ProjectMetricsQueryVariables>;
export const ObjectMetricsDocument = {"__meta__":{"hash":"sha256:630b86e2ea3b38dc31cffc36d279ad08d374552994c50fbaa2f8503ef396f724"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ObjectMetrics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"project"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"names"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"containerNames"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"range"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MetricRange"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kubeObject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"project"},"value":{"kind":"Variable","name":{"kind":"Name","value":"project"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"series"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"names"},"value":{"kind":"Variable","name":{"kind":"Name","value":"names"}}},{"kind":"Argument","name":{"kind":"Name","value":"range"},"value":{"kind":"Variable","name":{"kind":"Name","value":"range"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricSeriesFields"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deployment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"series"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"names"},"value":{"kind":"Variable","name":{"kind":"Name","value":"names"}}},{"kind":"Argument","name":{"kind":"Name","value":"range"},"value":{"kind":"Variable","name":{"kind":"Name","value":"range"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricSeriesFields"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StatefulSet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"series"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"names"},"value":{"kind":"Variable","name":{"kind":"Name","value":"names"}}},{"kind":"Argument","name":{"kind":"Name","value":"range"},"value":{"kind":"Variable","name":{"kind":"Name","value":"range"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricSeriesFields"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DaemonSet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"series"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"names"},"value":{"kind":"Variable","name":{"kind":"Name","value":"names"}}},{"kind":"Argument","name":{"kind":"Name","value":"range"},"value":{"kind":"Variable","name":{"kind":"Name","value":"range"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricSeriesFields"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pod"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"series"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"names"},"value":{"kind":"Variable","name":{"kind":"Name","value":"names"}}},{"kind":"Argument","name":{"kind":"Name","value":"range"},"value":{"kind":"Variable","name":{"kind":"Name","value":"range"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricSeriesFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"containers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"names"},"value":{"kind":"Variable","name":{"kind":"Name","value":"containerNames"}}},{"kind":"Argument","name":{"kind":"Name","value":"range"},"value":{"kind":"Variable","name":{"kind":"Name","value":"range"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"container"}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricSeriesFields"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MetricSeriesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MetricSeries"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<ObjectMetricsQuery, ObjectMetricsQueryVariables>;
export const MetricRankingDocument = {"__meta__":{"hash":"sha256:1410c5f23b62df1c0994857761e3523604d19c949d7fddced7db8b0b84663b69"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MetricRanking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RankLevel"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"metric"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RankMetric"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"order"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SortDirection"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workspace"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"project"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"metricRanking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}},{"kind":"Argument","name":{"kind":"Name","value":"metric"},"value":{"kind":"Variable","name":{"kind":"Name","value":"metric"}}},{"kind":"Argument","name":{"kind":"Name","value":"order"},"value":{"kind":"Variable","name":{"kind":"Name","value":"order"}}},{"kind":"Argument","name":{"kind":"Name","value":"workspace"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workspace"}}},{"kind":"Argument","name":{"kind":"Name","value":"project"},"value":{"kind":"Variable","name":{"kind":"Name","value":"project"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Pager_pageInfo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"namespace"}},{"kind":"Field","name":{"kind":"Name","value":"workloadKind"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Pager_pageInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<MetricRankingQuery, MetricRankingQueryVariables>;
export const ProjectQuotasDocument = {"__meta__":{"hash":"sha256:130eb6e6ccd7df84ce4fdc45b17420169f53fcda63099fc2415441ec80d9479d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectQuotas"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"project"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"project"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManageSettings"}},{"kind":"Field","name":{"kind":"Name","value":"networkIsolated"}},{"kind":"Field","name":{"kind":"Name","value":"quota"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"QuotaUsageRow_quotaUsage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"limitRange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LimitRangeForm_containerDefaults"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuotaUsageRow_quotaUsage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuotaUsage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"resource"}},{"kind":"Field","name":{"kind":"Name","value":"hard"}},{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"allocated"}},{"kind":"Field","name":{"kind":"Name","value":"fraction"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LimitRangeForm_containerDefaults"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContainerDefaults"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"defaultRequestCpu"}},{"kind":"Field","name":{"kind":"Name","value":"defaultRequestMemory"}},{"kind":"Field","name":{"kind":"Name","value":"defaultLimitCpu"}},{"kind":"Field","name":{"kind":"Name","value":"defaultLimitMemory"}}]}}]} as unknown as DocumentNode<ProjectQuotasQuery, ProjectQuotasQueryVariables>;
export const SetProjectQuotaDocument = {"__meta__":{"hash":"sha256:3fd075bbc5818640bc23d208b7e51804e565665bf0243930e6c7e57c60c5b04f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetProjectQuota"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"project"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hard"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"QuotaLimitInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"setProjectQuota"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"project"},"value":{"kind":"Variable","name":{"kind":"Name","value":"project"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"hard"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hard"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quota"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"QuotaUsageRow_quotaUsage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuotaUsageRow_quotaUsage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuotaUsage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"resource"}},{"kind":"Field","name":{"kind":"Name","value":"hard"}},{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"allocated"}},{"kind":"Field","name":{"kind":"Name","value":"fraction"}}]}}]} as unknown as DocumentNode<SetProjectQuotaMutation, SetProjectQuotaMutationVariables>;
export const SetProjectLimitRangeDocument = {"__meta__":{"hash":"sha256:309b434c03a2f62ab0e36da8e2ef63deb05fa60711dc2fa09cd93eb1ad8b42a9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetProjectLimitRange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"project"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LimitRangeInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"setProjectLimitRange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"project"},"value":{"kind":"Variable","name":{"kind":"Name","value":"project"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"limitRange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LimitRangeForm_containerDefaults"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LimitRangeForm_containerDefaults"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContainerDefaults"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"defaultRequestCpu"}},{"kind":"Field","name":{"kind":"Name","value":"defaultRequestMemory"}},{"kind":"Field","name":{"kind":"Name","value":"defaultLimitCpu"}},{"kind":"Field","name":{"kind":"Name","value":"defaultLimitMemory"}}]}}]} as unknown as DocumentNode<SetProjectLimitRangeMutation, SetProjectLimitRangeMutationVariables>;
export const SetProjectNetworkIsolationDocument = {"__meta__":{"hash":"sha256:3b6ae2c28779d41b0a46405e7f97ba3e5421c7f4eec5bc9e0ccf9f198c45d4af"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetProjectNetworkIsolation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"project"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"enabled"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"setProjectNetworkIsolation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"project"},"value":{"kind":"Variable","name":{"kind":"Name","value":"project"}}},{"kind":"Argument","name":{"kind":"Name","value":"enabled"},"value":{"kind":"Variable","name":{"kind":"Name","value":"enabled"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"networkIsolated"}}]}}]}}]} as unknown as DocumentNode<SetProjectNetworkIsolationMutation, SetProjectNetworkIsolationMutationVariables>;
export const WorkspaceProjectsDocument = {"__meta__":{"hash":"sha256:6962086562ec8a080315feeecd4a8d35d85a04b985d5fe2d15ed0639d9c1d322"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkspaceProjects"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"workspace"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanCreateProject"}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectCard_project"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectNavEntry_project"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectCard_project"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectNavEntry_project"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]} as unknown as DocumentNode<WorkspaceProjectsQuery, WorkspaceProjectsQueryVariables>;
export const PermissionBundlesDocument = {"__meta__":{"hash":"sha256:62a9b9359ead3bc5d10a0b2589be64ad27abd42d420cf8d29dde33d1c7ffdd0b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PermissionBundles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"permissionBundles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"bundle"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"implies"}}]}}]}}]} as unknown as DocumentNode<PermissionBundlesQuery, PermissionBundlesQueryVariables>;
export const RolesDocument = {"__meta__":{"hash":"sha256:8fab1fe4e28eefd47d1271e7d9e21cac8553826864a8221432eeeee1dd316b25"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Roles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RoleScope"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workspace"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"project"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}},{"kind":"Argument","name":{"kind":"Name","value":"workspace"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workspace"}}},{"kind":"Argument","name":{"kind":"Name","value":"project"},"value":{"kind":"Variable","name":{"kind":"Name","value":"project"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoleRow_role"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoleRow_role"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"builtIn"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"bundles"}},{"kind":"Field","name":{"kind":"Name","value":"grantCount"}}]}}]} as unknown as DocumentNode<RolesQuery, RolesQueryVariables>;
export const CreateRoleDocument = {"__meta__":{"hash":"sha256:cd10bff25bdf814142a0c5cb31027bdd5aba326f38d48206927a67131c3aa4f6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoleRow_role"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoleRow_role"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"builtIn"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"bundles"}},{"kind":"Field","name":{"kind":"Name","value":"grantCount"}}]}}]} as unknown as DocumentNode<CreateRoleMutation, CreateRoleMutationVariables>;
export const UpdateRoleDocument = {"__meta__":{"hash":"sha256:4e42f9a023515df521e9ce8d96253aa2bfd120f5f27ec8803dd06fa602b454ea"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RoleScope"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workspace"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"project"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updateRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}},{"kind":"Argument","name":{"kind":"Name","value":"workspace"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workspace"}}},{"kind":"Argument","name":{"kind":"Name","value":"project"},"value":{"kind":"Variable","name":{"kind":"Name","value":"project"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoleRow_role"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoleRow_role"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"builtIn"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"bundles"}},{"kind":"Field","name":{"kind":"Name","value":"grantCount"}}]}}]} as unknown as DocumentNode<UpdateRoleMutation, UpdateRoleMutationVariables>;
export const DeleteRoleDocument = {"__meta__":{"hash":"sha256:4acee61a65794a5eac306ba0b499d287f79a2997c6afcd8a46525a4ddecfa95b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RoleScope"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workspace"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"project"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"deleteRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}},{"kind":"Argument","name":{"kind":"Name","value":"workspace"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workspace"}}},{"kind":"Argument","name":{"kind":"Name","value":"project"},"value":{"kind":"Variable","name":{"kind":"Name","value":"project"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}]}]}}]} as unknown as DocumentNode<DeleteRoleMutation, DeleteRoleMutationVariables>;
export const ProjectRoleCapabilitiesDocument = {"__meta__":{"hash":"sha256:01ce70f74494f863ef068513e96ae139d1686d6d1550b37d03426b2de661dc46"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectRoleCapabilities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"project"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"project"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManageRoles"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManageMembers"}},{"kind":"Field","name":{"kind":"Name","value":"myPermissions"}}]}}]}}]} as unknown as DocumentNode<ProjectRoleCapabilitiesQuery, ProjectRoleCapabilitiesQueryVariables>;
export const WorkspaceRoleCapabilitiesDocument = {"__meta__":{"hash":"sha256:1d5fdb2da3efc457594f23bfbc7aa8e3fc51d6cb3ed4ede77cf3dc4713888ce9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkspaceRoleCapabilities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workspace"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"workspace"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workspace"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManageRoles"}},{"kind":"Field","name":{"kind":"Name","value":"myPermissions"}}]}}]}}]} as unknown as DocumentNode<WorkspaceRoleCapabilitiesQuery, WorkspaceRoleCapabilitiesQueryVariables>;
export const ProjectMembersOfRolesDocument = {"__meta__":{"hash":"sha256:e0ac966249bd245f689f931f2b740ef69e2266804572537676ee64d4fe8fbf12"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectMembersOfRoles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"project"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"projectMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"project"},"value":{"kind":"Variable","name":{"kind":"Name","value":"project"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Pager_pageInfo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"roleName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Pager_pageInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<ProjectMembersOfRolesQuery, ProjectMembersOfRolesQueryVariables>;
export const WorkspaceMembersOfRolesDocument = {"__meta__":{"hash":"sha256:ff2d448ba5080556b5336a454ac4c29bc220aedd7040c5c88c25d8cd8c4606b4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkspaceMembersOfRoles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workspace"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"workspaceMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workspace"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workspace"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Pager_pageInfo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"roleName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Pager_pageInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<WorkspaceMembersOfRolesQuery, WorkspaceMembersOfRolesQueryVariables>;
export const GrantProjectRoleDocument = {"__meta__":{"hash":"sha256:826000315c7b02f5720150cb1e9e4eb4548e162b968ba04d84e4e5ad8266200c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GrantProjectRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"project"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roleName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"addProjectMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"project"},"value":{"kind":"Variable","name":{"kind":"Name","value":"project"}}},{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}},{"kind":"Argument","name":{"kind":"Name","value":"roleName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roleName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"roleName"}}]}}]}}]} as unknown as DocumentNode<GrantProjectRoleMutation, GrantProjectRoleMutationVariables>;
export const GrantWorkspaceRoleDocument = {"__meta__":{"hash":"sha256:b97945ad5cc8b250f6eb49d1de98d465dcd52f321d241a7755a0563911b83a66"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GrantWorkspaceRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workspace"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roleName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"addWorkspaceMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workspace"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workspace"}}},{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}},{"kind":"Argument","name":{"kind":"Name","value":"roleName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roleName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"roleName"}}]}}]}}]} as unknown as DocumentNode<GrantWorkspaceRoleMutation, GrantWorkspaceRoleMutationVariables>;
export const RemoveProjectMemberOfRolesDocument = {"__meta__":{"hash":"sha256:bc226e3b1f886d2c450c0da80039a2e63268c9ee7b970783a4f2b4e67823bfa1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveProjectMemberOfRoles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"project"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"removeProjectMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"project"},"value":{"kind":"Variable","name":{"kind":"Name","value":"project"}}},{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}}]}]}}]} as unknown as DocumentNode<RemoveProjectMemberOfRolesMutation, RemoveProjectMemberOfRolesMutationVariables>;
export const RemoveWorkspaceMemberOfRolesDocument = {"__meta__":{"hash":"sha256:bd6a34b70a3200abf35830302233c614f89fdc5df696852b7ee29d206ddaf39e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveWorkspaceMemberOfRoles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workspace"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"removeWorkspaceMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workspace"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workspace"}}},{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}}]}]}}]} as unknown as DocumentNode<RemoveWorkspaceMemberOfRolesMutation, RemoveWorkspaceMemberOfRolesMutationVariables>;
export const GroupRoleMappingsDocument = {"__meta__":{"hash":"sha256:213a109610ed57b3221fd5f7cef58e3ba01f1640fd60cd4739c007111760d37b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GroupRoleMappings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"groupRoleMappings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"platformRole"}},{"kind":"Field","name":{"kind":"Name","value":"workspace"}},{"kind":"Field","name":{"kind":"Name","value":"workspaceRole"}},{"kind":"Field","name":{"kind":"Name","value":"project"}},{"kind":"Field","name":{"kind":"Name","value":"projectRole"}},{"kind":"Field","name":{"kind":"Name","value":"fromFile"}}]}}]}}]} as unknown as DocumentNode<GroupRoleMappingsQuery, GroupRoleMappingsQueryVariables>;
export const CreateGroupRoleMappingDocument = {"__meta__":{"hash":"sha256:f1471b2dc19e359fe1d172cc1ea4b1ea318a290977c0533ab1f1c2ebe9c4ea5c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateGroupRoleMapping"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GroupRoleMappingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createGroupRoleMapping"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateGroupRoleMappingMutation, CreateGroupRoleMappingMutationVariables>;
export const DeleteGroupRoleMappingDocument = {"__meta__":{"hash":"sha256:e4bea89d91351161d8bc7cc142a498957f3ba98f8d9d2a9bf93e9dd3d48003e1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteGroupRoleMapping"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"deleteGroupRoleMapping"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteGroupRoleMappingMutation, DeleteGroupRoleMappingMutationVariables>;
export const CreateWorkspaceDocument = {"__meta__":{"hash":"sha256:4edfd441a3863894ca82ce3c4473d204452a74b033968fc65a9baf4f9c303aa6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateWorkspace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWorkspaceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createWorkspace"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateWorkspaceMutation, CreateWorkspaceMutationVariables>;
export const AddWorkspaceAdminDocument = {"__meta__":{"hash":"sha256:1b48281098253ac57dace113d87f12339c74e3618aa1a3a358310471e3b6b2da"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddWorkspaceAdmin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workspace"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"addWorkspaceMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workspace"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workspace"}}},{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"EnumValue","value":"WORKSPACE_ADMIN"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<AddWorkspaceAdminMutation, AddWorkspaceAdminMutationVariables>;
export const CreateProjectDocument = {"__meta__":{"hash":"sha256:100dcda0a2b6ade9164f96644ccffe95b8d5c3bbd4e8ce3409735d202b85867b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workspace"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"displayName"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workspace"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workspace"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"displayName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"displayName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateProjectMutation, CreateProjectMutationVariables>;
export const WorkspaceGeneralDocument = {"__meta__":{"hash":"sha256:2f0e3b1a15a99724f6de81ac69e3d370c89923da9873c455e34421f7c79a4067"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkspaceGeneral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"workspace"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanDelete"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanCreateProject"}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WorkspaceGeneralQuery, WorkspaceGeneralQueryVariables>;
export const UpdateWorkspaceDocument = {"__meta__":{"hash":"sha256:0e6d7bf9481705a231988cdbc971709e2ae45f4913391ac5e74a1c014f785881"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateWorkspace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateWorkspaceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updateWorkspace"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<UpdateWorkspaceMutation, UpdateWorkspaceMutationVariables>;
export const DeleteWorkspaceDocument = {"__meta__":{"hash":"sha256:bcbe809d7872a4008990b6b9c10a8efd2c51d46f30ee331ecee8f72e2886293f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteWorkspace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"confirm"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"deleteWorkspace"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"confirm"},"value":{"kind":"Variable","name":{"kind":"Name","value":"confirm"}}}]}]}}]} as unknown as DocumentNode<DeleteWorkspaceMutation, DeleteWorkspaceMutationVariables>;
export const ProjectGeneralDocument = {"__meta__":{"hash":"sha256:b310c7eb7816bfe0eafd8ecddaaa9e52834870a74deb1f39c16434332655bfe7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectGeneral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanDelete"}}]}}]}}]} as unknown as DocumentNode<ProjectGeneralQuery, ProjectGeneralQueryVariables>;
export const UpdateProjectDocument = {"__meta__":{"hash":"sha256:aadf6d9a32f25bd3fd744ed8505045ec1bd6d4e760422f56ecb9b894d3c8a410"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProjectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updateProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<UpdateProjectMutation, UpdateProjectMutationVariables>;
export const DeleteProjectDocument = {"__meta__":{"hash":"sha256:b5515aafb76602c39ffab3b2410cc61e1f78d3b7ad142a9929f659760284ec1a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"confirm"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"deleteProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"confirm"},"value":{"kind":"Variable","name":{"kind":"Name","value":"confirm"}}}]}]}}]} as unknown as DocumentNode<DeleteProjectMutation, DeleteProjectMutationVariables>;
export const UsersDocument = {"__meta__":{"hash":"sha256:e04d7a2e1153a2c26372863653aa4229ee03a4f2bff40eba363607863cf9a73a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Users"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UserSort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Pager_pageInfo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserRow_user"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Pager_pageInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserRow_user"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"platformRole"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanDisable"}}]}}]} as unknown as DocumentNode<UsersQuery, UsersQueryVariables>;
export const CreateUserDocument = {"__meta__":{"hash":"sha256:3212db4032691c2156bd2fc128a342b04a539aa324e64dad45e7bb749b956708"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserRow_user"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserRow_user"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"platformRole"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanDisable"}}]}}]} as unknown as DocumentNode<CreateUserMutation, CreateUserMutationVariables>;
export const SetUserPlatformRoleDocument = {"__meta__":{"hash":"sha256:fa62a9b38a1bc3aa0e1fd2ad81a567f1c718c66f0e092b0643cafcb35c1accb7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetUserPlatformRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlatformRole"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"setUserPlatformRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"platformRole"}}]}}]}}]} as unknown as DocumentNode<SetUserPlatformRoleMutation, SetUserPlatformRoleMutationVariables>;
export const DisableUserDocument = {"__meta__":{"hash":"sha256:f07ed92e67b8121d6b2b877c775694a5d80aa27c0df49e673277ea8538dee65b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DisableUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"disableUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}}]}}]}}]} as unknown as DocumentNode<DisableUserMutation, DisableUserMutationVariables>;
export const EnableUserDocument = {"__meta__":{"hash":"sha256:bd1b7fa65ba79b91e88b3345cdbdc327094d0044001e61e98804c5fce445120f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnableUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"enableUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}}]}}]}}]} as unknown as DocumentNode<EnableUserMutation, EnableUserMutationVariables>;
export const DeleteUserDocument = {"__meta__":{"hash":"sha256:8d40b4bd374a27e22aa36f9a623087eed49845972ea3a3fc3101e9c2b122bf8f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"deleteUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}}]}]}}]} as unknown as DocumentNode<DeleteUserMutation, DeleteUserMutationVariables>;
export const ProjectDeploymentsDocument = {"__meta__":{"hash":"sha256:19d845982406d65f2b6838bcedec519c5e07e3c181e6d445fd39236724fa721b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectDeployments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkloadSort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"deployments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Pager_pageInfo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeploymentRow_deployment"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScaleDialog_deployment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deployment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"namespace"}},{"kind":"Field","name":{"kind":"Name","value":"replicas"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Pager_pageInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeploymentRow_deployment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deployment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"namespace"}},{"kind":"Field","name":{"kind":"Name","value":"replicas"}},{"kind":"Field","name":{"kind":"Name","value":"readyReplicas"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScaleDialog_deployment"}}]}}]} as unknown as DocumentNode<ProjectDeploymentsQuery, ProjectDeploymentsQueryVariables>;
export const ScaleDeploymentDocument = {"__meta__":{"hash":"sha256:ee322ccc62980692f7f272456dc8eb188d222fdf8bec044946687a2e0adc7e88"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScaleDeployment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"namespace"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"replicas"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"scaleDeployment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"namespace"},"value":{"kind":"Variable","name":{"kind":"Name","value":"namespace"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"replicas"},"value":{"kind":"Variable","name":{"kind":"Name","value":"replicas"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeploymentRow_deployment"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScaleDialog_deployment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deployment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"namespace"}},{"kind":"Field","name":{"kind":"Name","value":"replicas"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeploymentRow_deployment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deployment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"namespace"}},{"kind":"Field","name":{"kind":"Name","value":"replicas"}},{"kind":"Field","name":{"kind":"Name","value":"readyReplicas"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScaleDialog_deployment"}}]}}]} as unknown as DocumentNode<ScaleDeploymentMutation, ScaleDeploymentMutationVariables>;
export const ProjectPodsDocument = {"__meta__":{"hash":"sha256:50531a1522fd69f98f4781858b5f4fc07fdea7d1463d875bb2d691a3ee622ed9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectPods"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PodFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkloadSort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"workspace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pods"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Pager_pageInfo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PodRow_pod"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Pager_pageInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PodRow_pod"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pod"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"namespace"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"podIP"}},{"kind":"Field","name":{"kind":"Name","value":"nodeName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"containers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ready"}},{"kind":"Field","name":{"kind":"Name","value":"restartCount"}}]}}]}}]} as unknown as DocumentNode<ProjectPodsQuery, ProjectPodsQueryVariables>;
export const ProjectPodMetricsDocument = {"__meta__":{"hash":"sha256:c9af9f243b86c06973f00f89e9336e5e154b0006e096285fa1cc9698c0e6090c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectPodMetrics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PodFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkloadSort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"pods"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PodRowUsage_pod"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PodRowUsage_pod"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pod"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cpu"}},{"kind":"Field","name":{"kind":"Name","value":"memory"}}]}}]}}]} as unknown as DocumentNode<ProjectPodMetricsQuery, ProjectPodMetricsQueryVariables>;
export const PodStatusChangedDocument = {"__meta__":{"hash":"sha256:0ab2623a621e22e22b5194315420292d08f34fbdcd2aff0886a36debbb9b4dad"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"PodStatusChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"project"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"podStatusChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"project"},"value":{"kind":"Variable","name":{"kind":"Name","value":"project"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"pod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PodRow_pod"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PodRow_pod"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pod"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"namespace"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"podIP"}},{"kind":"Field","name":{"kind":"Name","value":"nodeName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"containers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ready"}},{"kind":"Field","name":{"kind":"Name","value":"restartCount"}}]}}]}}]} as unknown as DocumentNode<PodStatusChangedSubscription, PodStatusChangedSubscriptionVariables>;
export const PodDetailDocument = {"__meta__":{"hash":"sha256:4ae2ca04db92c4ade6a516c9495a38fe739cbd9a6295386be09e8a48d034e8cc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PodDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"namespace"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"container"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tailLines"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"pod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"namespace"},"value":{"kind":"Variable","name":{"kind":"Name","value":"namespace"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PodDrawer_pod"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PodLogs_pod"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PodRow_pod"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pod"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"namespace"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"podIP"}},{"kind":"Field","name":{"kind":"Name","value":"nodeName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"containers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ready"}},{"kind":"Field","name":{"kind":"Name","value":"restartCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PodDrawer_pod"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pod"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PodRow_pod"}},{"kind":"Field","name":{"kind":"Name","value":"containers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"image"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"logs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"container"},"value":{"kind":"Variable","name":{"kind":"Name","value":"container"}}},{"kind":"Argument","name":{"kind":"Name","value":"tailLines"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tailLines"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"container"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PodLogs_pod"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pod"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"logs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"container"},"value":{"kind":"Variable","name":{"kind":"Name","value":"container"}}},{"kind":"Argument","name":{"kind":"Name","value":"tailLines"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tailLines"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"container"}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PodDetailQuery, PodDetailQueryVariables>;
export const WorkspaceQuotasDocument = {"__meta__":{"hash":"sha256:aac7cc097af68fabfd70addd6b035a8251cd324cbcdb65c010c39ec7c75fd33b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkspaceQuotas"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workspace"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"workspace"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workspace"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManageSettings"}},{"kind":"Field","name":{"kind":"Name","value":"networkIsolated"}},{"kind":"Field","name":{"kind":"Name","value":"quota"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"QuotaUsageRow_quotaUsage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuotaUsageRow_quotaUsage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuotaUsage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"resource"}},{"kind":"Field","name":{"kind":"Name","value":"hard"}},{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"allocated"}},{"kind":"Field","name":{"kind":"Name","value":"fraction"}}]}}]} as unknown as DocumentNode<WorkspaceQuotasQuery, WorkspaceQuotasQueryVariables>;
export const SetWorkspaceQuotaDocument = {"__meta__":{"hash":"sha256:ed1b1984d37f1fdabde906a8c203c3ea541670e0646750fa52d5e008fc698774"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetWorkspaceQuota"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workspace"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hard"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"QuotaLimitInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"setWorkspaceQuota"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workspace"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workspace"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"hard"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hard"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quota"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"QuotaUsageRow_quotaUsage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuotaUsageRow_quotaUsage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuotaUsage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"resource"}},{"kind":"Field","name":{"kind":"Name","value":"hard"}},{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"allocated"}},{"kind":"Field","name":{"kind":"Name","value":"fraction"}}]}}]} as unknown as DocumentNode<SetWorkspaceQuotaMutation, SetWorkspaceQuotaMutationVariables>;
export const SetWorkspaceNetworkIsolationDocument = {"__meta__":{"hash":"sha256:0e8386f338cb6f44ccabcd2d911c885f41ac81d80b234a5a0bbd32518a92f86e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetWorkspaceNetworkIsolation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workspace"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"enabled"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"setWorkspaceNetworkIsolation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workspace"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workspace"}}},{"kind":"Argument","name":{"kind":"Name","value":"enabled"},"value":{"kind":"Variable","name":{"kind":"Name","value":"enabled"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"networkIsolated"}}]}}]}}]} as unknown as DocumentNode<SetWorkspaceNetworkIsolationMutation, SetWorkspaceNetworkIsolationMutationVariables>;
export const WorkspacesDocument = {"__meta__":{"hash":"sha256:0b6fbc24564ef576ac10e2fb8f842f642e8cffe769c37883e7b1c9dae394c935"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Workspaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"workspaces"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkspaceCard_workspace"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkspaceNavEntry_workspace"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkspaceCard_workspace"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workspace"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkspaceNavEntry_workspace"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workspace"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]} as unknown as DocumentNode<WorkspacesQuery, WorkspacesQueryVariables>;