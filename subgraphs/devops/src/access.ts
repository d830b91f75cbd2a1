/**
 * Who may see or run what: DevOps projects are authorized exactly like projects, with the
 * namespace's workspace (core authz). A name the caller may not see is FORBIDDEN whether or not
 * it exists, so that other tenants' project names do not leak.
 */
import { assertCanEditProject, assertCanViewProject, badInput, notFound, requireUser } from '@meridian/core';
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
  const found = await ctx.sources.projects.lookup(name);
  // Authorization first: callers who may not see the name learn nothing about whether it exists.
  assertCanViewProject(ctx.identity, name, found?.workspace);
  if (!found?.project) throw notFound('DevOps project', name);
  return found.project;
}

export async function editableProject(ctx: DevOpsContext, name: string): Promise<DevOpsProjectModel> {
  const project = await viewableProject(ctx, name);
  assertCanEditProject(ctx.identity, name, project.workspace ?? undefined);
  return project;
}
