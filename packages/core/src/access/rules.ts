import { forbidden, unauthenticated } from '../errors.ts';
import { customProjectBundles, customWorkspaceBundles, projectRole, workspaceRole, type Identity, type PlatformRole } from '../identity.ts';
import { hasBundle, PLATFORM_ROLE_BUNDLES, PROJECT_ROLE_BUNDLES, projectPart, WORKSPACE_ROLE_BUNDLES, type Bundle, type BundleMask } from './bundles.ts';

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
  if (isPlatformAdmin(id) || isWorkspaceMember(id, workspace)) return true;
  return projectsOfWorkspace.some((ns) => isProjectMember(id, ns));
}

/** Any grant in the workspace, built-in or custom (even one of no bundles). */
export const isWorkspaceMember = (id: Identity, workspace: string) => workspaceRole(id, workspace) !== undefined || customWorkspaceBundles(id, workspace) !== undefined;
/** Any direct grant in the project, built-in or custom. */
export const isProjectMember = (id: Identity, namespace: string) => projectRole(id, namespace) !== undefined || customProjectBundles(id, namespace) !== undefined;

/**
 * The bundles the caller holds in a workspace, from every grant: platform role, built-in
 * workspace role, custom workspace role. Read-only tokens are refused writes by the policies.
 */
export function workspaceBundles(id: Identity, workspace: string): BundleMask {
  if (!isUser(id)) return 0;
  const role = workspaceRole(id, workspace);
  return PLATFORM_ROLE_BUNDLES[id.platformRole as PlatformRole] | (role ? WORKSPACE_ROLE_BUNDLES[role] : 0) | (customWorkspaceBundles(id, workspace) ?? 0);
}

/**
 * The bundles the caller holds in a project (namespace), from every grant: platform role, the
 * project bundles of a workspace grant (`workspace` = the namespace's workspace label), the
 * project role, a custom project role. The first grant that allows wins, as in KubeSphere.
 */
export function projectBundles(id: Identity, namespace: string, workspace: string | undefined): BundleMask {
  if (!isUser(id)) return 0;
  const role = projectRole(id, namespace);
  let mask = projectPart(PLATFORM_ROLE_BUNDLES[id.platformRole as PlatformRole] ?? 0) | (role ? PROJECT_ROLE_BUNDLES[role] : 0) | (customProjectBundles(id, namespace) ?? 0);
  if (workspace !== undefined) mask |= projectPart(workspaceBundles(id, workspace));
  return projectPart(mask);
}

export const holdsInProject = (id: Identity, bundle: Bundle, namespace: string, workspace: string | undefined) => hasBundle(projectBundles(id, namespace, workspace), bundle);
export const holdsInWorkspace = (id: Identity, bundle: Bundle, workspace: string) => hasBundle(workspaceBundles(id, workspace), bundle);

/** Changing a workspace (display name, quotas, isolation) or deleting it: manage-settings there. */
export const canManageWorkspace = (id: Identity, workspace: string) => holdsInWorkspace(id, 'manage-settings', workspace);

/** Listing and granting workspace members, and managing its custom roles: manage-members there. */
export const canManageWorkspaceMembers = (id: Identity, workspace: string) => holdsInWorkspace(id, 'manage-members', workspace);

export const canCreateProjectIn = (id: Identity, workspace: string) => holdsInWorkspace(id, 'create-projects', workspace);

/**
 * A project (namespace) is visible to platform admins, to its own members (any grant, built-in
 * or custom), and through a workspace grant that holds some bundle in its projects (workspace
 * admins and viewers, custom workspace roles). `workspace` is the namespace's workspace label, or
 * undefined for a namespace outside every workspace (then only platform admins and its members).
 */
export function canViewProject(id: Identity, namespace: string, workspace: string | undefined): boolean {
  if (!isUser(id)) return false;
  return isPlatformAdmin(id) || isProjectMember(id, namespace) || projectBundles(id, namespace, workspace) !== 0;
}

/** Changing workloads in a project: the manage-workloads bundle (admins, operators, workspace admins, platform admins). */
export const canEditProject = (id: Identity, namespace: string, workspace: string | undefined) => holdsInProject(id, 'manage-workloads', namespace, workspace);

/** Granting roles in a project: the manage-members bundle (its admins, workspace admins, platform admins). */
export const canManageProjectMembers = (id: Identity, namespace: string, workspace: string | undefined) => holdsInProject(id, 'manage-members', namespace, workspace);

/** Changing a project's settings or deleting it: the manage-settings bundle. */
export const canManageProjectSettings = (id: Identity, namespace: string, workspace: string | undefined) => holdsInProject(id, 'manage-settings', namespace, workspace);

/** A workspace's private app templates are seen by its members (any role) and platform admins. */
export const canUseWorkspaceTemplates = (id: Identity, workspace: string) => isPlatformAdmin(id) || (isUser(id) && isWorkspaceMember(id, workspace));

/**
 * Administering an app template (seeing its unreleased versions): platform admins, and for a
 * workspace's private template, that workspace's admins. `workspace` null = the public store.
 */
export const canAdministerTemplate = (id: Identity, workspace: string | null) =>
  isPlatformAdmin(id) || (!!workspace && canManageWorkspace(id, workspace));
