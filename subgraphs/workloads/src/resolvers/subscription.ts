import { projectAccess } from '@meridian/core';
import type { SubscriptionResolvers } from '../generated/resolvers.ts';
import type { WorkloadsContext } from '../context.ts';
import { toPod } from '../model.ts';

async function* podEvents(ctx: WorkloadsContext, project: string) {
  const events = ctx.sources.kube.pods.events(project);
  try {
    for await (const ev of events) {
      yield { podStatusChanged: { type: ev.type, pod: toPod(ev.object) } };
    }
  } finally {
    await events.return?.();
  }
}

export const Subscription: SubscriptionResolvers<WorkloadsContext> = {
  podStatusChanged: {
    // A plain async function (not a generator), so that a denied or failed subscribe is
    // answered at once with its error instead of an empty stream.
    subscribe: async (_root, { project }, ctx) => {
      await projectAccess(ctx.identity, ctx.sources.kube.directory, project).view();
      await ctx.sources.kube.pods.readable();
      return podEvents(ctx, project);
    },
  },
};
