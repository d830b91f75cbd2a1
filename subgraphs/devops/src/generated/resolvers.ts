import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { DevOpsProjectModel, PipelineModel, PipelineRunModel, PipelineStageModel } from '../models.ts';
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

/** A credential as Jenkins lists it; its secret never leaves Jenkins. */
export type Credential = {
  __typename?: 'Credential';
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  project: Scalars['String']['output'];
  type: CredentialType;
};

export type CredentialConnection = {
  __typename?: 'CredentialConnection';
  edges: Array<CredentialEdge>;
  nodes: Array<Credential>;
  pageInfo: PageInfo;
  /** Credentials of the project that match the filter. */
  totalCount: Scalars['Int']['output'];
};

export type CredentialEdge = {
  __typename?: 'CredentialEdge';
  cursor: Scalars['String']['output'];
  node: Credential;
};

export type CredentialFilter = {
  /** Case-insensitive substring of the credential id. */
  id?: InputMaybe<Scalars['String']['input']>;
};

/**
 * Exactly one of usernamePassword, sshKey, secretText, kubeconfig: it says the type. The values
 * go to Jenkins' credentials store and are never returned nor logged.
 */
export type CredentialInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  /** Letters, digits, '-', '_', '.'; unique in the project. */
  id: Scalars['String']['input'];
  kubeconfig?: InputMaybe<KubeconfigInput>;
  secretText?: InputMaybe<SecretTextInput>;
  sshKey?: InputMaybe<SshKeyInput>;
  usernamePassword?: InputMaybe<UsernamePasswordInput>;
};

export type CredentialType =
  | 'KUBECONFIG'
  /** A credential Jenkins holds that Meridian does not create (certificates, secret files, …). */
  | 'OTHER'
  | 'SECRET_TEXT'
  | 'SSH_KEY'
  | 'USERNAME_PASSWORD';

/**
 * A DevOps project: a Jenkins folder of the same name, and a Kubernetes namespace labelled
 * `meridian.io/devops-project=true` that says which workspace it belongs to. Access follows the
 * namespace, as for any project.
 */
export type DevOpsProject = {
  __typename?: 'DevOpsProject';
  /** When the project's namespace was created (ISO 8601). */
  createdAt?: Maybe<Scalars['String']['output']>;
  /**
   * Credentials stored in the project's Jenkins folder, a page at a time: id, type and description
   * only (secret values are never returned). Sorted by id (NAME) or in the order Jenkins' store
   * keeps them, the order they were added (CREATED_AT). Null with an error when Jenkins is down.
   */
  credentials?: Maybe<CredentialConnection>;
  /** The Jenkins folder's description. */
  description?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  /** One pipeline by name; NOT_FOUND when the folder has no such pipeline. */
  pipeline?: Maybe<Pipeline>;
  /** Pipeline jobs in the project's Jenkins folder. Null with an error when Jenkins is down. */
  pipelines?: Maybe<PipelineConnection>;
  /** Whether the caller may delete the DevOps project (the rule deleteDevOpsProject enforces). */
  viewerCanDelete: Scalars['Boolean']['output'];
  /** Whether the caller may create, change, run and delete pipelines and credentials here. */
  viewerCanManagePipelines: Scalars['Boolean']['output'];
  workspace?: Maybe<Scalars['String']['output']>;
};


/**
 * A DevOps project: a Jenkins folder of the same name, and a Kubernetes namespace labelled
 * `meridian.io/devops-project=true` that says which workspace it belongs to. Access follows the
 * namespace, as for any project.
 */
export type DevOpsProjectCredentialsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CredentialFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<DevOpsSort>;
};


/**
 * A DevOps project: a Jenkins folder of the same name, and a Kubernetes namespace labelled
 * `meridian.io/devops-project=true` that says which workspace it belongs to. Access follows the
 * namespace, as for any project.
 */
export type DevOpsProjectPipelineArgs = {
  name: Scalars['String']['input'];
};


/**
 * A DevOps project: a Jenkins folder of the same name, and a Kubernetes namespace labelled
 * `meridian.io/devops-project=true` that says which workspace it belongs to. Access follows the
 * namespace, as for any project.
 */
export type DevOpsProjectPipelinesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type DevOpsProjectConnection = {
  __typename?: 'DevOpsProjectConnection';
  edges: Array<DevOpsProjectEdge>;
  nodes: Array<DevOpsProject>;
  pageInfo: PageInfo;
  /** DevOps projects of the workspace that the caller may see and that match the filter. */
  totalCount: Scalars['Int']['output'];
};

export type DevOpsProjectEdge = {
  __typename?: 'DevOpsProjectEdge';
  cursor: Scalars['String']['output'];
  node: DevOpsProject;
};

export type DevOpsProjectFilter = {
  /** Case-insensitive substring of the project name. */
  name?: InputMaybe<Scalars['String']['input']>;
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

export type DiscardPolicy = {
  __typename?: 'DiscardPolicy';
  daysToKeep?: Maybe<Scalars['Int']['output']>;
  numToKeep?: Maybe<Scalars['Int']['output']>;
};

export type DiscardPolicyInput = {
  daysToKeep?: InputMaybe<Scalars['Int']['input']>;
  numToKeep?: InputMaybe<Scalars['Int']['input']>;
};

export type KubeconfigInput = {
  content: Scalars['String']['input'];
};

/** A piece of a run's console log, in order; the last one has more = false. */
export type LogChunk = {
  __typename?: 'LogChunk';
  more: Scalars['Boolean']['output'];
  /** Byte offset of this chunk in the whole log. */
  offset: Scalars['Float']['output'];
  text: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Stores a credential in the project's Jenkins folder; CONFLICT when the id is taken. */
  createCredential: Credential;
  /**
   * A DevOps project: the namespace (labelled as a project of the workspace and as a DevOps
   * project) and its Jenkins folder. Needs the right to create projects in the workspace; or names
   * an existing project of the workspace that the caller administers, which becomes a DevOps
   * project with its members (create it with createProject first to be its admin).
   */
  createDevOpsProject: DevOpsProject;
  /** CONFLICT when the name is taken. */
  createPipeline: Pipeline;
  /** A pipeline building an image from source; its runs are like any pipeline's. */
  createSourceToImage: Pipeline;
  deleteCredential: Scalars['Boolean']['output'];
  /** Deletes the Jenkins folder (pipelines, runs, credentials) and the namespace; confirm = name. */
  deleteDevOpsProject: Scalars['Boolean']['output'];
  deletePipeline: Scalars['Boolean']['output'];
  /** Runs the same Jenkinsfile and parameters again as a new run. */
  replayPipelineRun: PipelineRun;
  /**
   * Starts a run. Returns it once Jenkins has taken it out of the queue (a few seconds at most),
   * else as QUEUED without a number.
   */
  runPipeline: PipelineRun;
  /** Stops a run; it ends as ABORTED. */
  stopPipelineRun: PipelineRun;
  /** Approves or aborts a waiting input step, recorded with the caller's name. */
  submitPipelineInput: PipelineRun;
  /** Replaces the definition of pipeline input.name. */
  updatePipeline: Pipeline;
};


export type MutationCreateCredentialArgs = {
  input: CredentialInput;
  project: Scalars['String']['input'];
};


export type MutationCreateDevOpsProjectArgs = {
  description?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  workspace: Scalars['String']['input'];
};


export type MutationCreatePipelineArgs = {
  input: PipelineInput;
  project: Scalars['String']['input'];
};


export type MutationCreateSourceToImageArgs = {
  input: SourceToImageInput;
  project: Scalars['String']['input'];
};


export type MutationDeleteCredentialArgs = {
  id: Scalars['String']['input'];
  project: Scalars['String']['input'];
};


export type MutationDeleteDevOpsProjectArgs = {
  confirm: Scalars['String']['input'];
  name: Scalars['String']['input'];
};


export type MutationDeletePipelineArgs = {
  pipeline: Scalars['String']['input'];
  project: Scalars['String']['input'];
};


export type MutationReplayPipelineRunArgs = {
  pipeline: Scalars['String']['input'];
  project: Scalars['String']['input'];
  run: Scalars['Int']['input'];
};


export type MutationRunPipelineArgs = {
  parameters?: InputMaybe<Array<PipelineParameterInput>>;
  pipeline: Scalars['String']['input'];
  project: Scalars['String']['input'];
};


export type MutationStopPipelineRunArgs = {
  pipeline: Scalars['String']['input'];
  project: Scalars['String']['input'];
  run: Scalars['Int']['input'];
};


export type MutationSubmitPipelineInputArgs = {
  action: PipelineInputAction;
  inputId: Scalars['String']['input'];
  pipeline: Scalars['String']['input'];
  project: Scalars['String']['input'];
  run: Scalars['Int']['input'];
};


export type MutationUpdatePipelineArgs = {
  input: PipelineInput;
  project: Scalars['String']['input'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

export type Pipeline = {
  __typename?: 'Pipeline';
  /** How the pipeline is defined, read from its Jenkins config.xml. Null with an error when Jenkins is down. */
  definition?: Maybe<PipelineDefinition>;
  description?: Maybe<Scalars['String']['output']>;
  lastRun?: Maybe<PipelineRun>;
  name: Scalars['String']['output'];
  project: Scalars['String']['output'];
  /** One run by number; NOT_FOUND when there is no such run. */
  run?: Maybe<PipelineRun>;
  runs?: Maybe<PipelineRunConnection>;
};


export type PipelineRunArgs = {
  number: Scalars['Int']['input'];
};


export type PipelineRunsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type PipelineArtifact = {
  __typename?: 'PipelineArtifact';
  fileName: Scalars['String']['output'];
  relativePath: Scalars['String']['output'];
};

export type PipelineConnection = {
  __typename?: 'PipelineConnection';
  edges: Array<PipelineEdge>;
  nodes: Array<Pipeline>;
  pageInfo: PageInfo;
};

export type PipelineDefinition = {
  __typename?: 'PipelineDefinition';
  discard?: Maybe<DiscardPolicy>;
  /**
   * The inline Jenkinsfile as a graph, when it is one the graphical editor wrote (null for a
   * hand-written Jenkinsfile or an SCM pipeline).
   */
  graph?: Maybe<PipelineGraph>;
  /** The inline Jenkinsfile, when source is INLINE. */
  jenkinsfile?: Maybe<Scalars['String']['output']>;
  parameters: Array<PipelineParameter>;
  /** Set when source is SCM. */
  scm?: Maybe<PipelineScm>;
  source: PipelineSourceKind;
  triggers: PipelineTriggers;
};

export type PipelineEdge = {
  __typename?: 'PipelineEdge';
  cursor: Scalars['String']['output'];
  node: Pipeline;
};

/**
 * The graphical editor's pipeline: stages in order, each with steps or with parallel branches.
 * Converted to and from a declarative Jenkinsfile (packages/core/src/jenkinsfile).
 */
export type PipelineGraph = {
  __typename?: 'PipelineGraph';
  /** Agent label; null runs on any agent. */
  agent?: Maybe<Scalars['String']['output']>;
  stages: Array<PipelineGraphStage>;
};

export type PipelineGraphBranch = {
  __typename?: 'PipelineGraphBranch';
  name: Scalars['String']['output'];
  steps: Array<PipelineStep>;
};

export type PipelineGraphBranchInput = {
  name: Scalars['String']['input'];
  steps: Array<PipelineStepInput>;
};

export type PipelineGraphInput = {
  agent?: InputMaybe<Scalars['String']['input']>;
  stages: Array<PipelineGraphStageInput>;
};

export type PipelineGraphStage = {
  __typename?: 'PipelineGraphStage';
  name: Scalars['String']['output'];
  /** Branches run in parallel; a stage has steps or branches, not both. */
  parallel: Array<PipelineGraphBranch>;
  steps: Array<PipelineStep>;
};

export type PipelineGraphStageInput = {
  name: Scalars['String']['input'];
  parallel?: InputMaybe<Array<PipelineGraphBranchInput>>;
  steps?: InputMaybe<Array<PipelineStepInput>>;
};

/**
 * A pipeline's whole definition: exactly one of scm, jenkinsfile, graph (the graph is written as
 * an inline Jenkinsfile). updatePipeline replaces the definition with this one.
 */
export type PipelineInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  discard?: InputMaybe<DiscardPolicyInput>;
  graph?: InputMaybe<PipelineGraphInput>;
  jenkinsfile?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  parameters?: InputMaybe<Array<PipelineParameterDefinitionInput>>;
  scm?: InputMaybe<PipelineScmInput>;
  triggers?: InputMaybe<PipelineTriggersInput>;
};

export type PipelineInputAction =
  | 'ABORT'
  | 'APPROVE';

export type PipelineInputState =
  | 'ABORTED'
  | 'APPROVED'
  | 'PENDING';

export type PipelineInputStep = {
  __typename?: 'PipelineInputStep';
  decidedAt?: Maybe<Scalars['String']['output']>;
  /** The Meridian user who approved or aborted it. */
  decidedBy?: Maybe<Scalars['String']['output']>;
  /** Jenkins' input id (what submitPipelineInput takes). */
  id: Scalars['String']['output'];
  message: Scalars['String']['output'];
  state: PipelineInputState;
};

export type PipelineParameter = {
  __typename?: 'PipelineParameter';
  /** CHOICE only. */
  choices?: Maybe<Array<Scalars['String']['output']>>;
  /** For CHOICE the first choice; for BOOLEAN "true" or "false". */
  defaultValue?: Maybe<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  type: PipelineParameterType;
};

export type PipelineParameterDefinitionInput = {
  choices?: InputMaybe<Array<Scalars['String']['input']>>;
  defaultValue?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  type: PipelineParameterType;
};

export type PipelineParameterInput = {
  name: Scalars['String']['input'];
  value: Scalars['String']['input'];
};

export type PipelineParameterType =
  | 'BOOLEAN'
  | 'CHOICE'
  | 'STRING';

export type PipelineParameterValue = {
  __typename?: 'PipelineParameterValue';
  name: Scalars['String']['output'];
  value?: Maybe<Scalars['String']['output']>;
};

export type PipelineRun = {
  __typename?: 'PipelineRun';
  /** Archived artifacts. Null with an error when Jenkins is down. */
  artifacts?: Maybe<Array<PipelineArtifact>>;
  /** Null while queued or running. */
  durationMs?: Maybe<Scalars['Float']['output']>;
  /** project/pipeline/number, or project/pipeline/queue-<id> while still queued */
  id: Scalars['ID']['output'];
  /** Input steps: waiting ones, and those approved or aborted (with who did it). */
  inputs?: Maybe<Array<PipelineInputStep>>;
  /**
   * Path of the whole-log download (HTTP GET on the gateway, same authorization as the API,
   * streamed as text/plain).
   */
  logDownloadPath?: Maybe<Scalars['String']['output']>;
  /** Bytes of console log so far (where pipelineRunLog would continue). */
  logSize?: Maybe<Scalars['Float']['output']>;
  /** Null while the run waits in Jenkins' queue. */
  number?: Maybe<Scalars['Int']['output']>;
  parameters: Array<PipelineParameterValue>;
  pipeline: Scalars['String']['output'];
  project: Scalars['String']['output'];
  /** From Pipeline Stage View; null with an error when Jenkins is down. */
  stages?: Maybe<Array<PipelineStage>>;
  /** ISO 8601; null while queued. */
  startedAt?: Maybe<Scalars['String']['output']>;
  /** Who or what started it (Jenkins' cause). */
  startedBy?: Maybe<Scalars['String']['output']>;
  status: PipelineRunStatus;
  /** JUnit results; null when the run recorded none. */
  tests?: Maybe<PipelineTestSummary>;
};

export type PipelineRunConnection = {
  __typename?: 'PipelineRunConnection';
  edges: Array<PipelineRunEdge>;
  nodes: Array<PipelineRun>;
  pageInfo: PageInfo;
};

export type PipelineRunEdge = {
  __typename?: 'PipelineRunEdge';
  cursor: Scalars['String']['output'];
  node: PipelineRun;
};

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

export type PipelineScm = {
  __typename?: 'PipelineScm';
  branch: Scalars['String']['output'];
  credentialId?: Maybe<Scalars['String']['output']>;
  /** Path of the Jenkinsfile in the repository. */
  scriptPath: Scalars['String']['output'];
  url: Scalars['String']['output'];
};

export type PipelineScmInput = {
  branch?: InputMaybe<Scalars['String']['input']>;
  credentialId?: InputMaybe<Scalars['String']['input']>;
  scriptPath?: InputMaybe<Scalars['String']['input']>;
  url: Scalars['String']['input'];
};

export type PipelineSourceKind =
  /** A Jenkinsfile held in the job itself (CpsFlowDefinition). */
  | 'INLINE'
  /** A Jenkinsfile in a Git repository (CpsScmFlowDefinition). */
  | 'SCM';

export type PipelineStage = {
  __typename?: 'PipelineStage';
  durationMs: Scalars['Float']['output'];
  /** Jenkins' flow node id of the stage. */
  id: Scalars['ID']['output'];
  /** The stage's own log (its steps' logs, from wfapi); null with an error when Jenkins is down. */
  log?: Maybe<PipelineStageLog>;
  name: Scalars['String']['output'];
  /** ISO 8601; null when the stage did not run. */
  startedAt?: Maybe<Scalars['String']['output']>;
  status: PipelineStageStatus;
};

export type PipelineStageLog = {
  __typename?: 'PipelineStageLog';
  text: Scalars['String']['output'];
  /** Jenkins shows only the end of long step logs here; the whole log is in pipelineRunLog. */
  truncated: Scalars['Boolean']['output'];
};

export type PipelineStageStatus =
  | 'ABORTED'
  | 'FAILURE'
  | 'NOT_EXECUTED'
  | 'PAUSED'
  | 'RUNNING'
  | 'SUCCESS'
  | 'UNSTABLE';

export type PipelineStep = {
  __typename?: 'PipelineStep';
  branch?: Maybe<Scalars['String']['output']>;
  context?: Maybe<Scalars['String']['output']>;
  credentialId?: Maybe<Scalars['String']['output']>;
  dockerfile?: Maybe<Scalars['String']['output']>;
  image?: Maybe<Scalars['String']['output']>;
  kind: PipelineStepKind;
  manifest?: Maybe<Scalars['String']['output']>;
  message?: Maybe<Scalars['String']['output']>;
  project?: Maybe<Scalars['String']['output']>;
  script?: Maybe<Scalars['String']['output']>;
  /** INPUT: comma-separated Meridian usernames who alone may answer it (enforced by Meridian). */
  submitter?: Maybe<Scalars['String']['output']>;
  url?: Maybe<Scalars['String']['output']>;
};

export type PipelineStepInput = {
  branch?: InputMaybe<Scalars['String']['input']>;
  context?: InputMaybe<Scalars['String']['input']>;
  credentialId?: InputMaybe<Scalars['String']['input']>;
  dockerfile?: InputMaybe<Scalars['String']['input']>;
  image?: InputMaybe<Scalars['String']['input']>;
  kind: PipelineStepKind;
  manifest?: InputMaybe<Scalars['String']['input']>;
  message?: InputMaybe<Scalars['String']['input']>;
  project?: InputMaybe<Scalars['String']['input']>;
  script?: InputMaybe<Scalars['String']['input']>;
  submitter?: InputMaybe<Scalars['String']['input']>;
  url?: InputMaybe<Scalars['String']['input']>;
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

export type PipelineTestSummary = {
  __typename?: 'PipelineTestSummary';
  failed: Scalars['Int']['output'];
  passed: Scalars['Int']['output'];
  skipped: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

export type PipelineTriggers = {
  __typename?: 'PipelineTriggers';
  /** Build periodically (cron syntax, e.g. H 2 * * *). */
  cron?: Maybe<Scalars['String']['output']>;
  /** Poll SCM (cron syntax). */
  pollScm?: Maybe<Scalars['String']['output']>;
  /**
   * Where a Git server posts to start this pipeline (Generic Webhook Trigger), with the secret as
   * `?token=<secret>` or a `token` header; the secret is never shown again. Null when no webhook
   * is set.
   */
  webhookUrl?: Maybe<Scalars['String']['output']>;
};

export type PipelineTriggersInput = {
  cron?: InputMaybe<Scalars['String']['input']>;
  pollScm?: InputMaybe<Scalars['String']['input']>;
  /**
   * A webhook trigger. On create, webhookSecret is needed with it; on update, leaving
   * webhookSecret out keeps the current secret.
   */
  webhook?: InputMaybe<Scalars['Boolean']['input']>;
  /** The webhook's secret (at least 16 characters); never returned. */
  webhookSecret?: InputMaybe<Scalars['String']['input']>;
};

export type Query = {
  __typename?: 'Query';
  devopsProject?: Maybe<DevOpsProject>;
  /** DevOps projects of a workspace that the caller may see, a page at a time. */
  devopsProjects: DevOpsProjectConnection;
};


export type QueryDevopsProjectArgs = {
  name: Scalars['String']['input'];
};


export type QueryDevopsProjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DevOpsProjectFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<DevOpsSort>;
  workspace: Scalars['String']['input'];
};

export type SecretTextInput = {
  secret: Scalars['String']['input'];
};

export type SortDirection =
  | 'ASC'
  | 'DESC';

/** Build an image from source: a pipeline that checks out gitUrl and builds with builderImage. */
export type SourceToImageInput = {
  branch?: InputMaybe<Scalars['String']['input']>;
  /** The image that builds the source (e.g. a Node or Java builder). */
  builderImage: Scalars['String']['input'];
  /** Credential id for the Git repository, if it is private. */
  gitCredentialId?: InputMaybe<Scalars['String']['input']>;
  gitUrl: Scalars['String']['input'];
  /** The pipeline's name. */
  name: Scalars['String']['input'];
  /** Credential id for the image registry. */
  registryCredentialId?: InputMaybe<Scalars['String']['input']>;
  tag?: InputMaybe<Scalars['String']['input']>;
  /** Image repository to push to, without tag. */
  targetImage: Scalars['String']['input'];
};

export type SshKeyInput = {
  passphrase?: InputMaybe<Scalars['String']['input']>;
  privateKey: Scalars['String']['input'];
  username: Scalars['String']['input'];
};

export type Subscription = {
  __typename?: 'Subscription';
  /**
   * A pipeline's runs as they change: a new run, its status, its stages' states and durations,
   * input steps waiting. Each event is the whole run.
   */
  pipelineRunChanged: PipelineRun;
  /** A run's console log, from the start, until the run has finished. */
  pipelineRunLog: LogChunk;
};


export type SubscriptionPipelineRunChangedArgs = {
  pipeline: Scalars['String']['input'];
  project: Scalars['String']['input'];
};


export type SubscriptionPipelineRunLogArgs = {
  from?: InputMaybe<Scalars['Float']['input']>;
  pipeline: Scalars['String']['input'];
  project: Scalars['String']['input'];
  run: Scalars['Int']['input'];
};

export type UsernamePasswordInput = {
  password: Scalars['String']['input'];
  username: Scalars['String']['input'];
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
  DevOpsProject: DevOpsProject;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  DevOpsProject:
    ( { __typename: 'DevOpsProject' }
    & GraphQLRecursivePick<FederationTypes['DevOpsProject'], {"name":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Credential: ResolverTypeWrapper<Credential>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  CredentialConnection: ResolverTypeWrapper<CredentialConnection>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  CredentialEdge: ResolverTypeWrapper<CredentialEdge>;
  CredentialFilter: CredentialFilter;
  CredentialInput: CredentialInput;
  CredentialType: CredentialType;
  DevOpsProject: ResolverTypeWrapper<DevOpsProjectModel>;
  DevOpsProjectConnection: ResolverTypeWrapper<Omit<DevOpsProjectConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['DevOpsProjectEdge']>, nodes: Array<ResolversTypes['DevOpsProject']> }>;
  DevOpsProjectEdge: ResolverTypeWrapper<Omit<DevOpsProjectEdge, 'node'> & { node: ResolversTypes['DevOpsProject'] }>;
  DevOpsProjectFilter: DevOpsProjectFilter;
  DevOpsSort: DevOpsSort;
  DevOpsSortField: DevOpsSortField;
  DiscardPolicy: ResolverTypeWrapper<DiscardPolicy>;
  DiscardPolicyInput: DiscardPolicyInput;
  KubeconfigInput: KubeconfigInput;
  LogChunk: ResolverTypeWrapper<LogChunk>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Pipeline: ResolverTypeWrapper<PipelineModel>;
  PipelineArtifact: ResolverTypeWrapper<PipelineArtifact>;
  PipelineConnection: ResolverTypeWrapper<Omit<PipelineConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['PipelineEdge']>, nodes: Array<ResolversTypes['Pipeline']> }>;
  PipelineDefinition: ResolverTypeWrapper<PipelineDefinition>;
  PipelineEdge: ResolverTypeWrapper<Omit<PipelineEdge, 'node'> & { node: ResolversTypes['Pipeline'] }>;
  PipelineGraph: ResolverTypeWrapper<PipelineGraph>;
  PipelineGraphBranch: ResolverTypeWrapper<PipelineGraphBranch>;
  PipelineGraphBranchInput: PipelineGraphBranchInput;
  PipelineGraphInput: PipelineGraphInput;
  PipelineGraphStage: ResolverTypeWrapper<PipelineGraphStage>;
  PipelineGraphStageInput: PipelineGraphStageInput;
  PipelineInput: PipelineInput;
  PipelineInputAction: PipelineInputAction;
  PipelineInputState: PipelineInputState;
  PipelineInputStep: ResolverTypeWrapper<PipelineInputStep>;
  PipelineParameter: ResolverTypeWrapper<PipelineParameter>;
  PipelineParameterDefinitionInput: PipelineParameterDefinitionInput;
  PipelineParameterInput: PipelineParameterInput;
  PipelineParameterType: PipelineParameterType;
  PipelineParameterValue: ResolverTypeWrapper<PipelineParameterValue>;
  PipelineRun: ResolverTypeWrapper<PipelineRunModel>;
  PipelineRunConnection: ResolverTypeWrapper<Omit<PipelineRunConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['PipelineRunEdge']>, nodes: Array<ResolversTypes['PipelineRun']> }>;
  PipelineRunEdge: ResolverTypeWrapper<Omit<PipelineRunEdge, 'node'> & { node: ResolversTypes['PipelineRun'] }>;
  PipelineRunStatus: PipelineRunStatus;
  PipelineScm: ResolverTypeWrapper<PipelineScm>;
  PipelineScmInput: PipelineScmInput;
  PipelineSourceKind: PipelineSourceKind;
  PipelineStage: ResolverTypeWrapper<PipelineStageModel>;
  PipelineStageLog: ResolverTypeWrapper<PipelineStageLog>;
  PipelineStageStatus: PipelineStageStatus;
  PipelineStep: ResolverTypeWrapper<PipelineStep>;
  PipelineStepInput: PipelineStepInput;
  PipelineStepKind: PipelineStepKind;
  PipelineTestSummary: ResolverTypeWrapper<PipelineTestSummary>;
  PipelineTriggers: ResolverTypeWrapper<PipelineTriggers>;
  PipelineTriggersInput: PipelineTriggersInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SecretTextInput: SecretTextInput;
  SortDirection: SortDirection;
  SourceToImageInput: SourceToImageInput;
  SshKeyInput: SshKeyInput;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  UsernamePasswordInput: UsernamePasswordInput;
  federation__FieldSet: ResolverTypeWrapper<Scalars['federation__FieldSet']['output']>;
  link__Import: ResolverTypeWrapper<Scalars['link__Import']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Credential: Credential;
  ID: Scalars['ID']['output'];
  CredentialConnection: CredentialConnection;
  Int: Scalars['Int']['output'];
  CredentialEdge: CredentialEdge;
  CredentialFilter: CredentialFilter;
  CredentialInput: CredentialInput;
  DevOpsProject: DevOpsProjectModel;
  DevOpsProjectConnection: Omit<DevOpsProjectConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['DevOpsProjectEdge']>, nodes: Array<ResolversParentTypes['DevOpsProject']> };
  DevOpsProjectEdge: Omit<DevOpsProjectEdge, 'node'> & { node: ResolversParentTypes['DevOpsProject'] };
  DevOpsProjectFilter: DevOpsProjectFilter;
  DevOpsSort: DevOpsSort;
  DiscardPolicy: DiscardPolicy;
  DiscardPolicyInput: DiscardPolicyInput;
  KubeconfigInput: KubeconfigInput;
  LogChunk: LogChunk;
  Float: Scalars['Float']['output'];
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Pipeline: PipelineModel;
  PipelineArtifact: PipelineArtifact;
  PipelineConnection: Omit<PipelineConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['PipelineEdge']>, nodes: Array<ResolversParentTypes['Pipeline']> };
  PipelineDefinition: PipelineDefinition;
  PipelineEdge: Omit<PipelineEdge, 'node'> & { node: ResolversParentTypes['Pipeline'] };
  PipelineGraph: PipelineGraph;
  PipelineGraphBranch: PipelineGraphBranch;
  PipelineGraphBranchInput: PipelineGraphBranchInput;
  PipelineGraphInput: PipelineGraphInput;
  PipelineGraphStage: PipelineGraphStage;
  PipelineGraphStageInput: PipelineGraphStageInput;
  PipelineInput: PipelineInput;
  PipelineInputStep: PipelineInputStep;
  PipelineParameter: PipelineParameter;
  PipelineParameterDefinitionInput: PipelineParameterDefinitionInput;
  PipelineParameterInput: PipelineParameterInput;
  PipelineParameterValue: PipelineParameterValue;
  PipelineRun: PipelineRunModel;
  PipelineRunConnection: Omit<PipelineRunConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['PipelineRunEdge']>, nodes: Array<ResolversParentTypes['PipelineRun']> };
  PipelineRunEdge: Omit<PipelineRunEdge, 'node'> & { node: ResolversParentTypes['PipelineRun'] };
  PipelineScm: PipelineScm;
  PipelineScmInput: PipelineScmInput;
  PipelineStage: PipelineStageModel;
  PipelineStageLog: PipelineStageLog;
  PipelineStep: PipelineStep;
  PipelineStepInput: PipelineStepInput;
  PipelineTestSummary: PipelineTestSummary;
  PipelineTriggers: PipelineTriggers;
  PipelineTriggersInput: PipelineTriggersInput;
  Query: Record<PropertyKey, never>;
  SecretTextInput: SecretTextInput;
  SourceToImageInput: SourceToImageInput;
  SshKeyInput: SshKeyInput;
  Subscription: Record<PropertyKey, never>;
  UsernamePasswordInput: UsernamePasswordInput;
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

export type CredentialResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Credential'] = ResolversParentTypes['Credential']> = ResolversObject<{
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  project?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['CredentialType'], ParentType, ContextType>;
}>;

export type CredentialConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['CredentialConnection'] = ResolversParentTypes['CredentialConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CredentialEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Credential']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CredentialEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['CredentialEdge'] = ResolversParentTypes['CredentialEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Credential'], ParentType, ContextType>;
}>;

export type DevOpsProjectResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['DevOpsProject'] = ResolversParentTypes['DevOpsProject'], FederationReferenceType extends FederationReferenceTypes['DevOpsProject'] = FederationReferenceTypes['DevOpsProject']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['DevOpsProject']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  credentials?: Resolver<Maybe<ResolversTypes['CredentialConnection']>, ParentType, ContextType, RequireFields<DevOpsProjectCredentialsArgs, 'first'>>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pipeline?: Resolver<Maybe<ResolversTypes['Pipeline']>, ParentType, ContextType, RequireFields<DevOpsProjectPipelineArgs, 'name'>>;
  pipelines?: Resolver<Maybe<ResolversTypes['PipelineConnection']>, ParentType, ContextType, RequireFields<DevOpsProjectPipelinesArgs, 'first'>>;
  viewerCanDelete?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerCanManagePipelines?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  workspace?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type DevOpsProjectConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['DevOpsProjectConnection'] = ResolversParentTypes['DevOpsProjectConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['DevOpsProjectEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['DevOpsProject']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DevOpsProjectEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['DevOpsProjectEdge'] = ResolversParentTypes['DevOpsProjectEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['DevOpsProject'], ParentType, ContextType>;
}>;

export type DiscardPolicyResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['DiscardPolicy'] = ResolversParentTypes['DiscardPolicy']> = ResolversObject<{
  daysToKeep?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  numToKeep?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type LogChunkResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['LogChunk'] = ResolversParentTypes['LogChunk']> = ResolversObject<{
  more?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  offset?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  createCredential?: Resolver<ResolversTypes['Credential'], ParentType, ContextType, RequireFields<MutationCreateCredentialArgs, 'input' | 'project'>>;
  createDevOpsProject?: Resolver<ResolversTypes['DevOpsProject'], ParentType, ContextType, RequireFields<MutationCreateDevOpsProjectArgs, 'name' | 'workspace'>>;
  createPipeline?: Resolver<ResolversTypes['Pipeline'], ParentType, ContextType, RequireFields<MutationCreatePipelineArgs, 'input' | 'project'>>;
  createSourceToImage?: Resolver<ResolversTypes['Pipeline'], ParentType, ContextType, RequireFields<MutationCreateSourceToImageArgs, 'input' | 'project'>>;
  deleteCredential?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteCredentialArgs, 'id' | 'project'>>;
  deleteDevOpsProject?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteDevOpsProjectArgs, 'confirm' | 'name'>>;
  deletePipeline?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeletePipelineArgs, 'pipeline' | 'project'>>;
  replayPipelineRun?: Resolver<ResolversTypes['PipelineRun'], ParentType, ContextType, RequireFields<MutationReplayPipelineRunArgs, 'pipeline' | 'project' | 'run'>>;
  runPipeline?: Resolver<ResolversTypes['PipelineRun'], ParentType, ContextType, RequireFields<MutationRunPipelineArgs, 'pipeline' | 'project'>>;
  stopPipelineRun?: Resolver<ResolversTypes['PipelineRun'], ParentType, ContextType, RequireFields<MutationStopPipelineRunArgs, 'pipeline' | 'project' | 'run'>>;
  submitPipelineInput?: Resolver<ResolversTypes['PipelineRun'], ParentType, ContextType, RequireFields<MutationSubmitPipelineInputArgs, 'action' | 'inputId' | 'pipeline' | 'project' | 'run'>>;
  updatePipeline?: Resolver<ResolversTypes['Pipeline'], ParentType, ContextType, RequireFields<MutationUpdatePipelineArgs, 'input' | 'project'>>;
}>;

export type PageInfoResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PipelineResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Pipeline'] = ResolversParentTypes['Pipeline']> = ResolversObject<{
  definition?: Resolver<Maybe<ResolversTypes['PipelineDefinition']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastRun?: Resolver<Maybe<ResolversTypes['PipelineRun']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  project?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  run?: Resolver<Maybe<ResolversTypes['PipelineRun']>, ParentType, ContextType, RequireFields<PipelineRunArgs, 'number'>>;
  runs?: Resolver<Maybe<ResolversTypes['PipelineRunConnection']>, ParentType, ContextType, RequireFields<PipelineRunsArgs, 'first'>>;
}>;

export type PipelineArtifactResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PipelineArtifact'] = ResolversParentTypes['PipelineArtifact']> = ResolversObject<{
  fileName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relativePath?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PipelineConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PipelineConnection'] = ResolversParentTypes['PipelineConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PipelineEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Pipeline']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type PipelineDefinitionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PipelineDefinition'] = ResolversParentTypes['PipelineDefinition']> = ResolversObject<{
  discard?: Resolver<Maybe<ResolversTypes['DiscardPolicy']>, ParentType, ContextType>;
  graph?: Resolver<Maybe<ResolversTypes['PipelineGraph']>, ParentType, ContextType>;
  jenkinsfile?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  parameters?: Resolver<Array<ResolversTypes['PipelineParameter']>, ParentType, ContextType>;
  scm?: Resolver<Maybe<ResolversTypes['PipelineScm']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['PipelineSourceKind'], ParentType, ContextType>;
  triggers?: Resolver<ResolversTypes['PipelineTriggers'], ParentType, ContextType>;
}>;

export type PipelineEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PipelineEdge'] = ResolversParentTypes['PipelineEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Pipeline'], ParentType, ContextType>;
}>;

export type PipelineGraphResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PipelineGraph'] = ResolversParentTypes['PipelineGraph']> = ResolversObject<{
  agent?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  stages?: Resolver<Array<ResolversTypes['PipelineGraphStage']>, ParentType, ContextType>;
}>;

export type PipelineGraphBranchResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PipelineGraphBranch'] = ResolversParentTypes['PipelineGraphBranch']> = ResolversObject<{
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['PipelineStep']>, ParentType, ContextType>;
}>;

export type PipelineGraphStageResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PipelineGraphStage'] = ResolversParentTypes['PipelineGraphStage']> = ResolversObject<{
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parallel?: Resolver<Array<ResolversTypes['PipelineGraphBranch']>, ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['PipelineStep']>, ParentType, ContextType>;
}>;

export type PipelineInputStepResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PipelineInputStep'] = ResolversParentTypes['PipelineInputStep']> = ResolversObject<{
  decidedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  decidedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['PipelineInputState'], ParentType, ContextType>;
}>;

export type PipelineParameterResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PipelineParameter'] = ResolversParentTypes['PipelineParameter']> = ResolversObject<{
  choices?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  defaultValue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['PipelineParameterType'], ParentType, ContextType>;
}>;

export type PipelineParameterValueResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PipelineParameterValue'] = ResolversParentTypes['PipelineParameterValue']> = ResolversObject<{
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PipelineRunResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PipelineRun'] = ResolversParentTypes['PipelineRun']> = ResolversObject<{
  artifacts?: Resolver<Maybe<Array<ResolversTypes['PipelineArtifact']>>, ParentType, ContextType>;
  durationMs?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inputs?: Resolver<Maybe<Array<ResolversTypes['PipelineInputStep']>>, ParentType, ContextType>;
  logDownloadPath?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  logSize?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  number?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  parameters?: Resolver<Array<ResolversTypes['PipelineParameterValue']>, ParentType, ContextType>;
  pipeline?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  project?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  stages?: Resolver<Maybe<Array<ResolversTypes['PipelineStage']>>, ParentType, ContextType>;
  startedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PipelineRunStatus'], ParentType, ContextType>;
  tests?: Resolver<Maybe<ResolversTypes['PipelineTestSummary']>, ParentType, ContextType>;
}>;

export type PipelineRunConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PipelineRunConnection'] = ResolversParentTypes['PipelineRunConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PipelineRunEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['PipelineRun']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type PipelineRunEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PipelineRunEdge'] = ResolversParentTypes['PipelineRunEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PipelineRun'], ParentType, ContextType>;
}>;

export type PipelineScmResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PipelineScm'] = ResolversParentTypes['PipelineScm']> = ResolversObject<{
  branch?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  credentialId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  scriptPath?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PipelineStageResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PipelineStage'] = ResolversParentTypes['PipelineStage']> = ResolversObject<{
  durationMs?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  log?: Resolver<Maybe<ResolversTypes['PipelineStageLog']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PipelineStageStatus'], ParentType, ContextType>;
}>;

export type PipelineStageLogResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PipelineStageLog'] = ResolversParentTypes['PipelineStageLog']> = ResolversObject<{
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PipelineStepResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PipelineStep'] = ResolversParentTypes['PipelineStep']> = ResolversObject<{
  branch?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  context?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  credentialId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dockerfile?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  image?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PipelineStepKind'], ParentType, ContextType>;
  manifest?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  project?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  script?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  submitter?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PipelineTestSummaryResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PipelineTestSummary'] = ResolversParentTypes['PipelineTestSummary']> = ResolversObject<{
  failed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  passed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  skipped?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PipelineTriggersResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PipelineTriggers'] = ResolversParentTypes['PipelineTriggers']> = ResolversObject<{
  cron?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pollScm?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  webhookUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  devopsProject?: Resolver<Maybe<ResolversTypes['DevOpsProject']>, ParentType, ContextType, RequireFields<QueryDevopsProjectArgs, 'name'>>;
  devopsProjects?: Resolver<ResolversTypes['DevOpsProjectConnection'], ParentType, ContextType, RequireFields<QueryDevopsProjectsArgs, 'first' | 'workspace'>>;
}>;

export type SubscriptionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  pipelineRunChanged?: SubscriptionResolver<ResolversTypes['PipelineRun'], "pipelineRunChanged", ParentType, ContextType, RequireFields<SubscriptionPipelineRunChangedArgs, 'pipeline' | 'project'>>;
  pipelineRunLog?: SubscriptionResolver<ResolversTypes['LogChunk'], "pipelineRunLog", ParentType, ContextType, RequireFields<SubscriptionPipelineRunLogArgs, 'from' | 'pipeline' | 'project' | 'run'>>;
}>;

export interface Federation__FieldSetScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['federation__FieldSet'], any> {
  name: 'federation__FieldSet';
}

export interface Link__ImportScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['link__Import'], any> {
  name: 'link__Import';
}

export type Resolvers<ContextType = SubgraphContext> = ResolversObject<{
  Credential?: CredentialResolvers<ContextType>;
  CredentialConnection?: CredentialConnectionResolvers<ContextType>;
  CredentialEdge?: CredentialEdgeResolvers<ContextType>;
  DevOpsProject?: DevOpsProjectResolvers<ContextType>;
  DevOpsProjectConnection?: DevOpsProjectConnectionResolvers<ContextType>;
  DevOpsProjectEdge?: DevOpsProjectEdgeResolvers<ContextType>;
  DiscardPolicy?: DiscardPolicyResolvers<ContextType>;
  LogChunk?: LogChunkResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Pipeline?: PipelineResolvers<ContextType>;
  PipelineArtifact?: PipelineArtifactResolvers<ContextType>;
  PipelineConnection?: PipelineConnectionResolvers<ContextType>;
  PipelineDefinition?: PipelineDefinitionResolvers<ContextType>;
  PipelineEdge?: PipelineEdgeResolvers<ContextType>;
  PipelineGraph?: PipelineGraphResolvers<ContextType>;
  PipelineGraphBranch?: PipelineGraphBranchResolvers<ContextType>;
  PipelineGraphStage?: PipelineGraphStageResolvers<ContextType>;
  PipelineInputStep?: PipelineInputStepResolvers<ContextType>;
  PipelineParameter?: PipelineParameterResolvers<ContextType>;
  PipelineParameterValue?: PipelineParameterValueResolvers<ContextType>;
  PipelineRun?: PipelineRunResolvers<ContextType>;
  PipelineRunConnection?: PipelineRunConnectionResolvers<ContextType>;
  PipelineRunEdge?: PipelineRunEdgeResolvers<ContextType>;
  PipelineScm?: PipelineScmResolvers<ContextType>;
  PipelineStage?: PipelineStageResolvers<ContextType>;
  PipelineStageLog?: PipelineStageLogResolvers<ContextType>;
  PipelineStep?: PipelineStepResolvers<ContextType>;
  PipelineTestSummary?: PipelineTestSummaryResolvers<ContextType>;
  PipelineTriggers?: PipelineTriggersResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
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
