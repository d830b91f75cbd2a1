import { badInput, hiddenOrMissing, projectAccess } from '@meridian/core';
import { selectorMatcher } from '@meridian/core/kube/index';
import type { DeploymentResolvers, MutationResolvers, QueryResolvers } from '../generated/resolvers.ts';
import type { WorkloadsContext } from '../context.ts';
import { toDeployment } from '../model.ts';
import { podPage } from './lists.ts';

export const MAX_REPLICAS = 1000;

export async function deploymentByKey(ctx: WorkloadsContext, namespace: string, name: string) {
  await projectAccess(ctx.identity, ctx.sources.kube.directory, namespace).view();
  return ctx.loaders.deployment.load({ namespace, name });
}

export const Deployment: DeploymentResolvers<WorkloadsContext> = {
  __resolveReference: (ref, ctx) => deploymentByKey(ctx, ref.namespace, ref.name),

  /** The pods its selector matches, from the pod cache of its namespace. */
  async pods(deployment, args, ctx) {
    await projectAccess(ctx.identity, ctx.sources.kube.directory, deployment.namespace).view();
    const [pods, deployments] = await Promise.all([ctx.sources.kube.pods.readable(), ctx.sources.kube.deployments.readable()]);
    // The selector as the cache has it now (the parent may be a bare entity reference).
    // An empty selector selects nothing: never list the whole project by accident.
    const selects = selectorMatcher(deployments.get(deployment.namespace, deployment.name)?.spec?.selector);
    return podPage(pods.inNamespace(deployment.namespace), args, (p) => selects(p.metadata?.labels));
  },
};

export const deploymentQueries: Pick<QueryResolvers<WorkloadsContext>, 'deployment'> = {
  deployment: async (_root, { namespace, name }, ctx) => {
    const found = await deploymentByKey(ctx, namespace, name);
    if (!found) throw hiddenOrMissing('Deployment', `${namespace}/${name}`);
    return found;
  },
};

export const deploymentMutations: Pick<MutationResolvers<WorkloadsContext>, 'scaleDeployment'> = {
  async scaleDeployment(_root, { namespace, name, replicas }, ctx) {
    if (!Number.isInteger(replicas) || replicas < 0 || replicas > MAX_REPLICAS) {
      throw badInput(`replicas must be a whole number from 0 to ${MAX_REPLICAS}.`, 'replicas');
    }
    await projectAccess(ctx.identity, ctx.sources.kube.directory, namespace).edit();
    const updated = await ctx.sources.kube.scaleDeployment(namespace, name, replicas);
    ctx.log.info({ namespace, name, replicas, user: ctx.identity.username }, 'deployment scaled');
    return toDeployment(updated);
  },
};
