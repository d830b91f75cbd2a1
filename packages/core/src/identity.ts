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
   * The user still has a first-run password: every operation but changePassword, logout and me
   * is refused (PASSWORD_CHANGE_REQUIRED) by the gateway and every subgraph.
   */
  mustChangePassword?: boolean;
}

/** The root fields a caller with `mustChangePassword` may still use. */
export const PASSWORD_CHANGE_ALLOWED_FIELDS: ReadonlySet<string> = new Set(['me', 'changePassword', 'logout', '__typename']);

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

/** An identity whose grant tables are null-prototype copies; every way in calls this. */
export function normalizeIdentity(id: Identity): Identity {
  const { readOnly, ...rest } = id;
  // Anything but an explicit `false`/absent reads as read-only: a malformed flag must not widen.
  const readOnlyFlag = readOnly === undefined || readOnly === false ? {} : { readOnly: true as const };
  return { ...rest, ...readOnlyFlag, workspaces: workspaceGrants(id.workspaces), projects: projectGrants(id.projects) };
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
