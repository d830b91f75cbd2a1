/**
 * Who may see or run what: DevOps projects are authorized exactly like projects, through the
 * access layer's projectAccess (the namespace's workspace from the shared directory). A name the
 * caller may not see, a missing one and a namespace that is no DevOps project all answer the
 * same NOT_FOUND, so other tenants' project names do not leak.
 */
import { badInput, hiddenOrMissing, policies, projectAccess, requireUser } from '@meridian/core';
import type { DevOpsContext } from './context.ts';
import type { DevOpsProjectModel } from './models.ts';

/** Jenkins item names: no path separators (they would reach into other folders), no URL tricks. */
export function checkName(value: string, field: string): string {
  if (!value || value.length > 255 || /[/\\?#%]/.test(value) || value === '.' || value === '..') {
    throw badInput(`"${value}" is not a valid ${field} name.`, field);
  }
  return value;
}

export async function viewableProject(ctx: DevOpsContext, name: string): Promise<DevOpsProjectModel> {
  requireUser(ctx.identity);
  checkName(name, 'project');
  await projectAccess(ctx.identity, ctx.sources.projects.namespaces, name).require('view-pipelines');
  const found = await ctx.sources.projects.lookup(name);
  if (!found?.project) throw hiddenOrMissing('DevOps project', name);
  return found.project;
}

/** As viewableProject, then FORBIDDEN unless the caller holds manage-pipelines in the project. */
export async function editableProject(ctx: DevOpsContext, name: string): Promise<DevOpsProjectModel> {
  const project = await viewableProject(ctx, name);
  policies.projectBundle({ namespace: name, workspace: project.workspace ?? undefined }, 'manage-pipelines').enforce(ctx.identity);
  return project;
}
