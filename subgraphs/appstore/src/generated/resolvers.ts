import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { AppTemplateRow, AppVersionRow, AppTemplateConnectionRow } from '../sources/templates.ts';
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

export type AppTemplate = {
  __typename?: 'AppTemplate';
  category: Scalars['String']['output'];
  createdAt: Scalars['String']['output'];
  description: Scalars['String']['output'];
  displayName: Scalars['String']['output'];
  icon?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The newest ACTIVE version. */
  latestVersion?: Maybe<AppVersion>;
  name: Scalars['String']['output'];
  updatedAt: Scalars['String']['output'];
  /** Versions the caller may see, newest first (only ACTIVE ones unless the caller administers the template). */
  versions: Array<AppVersion>;
  /** The owning workspace of a private template; null for the public store. */
  workspace?: Maybe<Workspace>;
};

export type AppTemplateConnection = {
  __typename?: 'AppTemplateConnection';
  edges: Array<AppTemplateEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AppTemplateEdge = {
  __typename?: 'AppTemplateEdge';
  cursor: Scalars['String']['output'];
  node: AppTemplate;
};

export type AppTemplateFilter = {
  category?: InputMaybe<Scalars['String']['input']>;
  /** Case-insensitive substring of the name or display name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Only this workspace's private templates. */
  workspace?: InputMaybe<Scalars['String']['input']>;
};

export type AppTemplateSort = {
  direction?: SortDirection;
  field?: AppTemplateSortField;
};

export type AppTemplateSortField =
  | 'CREATED_AT'
  | 'NAME';

export type AppVersion = {
  __typename?: 'AppVersion';
  /** The version of the application it installs. */
  appVersion: Scalars['String']['output'];
  createdAt: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  state: AppVersionState;
  /** The chart/package version. */
  version: Scalars['String']['output'];
};

export type AppVersionState =
  | 'ACTIVE'
  | 'DRAFT'
  | 'PASSED'
  | 'REJECTED'
  | 'SUBMITTED'
  | 'SUSPENDED';

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/**
 * The app store: application templates and their versions. Templates without a workspace are in
 * the public store (every signed-in user); a workspace's own templates are private to its members.
 * Only ACTIVE versions are shown to users who do not administer the template.
 */
export type Query = {
  __typename?: 'Query';
  /** One template, or NOT_FOUND when it does not exist or the caller may not see it. */
  appTemplate?: Maybe<AppTemplate>;
  appTemplates: AppTemplateConnection;
};


/**
 * The app store: application templates and their versions. Templates without a workspace are in
 * the public store (every signed-in user); a workspace's own templates are private to its members.
 * Only ACTIVE versions are shown to users who do not administer the template.
 */
export type QueryAppTemplateArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The app store: application templates and their versions. Templates without a workspace are in
 * the public store (every signed-in user); a workspace's own templates are private to its members.
 * Only ACTIVE versions are shown to users who do not administer the template.
 */
export type QueryAppTemplatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AppTemplateFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<AppTemplateSort>;
};

export type SortDirection =
  | 'ASC'
  | 'DESC';

/** A workspace, owned by tenancy; here only as a reference. */
export type Workspace = {
  __typename?: 'Workspace';
  name: Scalars['String']['output'];
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
  AppTemplate: AppTemplate;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  AppTemplate:
    ( { __typename: 'AppTemplate' }
    & GraphQLRecursivePick<FederationTypes['AppTemplate'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AppTemplate: ResolverTypeWrapper<AppTemplateRow>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AppTemplateConnection: ResolverTypeWrapper<AppTemplateConnectionRow>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AppTemplateEdge: ResolverTypeWrapper<Omit<AppTemplateEdge, 'node'> & { node: ResolversTypes['AppTemplate'] }>;
  AppTemplateFilter: AppTemplateFilter;
  AppTemplateSort: AppTemplateSort;
  AppTemplateSortField: AppTemplateSortField;
  AppVersion: ResolverTypeWrapper<AppVersionRow>;
  AppVersionState: AppVersionState;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SortDirection: SortDirection;
  Workspace: ResolverTypeWrapper<Workspace>;
  federation__FieldSet: ResolverTypeWrapper<Scalars['federation__FieldSet']['output']>;
  link__Import: ResolverTypeWrapper<Scalars['link__Import']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AppTemplate: AppTemplateRow;
  ID: Scalars['ID']['output'];
  AppTemplateConnection: AppTemplateConnectionRow;
  Int: Scalars['Int']['output'];
  AppTemplateEdge: Omit<AppTemplateEdge, 'node'> & { node: ResolversParentTypes['AppTemplate'] };
  AppTemplateFilter: AppTemplateFilter;
  AppTemplateSort: AppTemplateSort;
  AppVersion: AppVersionRow;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  Workspace: Workspace;
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

export type AppTemplateResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AppTemplate'] = ResolversParentTypes['AppTemplate'], FederationReferenceType extends FederationReferenceTypes['AppTemplate'] = FederationReferenceTypes['AppTemplate']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['AppTemplate']> | FederationReferenceType, FederationReferenceType, ContextType>;
  category?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  icon?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  latestVersion?: Resolver<Maybe<ResolversTypes['AppVersion']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  versions?: Resolver<Array<ResolversTypes['AppVersion']>, ParentType, ContextType>;
  workspace?: Resolver<Maybe<ResolversTypes['Workspace']>, ParentType, ContextType>;
}>;

export type AppTemplateConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AppTemplateConnection'] = ResolversParentTypes['AppTemplateConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AppTemplateEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AppTemplateEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AppTemplateEdge'] = ResolversParentTypes['AppTemplateEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AppTemplate'], ParentType, ContextType>;
}>;

export type AppVersionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AppVersion'] = ResolversParentTypes['AppVersion']> = ResolversObject<{
  appVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['AppVersionState'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  appTemplate?: Resolver<Maybe<ResolversTypes['AppTemplate']>, ParentType, ContextType, RequireFields<QueryAppTemplateArgs, 'id'>>;
  appTemplates?: Resolver<ResolversTypes['AppTemplateConnection'], ParentType, ContextType, RequireFields<QueryAppTemplatesArgs, 'first'>>;
}>;

export type WorkspaceResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Workspace'] = ResolversParentTypes['Workspace']> = ResolversObject<{
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export interface Federation__FieldSetScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['federation__FieldSet'], any> {
  name: 'federation__FieldSet';
}

export interface Link__ImportScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['link__Import'], any> {
  name: 'link__Import';
}

export type Resolvers<ContextType = SubgraphContext> = ResolversObject<{
  AppTemplate?: AppTemplateResolvers<ContextType>;
  AppTemplateConnection?: AppTemplateConnectionResolvers<ContextType>;
  AppTemplateEdge?: AppTemplateEdgeResolvers<ContextType>;
  AppVersion?: AppVersionResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Workspace?: WorkspaceResolvers<ContextType>;
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
