import { policies, projectAccess } from '@meridian/core';
import { Kinds, type KindDescriptor } from '@meridian/core/kube/index';
import type { WorkloadsContext } from '../context.ts';
import type { KubeObjectFilter } from '../generated/resolvers.ts';
import { deploymentPage, objectPage, podPage, type PageArgs } from './lists.ts';
import { kindArg } from './objects.ts';

type ListArgs = PageArgs & { filter?: KubeObjectFilter | null };

/** A namespaced kind's list in a project, after the caller is seen to view it. */
async function projectList(kind: KindDescriptor, project: string, args: ListArgs, ctx: WorkloadsContext) {
  await projectAccess(ctx.identity, ctx.sources.kube.directory, project).view();
  const cache = await ctx.sources.kube.cache(kind).readable();
  return objectPage(kind, cache.inNamespace(project), args);
}

/** A cluster-scoped kind's list: platform admins only. */
export async function clusterList(kind: KindDescriptor, args: ListArgs, ctx: WorkloadsContext) {
  policies.viewCluster.enforce(ctx.identity);
  const cache = await ctx.sources.kube.cache(kind).readable();
  return objectPage(kind, cache.inNamespace(''), args);
}

/** Every namespaced kind's list field (`configMaps`, `secrets`, …), from its module's `listField`. */
const kindLists = Object.fromEntries(
  Object.values(Kinds)
    .filter((k: KindDescriptor) => k.namespaced && k !== Kinds.Pod && k !== Kinds.Deployment)
    .map((k: KindDescriptor) => [k.listField, (project: { name: string }, args: ListArgs, ctx: WorkloadsContext) => projectList(k, project.name, args, ctx)]),
);

/** Workloads' part of the Project entity: what runs in it, from the caches. */
export const Project = {
  // Only the key is known here; each field below checks that the caller may view the project,
  // so `_entities` calls from the gateway are authorized exactly like direct ones.
  __resolveReference: (ref: { name: string }) => ({ name: ref.name }),

  async pods(project: { name: string }, args: Parameters<typeof podPage>[1], ctx: WorkloadsContext) {
    await projectAccess(ctx.identity, ctx.sources.kube.directory, project.name).view();
    const pods = await ctx.sources.kube.pods.readable();
    return podPage(pods.inNamespace(project.name), args);
  },

  async deployments(project: { name: string }, args: Parameters<typeof deploymentPage>[1], ctx: WorkloadsContext) {
    await projectAccess(ctx.identity, ctx.sources.kube.directory, project.name).view();
    const deployments = await ctx.sources.kube.deployments.readable();
    return deploymentPage(deployments.inNamespace(project.name), args);
  },

  objects: (project: { name: string }, args: ListArgs & { kind: string }, ctx: WorkloadsContext) => projectList(kindArg(args.kind, { namespaced: true }), project.name, args, ctx),

  ...kindLists,
};

export const clusterQueries = Object.fromEntries(
  Object.values(Kinds)
    .filter((k: KindDescriptor) => k.clusterAdmin)
    .map((k: KindDescriptor) => [k.listField, (_root: unknown, args: ListArgs, ctx: WorkloadsContext) => clusterList(k, args, ctx)]),
);
