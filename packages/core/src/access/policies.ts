import { forbidden } from '../errors.ts';
import { normalizeIdentity, type Identity, type PlatformRole } from '../identity.ts';
import { hasBundle, WRITE_BUNDLES, type Bundle } from './bundles.ts';
import * as rules from './rules.ts';

const isWriteBundle = (bundle: Bundle) => hasBundle(WRITE_BUNDLES, bundle);

/**
 * Named permission checks. A mutation calls `.enforce(identity)`; the matching capability field
 * (`me.canCreateWorkspace`, `Workspace.viewerCanCreateProject`, `Project.viewerCanEdit`, …)
 * answers `.allows(identity)` of the very same policy, so the console never offers an action that
 * the API then refuses. `enforce` is for callers who may already see the scope: hiding a scope
 * (NOT_FOUND) is `projectAccess` / `workspaceAccess`'s job and comes first.
 */
export interface Policy {
  readonly name: string;
  allows(id: Identity): boolean;
  /** UNAUTHENTICATED for an anonymous caller, FORBIDDEN when the rule does not allow. */
  enforce(id: Identity): void;
}

/** Which project a project policy is about: the namespace and its workspace label. */
export interface ProjectScope {
  namespace: string;
  workspace: string | undefined;
}

/**
 * `write`: the policy is about changing something, so a read-only API token never passes it
 * (and capability fields built on it answer false for such a caller).
 */
function policy(name: string, allows: (id: Identity) => boolean, denied: string, opts: { write?: boolean } = {}): Policy {
  const writeRefused = (id: Identity) => !!opts.write && rules.isReadOnly(id);
  return {
    name,
    allows: (id) => id.kind === 'user' && !writeRefused(id) && allows(id),
    enforce(id) {
      rules.requireUser(id);
      if (writeRefused(id)) throw forbidden(rules.READ_ONLY_REFUSAL);
      if (!allows(id)) throw forbidden(denied);
    },
  };
}

const WRITE = { write: true };

export const policies = {
  createWorkspace: policy('createWorkspace', (id) => rules.platformRoleCreatesWorkspaces(id.platformRole), 'Creating workspaces needs the platform-admin or platform-self-provisioner role.', WRITE),

  manageUsers: policy('manageUsers', rules.isPlatformAdmin, 'Managing users needs the platform-admin role.'),

  /** Cluster-scoped Kubernetes objects (nodes, persistent volumes, storage classes): platform admins. */
  viewCluster: policy('viewCluster', rules.isPlatformAdmin, 'Cluster resources (nodes, persistent volumes, storage classes) are for platform admins only.'),
  manageCluster: policy('manageCluster', rules.isPlatformAdmin, 'Changing cluster resources (cordon, drain) needs the platform-admin role.', WRITE),

  /**
   * Disabling, enabling or deleting another user's account (platform admins). Never one's own:
   * an admin cannot lock themselves out by mistake.
   */
  manageUserAccount: (userId: string) =>
    policy('manageUserAccount', (id) => rules.isPlatformAdmin(id) && id.userId !== userId, 'Disabling or deleting users needs the platform-admin role, and never applies to your own account.', WRITE),

  /** Renaming (display name, description) or deleting a workspace: its admins and platform admins. */
  manageWorkspace: (workspace: string) =>
    policy('manageWorkspace', (id) => rules.canManageWorkspace(id, workspace), `Only admins of workspace "${workspace}" may change or delete it.`, WRITE),

  manageWorkspaceMembers: (workspace: string) =>
    policy('manageWorkspaceMembers', (id) => rules.canManageWorkspaceMembers(id, workspace), `Only admins of workspace "${workspace}" may list or add its members.`),

  /**
   * Creating, changing and deleting custom roles of a workspace or of one of its projects: the
   * workspace's manage-members bundle (workspace admins) and platform admins; never a project admin.
   */
  manageRoles: (workspace: string) =>
    policy('manageRoles', (id) => rules.canManageWorkspaceMembers(id, workspace), `Only admins of workspace "${workspace}" may manage its roles.`, WRITE),

  /** Holding one bundle in a project (`projectAccess(...).require(bundle)` enforces it). */
  projectBundle: (p: ProjectScope, bundle: Bundle) =>
    policy(`projectBundle:${bundle}`, (id) => rules.holdsInProject(id, bundle, p.namespace, p.workspace), `You may not do this in project "${p.namespace}": it needs the ${bundle} permission.`, { write: isWriteBundle(bundle) }),

  /** Holding one bundle in a workspace. */
  workspaceBundle: (workspace: string, bundle: Bundle) =>
    policy(`workspaceBundle:${bundle}`, (id) => rules.holdsInWorkspace(id, bundle, workspace), `You may not do this in workspace "${workspace}": it needs the ${bundle} permission.`, { write: isWriteBundle(bundle) }),

  createProjectIn: (workspace: string) =>
    policy(
      'createProjectIn',
      (id) => rules.canCreateProjectIn(id, workspace),
      `Creating projects in workspace "${workspace}" needs its workspace-admin or workspace-self-provisioner role.`,
      WRITE,
    ),

  /** Seeing a project; `projectAccess(...).view()` turns a refusal into NOT_FOUND, not FORBIDDEN. */
  viewProject: (p: ProjectScope) => policy('viewProject', (id) => rules.canViewProject(id, p.namespace, p.workspace), `You may not view project "${p.namespace}".`),

  editProject: (p: ProjectScope) =>
    policy('editProject', (id) => rules.canEditProject(id, p.namespace, p.workspace), `You may not change project "${p.namespace}": an admin or operator role in it is needed.`, WRITE),

  manageProjectMembers: (p: ProjectScope) =>
    policy('manageProjectMembers', (id) => rules.canManageProjectMembers(id, p.namespace, p.workspace), `Only admins of project "${p.namespace}" may add members to it.`, WRITE),

  /** Changing a project's display name or description, or deleting it: its admins, workspace admins, platform admins. */
  manageProject: (p: ProjectScope) =>
    policy('manageProject', (id) => rules.canManageProjectSettings(id, p.namespace, p.workspace), `Only admins of project "${p.namespace}" may change or delete it.`, WRITE),

  useWorkspaceTemplates: (workspace: string) =>
    policy('useWorkspaceTemplates', (id) => rules.canUseWorkspaceTemplates(id, workspace), `Only members of workspace "${workspace}" see its app templates.`),

  /** `workspace` null = a template of the public store (platform admins only). */
  administerTemplate: (workspace: string | null) =>
    policy('administerTemplate', (id) => rules.canAdministerTemplate(id, workspace), 'Administering this app template needs the workspace-admin or platform-admin role.'),
};

/**
 * An identity holding only a platform role, for capability fields of a stored user
 * (`User.canCreateWorkspace`) that report what that user's own identity will be allowed.
 */
export const platformSubject = (platformRole: PlatformRole): Identity => normalizeIdentity({ kind: 'user', userId: '-', username: '-', platformRole, workspaces: {}, projects: {} });
