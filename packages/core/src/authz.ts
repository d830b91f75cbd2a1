import { forbidden, unauthenticated } from './errors.ts';
import { projectRole, workspaceRole, type Identity } from './identity.ts';

/**
 * Authorization rules, in one place for every subgraph. They follow KubeSphere's walk:
 * platform role, then the workspace role (a namespace's workspace comes from its label),
 * then the project role. The first grant that allows wins; nothing else does.
 */

export function requireUser(id: Identity): Identity & { kind: 'user'; userId: string; username: string } {
  if (id.kind !== 'user' || !id.userId || !id.username) throw unauthenticated();
  return id as Identity & { kind: 'user'; userId: string; username: string };
}

export const isPlatformAdmin = (id: Identity) => id.kind === 'user' && id.platformRole === 'platform-admin';

/** A workspace is visible to platform admins, its members, and members of any of its projects. */
export function canViewWorkspace(id: Identity, workspace: string, projectsOfWorkspace: string[] = []): boolean {
  if (id.kind !== 'user') return false;
  if (isPlatformAdmin(id)) return true;
  if (workspaceRole(id, workspace)) return true;
  return projectsOfWorkspace.some((ns) => projectRole(id, ns) !== undefined);
}

export function canManageWorkspace(id: Identity, workspace: string): boolean {
  return isPlatformAdmin(id) || workspaceRole(id, workspace) === 'workspace-admin';
}

/**
 * A project (namespace) is visible to platform admins, to workspace admins and viewers of its
 * workspace, and to its own members. `workspace` is the namespace's workspace label, or
 * undefined for a namespace outside every workspace (then only platform admins see it).
 */
export function canViewProject(id: Identity, namespace: string, workspace: string | undefined): boolean {
  if (id.kind !== 'user') return false;
  if (isPlatformAdmin(id)) return true;
  if (projectRole(id, namespace)) return true;
  if (!workspace) return false;
  const role = workspaceRole(id, workspace);
  return role === 'workspace-admin' || role === 'workspace-viewer';
}

/** Changing things in a project: admins and operators of it, workspace admins, platform admins. */
export function canEditProject(id: Identity, namespace: string, workspace: string | undefined): boolean {
  if (id.kind !== 'user') return false;
  if (isPlatformAdmin(id)) return true;
  const role = projectRole(id, namespace);
  if (role === 'admin' || role === 'operator') return true;
  return !!workspace && workspaceRole(id, workspace) === 'workspace-admin';
}

export function assertCanViewProject(id: Identity, namespace: string, workspace: string | undefined): void {
  requireUser(id);
  if (!canViewProject(id, namespace, workspace)) {
    // Same message whether it exists or not: a caller must not learn other tenants' names.
    throw forbidden(`You may not view project "${namespace}", or it does not exist.`);
  }
}

export function assertCanEditProject(id: Identity, namespace: string, workspace: string | undefined): void {
  requireUser(id);
  if (!canEditProject(id, namespace, workspace)) {
    throw forbidden(`You may not change project "${namespace}": an admin or operator role in it is needed.`);
  }
}
