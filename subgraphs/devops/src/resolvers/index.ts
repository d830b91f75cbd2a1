import type { Resolvers } from '../generated/resolvers.ts';
import type { DevOpsDeps } from '../deps.ts';
import { projectResolvers } from './projects.ts';
import { pipelineResolvers } from './pipelines.ts';
import { runLogResolvers } from './run-log.ts';

export function makeResolvers(deps: DevOpsDeps): Resolvers {
  const projects = projectResolvers(deps);
  const pipelines = pipelineResolvers(deps);
  return {
    ...projects,
    ...pipelines,
    Query: { ...projects.Query },
    Mutation: { ...pipelines.Mutation },
    Subscription: runLogResolvers(deps),
  };
}
