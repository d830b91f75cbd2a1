import { normalizeIdentity, type Identity, type ProjectRole } from '../identity.ts';
import { canEditProject, canManageProjectMembers, canViewProject } from './rules.ts';

/**
 * The role an identity effectively holds in one project, whatever grant it comes from (platform,
 * workspace or project role), as the project role that allows exactly as much there:
 * managing members → admin, changing things → operator, seeing it → viewer.
 */
export function effectiveProjectRole(id: Identity, namespace: string, workspace: string | undefined): ProjectRole | undefined {
  if (canManageProjectMembers(id, namespace, workspace)) return 'admin';
  if (canEditProject(id, namespace, workspace)) return 'operator';
  if (canViewProject(id, namespace, workspace)) return 'viewer';
  return undefined;
}

/**
 * An identity narrowed to a chosen set of projects (an API token limited to some projects):
 * each project keeps the role the identity effectively holds there (none if it holds none now),
 * and every platform and workspace grant is dropped, so nothing outside the set is visible or
 * changeable. `workspaceOf` reads a namespace's workspace label.
 */
export function narrowToProjects(id: Identity, projects: readonly string[], workspaceOf: (namespace: string) => string | undefined): Identity {
  const table: Record<string, ProjectRole> = {};
  for (const namespace of projects) {
    const role = effectiveProjectRole(id, namespace, workspaceOf(namespace));
    if (role) table[namespace] = role;
  }
  return normalizeIdentity({ ...id, platformRole: 'platform-regular', workspaces: {}, projects: table });
}
