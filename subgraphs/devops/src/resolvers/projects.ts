/** DevOps projects: lookups, the entity, and the pipelines of a project's Jenkins folder. */
import { holdsInProject, requireUser, workspaceAccess } from '@meridian/core';
import type { DevOpsProjectResolvers, QueryResolvers } from '../generated/resolvers.ts';
import type { DevOpsContext } from '../context.ts';
import { checkName, viewableProject } from '../access.ts';
import { offsetWindow, pageAtOffset } from '@meridian/core/paging/index';
import { fromJenkins } from '../upstream.ts';
import { JenkinsNotFoundError } from '../sources/jenkins.ts';

export const Query: QueryResolvers<DevOpsContext> = {
  async devopsProjects(_parent, { workspace }, ctx) {
    const id = requireUser(ctx.identity);
    // A workspace the caller may not see is NOT_FOUND, like one that does not exist.
    await workspaceAccess(id, ctx.sources.projects.namespaces, workspace).view();
    return (await ctx.sources.projects.inWorkspace(workspace)).filter((p) => holdsInProject(id, 'view-pipelines', p.name, p.workspace ?? undefined));
  },
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
};
