import { signGatewayToken, verifyGatewayToken } from './gateway-token.ts';

export type PlatformRole = 'platform-admin' | 'platform-self-provisioner' | 'platform-regular';
export type WorkspaceRole =
  | 'workspace-admin'
  | 'workspace-self-provisioner'
  | 'workspace-regular'
  | 'workspace-viewer';
export type ProjectRole = 'admin' | 'operator' | 'viewer';

/**
 * Who is calling, as the gateway vouches for it. The gateway resolves the caller's grants once
 * per request (from tenancy, briefly cached) and signs them, so every subgraph authorizes
 * locally without a round trip. `anonymous` exists only so that `login` can reach tenancy.
 */
export interface Identity {
  kind: 'user' | 'anonymous';
  userId?: string;
  username?: string;
  platformRole?: PlatformRole;
  /**
   * workspace name -> the caller's role in it. A null-prototype table keyed by user-chosen
   * names: read it only through `workspaceRole()` (own-property lookup), never `workspaces[name]`,
   * or a workspace named `constructor` or `__proto__` would match an inherited member.
   */
  workspaces: Readonly<Record<string, WorkspaceRole>>;
  /** namespace -> the caller's role in that project; read it only through `projectRole()`. */
  projects: Readonly<Record<string, ProjectRole>>;
  /**
   * Grants of custom roles, as the bundles they hold (a `BundleMask`, access/bundles.ts): workspace
   * name -> mask, namespace -> mask. Only masks travel (never role names or bundle lists), so a
   * grant costs its key and one small number. Absent when the user holds no custom role. Read
   * them only through `customWorkspaceBundles()` / `customProjectBundles()` (own properties).
   */
  workspaceBundles?: Readonly<Record<string, number>>;
  projectBundles?: Readonly<Record<string, number>>;
  /** The tenancy session the caller signed in with (lets `logout` end exactly that session). */
  sessionId?: string;
  /** How a signed-in caller proved who they are: a console session or a personal API token. */
  authMethod?: 'session' | 'token';
  /** The API token the caller used (audit logs name it); set when `authMethod` is 'token'. */
  tokenId?: string;
  /**
   * A READ_ONLY API token: every mutation and every write policy refuses it (FORBIDDEN) in the
   * access layer (`rules.isReadOnly`), in every subgraph, whatever the user's grants are.
   */
  readOnly?: boolean;
  /**
   * The user still has a first-run password: every operation but changePassword, logout, me
   * and signing in is refused (PASSWORD_CHANGE_REQUIRED) by the gateway and every subgraph.
   */
  mustChangePassword?: boolean;
}

/**
 * The root fields a caller with `mustChangePassword` may still use. `login` and `loginMethods`
 * act for nobody: the console signs in again with the new password while it still sends the old
 * session's token (refusing that sent the user back to the login page after a successful change).
 */
export const PASSWORD_CHANGE_ALLOWED_FIELDS: ReadonlySet<string> = new Set(['me', 'changePassword', 'logout', 'login', 'loginMethods', '__typename']);

const WORKSPACE_ROLES: ReadonlySet<string> = new Set<WorkspaceRole>(['workspace-admin', 'workspace-self-provisioner', 'workspace-regular', 'workspace-viewer']);
const PROJECT_ROLES: ReadonlySet<string> = new Set<ProjectRole>(['admin', 'operator', 'viewer']);

/**
 * Copies grants into a null-prototype table, keeping only known role values. Any input (a
 * JWT payload, tenancy's JSON, a test literal) goes through here, so `__proto__` stays an
 * ordinary key and nothing is inherited.
 */
function grantTable<R extends string>(input: unknown, allowed: ReadonlySet<string>): Readonly<Record<string, R>> {
  const table = Object.create(null) as Record<string, R>;
  if (!input || typeof input !== 'object') return table;
  for (const key of Object.keys(input)) {
    const role = (input as Record<string, unknown>)[key];
    if (typeof role === 'string' && allowed.has(role)) Object.defineProperty(table, key, { value: role, enumerable: true });
  }
  return Object.freeze(table);
}

/** The largest mask a custom grant may carry (every bundle of access/bundles.ts, with room to grow). */
const MAX_MASK = 0xffff;

/** Custom-role grants (key -> bundle mask) in a frozen null-prototype table; anything else is dropped. */
export function bundleGrants(input: unknown): Readonly<Record<string, number>> {
  const table = Object.create(null) as Record<string, number>;
  if (input && typeof input === 'object') {
    for (const key of Object.keys(input)) {
      const mask = (input as Record<string, unknown>)[key];
      if (Number.isInteger(mask) && (mask as number) >= 0 && (mask as number) <= MAX_MASK) Object.defineProperty(table, key, { value: mask, enumerable: true });
    }
  }
  return Object.freeze(table);
}

export const workspaceGrants = (input: unknown) => grantTable<WorkspaceRole>(input, WORKSPACE_ROLES);
export const projectGrants = (input: unknown) => grantTable<ProjectRole>(input, PROJECT_ROLES);

/** The caller's role in a workspace, by own property only. */
export function workspaceRole(id: Identity, workspace: string): WorkspaceRole | undefined {
  return Object.hasOwn(id.workspaces, workspace) ? id.workspaces[workspace] : undefined;
}

/** The caller's role in a project (namespace), by own property only. */
export function projectRole(id: Identity, namespace: string): ProjectRole | undefined {
  return Object.hasOwn(id.projects, namespace) ? id.projects[namespace] : undefined;
}

/** The bundles a custom-role grant gives in a workspace (0 when none), by own property only. */
export const customWorkspaceBundles = (id: Identity, workspace: string): number | undefined =>
  id.workspaceBundles && Object.hasOwn(id.workspaceBundles, workspace) ? id.workspaceBundles[workspace] : undefined;

/** The bundles a custom-role grant gives in a project (undefined when none), by own property only. */
export const customProjectBundles = (id: Identity, namespace: string): number | undefined =>
  id.projectBundles && Object.hasOwn(id.projectBundles, namespace) ? id.projectBundles[namespace] : undefined;

/** An identity whose grant tables are null-prototype copies; every way in calls this. */
export function normalizeIdentity(id: Identity): Identity {
  const { readOnly, workspaceBundles, projectBundles, ...rest } = id;
  // Anything but an explicit `false`/absent reads as read-only: a malformed flag must not widen.
  const readOnlyFlag = readOnly === undefined || readOnly === false ? {} : { readOnly: true as const };
  // Custom grants only when there are some, so identities without them look as they always did.
  const custom = (key: 'workspaceBundles' | 'projectBundles', input: unknown) => {
    const table = bundleGrants(input);
    return Object.keys(table).length ? { [key]: table } : {};
  };
  return {
    ...rest,
    ...readOnlyFlag,
    workspaces: workspaceGrants(id.workspaces),
    projects: projectGrants(id.projects),
    ...custom('workspaceBundles', workspaceBundles),
    ...custom('projectBundles', projectBundles),
  };
}

export const ANONYMOUS: Identity = normalizeIdentity({ kind: 'anonymous', workspaces: {}, projects: {} });

/** The header (HTTP) and connection_init key (WebSocket) that carry the signed identity. */
export const IDENTITY_HEADER = 'x-meridian-identity';

const AUDIENCE = 'meridian-subgraph';

/** Signs an identity for subgraphs; short-lived because it is minted per request. */
export async function signIdentity(identity: Identity, key: string, ttlSeconds = 300): Promise<string> {
  return signGatewayToken({ id: identity }, AUDIENCE, key, ttlSeconds);
}

/** Returns the identity if the token was signed by the gateway with `key`, else null. */
export async function verifyIdentity(token: string | undefined | null, key: string): Promise<Identity | null> {
  const id = (await verifyGatewayToken(token, AUDIENCE, key))?.id as Identity | undefined;
  if (!id || (id.kind !== 'user' && id.kind !== 'anonymous')) return null;
  try {
    return normalizeIdentity(id);
  } catch {
    return null; // signed but malformed grants: treat as unsigned
  }
}
