import { customProjectBundles, customWorkspaceBundles, projectRole, workspaceRole, type Identity } from '@meridian/core';

/**
 * Whether `next` may do less than `previous`: a platform role changed, or a workspace or project
 * grant was removed or changed. Live subscriptions were authorized with `previous`, so such a
 * change must end them; grants only added change nothing already running.
 */
export function grantsReduced(previous: Identity, next: Identity): boolean {
  if (previous.kind !== next.kind || previous.userId !== next.userId) return true;
  if (previous.platformRole !== next.platformRole) return true;
  for (const ws of Object.keys(previous.workspaces)) if (workspaceRole(next, ws) !== workspaceRole(previous, ws)) return true;
  for (const ns of Object.keys(previous.projects)) if (projectRole(next, ns) !== projectRole(previous, ns)) return true;
  // Custom roles: a grant gone or its bundles changed (a role edited) counts as reduced.
  for (const ws of Object.keys(previous.workspaceBundles ?? {})) if (customWorkspaceBundles(next, ws) !== customWorkspaceBundles(previous, ws)) return true;
  for (const ns of Object.keys(previous.projectBundles ?? {})) if (customProjectBundles(next, ns) !== customProjectBundles(previous, ns)) return true;
  return false;
}
