import { hiddenOrMissing, projectAccess } from '@meridian/core';
import type { PodResolvers, QueryResolvers } from '../generated/resolvers.ts';
import type { WorkloadsContext } from '../context.ts';

/** One pod by key, authorized: NOT_FOUND if its project is hidden or missing, null if the pod is. */
export async function podByKey(ctx: WorkloadsContext, namespace: string, name: string) {
  await projectAccess(ctx.identity, ctx.sources.kube.directory, namespace).view();
  return ctx.loaders.pod.load({ namespace, name });
}

export const Pod: PodResolvers<WorkloadsContext> = {
  // The gateway calls this for `Pod` references from other subgraphs (e.g. logging's).
  __resolveReference: (ref, ctx) => podByKey(ctx, ref.namespace, ref.name),
};

export const podQueries: Pick<QueryResolvers<WorkloadsContext>, 'pod'> = {
  pod: async (_root, { namespace, name }, ctx) => {
    const found = await podByKey(ctx, namespace, name);
    if (!found) throw hiddenOrMissing('Pod', `${namespace}/${name}`);
    return found;
  },
};
