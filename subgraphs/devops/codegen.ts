/** This subgraph's codegen settings, read by the root codegen.ts (paths relative to src/generated/). */
// Parents as the resolvers hold them (Jenkins data plus where it came from).
export const mappers = {
  DevOpsProject: '../models.ts#DevOpsProjectModel',
  Pipeline: '../models.ts#PipelineModel',
  PipelineRun: '../models.ts#PipelineRunModel',
  PipelineStage: '../models.ts#PipelineStageModel',
};
