import type { Identity } from '../identity.ts';
import type { Bundle } from './bundles.ts';
import { readyDirectory, type NamespaceDirectoryInput } from './directory.ts';
import { hiddenOrMissing } from './hidden.ts';
import { policies, type ProjectScope } from './policies.ts';
import { canViewProject, holdsInProject, requireUser } from './rules.ts';

/**
 * Access to one project (namespace), the check every resolver that touches tenant data runs:
 * wait (bounded) for the namespace directory, read the namespace's workspace label, apply the
 * rule. A project the caller may not see and one that does not exist give the same NOT_FOUND.
 *
 *   const p = await projectAccess(ctx.identity, directory, namespace).view();
 *   await projectAccess(ctx.identity, directory, namespace).edit();   // + FORBIDDEN if read-only
 */
export function projectAccess(identity: Identity, directory: NamespaceDirectoryInput, namespace: string) {
  async function view(): Promise<ProjectScope> {
    requireUser(identity);
    const dir = await readyDirectory(directory);
    const scope = { namespace, workspace: dir.workspaceOf(namespace) };
    // Visibility before existence, and one error for both: nothing tells the two apart.
    if (!policies.viewProject(scope).allows(identity) || !dir.get(namespace)) throw hiddenOrMissing('Project', namespace);
    return scope;
  }

  return {
    namespace,
    /** The project's scope if the caller may see it; NOT_FOUND otherwise (also when it does not exist). */
    view,
    /** As `view`, then FORBIDDEN unless the caller may change workloads (the manage-workloads bundle). */
    async edit(): Promise<ProjectScope> {
      const scope = await view();
      policies.editProject(scope).enforce(identity);
      return scope;
    },
    /**
     * As `view`, then FORBIDDEN unless the caller holds `bundle` in the project (from any grant:
     * platform, workspace, project, custom role); a write bundle also refuses read-only tokens.
     *   await projectAccess(ctx.identity, dir, ns).require('view-logs');
     */
    async require(bundle: Bundle): Promise<ProjectScope> {
      const scope = await view();
      policies.projectBundle(scope, bundle).enforce(identity);
      return scope;
    },
    /** As `view`, then FORBIDDEN unless the caller may grant roles in the project. */
    async manageMembers(): Promise<ProjectScope> {
      const scope = await view();
      policies.manageProjectMembers(scope).enforce(identity);
      return scope;
    },
  };
}

/**
 * Every existing namespace the caller may view (and, given `bundle`, holds it in), sorted by
 * name (e.g. a log search over "all mine" needs view-logs).
 */
export async function viewableNamespaces(identity: Identity, directory: NamespaceDirectoryInput, bundle?: Bundle): Promise<string[]> {
  requireUser(identity);
  const dir = await readyDirectory(directory);
  return dir
    .list()
    .map((ns) => ns.metadata?.name ?? '')
    .filter((name) => name && canViewProject(identity, name, dir.workspaceOf(name)) && (!bundle || holdsInProject(identity, bundle, name, dir.workspaceOf(name))))
    .sort();
}
