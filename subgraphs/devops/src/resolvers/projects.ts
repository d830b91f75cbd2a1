/** DevOps projects: lookups, the entity, the pipelines of a project's Jenkins folder, create and delete. */
import { badInput, policies, requireUser, workspaceAccess } from '@meridian/core';
import type { DevOpsProjectResolvers, MutationResolvers, QueryResolvers } from '../generated/resolvers.ts';
import type { DevOpsContext } from '../context.ts';
import { checkName, checkProjectName, manageDevOpsProject, managePipelines, viewableProject } from '../access.ts';
import { offsetWindow, pageAtOffset } from '@meridian/core/paging/index';
import { fromJenkins } from '../upstream.ts';
import { JenkinsNotFoundError } from '../sources/jenkins.ts';
import { createFolder, deleteItem, folderDescription, JenkinsItemExistsError } from '../sources/jenkins-items.ts';
import { credentials, devopsProjects } from './project-lists.ts';

export const Query: QueryResolvers<DevOpsContext> = {
  devopsProjects,
  devopsProject: (_parent, { name }, ctx) => viewableProject(ctx, name),
};

export const DevOpsProject: DevOpsProjectResolvers<DevOpsContext> = {
  __resolveReference: (ref, ctx) => viewableProject(ctx, ref.name),
  async pipeline(project, { name }, { sources: { jenkins } }) {
    checkName(name, 'pipeline');
    const p = await fromJenkins({ what: 'Pipeline', name: `${project.name}/${name}` }, () => jenkins.getPipeline(project.name, name));
    return { project: project.name, ...p };
  },
  async pipelines(project, { first, after }, { sources: { jenkins } }) {
    // Jenkins pages jobs only by position ({M,N}): offset cursors, bound to this project.
    const w = offsetWindow({ list: `pipelines:${project.name}`, first, after });
    return fromJenkins(null, async () => {
      const page = await jenkins.listPipelines(project.name, w.offset, w.limit).catch((err: unknown) => {
        // A project whose folder Jenkins does not have (yet) simply has no pipelines.
        if (err instanceof JenkinsNotFoundError) return { items: [], hasMore: false };
        throw err;
      });
      return pageAtOffset(
        page.items.map((p) => ({ project: project.name, ...p })),
        w,
        page.hasMore,
      );
    });
  },
  description: (project, _args, { sources: { jenkins } }) =>
    fromJenkins(null, () => folderDescription(jenkins, project.name).catch((err: unknown) => (err instanceof JenkinsNotFoundError ? null : Promise.reject(err)))),
  credentials,
  createdAt: (project, _args, ctx) => ctx.sources.projects.createdAt(project.name),
  viewerCanManagePipelines: (project, _args, ctx) => managePipelines(ctx, project).allows(ctx.identity),
  viewerCanDelete: (project, _args, ctx) => manageDevOpsProject(project).allows(ctx.identity),
};

export const Mutation: MutationResolvers<DevOpsContext> = {
  async createDevOpsProject(_parent, { workspace, name, description }, ctx) {
    const id = requireUser(ctx.identity);
    const { projects, jenkins } = ctx.sources;
    await workspaceAccess(id, projects.namespaces, workspace).view();
    checkProjectName(name);
    if ((description ?? '').length > 1000) throw badInput('The description is longer than 1000 characters.', 'description');
    // An existing project of this workspace that the caller administers (made with tenancy's
    // createProject, so its creator and members keep their grants) becomes a DevOps project;
    // any other taken name is "not available", whoever holds it.
    const existing = await projects.lookup(name);
    const adopt = existing && existing.workspace === workspace && !existing.project && manageDevOpsProject({ name, workspace }).allows(id);
    if (existing && !adopt) throw badInput(`The name "${name}" is not available; choose another.`, 'name');
    if (!adopt) policies.createProjectIn(workspace).enforce(id);
    // The folder first: a folder left behind by a failed namespace create is harmless and
    // reused; a namespace without its folder would be a DevOps project Jenkins cannot serve.
    await fromJenkins(null, () =>
      createFolder(jenkins, name, description ?? '').catch((err: unknown) => {
        if (err instanceof JenkinsItemExistsError) return; // a folder without a namespace: adopt it
        throw err;
      }),
    );
    const project = adopt ? await projects.adopt(name) : await projects.create(name, workspace);
    ctx.log.info({ project: name, workspace, user: id.username, adopted: !!adopt }, 'DevOps project created');
    return project;
  },

  async deleteDevOpsProject(_parent, { name, confirm }, ctx) {
    const project = await viewableProject(ctx, name);
    manageDevOpsProject(project).enforce(ctx.identity);
    if (confirm !== name) throw badInput('Type the project name to confirm deleting it with all its pipelines, runs and credentials.', 'confirm');
    await fromJenkins(null, () => deleteItem(ctx.sources.jenkins, name).catch((err: unknown) => (err instanceof JenkinsNotFoundError ? undefined : Promise.reject(err))));
    await ctx.sources.projects.delete(name);
    ctx.log.info({ project: name, user: ctx.identity.username }, 'DevOps project deleted');
    return true;
  },
};
