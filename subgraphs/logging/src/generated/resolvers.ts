import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { LogSearchResultModel, AuditSearchResultModel } from '../models.ts';
import type { SubgraphContext } from '@meridian/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
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

/** How the author of an audited change signed in. */
export type AuditCredential =
  | 'ANONYMOUS'
  | 'SESSION'
  | 'TOKEN';

/**
 * An audit record (one mutation): the same value type as tenancy's (its Postgres store); here as
 * indexed in Elasticsearch (meridian-audit-*).
 */
export type AuditEvent = {
  __typename?: 'AuditEvent';
  /** The arguments as JSON text, secrets replaced by [REDACTED]. */
  arguments: Scalars['String']['output'];
  clientAddress?: Maybe<Scalars['String']['output']>;
  credential: AuditCredential;
  /** The session or API token id (never the token itself). */
  credentialId?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The mutation field, e.g. scaleDeployment. */
  operation: Scalars['String']['output'];
  operationName?: Maybe<Scalars['String']['output']>;
  project?: Maybe<Scalars['String']['output']>;
  requestId: Scalars['String']['output'];
  /** ok, or the error's code. */
  result: Scalars['String']['output'];
  /** The subgraph that served it. */
  service: Scalars['String']['output'];
  targetKind?: Maybe<Scalars['String']['output']>;
  targetName?: Maybe<Scalars['String']['output']>;
  /** ISO 8601 time the mutation started. */
  time: Scalars['String']['output'];
  username?: Maybe<Scalars['String']['output']>;
  workspace?: Maybe<Scalars['String']['output']>;
};

export type AuditRecordEdge = {
  __typename?: 'AuditRecordEdge';
  cursor: Scalars['String']['output'];
  node: AuditEvent;
};

export type AuditSearchFilter = {
  /** RFC 3339, inclusive. */
  from?: InputMaybe<Scalars['String']['input']>;
  /** Every word of it somewhere in the record: names, operation, result, arguments (case-insensitive). */
  keyword?: InputMaybe<Scalars['String']['input']>;
  /** Mutation field names, e.g. createSecret. */
  operations?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only records of these projects (each one the caller administers, or whose workspace they do). */
  projects?: InputMaybe<Array<Scalars['String']['input']>>;
  /** ok, or error codes (FORBIDDEN, NOT_FOUND, ...). */
  results?: InputMaybe<Array<Scalars['String']['input']>>;
  /** RFC 3339, exclusive. */
  to?: InputMaybe<Scalars['String']['input']>;
  /** Usernames of who did it. */
  users?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only records of these workspaces (each one the caller administers). */
  workspaces?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type AuditSearchResult = {
  __typename?: 'AuditSearchResult';
  edges: Array<AuditRecordEdge>;
  /**
   * Counts per time bucket over the same filter; interval like 30s, 5m, 1h, 1d. Empty buckets fill
   * the filter's time range (without `from`: at least the last 60 buckets).
   */
  histogram: Array<LogHistogramBucket>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};


export type AuditSearchResultHistogramArgs = {
  interval: Scalars['String']['input'];
};

/** A Kubernetes Event as exported to Elasticsearch: kept after the API server's one-hour expiry. */
export type EventRecord = {
  __typename?: 'EventRecord';
  count: Scalars['Int']['output'];
  firstSeen?: Maybe<Scalars['String']['output']>;
  involvedKind: Scalars['String']['output'];
  involvedName: Scalars['String']['output'];
  lastSeen: Scalars['String']['output'];
  message?: Maybe<Scalars['String']['output']>;
  namespace: Scalars['String']['output'];
  reason?: Maybe<Scalars['String']['output']>;
  source?: Maybe<Scalars['String']['output']>;
  type: Scalars['String']['output'];
  uid: Scalars['ID']['output'];
};

export type EventRecordConnection = {
  __typename?: 'EventRecordConnection';
  edges: Array<EventRecordEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type EventRecordEdge = {
  __typename?: 'EventRecordEdge';
  cursor: Scalars['String']['output'];
  node: EventRecord;
};

/** Lines around a record, from the same container, in time order. */
export type LogContext = {
  __typename?: 'LogContext';
  after: Array<LogRecord>;
  before: Array<LogRecord>;
  hit: LogRecord;
};

export type LogFilter = {
  containers?: InputMaybe<Array<Scalars['String']['input']>>;
  end?: InputMaybe<Scalars['String']['input']>;
  /** Any of these (OR), matched as phrases, case-insensitively. */
  keywords?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Lines of any of these levels, read from the line's first word (INFO, WARN, ERROR, DEBUG). */
  levels?: InputMaybe<Array<LogLevel>>;
  /** Projects to search; all the caller may view when absent. */
  namespaces?: InputMaybe<Array<Scalars['String']['input']>>;
  pods?: InputMaybe<Array<Scalars['String']['input']>>;
  /** RFC 3339 bounds, inclusive. */
  start?: InputMaybe<Scalars['String']['input']>;
  /** Only the current pods of this workload (needs exactly one project in `namespaces`). */
  workload?: InputMaybe<WorkloadRef>;
  /** Only projects of this workspace (the ones of it the caller may view). */
  workspace?: InputMaybe<Scalars['String']['input']>;
};

export type LogHistogramBucket = {
  __typename?: 'LogHistogramBucket';
  count: Scalars['Int']['output'];
  /** Start of the bucket, RFC 3339. */
  time: Scalars['String']['output'];
};

/** A line's level, read from its first word (WARNING counts as WARN, FATAL as ERROR, TRACE as DEBUG). */
export type LogLevel =
  | 'DEBUG'
  | 'ERROR'
  | 'INFO'
  | 'WARN';

export type LogLine = {
  __typename?: 'LogLine';
  message: Scalars['String']['output'];
  /** RFC 3339 time the runtime stamped on the line; null if it had none. */
  time?: Maybe<Scalars['String']['output']>;
};

/** A collected log record (Fluent Bit → Elasticsearch). */
export type LogRecord = {
  __typename?: 'LogRecord';
  container?: Maybe<Scalars['String']['output']>;
  /** Pieces of the line around the keywords searched, each keyword as <em>…</em> (HTML-escaped text). */
  highlights: Array<Scalars['String']['output']>;
  host?: Maybe<Scalars['String']['output']>;
  /** The record's id in the store: what logContext starts from. */
  id: Scalars['ID']['output'];
  /** Null when the line does not start with a level. */
  level?: Maybe<LogLevel>;
  message: Scalars['String']['output'];
  namespace: Scalars['String']['output'];
  pod?: Maybe<Scalars['String']['output']>;
  time: Scalars['String']['output'];
};

export type LogRecordEdge = {
  __typename?: 'LogRecordEdge';
  cursor: Scalars['String']['output'];
  node: LogRecord;
};

export type LogSearchResult = {
  __typename?: 'LogSearchResult';
  edges: Array<LogRecordEdge>;
  /** Counts per time bucket over the same filter; interval like 30s, 5m, 1h, 1d. */
  histogram: Array<LogHistogramBucket>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};


export type LogSearchResultHistogramArgs = {
  interval: Scalars['String']['input'];
};

export type LogSortOrder =
  | 'NEWEST_FIRST'
  | 'OLDEST_FIRST';

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** A pod (owned by the workloads subgraph); logging adds its container logs. */
export type Pod = {
  __typename?: 'Pod';
  /**
   * The container's log through the Kubernetes log API (kubectl logs). `container` defaults to
   * the pod's default container; `tailLines` must be 1..10000. Null with an error when Kubernetes
   * is unavailable.
   */
  logs?: Maybe<PodLogs>;
  name: Scalars['String']['output'];
  namespace: Scalars['String']['output'];
};


/** A pod (owned by the workloads subgraph); logging adds its container logs. */
export type PodLogsArgs = {
  container?: InputMaybe<Scalars['String']['input']>;
  previous?: InputMaybe<Scalars['Boolean']['input']>;
  sinceSeconds?: InputMaybe<Scalars['Int']['input']>;
  tailLines?: InputMaybe<Scalars['Int']['input']>;
};

export type PodLogs = {
  __typename?: 'PodLogs';
  /** The container the lines come from. */
  container: Scalars['String']['output'];
  lines: Array<LogLine>;
  /** True when older lines exist beyond tailLines (or the size cap). */
  truncated: Scalars['Boolean']['output'];
};

export type Query = {
  __typename?: 'Query';
  /**
   * The `before` lines written just before a record and the `after` lines just after it, by the
   * same container (each 0..200). NOT_FOUND when the record is not one the caller may see.
   */
  logContext?: Maybe<LogContext>;
  /**
   * Audit records (who changed what) as indexed in Elasticsearch, newest first: platform admins
   * all; workspace admins their workspaces'; project admins their project's since its namespace was
   * created (a reused name shows no earlier tenant's records); anyone else none. A workspace or
   * project in the filter the caller cannot see is NOT_FOUND, one they see but do not administer
   * FORBIDDEN. Records arrive through Kafka, so the newest may show a moment later.
   */
  searchAuditEvents?: Maybe<AuditSearchResult>;
  /**
   * Kubernetes Events of a project as exported to Elasticsearch, newest first: found long after the
   * API server dropped them. Events created before the project's namespace (an earlier namespace of
   * the same name) are never returned. `from`/`to` bound the last time an event was seen.
   */
  searchEvents?: Maybe<EventRecordConnection>;
  /**
   * Searches collected logs of the projects the caller may view. Records older than a project's
   * namespace are never returned, so a reused namespace name shows no earlier tenant's logs.
   */
  searchLogs?: Maybe<LogSearchResult>;
};


export type QueryLogContextArgs = {
  after?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  project: Scalars['String']['input'];
};


export type QuerySearchAuditEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditSearchFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySearchEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  project: Scalars['String']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
  type?: InputMaybe<Scalars['String']['input']>;
};


export type QuerySearchLogsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter: LogFilter;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<LogSortOrder>;
};

export type Subscription = {
  __typename?: 'Subscription';
  /**
   * Lines of a project as the collection pipeline (Kafka topic meridian.logs) carries them, from
   * now on: optionally of one workload's pods, one pod, one container, or containing a keyword
   * (case-insensitively). Access is checked again for every line.
   */
  logTail: LogRecord;
  /** New lines of a container's log as they are written (kubectl logs -f), after the last `tailLines`. */
  podLogTail: LogLine;
};


export type SubscriptionLogTailArgs = {
  container?: InputMaybe<Scalars['String']['input']>;
  keyword?: InputMaybe<Scalars['String']['input']>;
  pod?: InputMaybe<Scalars['String']['input']>;
  project: Scalars['String']['input'];
  workload?: InputMaybe<WorkloadRef>;
};


export type SubscriptionPodLogTailArgs = {
  container?: InputMaybe<Scalars['String']['input']>;
  namespace: Scalars['String']['input'];
  pod: Scalars['String']['input'];
  tailLines?: InputMaybe<Scalars['Int']['input']>;
};

export type WorkloadKind =
  | 'DAEMONSET'
  | 'DEPLOYMENT'
  | 'STATEFULSET';

export type WorkloadRef = {
  kind: WorkloadKind;
  name: Scalars['String']['input'];
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
  Pod: Pod;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Pod:
    ( { __typename: 'Pod' }
    & GraphQLRecursivePick<FederationTypes['Pod'], {"namespace":true,"name":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AuditCredential: AuditCredential;
  AuditEvent: ResolverTypeWrapper<AuditEvent>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AuditRecordEdge: ResolverTypeWrapper<AuditRecordEdge>;
  AuditSearchFilter: AuditSearchFilter;
  AuditSearchResult: ResolverTypeWrapper<AuditSearchResultModel>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  EventRecord: ResolverTypeWrapper<EventRecord>;
  EventRecordConnection: ResolverTypeWrapper<EventRecordConnection>;
  EventRecordEdge: ResolverTypeWrapper<EventRecordEdge>;
  LogContext: ResolverTypeWrapper<LogContext>;
  LogFilter: LogFilter;
  LogHistogramBucket: ResolverTypeWrapper<LogHistogramBucket>;
  LogLevel: LogLevel;
  LogLine: ResolverTypeWrapper<LogLine>;
  LogRecord: ResolverTypeWrapper<LogRecord>;
  LogRecordEdge: ResolverTypeWrapper<LogRecordEdge>;
  LogSearchResult: ResolverTypeWrapper<LogSearchResultModel>;
  LogSortOrder: LogSortOrder;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Pod: ResolverTypeWrapper<Pod>;
  PodLogs: ResolverTypeWrapper<PodLogs>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  WorkloadKind: WorkloadKind;
  WorkloadRef: WorkloadRef;
  federation__FieldSet: ResolverTypeWrapper<Scalars['federation__FieldSet']['output']>;
  link__Import: ResolverTypeWrapper<Scalars['link__Import']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AuditEvent: AuditEvent;
  ID: Scalars['ID']['output'];
  AuditRecordEdge: AuditRecordEdge;
  AuditSearchFilter: AuditSearchFilter;
  AuditSearchResult: AuditSearchResultModel;
  Int: Scalars['Int']['output'];
  EventRecord: EventRecord;
  EventRecordConnection: EventRecordConnection;
  EventRecordEdge: EventRecordEdge;
  LogContext: LogContext;
  LogFilter: LogFilter;
  LogHistogramBucket: LogHistogramBucket;
  LogLine: LogLine;
  LogRecord: LogRecord;
  LogRecordEdge: LogRecordEdge;
  LogSearchResult: LogSearchResultModel;
  PageInfo: PageInfo;
  Pod: Pod | FederationReferenceTypes['Pod'];
  PodLogs: PodLogs;
  Query: Record<PropertyKey, never>;
  Subscription: Record<PropertyKey, never>;
  WorkloadRef: WorkloadRef;
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

export type AuditEventResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AuditEvent'] = ResolversParentTypes['AuditEvent']> = ResolversObject<{
  arguments?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  clientAddress?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  credential?: Resolver<ResolversTypes['AuditCredential'], ParentType, ContextType>;
  credentialId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  operationName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  project?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  requestId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  result?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  service?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  targetKind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  targetName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  time?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  username?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  workspace?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type AuditRecordEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AuditRecordEdge'] = ResolversParentTypes['AuditRecordEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEvent'], ParentType, ContextType>;
}>;

export type AuditSearchResultResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AuditSearchResult'] = ResolversParentTypes['AuditSearchResult']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AuditRecordEdge']>, ParentType, ContextType>;
  histogram?: Resolver<Array<ResolversTypes['LogHistogramBucket']>, ParentType, ContextType, RequireFields<AuditSearchResultHistogramArgs, 'interval'>>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type EventRecordResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['EventRecord'] = ResolversParentTypes['EventRecord']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  firstSeen?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  involvedKind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  involvedName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lastSeen?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  namespace?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  uid?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type EventRecordConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['EventRecordConnection'] = ResolversParentTypes['EventRecordConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['EventRecordEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type EventRecordEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['EventRecordEdge'] = ResolversParentTypes['EventRecordEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['EventRecord'], ParentType, ContextType>;
}>;

export type LogContextResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['LogContext'] = ResolversParentTypes['LogContext']> = ResolversObject<{
  after?: Resolver<Array<ResolversTypes['LogRecord']>, ParentType, ContextType>;
  before?: Resolver<Array<ResolversTypes['LogRecord']>, ParentType, ContextType>;
  hit?: Resolver<ResolversTypes['LogRecord'], ParentType, ContextType>;
}>;

export type LogHistogramBucketResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['LogHistogramBucket'] = ResolversParentTypes['LogHistogramBucket']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  time?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type LogLineResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['LogLine'] = ResolversParentTypes['LogLine']> = ResolversObject<{
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  time?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type LogRecordResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['LogRecord'] = ResolversParentTypes['LogRecord']> = ResolversObject<{
  container?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  highlights?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  host?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  level?: Resolver<Maybe<ResolversTypes['LogLevel']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  namespace?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pod?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  time?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type LogRecordEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['LogRecordEdge'] = ResolversParentTypes['LogRecordEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['LogRecord'], ParentType, ContextType>;
}>;

export type LogSearchResultResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['LogSearchResult'] = ResolversParentTypes['LogSearchResult']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['LogRecordEdge']>, ParentType, ContextType>;
  histogram?: Resolver<Array<ResolversTypes['LogHistogramBucket']>, ParentType, ContextType, RequireFields<LogSearchResultHistogramArgs, 'interval'>>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PodResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Pod'] = ResolversParentTypes['Pod'], FederationReferenceType extends FederationReferenceTypes['Pod'] = FederationReferenceTypes['Pod']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Pod']> | FederationReferenceType, FederationReferenceType, ContextType>;
  logs?: Resolver<Maybe<ResolversTypes['PodLogs']>, ParentType, ContextType, RequireFields<PodLogsArgs, 'previous' | 'tailLines'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  namespace?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PodLogsResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PodLogs'] = ResolversParentTypes['PodLogs']> = ResolversObject<{
  container?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['LogLine']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  logContext?: Resolver<Maybe<ResolversTypes['LogContext']>, ParentType, ContextType, RequireFields<QueryLogContextArgs, 'after' | 'before' | 'id' | 'project'>>;
  searchAuditEvents?: Resolver<Maybe<ResolversTypes['AuditSearchResult']>, ParentType, ContextType, RequireFields<QuerySearchAuditEventsArgs, 'first'>>;
  searchEvents?: Resolver<Maybe<ResolversTypes['EventRecordConnection']>, ParentType, ContextType, RequireFields<QuerySearchEventsArgs, 'first' | 'project'>>;
  searchLogs?: Resolver<Maybe<ResolversTypes['LogSearchResult']>, ParentType, ContextType, RequireFields<QuerySearchLogsArgs, 'filter' | 'first' | 'sort'>>;
}>;

export type SubscriptionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  logTail?: SubscriptionResolver<ResolversTypes['LogRecord'], "logTail", ParentType, ContextType, RequireFields<SubscriptionLogTailArgs, 'project'>>;
  podLogTail?: SubscriptionResolver<ResolversTypes['LogLine'], "podLogTail", ParentType, ContextType, RequireFields<SubscriptionPodLogTailArgs, 'namespace' | 'pod' | 'tailLines'>>;
}>;

export interface Federation__FieldSetScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['federation__FieldSet'], any> {
  name: 'federation__FieldSet';
}

export interface Link__ImportScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['link__Import'], any> {
  name: 'link__Import';
}

export type Resolvers<ContextType = SubgraphContext> = ResolversObject<{
  AuditEvent?: AuditEventResolvers<ContextType>;
  AuditRecordEdge?: AuditRecordEdgeResolvers<ContextType>;
  AuditSearchResult?: AuditSearchResultResolvers<ContextType>;
  EventRecord?: EventRecordResolvers<ContextType>;
  EventRecordConnection?: EventRecordConnectionResolvers<ContextType>;
  EventRecordEdge?: EventRecordEdgeResolvers<ContextType>;
  LogContext?: LogContextResolvers<ContextType>;
  LogHistogramBucket?: LogHistogramBucketResolvers<ContextType>;
  LogLine?: LogLineResolvers<ContextType>;
  LogRecord?: LogRecordResolvers<ContextType>;
  LogRecordEdge?: LogRecordEdgeResolvers<ContextType>;
  LogSearchResult?: LogSearchResultResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Pod?: PodResolvers<ContextType>;
  PodLogs?: PodLogsResolvers<ContextType>;
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
