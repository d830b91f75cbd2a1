/**
 * Who may see or run what: DevOps projects are authorized like projects, through the access
 * layer (the namespace's workspace from the shared directory), with the DevOps bundles: seeing
 * pipelines, runs, logs and credentials needs `view-pipelines` in the project, changing or running
 * them `manage-pipelines`. A name the caller may not see, a missing one, a namespace that is no
 * DevOps project and one where the caller lacks view-pipelines all answer the same NOT_FOUND,
 * so other tenants' project names (and whether a project has pipelines) do not leak.
 */
import { badInput, hiddenOrMissing, holdsInProject, policies, projectAccess, requireUser, type Identity } from '@meridian/core';
import type { DevOpsSources } from './context.ts';
import type { DevOpsProjectModel } from './models.ts';

/** What access checks need of a request (a GraphQL context, or the log download route's). */
export interface AccessContext {
  identity: Identity;
  sources: DevOpsSources;
}

/** Jenkins item names: no path separators (they would reach into other folders), no URL tricks. */
export function checkName(value: string, field: string): string {
  if (!value || value.length > 255 || /[/\\?#%]/.test(value) || value === '.' || value === '..') {
    throw badInput(`"${value}" is not a valid ${field} name.`, field);
  }
  return value;
}

/** A namespace name (DNS-1123 label), which a DevOps project also is. */
export function checkProjectName(value: string): string {
  if (!/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/.test(value)) {
    throw badInput(`"${value}" is not a valid project name: lowercase letters, digits and '-', at most 63, starting and ending with a letter or digit.`, 'name');
  }
  return value;
}

export async function viewableProject(ctx: AccessContext, name: string): Promise<DevOpsProjectModel> {
  requireUser(ctx.identity);
  checkName(name, 'project');
  const scope = await projectAccess(ctx.identity, ctx.sources.projects.namespaces, name).view();
  // Without view-pipelines the DevOps side of a project is hidden, not refused: a member who
  // sees only its workloads learns nothing of its pipelines, not even that there are some.
  const found = await ctx.sources.projects.lookup(name);
  if (!found?.project || !holdsInProject(ctx.identity, 'view-pipelines', scope.namespace, scope.workspace)) throw hiddenOrMissing('DevOps project', name);
  return found.project;
}

export const managePipelines = (ctx: AccessContext, project: DevOpsProjectModel) =>
  policies.projectBundle({ namespace: project.name, workspace: project.workspace ?? undefined }, 'manage-pipelines');

/** As viewableProject, then FORBIDDEN unless the caller holds manage-pipelines in the project. */
export async function editableProject(ctx: AccessContext, name: string): Promise<DevOpsProjectModel> {
  const project = await viewableProject(ctx, name);
  managePipelines(ctx, project).enforce(ctx.identity);
  return project;
}

/** Deleting the DevOps project (its folder and namespace) is a project setting: manage-settings. */
export const manageDevOpsProject = (project: DevOpsProjectModel) =>
  policies.manageProject({ namespace: project.name, workspace: project.workspace ?? undefined });
