import type { WorkloadsContext } from '../context.ts';
import type { Resolvers } from '../generated/resolvers.ts';
import { Deployment, deploymentMutations, deploymentQueries } from './deployment.ts';
import { kindQueries } from './kinds.ts';
import { Pod, podQueries } from './pod.ts';
import { Project } from './project.ts';
import { Subscription } from './subscription.ts';

export const resolvers: Resolvers<WorkloadsContext> = {
  Query: { ...podQueries, ...deploymentQueries, ...kindQueries },
  Mutation: { ...deploymentMutations },
  Subscription,
  Project,
  Pod,
  Deployment,
};
