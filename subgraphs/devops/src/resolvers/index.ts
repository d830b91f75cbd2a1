import type { Resolvers } from '../generated/resolvers.ts';
import type { DevOpsContext } from '../context.ts';
import { DevOpsProject, Query, Mutation as ProjectMutation } from './projects.ts';
import { Mutation as RunMutation, Pipeline, PipelineRun, PipelineStage } from './pipelines.ts';
import { Mutation as CredentialMutation } from './credentials.ts';
import { Mutation as DefinitionMutation } from './definitions.ts';
import { Mutation as ControlMutation } from './run-control.ts';
import { pipelineRunLog } from './run-log.ts';
import { pipelineRunChanged } from './run-changes.ts';

export const resolvers: Resolvers<DevOpsContext> = {
  Query,
  Mutation: { ...ProjectMutation, ...RunMutation, ...CredentialMutation, ...DefinitionMutation, ...ControlMutation },
  Subscription: { pipelineRunLog, pipelineRunChanged },
  DevOpsProject,
  Pipeline,
  PipelineRun,
  PipelineStage,
};
