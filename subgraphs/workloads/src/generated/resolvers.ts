import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
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

export type Deployment = {
  __typename?: 'Deployment';
  availableReplicas: Scalars['Int']['output'];
  conditions: Array<DeploymentCondition>;
  createdAt: Scalars['String']['output'];
  labels: Array<Label>;
  name: Scalars['String']['output'];
  namespace: Scalars['String']['output'];
  /** Pods selected by this deployment. */
  pods?: Maybe<PodConnection>;
  readyReplicas: Scalars['Int']['output'];
  replicas: Scalars['Int']['output'];
  /** The pod label selector, as text ("app=web"). */
  selector: Scalars['String']['output'];
  updatedReplicas: Scalars['Int']['output'];
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
};

/**
 * A Kubernetes kind as Meridian describes it once (packages/core/src/kube/kinds.ts): where it lives
 * in the API and which columns its table shows. The console renders resource tables from these.
 */
export type KubeKind = {
  __typename?: 'KubeKind';
  columns: Array<KubeKindColumn>;
  graphqlType: Scalars['String']['output'];
  group: Scalars['String']['output'];
  kind: Scalars['String']['output'];
  /** Only metadata is ever read (Secrets). */
  metadataOnly: Scalars['Boolean']['output'];
  namespaced: Scalars['Boolean']['output'];
  plural: Scalars['String']['output'];
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

export type Label = {
  __typename?: 'Label';
  key: Scalars['String']['output'];
  value: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Sets a deployment's desired replicas (0..1000) through its scale subresource. Needs an admin or
   * operator role in the project (or workspace admin).
   */
  scaleDeployment: Deployment;
};


export type MutationScaleDeploymentArgs = {
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
  replicas: Scalars['Int']['input'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

export type Pod = {
  __typename?: 'Pod';
  containers: Array<Container>;
  /** ISO-8601 creation time. */
  createdAt: Scalars['String']['output'];
  labels: Array<Label>;
  name: Scalars['String']['output'];
  namespace: Scalars['String']['output'];
  nodeName?: Maybe<Scalars['String']['output']>;
  /** Kind and name of the controlling owner (e.g. ReplicaSet web-7d9f8), if any. */
  ownerKind?: Maybe<Scalars['String']['output']>;
  ownerName?: Maybe<Scalars['String']['output']>;
  phase: PodPhase;
  podIP?: Maybe<Scalars['String']['output']>;
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
  phase?: InputMaybe<PodPhase>;
};

export type PodPhase =
  | 'Failed'
  | 'Pending'
  | 'Running'
  | 'Succeeded'
  | 'Unknown';

/**
 * A project (Kubernetes namespace). Owned by tenancy; workloads adds what runs in it, read from a
 * watch-backed cache (never a LIST per request).
 */
export type Project = {
  __typename?: 'Project';
  deployments?: Maybe<DeploymentConnection>;
  name: Scalars['String']['output'];
  /** Pods of the project, a page at a time. Null (with an error) if you may not view the project or Kubernetes is unavailable. */
  pods?: Maybe<PodConnection>;
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
export type ProjectPodsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PodFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<WorkloadSort>;
};

export type Query = {
  __typename?: 'Query';
  deployment?: Maybe<Deployment>;
  /** The Kubernetes kinds Meridian knows (signed-in users only; no tenant data). */
  kubeKinds: Array<KubeKind>;
  /** One pod; NOT_FOUND if it or its project is missing or hidden. */
  pod?: Maybe<Pod>;
};


export type QueryDeploymentArgs = {
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
};


export type QueryPodArgs = {
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
};

export type SortDirection =
  | 'ASC'
  | 'DESC';

export type Subscription = {
  __typename?: 'Subscription';
  /** Pod changes in a project as they happen (from the watch cache). */
  podStatusChanged: PodEvent;
};


export type SubscriptionPodStatusChangedArgs = {
  project: Scalars['String']['input'];
};

export type WorkloadSort = {
  direction?: SortDirection;
  field?: WorkloadSortField;
};

export type WorkloadSortField =
  | 'CREATED_AT'
  | 'NAME';

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
  Deployment: Deployment;
  Pod: Pod;
  Project: Project;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Deployment:
    ( { __typename: 'Deployment' }
    & GraphQLRecursivePick<FederationTypes['Deployment'], {"namespace":true,"name":true}> );
  Pod:
    ( { __typename: 'Pod' }
    & GraphQLRecursivePick<FederationTypes['Pod'], {"namespace":true,"name":true}> );
  Project:
    ( { __typename: 'Project' }
    & GraphQLRecursivePick<FederationTypes['Project'], {"name":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Container: ResolverTypeWrapper<Container>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Deployment: ResolverTypeWrapper<Deployment>;
  DeploymentCondition: ResolverTypeWrapper<DeploymentCondition>;
  DeploymentConnection: ResolverTypeWrapper<DeploymentConnection>;
  DeploymentEdge: ResolverTypeWrapper<DeploymentEdge>;
  DeploymentFilter: DeploymentFilter;
  KubeKind: ResolverTypeWrapper<KubeKind>;
  KubeKindColumn: ResolverTypeWrapper<KubeKindColumn>;
  Label: ResolverTypeWrapper<Label>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Pod: ResolverTypeWrapper<Pod>;
  PodConnection: ResolverTypeWrapper<PodConnection>;
  PodEdge: ResolverTypeWrapper<PodEdge>;
  PodEvent: ResolverTypeWrapper<PodEvent>;
  PodEventType: PodEventType;
  PodFilter: PodFilter;
  PodPhase: PodPhase;
  Project: ResolverTypeWrapper<Project>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SortDirection: SortDirection;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  WorkloadSort: WorkloadSort;
  WorkloadSortField: WorkloadSortField;
  federation__FieldSet: ResolverTypeWrapper<Scalars['federation__FieldSet']['output']>;
  link__Import: ResolverTypeWrapper<Scalars['link__Import']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Container: Container;
  Int: Scalars['Int']['output'];
  Deployment: Deployment | FederationReferenceTypes['Deployment'];
  DeploymentCondition: DeploymentCondition;
  DeploymentConnection: DeploymentConnection;
  DeploymentEdge: DeploymentEdge;
  DeploymentFilter: DeploymentFilter;
  KubeKind: KubeKind;
  KubeKindColumn: KubeKindColumn;
  Label: Label;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Pod: Pod | FederationReferenceTypes['Pod'];
  PodConnection: PodConnection;
  PodEdge: PodEdge;
  PodEvent: PodEvent;
  PodFilter: PodFilter;
  Project: Project | FederationReferenceTypes['Project'];
  Query: Record<PropertyKey, never>;
  Subscription: Record<PropertyKey, never>;
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

export type ContainerResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Container'] = ResolversParentTypes['Container']> = ResolversObject<{
  image?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ready?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  restartCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  state?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type DeploymentResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Deployment'] = ResolversParentTypes['Deployment'], FederationReferenceType extends FederationReferenceTypes['Deployment'] = FederationReferenceTypes['Deployment']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Deployment']> | FederationReferenceType, FederationReferenceType, ContextType>;
  availableReplicas?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  conditions?: Resolver<Array<ResolversTypes['DeploymentCondition']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  labels?: Resolver<Array<ResolversTypes['Label']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  namespace?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pods?: Resolver<Maybe<ResolversTypes['PodConnection']>, ParentType, ContextType, RequireFields<DeploymentPodsArgs, 'first'>>;
  readyReplicas?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  replicas?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  selector?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedReplicas?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
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

export type KubeKindResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['KubeKind'] = ResolversParentTypes['KubeKind']> = ResolversObject<{
  columns?: Resolver<Array<ResolversTypes['KubeKindColumn']>, ParentType, ContextType>;
  graphqlType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  group?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  metadataOnly?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  namespaced?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  plural?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type KubeKindColumnResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['KubeKindColumn'] = ResolversParentTypes['KubeKindColumn']> = ResolversObject<{
  header?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type LabelResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Label'] = ResolversParentTypes['Label']> = ResolversObject<{
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  scaleDeployment?: Resolver<ResolversTypes['Deployment'], ParentType, ContextType, RequireFields<MutationScaleDeploymentArgs, 'name' | 'namespace' | 'replicas'>>;
}>;

export type PageInfoResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PodResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Pod'] = ResolversParentTypes['Pod'], FederationReferenceType extends FederationReferenceTypes['Pod'] = FederationReferenceTypes['Pod']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Pod']> | FederationReferenceType, FederationReferenceType, ContextType>;
  containers?: Resolver<Array<ResolversTypes['Container']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  labels?: Resolver<Array<ResolversTypes['Label']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  namespace?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nodeName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ownerKind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ownerName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phase?: Resolver<ResolversTypes['PodPhase'], ParentType, ContextType>;
  podIP?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
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
  deployments?: Resolver<Maybe<ResolversTypes['DeploymentConnection']>, ParentType, ContextType, RequireFields<ProjectDeploymentsArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pods?: Resolver<Maybe<ResolversTypes['PodConnection']>, ParentType, ContextType, RequireFields<ProjectPodsArgs, 'first'>>;
}>;

export type QueryResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  deployment?: Resolver<Maybe<ResolversTypes['Deployment']>, ParentType, ContextType, RequireFields<QueryDeploymentArgs, 'name' | 'namespace'>>;
  kubeKinds?: Resolver<Array<ResolversTypes['KubeKind']>, ParentType, ContextType>;
  pod?: Resolver<Maybe<ResolversTypes['Pod']>, ParentType, ContextType, RequireFields<QueryPodArgs, 'name' | 'namespace'>>;
}>;

export type SubscriptionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  podStatusChanged?: SubscriptionResolver<ResolversTypes['PodEvent'], "podStatusChanged", ParentType, ContextType, RequireFields<SubscriptionPodStatusChangedArgs, 'project'>>;
}>;

export interface Federation__FieldSetScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['federation__FieldSet'], any> {
  name: 'federation__FieldSet';
}

export interface Link__ImportScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['link__Import'], any> {
  name: 'link__Import';
}

export type Resolvers<ContextType = SubgraphContext> = ResolversObject<{
  Container?: ContainerResolvers<ContextType>;
  Deployment?: DeploymentResolvers<ContextType>;
  DeploymentCondition?: DeploymentConditionResolvers<ContextType>;
  DeploymentConnection?: DeploymentConnectionResolvers<ContextType>;
  DeploymentEdge?: DeploymentEdgeResolvers<ContextType>;
  KubeKind?: KubeKindResolvers<ContextType>;
  KubeKindColumn?: KubeKindColumnResolvers<ContextType>;
  Label?: LabelResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Pod?: PodResolvers<ContextType>;
  PodConnection?: PodConnectionResolvers<ContextType>;
  PodEdge?: PodEdgeResolvers<ContextType>;
  PodEvent?: PodEventResolvers<ContextType>;
  Project?: ProjectResolvers<ContextType>;
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
