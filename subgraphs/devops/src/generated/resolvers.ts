import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { DevOpsProjectModel, PipelineModel, PipelineRunModel } from '../models.ts';
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

/**
 * A DevOps project: a Jenkins folder of the same name, and a Kubernetes namespace labelled
 * `meridian.io/devops-project=true` that says which workspace it belongs to. Access follows the
 * namespace, as for any project.
 */
export type DevOpsProject = {
  __typename?: 'DevOpsProject';
  name: Scalars['String']['output'];
  /** One pipeline by name; NOT_FOUND when the folder has no such pipeline. */
  pipeline?: Maybe<Pipeline>;
  /** Pipeline jobs in the project's Jenkins folder. Null with an error when Jenkins is down. */
  pipelines?: Maybe<PipelineConnection>;
  workspace?: Maybe<Scalars['String']['output']>;
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
  /**
   * Starts a run. Returns it once Jenkins has taken it out of the queue (a few seconds at most),
   * else as QUEUED without a number.
   */
  runPipeline: PipelineRun;
};


export type MutationRunPipelineArgs = {
  parameters?: InputMaybe<Array<PipelineParameterInput>>;
  pipeline: Scalars['String']['input'];
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
  description?: Maybe<Scalars['String']['output']>;
  lastRun?: Maybe<PipelineRun>;
  name: Scalars['String']['output'];
  project: Scalars['String']['output'];
  runs?: Maybe<PipelineRunConnection>;
};


export type PipelineRunsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type PipelineConnection = {
  __typename?: 'PipelineConnection';
  edges: Array<PipelineEdge>;
  nodes: Array<Pipeline>;
  pageInfo: PageInfo;
};

export type PipelineEdge = {
  __typename?: 'PipelineEdge';
  cursor: Scalars['String']['output'];
  node: Pipeline;
};

export type PipelineParameterInput = {
  name: Scalars['String']['input'];
  value: Scalars['String']['input'];
};

export type PipelineRun = {
  __typename?: 'PipelineRun';
  /** Null while queued or running. */
  durationMs?: Maybe<Scalars['Float']['output']>;
  /** project/pipeline/number, or project/pipeline/queue-<id> while still queued */
  id: Scalars['ID']['output'];
  /** Null while the run waits in Jenkins' queue. */
  number?: Maybe<Scalars['Int']['output']>;
  pipeline: Scalars['String']['output'];
  project: Scalars['String']['output'];
  /** From Pipeline Stage View; null with an error when Jenkins is down. */
  stages?: Maybe<Array<PipelineStage>>;
  /** ISO 8601; null while queued. */
  startedAt?: Maybe<Scalars['String']['output']>;
  status: PipelineRunStatus;
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

export type PipelineStage = {
  __typename?: 'PipelineStage';
  durationMs: Scalars['Float']['output'];
  name: Scalars['String']['output'];
  status: PipelineStageStatus;
};

export type PipelineStageStatus =
  | 'ABORTED'
  | 'FAILURE'
  | 'NOT_EXECUTED'
  | 'PAUSED'
  | 'RUNNING'
  | 'SUCCESS'
  | 'UNSTABLE';

export type Query = {
  __typename?: 'Query';
  devopsProject?: Maybe<DevOpsProject>;
  /** DevOps projects of a workspace that the caller may see. */
  devopsProjects: Array<DevOpsProject>;
};


export type QueryDevopsProjectArgs = {
  name: Scalars['String']['input'];
};


export type QueryDevopsProjectsArgs = {
  workspace: Scalars['String']['input'];
};

export type Subscription = {
  __typename?: 'Subscription';
  /** A run's console log, from the start, until the run has finished. */
  pipelineRunLog: LogChunk;
};


export type SubscriptionPipelineRunLogArgs = {
  pipeline: Scalars['String']['input'];
  project: Scalars['String']['input'];
  run: Scalars['Int']['input'];
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
  DevOpsProject: ResolverTypeWrapper<DevOpsProjectModel>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  LogChunk: ResolverTypeWrapper<LogChunk>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Pipeline: ResolverTypeWrapper<PipelineModel>;
  PipelineConnection: ResolverTypeWrapper<Omit<PipelineConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['PipelineEdge']>, nodes: Array<ResolversTypes['Pipeline']> }>;
  PipelineEdge: ResolverTypeWrapper<Omit<PipelineEdge, 'node'> & { node: ResolversTypes['Pipeline'] }>;
  PipelineParameterInput: PipelineParameterInput;
  PipelineRun: ResolverTypeWrapper<PipelineRunModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  PipelineRunConnection: ResolverTypeWrapper<Omit<PipelineRunConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['PipelineRunEdge']>, nodes: Array<ResolversTypes['PipelineRun']> }>;
  PipelineRunEdge: ResolverTypeWrapper<Omit<PipelineRunEdge, 'node'> & { node: ResolversTypes['PipelineRun'] }>;
  PipelineRunStatus: PipelineRunStatus;
  PipelineStage: ResolverTypeWrapper<PipelineStage>;
  PipelineStageStatus: PipelineStageStatus;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  federation__FieldSet: ResolverTypeWrapper<Scalars['federation__FieldSet']['output']>;
  link__Import: ResolverTypeWrapper<Scalars['link__Import']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  DevOpsProject: DevOpsProjectModel;
  Int: Scalars['Int']['output'];
  LogChunk: LogChunk;
  Float: Scalars['Float']['output'];
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Pipeline: PipelineModel;
  PipelineConnection: Omit<PipelineConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['PipelineEdge']>, nodes: Array<ResolversParentTypes['Pipeline']> };
  PipelineEdge: Omit<PipelineEdge, 'node'> & { node: ResolversParentTypes['Pipeline'] };
  PipelineParameterInput: PipelineParameterInput;
  PipelineRun: PipelineRunModel;
  ID: Scalars['ID']['output'];
  PipelineRunConnection: Omit<PipelineRunConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['PipelineRunEdge']>, nodes: Array<ResolversParentTypes['PipelineRun']> };
  PipelineRunEdge: Omit<PipelineRunEdge, 'node'> & { node: ResolversParentTypes['PipelineRun'] };
  PipelineStage: PipelineStage;
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

export type DevOpsProjectResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['DevOpsProject'] = ResolversParentTypes['DevOpsProject'], FederationReferenceType extends FederationReferenceTypes['DevOpsProject'] = FederationReferenceTypes['DevOpsProject']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['DevOpsProject']> | FederationReferenceType, FederationReferenceType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pipeline?: Resolver<Maybe<ResolversTypes['Pipeline']>, ParentType, ContextType, RequireFields<DevOpsProjectPipelineArgs, 'name'>>;
  pipelines?: Resolver<Maybe<ResolversTypes['PipelineConnection']>, ParentType, ContextType, RequireFields<DevOpsProjectPipelinesArgs, 'first'>>;
  workspace?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type LogChunkResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['LogChunk'] = ResolversParentTypes['LogChunk']> = ResolversObject<{
  more?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  offset?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  runPipeline?: Resolver<ResolversTypes['PipelineRun'], ParentType, ContextType, RequireFields<MutationRunPipelineArgs, 'pipeline' | 'project'>>;
}>;

export type PageInfoResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PipelineResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Pipeline'] = ResolversParentTypes['Pipeline']> = ResolversObject<{
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastRun?: Resolver<Maybe<ResolversTypes['PipelineRun']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  project?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  runs?: Resolver<Maybe<ResolversTypes['PipelineRunConnection']>, ParentType, ContextType, RequireFields<PipelineRunsArgs, 'first'>>;
}>;

export type PipelineConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PipelineConnection'] = ResolversParentTypes['PipelineConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PipelineEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Pipeline']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type PipelineEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PipelineEdge'] = ResolversParentTypes['PipelineEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Pipeline'], ParentType, ContextType>;
}>;

export type PipelineRunResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PipelineRun'] = ResolversParentTypes['PipelineRun']> = ResolversObject<{
  durationMs?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  number?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  pipeline?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  project?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  stages?: Resolver<Maybe<Array<ResolversTypes['PipelineStage']>>, ParentType, ContextType>;
  startedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PipelineRunStatus'], ParentType, ContextType>;
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

export type PipelineStageResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PipelineStage'] = ResolversParentTypes['PipelineStage']> = ResolversObject<{
  durationMs?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PipelineStageStatus'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  devopsProject?: Resolver<Maybe<ResolversTypes['DevOpsProject']>, ParentType, ContextType, RequireFields<QueryDevopsProjectArgs, 'name'>>;
  devopsProjects?: Resolver<Array<ResolversTypes['DevOpsProject']>, ParentType, ContextType, RequireFields<QueryDevopsProjectsArgs, 'workspace'>>;
}>;

export type SubscriptionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  pipelineRunLog?: SubscriptionResolver<ResolversTypes['LogChunk'], "pipelineRunLog", ParentType, ContextType, RequireFields<SubscriptionPipelineRunLogArgs, 'pipeline' | 'project' | 'run'>>;
}>;

export interface Federation__FieldSetScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['federation__FieldSet'], any> {
  name: 'federation__FieldSet';
}

export interface Link__ImportScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['link__Import'], any> {
  name: 'link__Import';
}

export type Resolvers<ContextType = SubgraphContext> = ResolversObject<{
  DevOpsProject?: DevOpsProjectResolvers<ContextType>;
  LogChunk?: LogChunkResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Pipeline?: PipelineResolvers<ContextType>;
  PipelineConnection?: PipelineConnectionResolvers<ContextType>;
  PipelineEdge?: PipelineEdgeResolvers<ContextType>;
  PipelineRun?: PipelineRunResolvers<ContextType>;
  PipelineRunConnection?: PipelineRunConnectionResolvers<ContextType>;
  PipelineRunEdge?: PipelineRunEdgeResolvers<ContextType>;
  PipelineStage?: PipelineStageResolvers<ContextType>;
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
