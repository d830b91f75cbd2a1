import type { Resolvers } from '../generated/resolvers.ts';
import type { DevOpsContext } from '../context.ts';
import { DevOpsProject, Query } from './projects.ts';
import { Mutation, Pipeline, PipelineRun } from './pipelines.ts';
import { Subscription } from './run-log.ts';

export const resolvers: Resolvers<DevOpsContext> = { Query, Mutation, Subscription, DevOpsProject, Pipeline, PipelineRun };
