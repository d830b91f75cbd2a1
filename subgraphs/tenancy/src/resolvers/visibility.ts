import { hiddenOrMissing, projectAccess, visibleWorkspaces, workspaceAccess, type Identity } from '@meridian/core';
import type { ProjectRow } from '../sources/namespaces.ts';
import type { TenancyContext } from '../context.ts';
import type { WorkspaceRow } from '../sources/workspaces.ts';

/**
 * Which workspaces a caller may see (the access layer's rule: membership, or a project in it);
 * while Kubernetes is down the project part is left out rather than failing the whole list.
 */
export function visibleWorkspaceNames(id: Identity, ctx: TenancyContext): Promise<string[] | 'all'> {
  return visibleWorkspaces(id, ctx.sources.namespaces.directory, (err) =>
    ctx.log.warn({ err }, 'workspaces reached through project membership are left out: Kubernetes is unavailable'),
  );
}

/** The workspace if the caller may see it; NOT_FOUND otherwise, the same as when it does not exist. */
export async function loadVisibleWorkspace(name: string, ctx: TenancyContext): Promise<WorkspaceRow> {
  await workspaceAccess(ctx.identity, ctx.sources.namespaces.directory, name).view();
  const row = await ctx.loaders.workspaceByName.load(name);
  if (!row) throw hiddenOrMissing('Workspace', name);
  return row;
}

/** The project if the caller may see it; NOT_FOUND otherwise (also when it does not exist). */
export async function loadVisibleProject(name: string, ctx: TenancyContext): Promise<ProjectRow> {
  await projectAccess(ctx.identity, ctx.sources.namespaces.directory, name).view();
  const row = await ctx.loaders.projectByName.load(name);
  if (!row) throw hiddenOrMissing('Project', name);
  return row;
}
