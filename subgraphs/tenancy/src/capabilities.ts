import { canManageWorkspace, isPlatformAdmin, projectRole, workspaceRole, type Identity, type PlatformRole } from '@meridian/core';

/**
 * Tenancy's own permission rules, in one place: the mutations enforce them and the `viewer*` /
 * `can*` fields report them, so the console offers exactly the actions that will succeed.
 * (Project editing is the shared rule in @meridian/core authz: `canEditProject`.)
 */

const mayCreateWorkspaces = (role: string | undefined) => role === 'platform-admin' || role === 'platform-self-provisioner';

/** Platform admins and self-provisioners create workspaces. */
export const canCreateWorkspace = (id: Identity) => id.kind === 'user' && mayCreateWorkspaces(id.platformRole);

/** The same rule for a stored user (their platform role), as `User.canCreateWorkspace` reports it. */
export const platformRoleCanCreateWorkspace = (role: PlatformRole | string) => mayCreateWorkspaces(role);

/** Users are listed, created and re-roled by platform admins only. */
export const canManageUsers = (id: Identity) => isPlatformAdmin(id);

export const canCreateProjectIn = (id: Identity, workspace: string) =>
  canManageWorkspace(id, workspace) || (id.kind === 'user' && workspaceRole(id, workspace) === 'workspace-self-provisioner');

/** Granting roles in a project: its admins, workspace admins of its workspace, platform admins. */
export const canManageProject = (id: Identity, namespace: string, workspace: string | undefined) =>
  isPlatformAdmin(id) ||
  (id.kind === 'user' && (projectRole(id, namespace) === 'admin' || (!!workspace && workspaceRole(id, workspace) === 'workspace-admin')));
