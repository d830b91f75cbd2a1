/** This subgraph's codegen settings, read by the root codegen.ts (paths relative to src/generated/). */
// Metrics objects carry which object they measure, so series and range fields know what to query.
export const mappers = {
  PodMetrics: '../model.ts#PodMetricsModel',
  ProjectMetrics: '../model.ts#ProjectMetricsModel',
  NodeMetrics: '../model.ts#MetricsScopeModel',
  WorkspaceMetrics: '../model.ts#MetricsScopeModel',
  WorkloadMetrics: '../model.ts#MetricsScopeModel',
  // A ranked object knows its level's labels; its pod / workload fields are entity references.
  RankedObject: '../metrics/ranking.ts#RankedObjectModel',
  // A project reference carries its name; its fields (metrics, viewerCanManageAlerting) are resolved.
  Project: '../alerting/model.ts#ProjectRefModel',
  AlertRule: '../alerting/model.ts#AlertRuleModel',
  Alert: '../alerting/model.ts#AlertModel',
  AlertChange: '../alerting/model.ts#AlertChangeModel',
  AlertSilence: '../alerting/model.ts#AlertSilenceModel',
  NotificationChannel: '../alerting/model.ts#NotificationChannelModel',
  NotificationDelivery: '../alerting/model.ts#NotificationDeliveryModel',
};
