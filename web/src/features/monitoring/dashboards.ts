/**
 * Which charts each dashboard shows: one metric (KubeSphere's name) per chart, so a page costs
 * one Prometheus query per chart. Titles are `monitoring.metric.<name>` messages.
 */
export const CLUSTER_CHARTS = [
  'cluster_cpu_utilisation',
  'cluster_memory_utilisation',
  'cluster_cpu_usage',
  'cluster_memory_usage_wo_cache',
  'cluster_net_bytes_received',
  'cluster_net_bytes_transmitted',
  'cluster_pod_running_count',
  'cluster_node_total',
] as const;

export const CONTROL_PLANE_CHARTS = [
  'apiserver_request_rate',
  'apiserver_request_latencies',
  'etcd_mvcc_db_size',
  'etcd_server_proposals_committed_rate',
  'etcd_disk_wal_fsync_duration',
  'etcd_server_has_leader',
  'scheduler_schedule_attempt_rate',
  'scheduler_e2e_scheduling_latency',
] as const;

export const NODE_CHARTS = [
  'node_cpu_utilisation',
  'node_memory_utilisation',
  'node_cpu_usage',
  'node_memory_usage_wo_cache',
  'node_net_bytes_received',
  'node_net_bytes_transmitted',
  'node_pod_running_count',
  'node_pod_restarts',
] as const;

export const WORKSPACE_CHARTS = [
  'workspace_cpu_usage',
  'workspace_memory_usage_wo_cache',
  'workspace_net_bytes_received',
  'workspace_net_bytes_transmitted',
  'workspace_pod_running_count',
  'workspace_pod_count',
  'workspace_pod_restarts',
  'workspace_namespace_count',
] as const;

export const PROJECT_CHARTS = [
  'namespace_cpu_usage',
  'namespace_memory_usage_wo_cache',
  'namespace_net_bytes_received',
  'namespace_net_bytes_transmitted',
  'namespace_pod_running_count',
  'namespace_pod_count',
  'namespace_pod_restarts',
  'namespace_pvc_bytes_total',
] as const;

const WORKLOAD_COMMON = ['workload_cpu_usage', 'workload_memory_usage_wo_cache', 'workload_net_bytes_received', 'workload_net_bytes_transmitted', 'workload_pod_running_count', 'workload_pod_restarts'] as const;

export const WORKLOAD_CHARTS = {
  Deployment: [...WORKLOAD_COMMON, 'workload_deployment_replica', 'workload_deployment_replica_available'],
  StatefulSet: [...WORKLOAD_COMMON, 'workload_statefulset_replica', 'workload_statefulset_replica_available'],
  DaemonSet: [...WORKLOAD_COMMON, 'workload_daemonset_replica', 'workload_daemonset_replica_available'],
} as const;

export const POD_CHARTS = ['pod_cpu_usage', 'pod_memory_usage_wo_cache', 'pod_memory_usage', 'pod_net_bytes_received', 'pod_net_bytes_transmitted', 'pod_restarts'] as const;
export const CONTAINER_CHARTS = ['container_cpu_usage', 'container_memory_usage_wo_cache'] as const;

export type ChartMetric =
  | (typeof CLUSTER_CHARTS)[number]
  | (typeof CONTROL_PLANE_CHARTS)[number]
  | (typeof NODE_CHARTS)[number]
  | (typeof WORKSPACE_CHARTS)[number]
  | (typeof PROJECT_CHARTS)[number]
  | (typeof WORKLOAD_CHARTS)[keyof typeof WORKLOAD_CHARTS][number]
  | (typeof POD_CHARTS)[number]
  | (typeof CONTAINER_CHARTS)[number];

/** Kinds whose detail page has a Monitoring tab, and the charts it shows. */
export const OBJECT_CHARTS: Readonly<Record<string, readonly ChartMetric[]>> = {
  Node: NODE_CHARTS,
  Deployment: WORKLOAD_CHARTS.Deployment,
  StatefulSet: WORKLOAD_CHARTS.StatefulSet,
  DaemonSet: WORKLOAD_CHARTS.DaemonSet,
  Pod: POD_CHARTS,
};
export const hasMonitoring = (kind: string) => Object.hasOwn(OBJECT_CHARTS, kind);
