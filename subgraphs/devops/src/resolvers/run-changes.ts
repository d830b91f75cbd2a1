/**
 * pipelineRunChanged: each run of the pipeline sent whole when its status, stages or waiting
 * input changed, from the pipeline's one shared poll loop (run-feeds.ts). Access is checked when
 * subscribing and again, for this subscriber, before every event: one who may no longer see the
 * project gets one NOT_FOUND and the stream ends.
 */
import type { GraphQLError } from 'graphql';
import type { SubscriptionResolvers } from '../generated/resolvers.ts';
import type { DevOpsContext } from '../context.ts';
import { checkName, viewableProject } from '../access.ts';
import type { Refusal, RunPayload } from '../run-feeds.ts';

const projectRefusal =
  (ctx: DevOpsContext, project: string): Refusal =>
  () =>
    viewableProject(ctx, project).then(
      () => null,
      (err: unknown) => err as GraphQLError,
    );

export const pipelineRunChanged: NonNullable<SubscriptionResolvers<DevOpsContext>['pipelineRunChanged']> = {
  subscribe: async (_parent, { project, pipeline }, ctx) => {
    await viewableProject(ctx, project);
    checkName(pipeline, 'pipeline');
    return ctx.sources.runFeeds.follow(project, pipeline, projectRefusal(ctx, project));
  },
  resolve: (payload: RunPayload) => {
    if ('error' in payload) throw payload.error;
    return payload.value;
  },
};
