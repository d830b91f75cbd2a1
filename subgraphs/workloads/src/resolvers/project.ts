import { projectAccess } from '@meridian/core';
import type { WorkloadsContext } from '../context.ts';
import type { ProjectResolvers } from '../generated/resolvers.ts';
import { deploymentPage, podPage } from './lists.ts';

/** Workloads' part of the Project entity: its pods and deployments, from the caches. */
export const Project: ProjectResolvers<WorkloadsContext> = {
  // Only the key is known here; each field below checks that the caller may view the project,
  // so `_entities` calls from the gateway are authorized exactly like direct ones.
  __resolveReference: (ref) => ({ name: ref.name }),

  async pods(project, args, ctx) {
    await projectAccess(ctx.identity, ctx.sources.kube.directory, project.name).view();
    const pods = await ctx.sources.kube.pods.readable();
    return podPage(pods.inNamespace(project.name), args);
  },

  async deployments(project, args, ctx) {
    await projectAccess(ctx.identity, ctx.sources.kube.directory, project.name).view();
    const deployments = await ctx.sources.kube.deployments.readable();
    return deploymentPage(deployments.inNamespace(project.name), args);
  },
};
