import { canViewWorkspace, isPlatformAdmin, notFound, requireUser, type Identity } from '@meridian/core';
import type { TenancyContext } from '../context.ts';
import type { WorkspaceRow } from '../sources/workspaces.ts';

/**
 * Which workspaces a caller may see: those they are a member of, plus those holding a project
 * they are a member of (that part needs the namespace labels; while Kubernetes is down it is
 * left out rather than failing the whole list).
 */
export async function visibleWorkspaceNames(id: Identity, ctx: TenancyContext): Promise<string[] | 'all'> {
  if (isPlatformAdmin(id)) return 'all';
  const names = new Set(Object.keys(id.workspaces));
  const projects = Object.keys(id.projects);
  if (projects.length) {
    try {
      for (const ns of projects) {
        const ws = await ctx.sources.namespaces.workspaceOf(ns);
        if (ws) names.add(ws);
      }
    } catch (err) {
      ctx.log.warn({ err }, 'workspaces reached through project membership are left out: Kubernetes is unavailable');
    }
  }
  return [...names];
}

/** The caller's projects that are labelled with `workspace`. */
async function memberProjectsIn(id: Identity, workspace: string, ctx: TenancyContext): Promise<string[]> {
  const mine: string[] = [];
  for (const ns of Object.keys(id.projects)) {
    if ((await ctx.sources.namespaces.workspaceOf(ns).catch(() => undefined)) === workspace) mine.push(ns);
  }
  return mine;
}

/** The workspace if the caller may see it; NOT_FOUND otherwise, the same as when it does not exist. */
export async function loadVisibleWorkspace(name: string, ctx: TenancyContext): Promise<WorkspaceRow> {
  const id = requireUser(ctx.identity);
  const visible = canViewWorkspace(id, name) || canViewWorkspace(id, name, await memberProjectsIn(id, name, ctx));
  const row = visible ? await ctx.sources.workspaces.get(name) : null;
  if (!row) throw notFound('Workspace', name);
  return row;
}
