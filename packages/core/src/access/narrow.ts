import { normalizeIdentity, type Identity, type ProjectRole } from '../identity.ts';
import { PROJECT_ROLE_BUNDLES, type BundleMask } from './bundles.ts';
import { canViewProject, projectBundles } from './rules.ts';

const BUILT_IN = Object.entries(PROJECT_ROLE_BUNDLES) as [ProjectRole, BundleMask][];

/**
 * The role an identity effectively holds in one project, whatever grant it comes from (platform,
 * workspace, project or custom role): the built-in project role with exactly those bundles, else
 * the bundles themselves (`custom`); undefined when it cannot see the project.
 */
export function effectiveProjectGrant(id: Identity, namespace: string, workspace: string | undefined): { role: ProjectRole } | { custom: BundleMask } | undefined {
  if (!canViewProject(id, namespace, workspace)) return undefined;
  const mask = projectBundles(id, namespace, workspace);
  const role = BUILT_IN.find(([, m]) => m === mask)?.[0];
  return role ? { role } : { custom: mask };
}

/**
 * An identity narrowed to a chosen set of projects (an API token limited to some projects):
 * each project keeps the bundles the identity effectively holds there (none if it holds none
 * now), and every platform and workspace grant is dropped, so nothing outside the set is visible
 * or changeable. `workspaceOf` reads a namespace's workspace label.
 */
export function narrowToProjects(id: Identity, projects: readonly string[], workspaceOf: (namespace: string) => string | undefined): Identity {
  const roles: Record<string, ProjectRole> = {};
  const custom: Record<string, BundleMask> = {};
  for (const namespace of projects) {
    const grant = effectiveProjectGrant(id, namespace, workspaceOf(namespace));
    if (grant && 'role' in grant) roles[namespace] = grant.role;
    else if (grant) custom[namespace] = grant.custom;
  }
  return normalizeIdentity({ ...id, platformRole: 'platform-regular', workspaces: {}, projects: roles, workspaceBundles: {}, projectBundles: custom });
}

/** The built-in project role with exactly the bundles the identity holds there (undefined for none or a custom mix). */
export function effectiveProjectRole(id: Identity, namespace: string, workspace: string | undefined): ProjectRole | undefined {
  const grant = effectiveProjectGrant(id, namespace, workspace);
  return grant && 'role' in grant ? grant.role : undefined;
}
