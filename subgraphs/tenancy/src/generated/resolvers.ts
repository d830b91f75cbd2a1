import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { UserRow, ProjectMemberRow, UserConnectionRow } from '../sources/users.ts';
import type { WorkspaceRow, WorkspaceMemberRow, WorkspaceConnectionRow } from '../sources/workspaces.ts';
import type { ProjectRow, ProjectConnectionRow } from '../sources/namespaces.ts';
import type { LoginRow, SessionRow, SessionConnectionRow } from '../sources/sessions.ts';
import type { ApiTokenRow, ApiTokenConnectionRow, CreatedApiTokenRow } from '../sources/api-tokens.ts';
import type { GroupRoleMappingRow } from '../sources/group-roles.ts';
import type { RoleModel, RoleConnectionModel } from '../resolvers/roles.ts';
import type { AuditEventRow, AuditEventConnectionRow } from '../sources/audit-events.ts';
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

/** A personal API token (its secret is never shown again after creation). */
export type ApiToken = {
  __typename?: 'ApiToken';
  createdAt: Scalars['String']['output'];
  expiresAt: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** When it was last used (updated at most once a minute); null if never. */
  lastUsedAt?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  /** The start of the token (`mrd_<id>`), to recognize it; not enough to use it. */
  prefix: Scalars['String']['output'];
  /** The projects it is limited to; null = every project its user may see (also later ones). */
  projects?: Maybe<Array<Scalars['String']['output']>>;
  revokedAt?: Maybe<Scalars['String']['output']>;
  scope: ApiTokenScope;
  status: ApiTokenStatus;
};

export type ApiTokenConnection = {
  __typename?: 'ApiTokenConnection';
  edges: Array<ApiTokenEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ApiTokenEdge = {
  __typename?: 'ApiTokenEdge';
  cursor: Scalars['String']['output'];
  node: ApiToken;
};

/** What an API token may do: READ_ONLY refuses every mutation; READ_WRITE acts as its user. */
export type ApiTokenScope =
  | 'READ_ONLY'
  | 'READ_WRITE';

export type ApiTokenStatus =
  | 'ACTIVE'
  | 'EXPIRED'
  | 'REVOKED';

export type AuditCredential =
  | 'ANONYMOUS'
  | 'SESSION'
  | 'TOKEN';

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

export type AuditEventConnection = {
  __typename?: 'AuditEventConnection';
  edges: Array<AuditEventEdge>;
  nodes: Array<AuditEvent>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AuditEventEdge = {
  __typename?: 'AuditEventEdge';
  cursor: Scalars['String']['output'];
  node: AuditEvent;
};

export type AuditEventFilter = {
  /** ISO 8601 time, inclusive. */
  from?: InputMaybe<Scalars['String']['input']>;
  /** The mutation's field name, e.g. createSecret. */
  operation?: InputMaybe<Scalars['String']['input']>;
  project?: InputMaybe<Scalars['String']['input']>;
  /** ok, or an error code (FORBIDDEN, NOT_FOUND, ...). */
  result?: InputMaybe<Scalars['String']['input']>;
  /** ISO 8601 time, exclusive. */
  to?: InputMaybe<Scalars['String']['input']>;
  /** Username of who did it. */
  user?: InputMaybe<Scalars['String']['input']>;
  workspace?: InputMaybe<Scalars['String']['input']>;
};

/** Defaults a LimitRange gives containers that set no requests or limits. */
export type ContainerDefaults = {
  __typename?: 'ContainerDefaults';
  defaultLimitCpu?: Maybe<Scalars['String']['output']>;
  defaultLimitMemory?: Maybe<Scalars['String']['output']>;
  defaultRequestCpu?: Maybe<Scalars['String']['output']>;
  defaultRequestMemory?: Maybe<Scalars['String']['output']>;
};

export type CreateApiTokenInput = {
  /** Days until it expires: 1 to 365. */
  expiresInDays: Scalars['Int']['input'];
  /** 1 to 100 characters, e.g. what uses it: grafana, nightly-report. */
  name: Scalars['String']['input'];
  /** Project names it is limited to (each one the caller may see); omit or null for all of the caller's projects. */
  projects?: InputMaybe<Array<Scalars['String']['input']>>;
  scope: ApiTokenScope;
};

export type CreateRoleInput = {
  bundles: Array<PermissionBundle>;
  description?: InputMaybe<Scalars['String']['input']>;
  /** A DNS-1123 label, not a built-in role name. */
  name: Scalars['String']['input'];
  /** The project (scope PROJECT only). */
  project?: InputMaybe<Scalars['String']['input']>;
  scope: RoleScope;
  /** The workspace (scope WORKSPACE); for PROJECT it may be omitted (the project's workspace). */
  workspace?: InputMaybe<Scalars['String']['input']>;
};

export type CreateUserInput = {
  /** Defaults to the username. */
  displayName?: InputMaybe<Scalars['String']['input']>;
  email: Scalars['String']['input'];
  /**
   * A temporary password: the user must choose a new one at first sign-in (until then every
   * operation but changePassword, logout and me answers PASSWORD_CHANGE_REQUIRED).
   */
  mustChangePassword?: InputMaybe<Scalars['Boolean']['input']>;
  /** At least 8 characters, with at least one letter and one digit. */
  password: Scalars['String']['input'];
  platformRole?: PlatformRole;
  /** Lowercase letters, digits and '-', 1 to 63 characters, starting and ending with a letter or digit. */
  username: Scalars['String']['input'];
};

export type CreateWorkspaceInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  displayName?: InputMaybe<Scalars['String']['input']>;
  /** A DNS-1123 label: lowercase letters, digits and '-', at most 63 characters. */
  name: Scalars['String']['input'];
};

export type CreatedApiToken = {
  __typename?: 'CreatedApiToken';
  apiToken: ApiToken;
  /** The token: shown this once, store it now (only its hash is kept). */
  token: Scalars['String']['output'];
};

/** At sign-in, members of `group` get one grant: a platform role, a workspace role or a project role. */
export type GroupRoleMapping = {
  __typename?: 'GroupRoleMapping';
  /** From the MERIDIAN_GROUP_ROLE_MAPPINGS file: change it there, not here. */
  fromFile: Scalars['Boolean']['output'];
  /** An LDAP group's cn, or a value of the OIDC groups claim. */
  group: Scalars['String']['output'];
  /** `file:<n>` for the mappings file's entries. */
  id: Scalars['ID']['output'];
  platformRole?: Maybe<Scalars['String']['output']>;
  project?: Maybe<Scalars['String']['output']>;
  projectRole?: Maybe<Scalars['String']['output']>;
  source?: Maybe<GroupRoleMappingSource>;
  workspace?: Maybe<Scalars['String']['output']>;
  workspaceRole?: Maybe<Scalars['String']['output']>;
};

export type GroupRoleMappingInput = {
  group: Scalars['String']['input'];
  platformRole?: InputMaybe<Scalars['String']['input']>;
  project?: InputMaybe<Scalars['String']['input']>;
  projectRole?: InputMaybe<Scalars['String']['input']>;
  source?: InputMaybe<GroupRoleMappingSource>;
  workspace?: InputMaybe<Scalars['String']['input']>;
  workspaceRole?: InputMaybe<Scalars['String']['input']>;
};

/** Which sign-ins a group → role mapping applies to; both when null. */
export type GroupRoleMappingSource =
  | 'LDAP'
  | 'OIDC';

/** Default container resources; each a Kubernetes quantity, or null for none. */
export type LimitRangeInput = {
  defaultLimitCpu?: InputMaybe<Scalars['String']['input']>;
  defaultLimitMemory?: InputMaybe<Scalars['String']['input']>;
  defaultRequestCpu?: InputMaybe<Scalars['String']['input']>;
  defaultRequestMemory?: InputMaybe<Scalars['String']['input']>;
};

/** A way to sign in, as the login page offers it. */
export type LoginMethod = {
  __typename?: 'LoginMethod';
  /** For OIDC the provider's name ("Sign in with <displayName>"). */
  displayName: Scalars['String']['output'];
  /** PASSWORD: password; LDAP: ldap; OIDC: the provider id startOidcLogin takes. */
  id: Scalars['String']['output'];
  kind: LoginMethodKind;
};

export type LoginMethodKind =
  | 'LDAP'
  | 'OIDC'
  | 'PASSWORD';

export type LoginResult = {
  __typename?: 'LoginResult';
  expiresAt: Scalars['String']['output'];
  /** A first-run password: change it (changePassword) before anything else works. */
  mustChangePassword: Scalars['Boolean']['output'];
  token: Scalars['String']['output'];
  user: User;
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Grants a user a role in a project (project admins, workspace admins); replaces the previous role.
   * Give exactly one of `role` (built-in) or `roleName` (admin, operator, viewer, or a custom role
   * of this project). The grant is mirrored into a Kubernetes RoleBinding (see docs/architecture.md).
   * Nobody grants, replaces or removes a role holding permissions they lack there (FORBIDDEN).
   */
  addProjectMember: ProjectMember;
  /**
   * Grants a user a role in a workspace (workspace admins); replaces the user's previous role there.
   * Give exactly one of `role` (built-in) or `roleName` (a built-in name such as workspace-viewer,
   * or a custom role of this workspace); BAD_USER_INPUT otherwise, NOT_FOUND for an unknown role.
   * Nobody grants, replaces or removes a role holding permissions they lack there (FORBIDDEN).
   */
  addWorkspaceMember: WorkspaceMember;
  /**
   * Changes the caller's own password. The current one must be given (a wrong one is
   * BAD_USER_INPUT on field oldPassword and counts as a failed sign-in). Every other session of the
   * caller is ended; the one making this request stays signed in.
   */
  changePassword: Scalars['Boolean']['output'];
  /**
   * Creates a personal API token for dashboards and scripts (`authorization: Bearer <token>` on
   * HTTP and in the WebSocket connection_init). The token is in the answer this once and never
   * again: only a hash of it is stored. It acts as the caller, narrowed to its scope (READ_ONLY:
   * every mutation is FORBIDDEN) and projects, until it expires or is revoked. Needs a signed-in
   * session (an API token cannot make tokens). BAD_USER_INPUT for an empty or long name, an expiry
   * outside 1..365 days or an empty project list; NOT_FOUND for a project the caller may not see.
   */
  createApiToken: CreatedApiToken;
  /**
   * Adds a group → role mapping (platform admins). It names exactly one grant: platformRole, or
   * workspace + workspaceRole, or project + projectRole, roles by name (`workspace-admin`,
   * `operator`, a custom role's name); BAD_USER_INPUT otherwise. Members get it at their next sign-in.
   */
  createGroupRoleMapping: GroupRoleMapping;
  /**
   * Creates a project: a namespace labelled with the workspace (workspace admins and
   * self-provisioners). A namespace name already in the cluster is BAD_USER_INPUT "not available"
   * on field name, whoever holds it.
   */
  createProject: Project;
  /**
   * Creates a custom role of a workspace (scope WORKSPACE: granted on the workspace, its project
   * bundles hold in every project of it) or of one project (scope PROJECT). Workspace admins
   * (manage-members in the workspace) and platform admins only, also for project roles. The name is
   * a DNS-1123 label that is not a built-in role name (BAD_USER_INPUT); taken: CONFLICT. At least
   * one bundle; CREATE_PROJECTS only in a workspace role.
   */
  createRole: Role;
  /**
   * Creates a local user who signs in with a password (platform admins only). BAD_USER_INPUT for
   * a malformed username or email or a weak password (the message says which rule); CONFLICT when
   * the username or email is taken.
   */
  createUser: User;
  /**
   * Creates a workspace (platform admins and self-provisioners); the creator becomes its
   * workspace-admin. A name already in use, by anyone, is BAD_USER_INPUT "not available" on field
   * name (the same answer whoever holds it, so other tenants' names are not confirmed).
   */
  createWorkspace: Workspace;
  /**
   * Deletes a mapping added with createGroupRoleMapping (platform admins); the grants it gave are
   * taken back at each member's next sign-in. A mapping of the file is BAD_USER_INPUT; NOT_FOUND for
   * an unknown id.
   */
  deleteGroupRoleMapping: Scalars['Boolean']['output'];
  /**
   * Deletes a project's namespace and everything in it (project admins, workspace admins, platform
   * admins). `confirm` must be the project name (BAD_USER_INPUT on field confirm otherwise).
   * Its grants go when the namespace is gone.
   */
  deleteProject: Scalars['Boolean']['output'];
  /** Deletes a custom role. A role still granted to someone is CONFLICT (give them another role first); built-in roles cannot be deleted (BAD_USER_INPUT). */
  deleteRole: Scalars['Boolean']['output'];
  /**
   * Deletes a user with their sessions, API tokens and grants (platform admins; never yourself:
   * FORBIDDEN; the last enabled platform admin: CONFLICT). Their tokens stop working at once.
   */
  deleteUser: Scalars['Boolean']['output'];
  /**
   * Deletes a workspace: its projects' namespaces (Kubernetes deletes them, briefly Terminating),
   * its members and the workspace (workspace admins, platform admins). `confirm` must list exactly
   * the names of the workspace's projects (any order; [] for none), so nothing is deleted that the
   * caller did not name: otherwise BAD_USER_INPUT on field confirm, and nothing is deleted.
   */
  deleteWorkspace: Scalars['Boolean']['output'];
  /**
   * Disables a user (platform admins; never yourself: FORBIDDEN): they cannot sign in, their
   * sessions are ended and their API tokens revoked at once; the gateway ends their live
   * subscriptions within its identity cache time. Disabling the last enabled platform admin is
   * CONFLICT. Disabling a disabled user changes nothing.
   */
  disableUser: User;
  /** Lets a disabled user sign in again (platform admins). Ended sessions and revoked tokens stay ended. */
  enableUser: User;
  /**
   * Finishes single sign-on: `callbackUrl` is the whole URL the provider sent the browser back to
   * (with code and state). The code is exchanged, the ID token verified, the person's groups mapped
   * to roles, and a session opened exactly as `login` does. A state not started here, expired or
   * used before, a replayed code, a wrong nonce or a refusal by the provider is UNAUTHENTICATED.
   */
  finishOidcLogin: LoginResult;
  /**
   * Signs in with a username and password and returns a session token for
   * `authorization: Bearer <token>`. A wrong username and a wrong password fail the same way
   * (UNAUTHENTICATED), so the API does not reveal which usernames exist. The username is matched
   * trimmed, lowercase and NFKC-normalized. Guessing is throttled per (account, client address),
   * per address and per account: past the allowance the answer is RATE_LIMITED with
   * `extensions.retryAfter` (seconds), whatever the password, and waiting that long is enough.
   * With `mustChangePassword` every operation but changePassword, logout and me answers
   * PASSWORD_CHANGE_REQUIRED until the password is changed.
   */
  login: LoginResult;
  /**
   * Ends a session: the one of `token` when given, else the caller's own. The token stops working
   * at once in tenancy and within the gateway's identity cache time (seconds) everywhere else.
   */
  logout: Scalars['Boolean']['output'];
  /**
   * Takes a user's role in a project away (project admins, workspace admins, platform admins). To
   * change a member's role, call addProjectMember again: it replaces the role. NOT_FOUND when the
   * user is not a member.
   */
  removeProjectMember: Scalars['Boolean']['output'];
  /**
   * Takes a user's role in a workspace away (workspace admins, platform admins). To change a
   * member's role, call addWorkspaceMember again: it replaces the role. NOT_FOUND when the user is
   * not a member. The last workspace admin cannot be removed (CONFLICT).
   */
  removeWorkspaceMember: Scalars['Boolean']['output'];
  /**
   * Revokes one of the caller's API tokens (needs a signed-in session). It stops working at once in
   * tenancy and within the gateway's identity cache time (seconds) everywhere else; sockets opened
   * with it are closed. Revoking a revoked token changes nothing. NOT_FOUND for another user's token.
   */
  revokeApiToken: ApiToken;
  /**
   * Ends one of the caller's own sessions (needs a signed-in session): its token stops working at
   * once in tenancy and within the gateway's identity cache time elsewhere, and the gateway closes
   * the sockets opened with it. False when it had ended already; NOT_FOUND for another user's session.
   */
  revokeSession: Scalars['Boolean']['output'];
  /**
   * Sets the default requests and limits of containers that set none: the LimitRange
   * `meridian-limits`. Null (or no value given) removes it. Project admins, workspace admins,
   * platform admins.
   */
  setProjectLimitRange: Project;
  /**
   * Project network isolation: on, pods of the project accept traffic only from pods of the same
   * project (NetworkPolicy `meridian-project-isolation`; egress stays open). Project admins,
   * workspace admins, platform admins.
   */
  setProjectNetworkIsolation: Project;
  /**
   * Sets the project's quota: the ResourceQuota `meridian-quota` in its namespace, which the API
   * server enforces (a workload over it is refused with BAD_USER_INPUT, `extensions.reason`
   * QUOTA_EXCEEDED and `extensions.resource`). `hard: []` removes the quota. In a workspace with a
   * quota, the projects' quotas may add up to at most the workspace's, and each must limit every
   * resource the workspace limits: otherwise BAD_USER_INPUT naming the resource
   * (`extensions.resource`). Project admins, workspace admins, platform admins.
   */
  setProjectQuota: Project;
  /**
   * Changes a user's platform role (platform admins only). The last platform admin cannot be
   * demoted (CONFLICT). A directory (LDAP) user's admin role follows the directory's admin group
   * at their next sign-in.
   */
  setUserPlatformRole: User;
  /**
   * Workspace network isolation: on, pods of its projects accept traffic only from its own
   * projects (NetworkPolicy `meridian-workspace-isolation` in each project, also in projects created
   * later). Workspace admins, platform admins.
   */
  setWorkspaceNetworkIsolation: Workspace;
  /**
   * Sets the workspace's quota: limits over the sum of its projects' quotas (`hard: []` removes it).
   * Refused (BAD_USER_INPUT naming the resource) while its projects' quotas add up to more, or a
   * project has no quota for a resource it limits. Workspace admins, platform admins.
   */
  setWorkspaceQuota: Workspace;
  /**
   * Starts single sign-on with an OpenID provider of loginMethods (public). Answers the provider's
   * authorization URL to send the browser to (authorization code + PKCE; the state, nonce and PKCE
   * verifier stay on the server for 10 minutes, one use). `redirectUri` is the console's callback
   * page and must be one of the configured ones (BAD_USER_INPUT otherwise); NOT_FOUND for an
   * unknown provider; UPSTREAM_UNAVAILABLE when the provider does not answer.
   */
  startOidcLogin: OidcLoginStart;
  /** Changes a project's display name and description (project admins, workspace admins, platform admins); omitted fields stay. */
  updateProject: Project;
  /** Changes a custom role's bundles or description; members holding it get the new bundles within the identity cache time, and its Kubernetes Roles are updated. */
  updateRole: Role;
  /** Changes a workspace's display name and description (workspace admins, platform admins); omitted fields stay. */
  updateWorkspace: Workspace;
};


export type MutationAddProjectMemberArgs = {
  project: Scalars['String']['input'];
  role?: InputMaybe<ProjectRole>;
  roleName?: InputMaybe<Scalars['String']['input']>;
  username: Scalars['String']['input'];
};


export type MutationAddWorkspaceMemberArgs = {
  role?: InputMaybe<WorkspaceRole>;
  roleName?: InputMaybe<Scalars['String']['input']>;
  username: Scalars['String']['input'];
  workspace: Scalars['String']['input'];
};


export type MutationChangePasswordArgs = {
  newPassword: Scalars['String']['input'];
  oldPassword: Scalars['String']['input'];
};


export type MutationCreateApiTokenArgs = {
  input: CreateApiTokenInput;
};


export type MutationCreateGroupRoleMappingArgs = {
  input: GroupRoleMappingInput;
};


export type MutationCreateProjectArgs = {
  displayName?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  workspace: Scalars['String']['input'];
};


export type MutationCreateRoleArgs = {
  input: CreateRoleInput;
};


export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


export type MutationCreateWorkspaceArgs = {
  input: CreateWorkspaceInput;
};


export type MutationDeleteGroupRoleMappingArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteProjectArgs = {
  confirm: Scalars['String']['input'];
  name: Scalars['String']['input'];
};


export type MutationDeleteRoleArgs = {
  name: Scalars['String']['input'];
  project?: InputMaybe<Scalars['String']['input']>;
  scope: RoleScope;
  workspace?: InputMaybe<Scalars['String']['input']>;
};


export type MutationDeleteUserArgs = {
  username: Scalars['String']['input'];
};


export type MutationDeleteWorkspaceArgs = {
  confirm: Array<Scalars['String']['input']>;
  name: Scalars['String']['input'];
};


export type MutationDisableUserArgs = {
  username: Scalars['String']['input'];
};


export type MutationEnableUserArgs = {
  username: Scalars['String']['input'];
};


export type MutationFinishOidcLoginArgs = {
  callbackUrl: Scalars['String']['input'];
};


export type MutationLoginArgs = {
  password: Scalars['String']['input'];
  username: Scalars['String']['input'];
};


export type MutationLogoutArgs = {
  token?: InputMaybe<Scalars['String']['input']>;
};


export type MutationRemoveProjectMemberArgs = {
  project: Scalars['String']['input'];
  username: Scalars['String']['input'];
};


export type MutationRemoveWorkspaceMemberArgs = {
  username: Scalars['String']['input'];
  workspace: Scalars['String']['input'];
};


export type MutationRevokeApiTokenArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeSessionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSetProjectLimitRangeArgs = {
  input?: InputMaybe<LimitRangeInput>;
  project: Scalars['String']['input'];
};


export type MutationSetProjectNetworkIsolationArgs = {
  enabled: Scalars['Boolean']['input'];
  project: Scalars['String']['input'];
};


export type MutationSetProjectQuotaArgs = {
  input: QuotaInput;
  project: Scalars['String']['input'];
};


export type MutationSetUserPlatformRoleArgs = {
  role: PlatformRole;
  username: Scalars['String']['input'];
};


export type MutationSetWorkspaceNetworkIsolationArgs = {
  enabled: Scalars['Boolean']['input'];
  workspace: Scalars['String']['input'];
};


export type MutationSetWorkspaceQuotaArgs = {
  input: QuotaInput;
  workspace: Scalars['String']['input'];
};


export type MutationStartOidcLoginArgs = {
  provider: Scalars['String']['input'];
  redirectUri: Scalars['String']['input'];
};


export type MutationUpdateProjectArgs = {
  input: UpdateProjectInput;
  name: Scalars['String']['input'];
};


export type MutationUpdateRoleArgs = {
  input: UpdateRoleInput;
  name: Scalars['String']['input'];
  project?: InputMaybe<Scalars['String']['input']>;
  scope: RoleScope;
  workspace?: InputMaybe<Scalars['String']['input']>;
};


export type MutationUpdateWorkspaceArgs = {
  input: UpdateWorkspaceInput;
  name: Scalars['String']['input'];
};

export type OidcLoginStart = {
  __typename?: 'OidcLoginStart';
  /** Send the browser here. */
  authorizationUrl: Scalars['String']['output'];
  expiresAt: Scalars['String']['output'];
  /** The state the provider will send back: a console may keep it to check the callback is its own. */
  state: Scalars['String']['output'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

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

export type PermissionBundleInfo = {
  __typename?: 'PermissionBundleInfo';
  bundle: PermissionBundle;
  description: Scalars['String']['output'];
  /** Bundles it brings along (MANAGE_WORKLOADS includes VIEW_WORKLOADS, …). */
  implies: Array<PermissionBundle>;
  /** Where it may be part of a custom role. */
  scopes: Array<RoleScope>;
};

export type PlatformRole =
  | 'PLATFORM_ADMIN'
  | 'PLATFORM_REGULAR'
  | 'PLATFORM_SELF_PROVISIONER';

export type Project = {
  __typename?: 'Project';
  createdAt?: Maybe<Scalars['String']['output']>;
  /** From the namespace annotation meridian.io/description; empty when unset. */
  description: Scalars['String']['output'];
  /** From the namespace annotation meridian.io/display-name; the name when unset. */
  displayName: Scalars['String']['output'];
  /** Its LimitRange `meridian-limits`; null when none. */
  limitRange?: Maybe<ContainerDefaults>;
  /**
   * The bundles the caller holds in this project, from every grant (platform, workspace, project,
   * custom role): exactly what every subgraph enforces (e.g. scaling needs MANAGE_WORKLOADS, metrics
   * VIEW_MONITORING, logs VIEW_LOGS). A read-only API token holds no MANAGE_* bundle.
   */
  myPermissions: Array<PermissionBundle>;
  /** The namespace name. */
  name: Scalars['String']['output'];
  /** Whether its isolation NetworkPolicy exists (read from the cluster; null with an error while Kubernetes is unavailable). */
  networkIsolated?: Maybe<Scalars['Boolean']['output']>;
  /** The namespace phase: Active or Terminating. */
  phase?: Maybe<Scalars['String']['output']>;
  /** Its ResourceQuota `meridian-quota`: limits and use per resource (empty: no quota). Read from the cluster; null with an error while Kubernetes is unavailable. */
  quota?: Maybe<Array<QuotaUsage>>;
  /** Whether the caller may change its display name and description, or delete it (the rule updateProject and deleteProject enforce). */
  viewerCanDelete: Scalars['Boolean']['output'];
  /**
   * Whether the caller may change things in this project (scale deployments, …): the same rule
   * every subgraph enforces on its mutations (access policies.editProject).
   */
  viewerCanEdit: Scalars['Boolean']['output'];
  /** Whether the caller may grant roles in this project (the rule addProjectMember enforces). */
  viewerCanManageMembers: Scalars['Boolean']['output'];
  /** Whether the caller may create, change and delete this project's custom roles (workspace admins, platform admins). */
  viewerCanManageRoles: Scalars['Boolean']['output'];
  /** Whether the caller may change its quota, limit range and isolation (the rule the set* mutations enforce). */
  viewerCanManageSettings: Scalars['Boolean']['output'];
  /** The caller's own role in this project; null when they see it through a workspace or platform role. */
  viewerRole?: Maybe<ProjectRole>;
  /** The name of the caller's own role here (built-in or custom); null when they see it through a workspace or platform role. */
  viewerRoleName?: Maybe<Scalars['String']['output']>;
  /** The workspace the namespace is labelled with. */
  workspace?: Maybe<Workspace>;
};

export type ProjectConnection = {
  __typename?: 'ProjectConnection';
  edges: Array<ProjectEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ProjectEdge = {
  __typename?: 'ProjectEdge';
  cursor: Scalars['String']['output'];
  node: Project;
};

export type ProjectFilter = {
  /** Case-insensitive substring of the project name. */
  name?: InputMaybe<Scalars['String']['input']>;
};

export type ProjectMember = {
  __typename?: 'ProjectMember';
  createdAt: Scalars['String']['output'];
  project: Scalars['String']['output'];
  /** The built-in role; null when the member holds a custom role (see roleName). */
  role?: Maybe<ProjectRole>;
  /** The role's name: admin, operator, viewer, or a custom role of the project. */
  roleName: Scalars['String']['output'];
  user: User;
};

export type ProjectMemberConnection = {
  __typename?: 'ProjectMemberConnection';
  edges: Array<ProjectMemberEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ProjectMemberEdge = {
  __typename?: 'ProjectMemberEdge';
  cursor: Scalars['String']['output'];
  node: ProjectMember;
};

export type ProjectRole =
  | 'ADMIN'
  | 'OPERATOR'
  | 'VIEWER';

/**
 * Tenancy: who you are (users, sessions), and the tenants you work in (workspaces) with their
 * projects (Kubernetes namespaces labelled meridian.io/workspace=<workspace>).
 * Timestamps are ISO 8601 strings in UTC.
 */
export type Query = {
  __typename?: 'Query';
  /**
   * Audit records of mutations, newest first: platform admins see all; workspace admins the records
   * of their workspaces (the workspace and its projects); anyone else FORBIDDEN. A `workspace`
   * filter naming a workspace the caller does not administer is FORBIDDEN when they can see it and
   * NOT_FOUND otherwise. Records arrive through Kafka, so the newest may show a moment later.
   */
  auditEvents: AuditEventConnection;
  /**
   * Group → role mappings applied at each LDAP or OIDC sign-in (platform admins; FORBIDDEN
   * otherwise): those of the MERIDIAN_GROUP_ROLE_MAPPINGS file first (fromFile, read-only), then
   * those added with createGroupRoleMapping. Where two give a role on the same target, the earlier wins.
   */
  groupRoleMappings: Array<GroupRoleMapping>;
  /** How one may sign in here (public: no session needed), for the login page: a password, the company directory (LDAP), each OpenID provider. */
  loginMethods: Array<LoginMethod>;
  /** The signed-in user; null for an anonymous caller. */
  me?: Maybe<User>;
  /** The caller's own API tokens, newest first, revoked and expired ones included (never their secrets). */
  myApiTokens: ApiTokenConnection;
  /** The caller's own live sessions (not signed out, revoked, expired or idle), newest first; `current` marks the one asking (none for an API token). */
  mySessions: UserSessionConnection;
  /** Every permission bundle a role can be made of, with where it applies and what it means. */
  permissionBundles: Array<PermissionBundleInfo>;
  /** One project (namespace) the caller may see; NOT_FOUND otherwise, the same as when it does not exist. */
  project?: Maybe<Project>;
  /**
   * Members of a project and their roles, by username (those who may grant roles in it; FORBIDDEN
   * for others who see it). Only grants made on the live namespace count (not those of an earlier
   * namespace of the same name).
   */
  projectMembers: ProjectMemberConnection;
  /**
   * The roles that can be granted in a workspace (scope WORKSPACE with `workspace`) or in a project
   * (scope PROJECT with `project`): built-in roles first, then the custom ones by name. For those
   * who may grant roles there (manage-members: workspace admins, project admins, platform admins;
   * FORBIDDEN for others who see it); a workspace or project the caller may not see is NOT_FOUND.
   */
  roles: RoleConnection;
  /** Every user of the platform, as a cursor connection (platform admins only; FORBIDDEN otherwise). */
  users: UserConnection;
  /** One workspace, or NOT_FOUND when it does not exist or the caller may not see it. */
  workspace?: Maybe<Workspace>;
  /** Members of a workspace and their roles, by username (workspace admins and platform admins; FORBIDDEN for others who see it, NOT_FOUND for those who do not). */
  workspaceMembers: WorkspaceMemberConnection;
  /** Workspaces the caller may see (platform admins: all), as a cursor connection. */
  workspaces: WorkspaceConnection;
};


/**
 * Tenancy: who you are (users, sessions), and the tenants you work in (workspaces) with their
 * projects (Kubernetes namespaces labelled meridian.io/workspace=<workspace>).
 * Timestamps are ISO 8601 strings in UTC.
 */
export type QueryAuditEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditEventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Tenancy: who you are (users, sessions), and the tenants you work in (workspaces) with their
 * projects (Kubernetes namespaces labelled meridian.io/workspace=<workspace>).
 * Timestamps are ISO 8601 strings in UTC.
 */
export type QueryMyApiTokensArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Tenancy: who you are (users, sessions), and the tenants you work in (workspaces) with their
 * projects (Kubernetes namespaces labelled meridian.io/workspace=<workspace>).
 * Timestamps are ISO 8601 strings in UTC.
 */
export type QueryMySessionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Tenancy: who you are (users, sessions), and the tenants you work in (workspaces) with their
 * projects (Kubernetes namespaces labelled meridian.io/workspace=<workspace>).
 * Timestamps are ISO 8601 strings in UTC.
 */
export type QueryProjectArgs = {
  name: Scalars['String']['input'];
};


/**
 * Tenancy: who you are (users, sessions), and the tenants you work in (workspaces) with their
 * projects (Kubernetes namespaces labelled meridian.io/workspace=<workspace>).
 * Timestamps are ISO 8601 strings in UTC.
 */
export type QueryProjectMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  project: Scalars['String']['input'];
};


/**
 * Tenancy: who you are (users, sessions), and the tenants you work in (workspaces) with their
 * projects (Kubernetes namespaces labelled meridian.io/workspace=<workspace>).
 * Timestamps are ISO 8601 strings in UTC.
 */
export type QueryRolesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  project?: InputMaybe<Scalars['String']['input']>;
  scope: RoleScope;
  workspace?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Tenancy: who you are (users, sessions), and the tenants you work in (workspaces) with their
 * projects (Kubernetes namespaces labelled meridian.io/workspace=<workspace>).
 * Timestamps are ISO 8601 strings in UTC.
 */
export type QueryUsersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<UserFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<UserSort>;
};


/**
 * Tenancy: who you are (users, sessions), and the tenants you work in (workspaces) with their
 * projects (Kubernetes namespaces labelled meridian.io/workspace=<workspace>).
 * Timestamps are ISO 8601 strings in UTC.
 */
export type QueryWorkspaceArgs = {
  name: Scalars['String']['input'];
};


/**
 * Tenancy: who you are (users, sessions), and the tenants you work in (workspaces) with their
 * projects (Kubernetes namespaces labelled meridian.io/workspace=<workspace>).
 * Timestamps are ISO 8601 strings in UTC.
 */
export type QueryWorkspaceMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  workspace: Scalars['String']['input'];
};


/**
 * Tenancy: who you are (users, sessions), and the tenants you work in (workspaces) with their
 * projects (Kubernetes namespaces labelled meridian.io/workspace=<workspace>).
 * Timestamps are ISO 8601 strings in UTC.
 */
export type QueryWorkspacesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<WorkspaceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<WorkspaceSort>;
};

export type QuotaInput = {
  /** Each resource once: requests.cpu, limits.cpu, requests.memory, limits.memory, requests.storage, persistentvolumeclaims, pods, services, configmaps, secrets, count/deployments.apps, … */
  hard: Array<QuotaLimitInput>;
};

export type QuotaLimitInput = {
  /** A Kubernetes quantity: 2, 500m, 4Gi; a whole number for object counts. */
  hard: Scalars['String']['input'];
  resource: Scalars['String']['input'];
};

/** One limited resource of a quota and its use. */
export type QuotaUsage = {
  __typename?: 'QuotaUsage';
  /** Workspace quotas only: what its projects' quotas add up to (at most hard). */
  allocated?: Maybe<Scalars['String']['output']>;
  /** used ÷ hard for usage bars (may exceed 1 after a limit was lowered); null while used is unknown. */
  fraction?: Maybe<Scalars['Float']['output']>;
  /** The limit, as set. */
  hard: Scalars['String']['output'];
  /** The ResourceQuota key: limits.cpu, requests.memory, pods, … */
  resource: Scalars['String']['output'];
  /**
   * In use: for a project, what Kubernetes' quota controller counted (null until it has, a moment
   * after a change); for a workspace, the sum over its projects.
   */
  used?: Maybe<Scalars['String']['output']>;
};

/** A role that can be granted: built-in (KubeSphere's) or custom. */
export type Role = {
  __typename?: 'Role';
  builtIn: Scalars['Boolean']['output'];
  /** The bundles as ticked (custom) or defined (built-in). */
  bundles: Array<PermissionBundle>;
  createdAt?: Maybe<Scalars['String']['output']>;
  description: Scalars['String']['output'];
  /** How many members hold it here. */
  grantCount: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  /** The project of a PROJECT-scope role. */
  project?: Maybe<Scalars['String']['output']>;
  scope: RoleScope;
  workspace: Scalars['String']['output'];
};

export type RoleConnection = {
  __typename?: 'RoleConnection';
  edges: Array<RoleEdge>;
  nodes: Array<Role>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type RoleEdge = {
  __typename?: 'RoleEdge';
  cursor: Scalars['String']['output'];
  node: Role;
};

export type RoleScope =
  | 'PROJECT'
  | 'WORKSPACE';

export type SortDirection =
  | 'ASC'
  | 'DESC';

export type UpdateProjectInput = {
  /** Annotation meridian.io/description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Empty: the project name is shown (annotation meridian.io/display-name). */
  displayName?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateRoleInput = {
  bundles?: InputMaybe<Array<PermissionBundle>>;
  description?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateWorkspaceInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  /** Empty: the workspace name is shown. */
  displayName?: InputMaybe<Scalars['String']['input']>;
};

export type User = {
  __typename?: 'User';
  /** Whether changePassword works for this user: only for LOCAL accounts (directory passwords change in the directory). */
  canChangePassword: Scalars['Boolean']['output'];
  /** Whether this user may create workspaces (platform admins and self-provisioners). */
  canCreateWorkspace: Scalars['Boolean']['output'];
  /** Whether this user may list, create and change users (platform admins). */
  canManageUsers: Scalars['Boolean']['output'];
  /**
   * Whether this user may read the audit log (auditEvents): platform admins, and workspace admins
   * (known for the caller's own user; for another user only their platform role counts).
   */
  canReadAuditLog: Scalars['Boolean']['output'];
  /**
   * Whether this user may search audit records (logging's searchAuditEvents): those who may read
   * the audit log, and project admins, for their projects' records (known for the caller's own
   * user; for another user only their platform role counts).
   */
  canSearchAuditLog: Scalars['Boolean']['output'];
  createdAt: Scalars['String']['output'];
  /** When the account was disabled; null while enabled (or unless the caller is this user or a platform admin). */
  disabledAt?: Maybe<Scalars['String']['output']>;
  displayName: Scalars['String']['output'];
  /** Null unless the caller is this user or a platform admin. */
  email?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Null when never, or unless the caller is this user or a platform admin. */
  lastLoginAt?: Maybe<Scalars['String']['output']>;
  /** The user still has a first-run password (only changePassword, logout and me work for them); false unless the caller is this user or a platform admin. */
  mustChangePassword: Scalars['Boolean']['output'];
  platformRole: PlatformRole;
  /** Where the password is checked: here (LOCAL), by the company directory (LDAP) or by an OpenID provider (OIDC). */
  source: UserSource;
  username: Scalars['String']['output'];
  /** Whether the caller may disable, enable or delete this user (platform admins, not themselves). */
  viewerCanDisable: Scalars['Boolean']['output'];
};

export type UserConnection = {
  __typename?: 'UserConnection';
  edges: Array<UserEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type UserEdge = {
  __typename?: 'UserEdge';
  cursor: Scalars['String']['output'];
  node: User;
};

export type UserFilter = {
  /** Case-insensitive substring of the username. */
  username?: InputMaybe<Scalars['String']['input']>;
};

/** A signed-in session of the caller (My account → sessions). */
export type UserSession = {
  __typename?: 'UserSession';
  /** The client's address at sign-in, when known. */
  clientAddress?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['String']['output'];
  /** This is the session making the request. */
  current: Scalars['Boolean']['output'];
  expiresAt: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** When it was last used (updated at most once a minute). */
  lastSeenAt: Scalars['String']['output'];
  /** How the user signed in. */
  method: LoginMethodKind;
  /** The browser or program that signed in, when known. */
  userAgent?: Maybe<Scalars['String']['output']>;
};

export type UserSessionConnection = {
  __typename?: 'UserSessionConnection';
  edges: Array<UserSessionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type UserSessionEdge = {
  __typename?: 'UserSessionEdge';
  cursor: Scalars['String']['output'];
  node: UserSession;
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

export type Workspace = {
  __typename?: 'Workspace';
  createdAt: Scalars['String']['output'];
  description: Scalars['String']['output'];
  displayName: Scalars['String']['output'];
  /** Members and their roles; workspace admins and platform admins only (FORBIDDEN otherwise). */
  members?: Maybe<Array<WorkspaceMember>>;
  /** The bundles the caller holds in this workspace, from every grant (what the access layer enforces). */
  myPermissions: Array<PermissionBundle>;
  name: Scalars['String']['output'];
  /** Whether workspace network isolation is on. */
  networkIsolated: Scalars['Boolean']['output'];
  /** Projects of this workspace that the caller may see. Needs Kubernetes (UPSTREAM_UNAVAILABLE if it is down). */
  projects?: Maybe<ProjectConnection>;
  /** Its quota: limits over the sum of its projects, with their summed use (empty: no quota; null with an error while Kubernetes is unavailable). */
  quota?: Maybe<Array<QuotaUsage>>;
  /** Whether the caller may create projects here (the rule createProject enforces). */
  viewerCanCreateProject: Scalars['Boolean']['output'];
  /** Whether the caller may delete it (the rule deleteWorkspace enforces). */
  viewerCanDelete: Scalars['Boolean']['output'];
  /** Whether the caller may change the display name and description (the rule updateWorkspace enforces). */
  viewerCanEdit: Scalars['Boolean']['output'];
  /** Whether the caller may create, change and delete this workspace's custom roles (and its projects' ones). */
  viewerCanManageRoles: Scalars['Boolean']['output'];
  /** Whether the caller may change its quota and isolation (the rule the set* mutations enforce). */
  viewerCanManageSettings: Scalars['Boolean']['output'];
  /** The caller's own role in this workspace; null when they see it only through a project or as platform admin. */
  viewerRole?: Maybe<WorkspaceRole>;
};


export type WorkspaceProjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProjectFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type WorkspaceConnection = {
  __typename?: 'WorkspaceConnection';
  edges: Array<WorkspaceEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type WorkspaceEdge = {
  __typename?: 'WorkspaceEdge';
  cursor: Scalars['String']['output'];
  node: Workspace;
};

export type WorkspaceFilter = {
  /** Case-insensitive substring of the workspace name. */
  name?: InputMaybe<Scalars['String']['input']>;
};

export type WorkspaceMember = {
  __typename?: 'WorkspaceMember';
  createdAt: Scalars['String']['output'];
  /** The built-in role; null when the member holds a custom role (see roleName). */
  role?: Maybe<WorkspaceRole>;
  /** The role's name: a built-in one (workspace-admin, …) or a custom role of the workspace. */
  roleName: Scalars['String']['output'];
  user: User;
};

export type WorkspaceMemberConnection = {
  __typename?: 'WorkspaceMemberConnection';
  edges: Array<WorkspaceMemberEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type WorkspaceMemberEdge = {
  __typename?: 'WorkspaceMemberEdge';
  cursor: Scalars['String']['output'];
  node: WorkspaceMember;
};

export type WorkspaceRole =
  | 'WORKSPACE_ADMIN'
  | 'WORKSPACE_REGULAR'
  | 'WORKSPACE_SELF_PROVISIONER'
  | 'WORKSPACE_VIEWER';

export type WorkspaceSort = {
  direction?: SortDirection;
  field?: WorkspaceSortField;
};

export type WorkspaceSortField =
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
  Project: Project;
  Workspace: Workspace;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Project:
    ( { __typename: 'Project' }
    & GraphQLRecursivePick<FederationTypes['Project'], {"name":true}> );
  Workspace:
    ( { __typename: 'Workspace' }
    & GraphQLRecursivePick<FederationTypes['Workspace'], {"name":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  ApiToken: ResolverTypeWrapper<ApiTokenRow>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ApiTokenConnection: ResolverTypeWrapper<ApiTokenConnectionRow>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ApiTokenEdge: ResolverTypeWrapper<Omit<ApiTokenEdge, 'node'> & { node: ResolversTypes['ApiToken'] }>;
  ApiTokenScope: ApiTokenScope;
  ApiTokenStatus: ApiTokenStatus;
  AuditCredential: AuditCredential;
  AuditEvent: ResolverTypeWrapper<AuditEventRow>;
  AuditEventConnection: ResolverTypeWrapper<AuditEventConnectionRow>;
  AuditEventEdge: ResolverTypeWrapper<Omit<AuditEventEdge, 'node'> & { node: ResolversTypes['AuditEvent'] }>;
  AuditEventFilter: AuditEventFilter;
  ContainerDefaults: ResolverTypeWrapper<ContainerDefaults>;
  CreateApiTokenInput: CreateApiTokenInput;
  CreateRoleInput: CreateRoleInput;
  CreateUserInput: CreateUserInput;
  CreateWorkspaceInput: CreateWorkspaceInput;
  CreatedApiToken: ResolverTypeWrapper<CreatedApiTokenRow>;
  GroupRoleMapping: ResolverTypeWrapper<GroupRoleMappingRow>;
  GroupRoleMappingInput: GroupRoleMappingInput;
  GroupRoleMappingSource: GroupRoleMappingSource;
  LimitRangeInput: LimitRangeInput;
  LoginMethod: ResolverTypeWrapper<LoginMethod>;
  LoginMethodKind: LoginMethodKind;
  LoginResult: ResolverTypeWrapper<LoginRow>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OidcLoginStart: ResolverTypeWrapper<OidcLoginStart>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PermissionBundle: PermissionBundle;
  PermissionBundleInfo: ResolverTypeWrapper<PermissionBundleInfo>;
  PlatformRole: PlatformRole;
  Project: ResolverTypeWrapper<ProjectRow>;
  ProjectConnection: ResolverTypeWrapper<ProjectConnectionRow>;
  ProjectEdge: ResolverTypeWrapper<Omit<ProjectEdge, 'node'> & { node: ResolversTypes['Project'] }>;
  ProjectFilter: ProjectFilter;
  ProjectMember: ResolverTypeWrapper<ProjectMemberRow>;
  ProjectMemberConnection: ResolverTypeWrapper<Omit<ProjectMemberConnection, 'edges'> & { edges: Array<ResolversTypes['ProjectMemberEdge']> }>;
  ProjectMemberEdge: ResolverTypeWrapper<Omit<ProjectMemberEdge, 'node'> & { node: ResolversTypes['ProjectMember'] }>;
  ProjectRole: ProjectRole;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  QuotaInput: QuotaInput;
  QuotaLimitInput: QuotaLimitInput;
  QuotaUsage: ResolverTypeWrapper<QuotaUsage>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Role: ResolverTypeWrapper<RoleModel>;
  RoleConnection: ResolverTypeWrapper<RoleConnectionModel>;
  RoleEdge: ResolverTypeWrapper<Omit<RoleEdge, 'node'> & { node: ResolversTypes['Role'] }>;
  RoleScope: RoleScope;
  SortDirection: SortDirection;
  UpdateProjectInput: UpdateProjectInput;
  UpdateRoleInput: UpdateRoleInput;
  UpdateWorkspaceInput: UpdateWorkspaceInput;
  User: ResolverTypeWrapper<UserRow>;
  UserConnection: ResolverTypeWrapper<UserConnectionRow>;
  UserEdge: ResolverTypeWrapper<Omit<UserEdge, 'node'> & { node: ResolversTypes['User'] }>;
  UserFilter: UserFilter;
  UserSession: ResolverTypeWrapper<SessionRow>;
  UserSessionConnection: ResolverTypeWrapper<SessionConnectionRow>;
  UserSessionEdge: ResolverTypeWrapper<Omit<UserSessionEdge, 'node'> & { node: ResolversTypes['UserSession'] }>;
  UserSort: UserSort;
  UserSortField: UserSortField;
  UserSource: UserSource;
  Workspace: ResolverTypeWrapper<WorkspaceRow>;
  WorkspaceConnection: ResolverTypeWrapper<WorkspaceConnectionRow>;
  WorkspaceEdge: ResolverTypeWrapper<Omit<WorkspaceEdge, 'node'> & { node: ResolversTypes['Workspace'] }>;
  WorkspaceFilter: WorkspaceFilter;
  WorkspaceMember: ResolverTypeWrapper<WorkspaceMemberRow>;
  WorkspaceMemberConnection: ResolverTypeWrapper<Omit<WorkspaceMemberConnection, 'edges'> & { edges: Array<ResolversTypes['WorkspaceMemberEdge']> }>;
  WorkspaceMemberEdge: ResolverTypeWrapper<Omit<WorkspaceMemberEdge, 'node'> & { node: ResolversTypes['WorkspaceMember'] }>;
  WorkspaceRole: WorkspaceRole;
  WorkspaceSort: WorkspaceSort;
  WorkspaceSortField: WorkspaceSortField;
  federation__FieldSet: ResolverTypeWrapper<Scalars['federation__FieldSet']['output']>;
  link__Import: ResolverTypeWrapper<Scalars['link__Import']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  ApiToken: ApiTokenRow;
  ID: Scalars['ID']['output'];
  ApiTokenConnection: ApiTokenConnectionRow;
  Int: Scalars['Int']['output'];
  ApiTokenEdge: Omit<ApiTokenEdge, 'node'> & { node: ResolversParentTypes['ApiToken'] };
  AuditEvent: AuditEventRow;
  AuditEventConnection: AuditEventConnectionRow;
  AuditEventEdge: Omit<AuditEventEdge, 'node'> & { node: ResolversParentTypes['AuditEvent'] };
  AuditEventFilter: AuditEventFilter;
  ContainerDefaults: ContainerDefaults;
  CreateApiTokenInput: CreateApiTokenInput;
  CreateRoleInput: CreateRoleInput;
  CreateUserInput: CreateUserInput;
  CreateWorkspaceInput: CreateWorkspaceInput;
  CreatedApiToken: CreatedApiTokenRow;
  GroupRoleMapping: GroupRoleMappingRow;
  GroupRoleMappingInput: GroupRoleMappingInput;
  LimitRangeInput: LimitRangeInput;
  LoginMethod: LoginMethod;
  LoginResult: LoginRow;
  Mutation: Record<PropertyKey, never>;
  OidcLoginStart: OidcLoginStart;
  PageInfo: PageInfo;
  PermissionBundleInfo: PermissionBundleInfo;
  Project: ProjectRow;
  ProjectConnection: ProjectConnectionRow;
  ProjectEdge: Omit<ProjectEdge, 'node'> & { node: ResolversParentTypes['Project'] };
  ProjectFilter: ProjectFilter;
  ProjectMember: ProjectMemberRow;
  ProjectMemberConnection: Omit<ProjectMemberConnection, 'edges'> & { edges: Array<ResolversParentTypes['ProjectMemberEdge']> };
  ProjectMemberEdge: Omit<ProjectMemberEdge, 'node'> & { node: ResolversParentTypes['ProjectMember'] };
  Query: Record<PropertyKey, never>;
  QuotaInput: QuotaInput;
  QuotaLimitInput: QuotaLimitInput;
  QuotaUsage: QuotaUsage;
  Float: Scalars['Float']['output'];
  Role: RoleModel;
  RoleConnection: RoleConnectionModel;
  RoleEdge: Omit<RoleEdge, 'node'> & { node: ResolversParentTypes['Role'] };
  UpdateProjectInput: UpdateProjectInput;
  UpdateRoleInput: UpdateRoleInput;
  UpdateWorkspaceInput: UpdateWorkspaceInput;
  User: UserRow;
  UserConnection: UserConnectionRow;
  UserEdge: Omit<UserEdge, 'node'> & { node: ResolversParentTypes['User'] };
  UserFilter: UserFilter;
  UserSession: SessionRow;
  UserSessionConnection: SessionConnectionRow;
  UserSessionEdge: Omit<UserSessionEdge, 'node'> & { node: ResolversParentTypes['UserSession'] };
  UserSort: UserSort;
  Workspace: WorkspaceRow;
  WorkspaceConnection: WorkspaceConnectionRow;
  WorkspaceEdge: Omit<WorkspaceEdge, 'node'> & { node: ResolversParentTypes['Workspace'] };
  WorkspaceFilter: WorkspaceFilter;
  WorkspaceMember: WorkspaceMemberRow;
  WorkspaceMemberConnection: Omit<WorkspaceMemberConnection, 'edges'> & { edges: Array<ResolversParentTypes['WorkspaceMemberEdge']> };
  WorkspaceMemberEdge: Omit<WorkspaceMemberEdge, 'node'> & { node: ResolversParentTypes['WorkspaceMember'] };
  WorkspaceSort: WorkspaceSort;
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

export type ApiTokenResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ApiToken'] = ResolversParentTypes['ApiToken']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastUsedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  prefix?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  projects?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['ApiTokenScope'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ApiTokenStatus'], ParentType, ContextType>;
}>;

export type ApiTokenConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ApiTokenConnection'] = ResolversParentTypes['ApiTokenConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ApiTokenEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ApiTokenEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ApiTokenEdge'] = ResolversParentTypes['ApiTokenEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ApiToken'], ParentType, ContextType>;
}>;

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

export type AuditEventConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AuditEventConnection'] = ResolversParentTypes['AuditEventConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AuditEventEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['AuditEvent']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AuditEventEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AuditEventEdge'] = ResolversParentTypes['AuditEventEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEvent'], ParentType, ContextType>;
}>;

export type ContainerDefaultsResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ContainerDefaults'] = ResolversParentTypes['ContainerDefaults']> = ResolversObject<{
  defaultLimitCpu?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  defaultLimitMemory?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  defaultRequestCpu?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  defaultRequestMemory?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type CreatedApiTokenResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['CreatedApiToken'] = ResolversParentTypes['CreatedApiToken']> = ResolversObject<{
  apiToken?: Resolver<ResolversTypes['ApiToken'], ParentType, ContextType>;
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type GroupRoleMappingResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['GroupRoleMapping'] = ResolversParentTypes['GroupRoleMapping']> = ResolversObject<{
  fromFile?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  group?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  platformRole?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  project?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  projectRole?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['GroupRoleMappingSource']>, ParentType, ContextType>;
  workspace?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  workspaceRole?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type LoginMethodResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['LoginMethod'] = ResolversParentTypes['LoginMethod']> = ResolversObject<{
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['LoginMethodKind'], ParentType, ContextType>;
}>;

export type LoginResultResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['LoginResult'] = ResolversParentTypes['LoginResult']> = ResolversObject<{
  expiresAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mustChangePassword?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  addProjectMember?: Resolver<ResolversTypes['ProjectMember'], ParentType, ContextType, RequireFields<MutationAddProjectMemberArgs, 'project' | 'username'>>;
  addWorkspaceMember?: Resolver<ResolversTypes['WorkspaceMember'], ParentType, ContextType, RequireFields<MutationAddWorkspaceMemberArgs, 'username' | 'workspace'>>;
  changePassword?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationChangePasswordArgs, 'newPassword' | 'oldPassword'>>;
  createApiToken?: Resolver<ResolversTypes['CreatedApiToken'], ParentType, ContextType, RequireFields<MutationCreateApiTokenArgs, 'input'>>;
  createGroupRoleMapping?: Resolver<ResolversTypes['GroupRoleMapping'], ParentType, ContextType, RequireFields<MutationCreateGroupRoleMappingArgs, 'input'>>;
  createProject?: Resolver<ResolversTypes['Project'], ParentType, ContextType, RequireFields<MutationCreateProjectArgs, 'name' | 'workspace'>>;
  createRole?: Resolver<ResolversTypes['Role'], ParentType, ContextType, RequireFields<MutationCreateRoleArgs, 'input'>>;
  createUser?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationCreateUserArgs, 'input'>>;
  createWorkspace?: Resolver<ResolversTypes['Workspace'], ParentType, ContextType, RequireFields<MutationCreateWorkspaceArgs, 'input'>>;
  deleteGroupRoleMapping?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteGroupRoleMappingArgs, 'id'>>;
  deleteProject?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteProjectArgs, 'confirm' | 'name'>>;
  deleteRole?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteRoleArgs, 'name' | 'scope'>>;
  deleteUser?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteUserArgs, 'username'>>;
  deleteWorkspace?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteWorkspaceArgs, 'confirm' | 'name'>>;
  disableUser?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationDisableUserArgs, 'username'>>;
  enableUser?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationEnableUserArgs, 'username'>>;
  finishOidcLogin?: Resolver<ResolversTypes['LoginResult'], ParentType, ContextType, RequireFields<MutationFinishOidcLoginArgs, 'callbackUrl'>>;
  login?: Resolver<ResolversTypes['LoginResult'], ParentType, ContextType, RequireFields<MutationLoginArgs, 'password' | 'username'>>;
  logout?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, Partial<MutationLogoutArgs>>;
  removeProjectMember?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRemoveProjectMemberArgs, 'project' | 'username'>>;
  removeWorkspaceMember?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRemoveWorkspaceMemberArgs, 'username' | 'workspace'>>;
  revokeApiToken?: Resolver<ResolversTypes['ApiToken'], ParentType, ContextType, RequireFields<MutationRevokeApiTokenArgs, 'id'>>;
  revokeSession?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRevokeSessionArgs, 'id'>>;
  setProjectLimitRange?: Resolver<ResolversTypes['Project'], ParentType, ContextType, RequireFields<MutationSetProjectLimitRangeArgs, 'project'>>;
  setProjectNetworkIsolation?: Resolver<ResolversTypes['Project'], ParentType, ContextType, RequireFields<MutationSetProjectNetworkIsolationArgs, 'enabled' | 'project'>>;
  setProjectQuota?: Resolver<ResolversTypes['Project'], ParentType, ContextType, RequireFields<MutationSetProjectQuotaArgs, 'input' | 'project'>>;
  setUserPlatformRole?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationSetUserPlatformRoleArgs, 'role' | 'username'>>;
  setWorkspaceNetworkIsolation?: Resolver<ResolversTypes['Workspace'], ParentType, ContextType, RequireFields<MutationSetWorkspaceNetworkIsolationArgs, 'enabled' | 'workspace'>>;
  setWorkspaceQuota?: Resolver<ResolversTypes['Workspace'], ParentType, ContextType, RequireFields<MutationSetWorkspaceQuotaArgs, 'input' | 'workspace'>>;
  startOidcLogin?: Resolver<ResolversTypes['OidcLoginStart'], ParentType, ContextType, RequireFields<MutationStartOidcLoginArgs, 'provider' | 'redirectUri'>>;
  updateProject?: Resolver<ResolversTypes['Project'], ParentType, ContextType, RequireFields<MutationUpdateProjectArgs, 'input' | 'name'>>;
  updateRole?: Resolver<ResolversTypes['Role'], ParentType, ContextType, RequireFields<MutationUpdateRoleArgs, 'input' | 'name' | 'scope'>>;
  updateWorkspace?: Resolver<ResolversTypes['Workspace'], ParentType, ContextType, RequireFields<MutationUpdateWorkspaceArgs, 'input' | 'name'>>;
}>;

export type OidcLoginStartResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['OidcLoginStart'] = ResolversParentTypes['OidcLoginStart']> = ResolversObject<{
  authorizationUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PermissionBundleInfoResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PermissionBundleInfo'] = ResolversParentTypes['PermissionBundleInfo']> = ResolversObject<{
  bundle?: Resolver<ResolversTypes['PermissionBundle'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  implies?: Resolver<Array<ResolversTypes['PermissionBundle']>, ParentType, ContextType>;
  scopes?: Resolver<Array<ResolversTypes['RoleScope']>, ParentType, ContextType>;
}>;

export type ProjectResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Project'] = ResolversParentTypes['Project'], FederationReferenceType extends FederationReferenceTypes['Project'] = FederationReferenceTypes['Project']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Project']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  limitRange?: Resolver<Maybe<ResolversTypes['ContainerDefaults']>, ParentType, ContextType>;
  myPermissions?: Resolver<Array<ResolversTypes['PermissionBundle']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  networkIsolated?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  phase?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quota?: Resolver<Maybe<Array<ResolversTypes['QuotaUsage']>>, ParentType, ContextType>;
  viewerCanDelete?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerCanEdit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerCanManageMembers?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerCanManageRoles?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerCanManageSettings?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerRole?: Resolver<Maybe<ResolversTypes['ProjectRole']>, ParentType, ContextType>;
  viewerRoleName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  workspace?: Resolver<Maybe<ResolversTypes['Workspace']>, ParentType, ContextType>;
}>;

export type ProjectConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ProjectConnection'] = ResolversParentTypes['ProjectConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ProjectEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ProjectEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ProjectEdge'] = ResolversParentTypes['ProjectEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Project'], ParentType, ContextType>;
}>;

export type ProjectMemberResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ProjectMember'] = ResolversParentTypes['ProjectMember']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  project?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['ProjectRole']>, ParentType, ContextType>;
  roleName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
}>;

export type ProjectMemberConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ProjectMemberConnection'] = ResolversParentTypes['ProjectMemberConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ProjectMemberEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ProjectMemberEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ProjectMemberEdge'] = ResolversParentTypes['ProjectMemberEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ProjectMember'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  auditEvents?: Resolver<ResolversTypes['AuditEventConnection'], ParentType, ContextType, RequireFields<QueryAuditEventsArgs, 'first'>>;
  groupRoleMappings?: Resolver<Array<ResolversTypes['GroupRoleMapping']>, ParentType, ContextType>;
  loginMethods?: Resolver<Array<ResolversTypes['LoginMethod']>, ParentType, ContextType>;
  me?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  myApiTokens?: Resolver<ResolversTypes['ApiTokenConnection'], ParentType, ContextType, RequireFields<QueryMyApiTokensArgs, 'first'>>;
  mySessions?: Resolver<ResolversTypes['UserSessionConnection'], ParentType, ContextType, RequireFields<QueryMySessionsArgs, 'first'>>;
  permissionBundles?: Resolver<Array<ResolversTypes['PermissionBundleInfo']>, ParentType, ContextType>;
  project?: Resolver<Maybe<ResolversTypes['Project']>, ParentType, ContextType, RequireFields<QueryProjectArgs, 'name'>>;
  projectMembers?: Resolver<ResolversTypes['ProjectMemberConnection'], ParentType, ContextType, RequireFields<QueryProjectMembersArgs, 'first' | 'project'>>;
  roles?: Resolver<ResolversTypes['RoleConnection'], ParentType, ContextType, RequireFields<QueryRolesArgs, 'first' | 'scope'>>;
  users?: Resolver<ResolversTypes['UserConnection'], ParentType, ContextType, RequireFields<QueryUsersArgs, 'first'>>;
  workspace?: Resolver<Maybe<ResolversTypes['Workspace']>, ParentType, ContextType, RequireFields<QueryWorkspaceArgs, 'name'>>;
  workspaceMembers?: Resolver<ResolversTypes['WorkspaceMemberConnection'], ParentType, ContextType, RequireFields<QueryWorkspaceMembersArgs, 'first' | 'workspace'>>;
  workspaces?: Resolver<ResolversTypes['WorkspaceConnection'], ParentType, ContextType, RequireFields<QueryWorkspacesArgs, 'first'>>;
}>;

export type QuotaUsageResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['QuotaUsage'] = ResolversParentTypes['QuotaUsage']> = ResolversObject<{
  allocated?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fraction?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  hard?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  resource?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  used?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type RoleResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Role'] = ResolversParentTypes['Role']> = ResolversObject<{
  builtIn?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  bundles?: Resolver<Array<ResolversTypes['PermissionBundle']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  grantCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  project?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['RoleScope'], ParentType, ContextType>;
  workspace?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type RoleConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['RoleConnection'] = ResolversParentTypes['RoleConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['RoleEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RoleEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['RoleEdge'] = ResolversParentTypes['RoleEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = ResolversObject<{
  canChangePassword?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  canCreateWorkspace?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  canManageUsers?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  canReadAuditLog?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  canSearchAuditLog?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  disabledAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastLoginAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  mustChangePassword?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  platformRole?: Resolver<ResolversTypes['PlatformRole'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['UserSource'], ParentType, ContextType>;
  username?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  viewerCanDisable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type UserConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['UserConnection'] = ResolversParentTypes['UserConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['UserEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type UserEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['UserEdge'] = ResolversParentTypes['UserEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
}>;

export type UserSessionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['UserSession'] = ResolversParentTypes['UserSession']> = ResolversObject<{
  clientAddress?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  current?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastSeenAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  method?: Resolver<ResolversTypes['LoginMethodKind'], ParentType, ContextType>;
  userAgent?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type UserSessionConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['UserSessionConnection'] = ResolversParentTypes['UserSessionConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['UserSessionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type UserSessionEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['UserSessionEdge'] = ResolversParentTypes['UserSessionEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['UserSession'], ParentType, ContextType>;
}>;

export type WorkspaceResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Workspace'] = ResolversParentTypes['Workspace'], FederationReferenceType extends FederationReferenceTypes['Workspace'] = FederationReferenceTypes['Workspace']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Workspace']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  members?: Resolver<Maybe<Array<ResolversTypes['WorkspaceMember']>>, ParentType, ContextType>;
  myPermissions?: Resolver<Array<ResolversTypes['PermissionBundle']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  networkIsolated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  projects?: Resolver<Maybe<ResolversTypes['ProjectConnection']>, ParentType, ContextType, RequireFields<WorkspaceProjectsArgs, 'first'>>;
  quota?: Resolver<Maybe<Array<ResolversTypes['QuotaUsage']>>, ParentType, ContextType>;
  viewerCanCreateProject?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerCanDelete?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerCanEdit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerCanManageRoles?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerCanManageSettings?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerRole?: Resolver<Maybe<ResolversTypes['WorkspaceRole']>, ParentType, ContextType>;
}>;

export type WorkspaceConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['WorkspaceConnection'] = ResolversParentTypes['WorkspaceConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['WorkspaceEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type WorkspaceEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['WorkspaceEdge'] = ResolversParentTypes['WorkspaceEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Workspace'], ParentType, ContextType>;
}>;

export type WorkspaceMemberResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['WorkspaceMember'] = ResolversParentTypes['WorkspaceMember']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['WorkspaceRole']>, ParentType, ContextType>;
  roleName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
}>;

export type WorkspaceMemberConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['WorkspaceMemberConnection'] = ResolversParentTypes['WorkspaceMemberConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['WorkspaceMemberEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type WorkspaceMemberEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['WorkspaceMemberEdge'] = ResolversParentTypes['WorkspaceMemberEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['WorkspaceMember'], ParentType, ContextType>;
}>;

export interface Federation__FieldSetScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['federation__FieldSet'], any> {
  name: 'federation__FieldSet';
}

export interface Link__ImportScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['link__Import'], any> {
  name: 'link__Import';
}

export type Resolvers<ContextType = SubgraphContext> = ResolversObject<{
  ApiToken?: ApiTokenResolvers<ContextType>;
  ApiTokenConnection?: ApiTokenConnectionResolvers<ContextType>;
  ApiTokenEdge?: ApiTokenEdgeResolvers<ContextType>;
  AuditEvent?: AuditEventResolvers<ContextType>;
  AuditEventConnection?: AuditEventConnectionResolvers<ContextType>;
  AuditEventEdge?: AuditEventEdgeResolvers<ContextType>;
  ContainerDefaults?: ContainerDefaultsResolvers<ContextType>;
  CreatedApiToken?: CreatedApiTokenResolvers<ContextType>;
  GroupRoleMapping?: GroupRoleMappingResolvers<ContextType>;
  LoginMethod?: LoginMethodResolvers<ContextType>;
  LoginResult?: LoginResultResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  OidcLoginStart?: OidcLoginStartResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PermissionBundleInfo?: PermissionBundleInfoResolvers<ContextType>;
  Project?: ProjectResolvers<ContextType>;
  ProjectConnection?: ProjectConnectionResolvers<ContextType>;
  ProjectEdge?: ProjectEdgeResolvers<ContextType>;
  ProjectMember?: ProjectMemberResolvers<ContextType>;
  ProjectMemberConnection?: ProjectMemberConnectionResolvers<ContextType>;
  ProjectMemberEdge?: ProjectMemberEdgeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  QuotaUsage?: QuotaUsageResolvers<ContextType>;
  Role?: RoleResolvers<ContextType>;
  RoleConnection?: RoleConnectionResolvers<ContextType>;
  RoleEdge?: RoleEdgeResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserConnection?: UserConnectionResolvers<ContextType>;
  UserEdge?: UserEdgeResolvers<ContextType>;
  UserSession?: UserSessionResolvers<ContextType>;
  UserSessionConnection?: UserSessionConnectionResolvers<ContextType>;
  UserSessionEdge?: UserSessionEdgeResolvers<ContextType>;
  Workspace?: WorkspaceResolvers<ContextType>;
  WorkspaceConnection?: WorkspaceConnectionResolvers<ContextType>;
  WorkspaceEdge?: WorkspaceEdgeResolvers<ContextType>;
  WorkspaceMember?: WorkspaceMemberResolvers<ContextType>;
  WorkspaceMemberConnection?: WorkspaceMemberConnectionResolvers<ContextType>;
  WorkspaceMemberEdge?: WorkspaceMemberEdgeResolvers<ContextType>;
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
