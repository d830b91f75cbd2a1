import { forbidden, unauthenticated } from '../errors.ts';
import { projectRole, workspaceRole, type Identity, type PlatformRole } from '../identity.ts';

/**
 * The authorization rules as pure predicates over the signed identity. They follow KubeSphere's
 * walk: platform role, then the workspace role (a namespace's workspace comes from its label),
 * then the project role; the first grant that allows wins, nothing else does. Grants are read
 * only through `workspaceRole` / `projectRole` (own-property lookups), so a tenant named
 * `constructor` or `__proto__` never matches an inherited member.
 *
 * Callers use these through `policies` and `projectAccess` / `workspaceAccess`; they are
 * exported for the access layer's own tests and for list filters.
 */

export type SignedInUser = Identity & { kind: 'user'; userId: string; username: string };

export function requireUser(id: Identity): SignedInUser {
  if (id.kind !== 'user' || !id.userId || !id.username) throw unauthenticated();
  return id as SignedInUser;
}

const isUser = (id: Identity) => id.kind === 'user';

/** A caller holding a READ_ONLY API token: it may read what its user may, and change nothing. */
export const isReadOnly = (id: Identity) => id.readOnly === true;

export const READ_ONLY_REFUSAL = 'This API token is read-only: it cannot change anything. Use a READ_WRITE token or sign in.';

/**
 * FORBIDDEN for a read-only caller. Every subgraph's server runs this for every mutation
 * (`startSubgraph`), and the write policies check the same flag, so no mutation of any
 * subgraph can slip past it.
 */
export function refuseReadOnly(id: Identity): void {
  if (isReadOnly(id)) throw forbidden(READ_ONLY_REFUSAL);
}

export const isPlatformAdmin = (id: Identity) => isUser(id) && id.platformRole === 'platform-admin';

/** Platform admins and self-provisioners create workspaces. */
export const platformRoleCreatesWorkspaces = (role: PlatformRole | string | undefined) => role === 'platform-admin' || role === 'platform-self-provisioner';

/** A workspace is visible to platform admins, its members, and members of any of its projects. */
export function canViewWorkspace(id: Identity, workspace: string, projectsOfWorkspace: readonly string[] = []): boolean {
  if (!isUser(id)) return false;
  if (isPlatformAdmin(id) || workspaceRole(id, workspace)) return true;
  return projectsOfWorkspace.some((ns) => projectRole(id, ns) !== undefined);
}

/** Listing and granting workspace members: its admins and platform admins. */
export const canManageWorkspace = (id: Identity, workspace: string) => isPlatformAdmin(id) || (isUser(id) && workspaceRole(id, workspace) === 'workspace-admin');

export const canCreateProjectIn = (id: Identity, workspace: string) =>
  canManageWorkspace(id, workspace) || (isUser(id) && workspaceRole(id, workspace) === 'workspace-self-provisioner');

/**
 * A project (namespace) is visible to platform admins, to workspace admins and viewers of its
 * workspace, and to its own members. `workspace` is the namespace's workspace label, or
 * undefined for a namespace outside every workspace (then only platform admins and its members).
 */
export function canViewProject(id: Identity, namespace: string, workspace: string | undefined): boolean {
  if (!isUser(id)) return false;
  if (isPlatformAdmin(id) || projectRole(id, namespace)) return true;
  if (!workspace) return false;
  const role = workspaceRole(id, workspace);
  return role === 'workspace-admin' || role === 'workspace-viewer';
}

/** Changing things in a project: admins and operators of it, workspace admins, platform admins. */
export function canEditProject(id: Identity, namespace: string, workspace: string | undefined): boolean {
  if (!isUser(id)) return false;
  if (isPlatformAdmin(id)) return true;
  const role = projectRole(id, namespace);
  if (role === 'admin' || role === 'operator') return true;
  return !!workspace && workspaceRole(id, workspace) === 'workspace-admin';
}

/** Granting roles in a project: its admins, workspace admins of its workspace, platform admins. */
export function canManageProjectMembers(id: Identity, namespace: string, workspace: string | undefined): boolean {
  if (!isUser(id)) return false;
  if (isPlatformAdmin(id) || projectRole(id, namespace) === 'admin') return true;
  return !!workspace && workspaceRole(id, workspace) === 'workspace-admin';
}

/** A workspace's private app templates are seen by its members (any role) and platform admins. */
export const canUseWorkspaceTemplates = (id: Identity, workspace: string) => isPlatformAdmin(id) || (isUser(id) && workspaceRole(id, workspace) !== undefined);

/**
 * Administering an app template (seeing its unreleased versions): platform admins, and for a
 * workspace's private template, that workspace's admins. `workspace` null = the public store.
 */
export const canAdministerTemplate = (id: Identity, workspace: string | null) =>
  isPlatformAdmin(id) || (!!workspace && isUser(id) && workspaceRole(id, workspace) === 'workspace-admin');
