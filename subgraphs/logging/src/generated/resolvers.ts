import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { LogSearchResultModel } from '../models.ts';
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

export type LogFilter = {
  containers?: InputMaybe<Array<Scalars['String']['input']>>;
  end?: InputMaybe<Scalars['String']['input']>;
  /** Any of these (OR), matched as phrases, case-insensitively. */
  keywords?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Projects to search; all the caller may view when absent. */
  namespaces?: InputMaybe<Array<Scalars['String']['input']>>;
  pods?: InputMaybe<Array<Scalars['String']['input']>>;
  /** RFC 3339 bounds, inclusive. */
  start?: InputMaybe<Scalars['String']['input']>;
};

export type LogHistogramBucket = {
  __typename?: 'LogHistogramBucket';
  count: Scalars['Int']['output'];
  /** Start of the bucket, RFC 3339. */
  time: Scalars['String']['output'];
};

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
  host?: Maybe<Scalars['String']['output']>;
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
   * Searches collected logs of the projects the caller may view. Records older than a project's
   * namespace are never returned, so a reused namespace name shows no earlier tenant's logs.
   */
  searchLogs?: Maybe<LogSearchResult>;
};


export type QuerySearchLogsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter: LogFilter;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<LogSortOrder>;
};

export type Subscription = {
  __typename?: 'Subscription';
  /** New lines of a container's log as they are written (kubectl logs -f), after the last `tailLines`. */
  podLogTail: LogLine;
};


export type SubscriptionPodLogTailArgs = {
  container?: InputMaybe<Scalars['String']['input']>;
  namespace: Scalars['String']['input'];
  pod: Scalars['String']['input'];
  tailLines?: InputMaybe<Scalars['Int']['input']>;
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
  LogFilter: LogFilter;
  LogHistogramBucket: ResolverTypeWrapper<LogHistogramBucket>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
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
  federation__FieldSet: ResolverTypeWrapper<Scalars['federation__FieldSet']['output']>;
  link__Import: ResolverTypeWrapper<Scalars['link__Import']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  LogFilter: LogFilter;
  LogHistogramBucket: LogHistogramBucket;
  Int: Scalars['Int']['output'];
  LogLine: LogLine;
  LogRecord: LogRecord;
  LogRecordEdge: LogRecordEdge;
  LogSearchResult: LogSearchResultModel;
  PageInfo: PageInfo;
  Pod: Pod | FederationReferenceTypes['Pod'];
  PodLogs: PodLogs;
  Query: Record<PropertyKey, never>;
  Subscription: Record<PropertyKey, never>;
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
  host?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
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
  searchLogs?: Resolver<Maybe<ResolversTypes['LogSearchResult']>, ParentType, ContextType, RequireFields<QuerySearchLogsArgs, 'filter' | 'first' | 'sort'>>;
}>;

export type SubscriptionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  podLogTail?: SubscriptionResolver<ResolversTypes['LogLine'], "podLogTail", ParentType, ContextType, RequireFields<SubscriptionPodLogTailArgs, 'namespace' | 'pod' | 'tailLines'>>;
}>;

export interface Federation__FieldSetScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['federation__FieldSet'], any> {
  name: 'federation__FieldSet';
}

export interface Link__ImportScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['link__Import'], any> {
  name: 'link__Import';
}

export type Resolvers<ContextType = SubgraphContext> = ResolversObject<{
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
