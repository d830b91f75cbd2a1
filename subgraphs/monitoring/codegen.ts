/** This subgraph's codegen settings, read by the root codegen.ts (paths relative to src/generated/). */
// Metrics objects carry which pod/project they measure, so range fields know what to query.
export const mappers = {
  PodMetrics: '../model.ts#PodMetricsModel',
  ProjectMetrics: '../model.ts#ProjectMetricsModel',
};
