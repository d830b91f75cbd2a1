import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { PodMetricsModel, ProjectMetricsModel } from '../model.ts';
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

/** Monitoring's part of a project (owned by tenancy). */
export type Project = {
  __typename?: 'Project';
  metrics?: Maybe<ProjectMetrics>;
  name: Scalars['String']['output'];
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

export type Sample = {
  __typename?: 'Sample';
  /** ISO-8601 time of the sample. */
  timestamp: Scalars['String']['output'];
  value: Scalars['Float']['output'];
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
  Project: Project;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Pod:
    ( { __typename: 'Pod' }
    & GraphQLRecursivePick<FederationTypes['Pod'], {"namespace":true,"name":true}> );
  Project:
    ( { __typename: 'Project' }
    & GraphQLRecursivePick<FederationTypes['Project'], {"name":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Pod: ResolverTypeWrapper<Omit<Pod, 'metrics'> & { metrics?: Maybe<ResolversTypes['PodMetrics']> }>;
  PodMetrics: ResolverTypeWrapper<PodMetricsModel>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Project: ResolverTypeWrapper<Omit<Project, 'metrics'> & { metrics?: Maybe<ResolversTypes['ProjectMetrics']> }>;
  ProjectMetrics: ResolverTypeWrapper<ProjectMetricsModel>;
  Sample: ResolverTypeWrapper<Sample>;
  federation__FieldSet: ResolverTypeWrapper<Scalars['federation__FieldSet']['output']>;
  link__Import: ResolverTypeWrapper<Scalars['link__Import']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Pod: Omit<Pod, 'metrics'> & { metrics?: Maybe<ResolversParentTypes['PodMetrics']> } | FederationReferenceTypes['Pod'];
  PodMetrics: PodMetricsModel;
  Float: Scalars['Float']['output'];
  Int: Scalars['Int']['output'];
  Project: Omit<Project, 'metrics'> & { metrics?: Maybe<ResolversParentTypes['ProjectMetrics']> } | FederationReferenceTypes['Project'];
  ProjectMetrics: ProjectMetricsModel;
  Sample: Sample;
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

export type PodResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Pod'] = ResolversParentTypes['Pod'], FederationReferenceType extends FederationReferenceTypes['Pod'] = FederationReferenceTypes['Pod']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Pod']> | FederationReferenceType, FederationReferenceType, ContextType>;
  metrics?: Resolver<Maybe<ResolversTypes['PodMetrics']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  namespace?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PodMetricsResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PodMetrics'] = ResolversParentTypes['PodMetrics']> = ResolversObject<{
  cpu?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  cpuRange?: Resolver<Maybe<Array<ResolversTypes['Sample']>>, ParentType, ContextType, RequireFields<PodMetricsCpuRangeArgs, 'start' | 'step'>>;
  memory?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  memoryRange?: Resolver<Maybe<Array<ResolversTypes['Sample']>>, ParentType, ContextType, RequireFields<PodMetricsMemoryRangeArgs, 'start' | 'step'>>;
  networkReceiveBytesPerSecond?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  networkTransmitBytesPerSecond?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type ProjectResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Project'] = ResolversParentTypes['Project'], FederationReferenceType extends FederationReferenceTypes['Project'] = FederationReferenceTypes['Project']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Project']> | FederationReferenceType, FederationReferenceType, ContextType>;
  metrics?: Resolver<Maybe<ResolversTypes['ProjectMetrics']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ProjectMetricsResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ProjectMetrics'] = ResolversParentTypes['ProjectMetrics']> = ResolversObject<{
  cpu?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  cpuRange?: Resolver<Maybe<Array<ResolversTypes['Sample']>>, ParentType, ContextType, RequireFields<ProjectMetricsCpuRangeArgs, 'start' | 'step'>>;
  memory?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  memoryRange?: Resolver<Maybe<Array<ResolversTypes['Sample']>>, ParentType, ContextType, RequireFields<ProjectMetricsMemoryRangeArgs, 'start' | 'step'>>;
  podCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type SampleResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Sample'] = ResolversParentTypes['Sample']> = ResolversObject<{
  timestamp?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export interface Federation__FieldSetScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['federation__FieldSet'], any> {
  name: 'federation__FieldSet';
}

export interface Link__ImportScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['link__Import'], any> {
  name: 'link__Import';
}

export type Resolvers<ContextType = SubgraphContext> = ResolversObject<{
  Pod?: PodResolvers<ContextType>;
  PodMetrics?: PodMetricsResolvers<ContextType>;
  Project?: ProjectResolvers<ContextType>;
  ProjectMetrics?: ProjectMetricsResolvers<ContextType>;
  Sample?: SampleResolvers<ContextType>;
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
