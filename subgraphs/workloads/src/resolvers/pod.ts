import type { PodResolvers, QueryResolvers } from '../generated/resolvers.ts';
import type { WorkloadsContext } from '../context.ts';
import { assertViewable } from '../authz.ts';
import { toPod } from '../model.ts';

/** One pod by key, authorized: null if it does not exist, FORBIDDEN if its project is not yours. */
export async function podByKey(ctx: WorkloadsContext, namespace: string, name: string) {
  await assertViewable(ctx, namespace);
  const pods = await ctx.kube.pods.readable();
  const pod = pods.get(namespace, name);
  return pod ? toPod(pod) : null;
}

export const Pod: PodResolvers<WorkloadsContext> = {
  // The gateway calls this for `Pod` references from other subgraphs (e.g. logging's).
  __resolveReference: (ref, ctx) => podByKey(ctx, ref.namespace, ref.name),
};

export const podQueries: Pick<QueryResolvers<WorkloadsContext>, 'pod'> = {
  pod: (_root, { namespace, name }, ctx) => podByKey(ctx, namespace, name),
};
