import { namespaceMetrics, podMetrics } from '../sources/promql.ts';
import { WORKSPACE_LABEL as W, sel, type MetricLevel, type Selector } from './levels.ts';

/**
 * Every metric Meridian serves, by level, with KubeSphere's names (its monitoring API's
 * `metrics_filter` names: node_cpu_utilisation, namespace_memory_usage_wo_cache, …). An
 * expression is built only from this table and from a Selector of escaped label values: a name
 * not in the table is refused before any PromQL exists (catalog lookups go through a Map).
 * Rates use the lab's recording rules (deploy/local/prometheus/rules.yml, 1m windows) where
 * they exist. Histograms are not scraped (their buckets are dropped), so latencies are averages
 * (sum / count).
 */
export type MetricUnit = 'cores' | 'bytes' | 'bytes/s' | 'count' | 'ratio' | 'requests/s' | 'seconds' | 'ops/s';

export interface MetricDefinition {
  name: string;
  level: MetricLevel;
  unit: MetricUnit;
  description: string;
  /** Cluster-admin only (cluster, nodes, control plane). */
  clusterAdmin: boolean;
  /** For a workload metric that only one kind has (e.g. a Deployment's available replicas). */
  workloadType?: 'deployment' | 'statefulset' | 'daemonset';
  promql(s: Selector): string;
}

const KSM = 'job="kube-state-metrics"';
const KUBELET = 'job="kubelet"';
const CONTAINERS = 'container!="", container!="POD"';
const RUNNING = (s: string) => `(kube_pod_status_phase${sel(KSM, 'phase="Running"', s)} == 1)`;
/** Average of a summary-like pair `<base>_sum` / `<base>_count` over 1m. */
const avgOf = (base: string, matchers = '') => `sum(rate(${base}_sum${sel(matchers)}[1m])) / sum(rate(${base}_count${sel(matchers)}[1m]))`;
/** A namespace-level expression carried to workspaces through the namespace's workspace label. */
const toWorkspace = (perNamespace: string, s: Selector) =>
  `sum by (${W}) (${perNamespace} * on (namespace) group_left (${W}) kube_namespace_labels${sel(KSM, s.all)})`;
/** A pod-level expression carried to the pods' workloads. */
const toWorkload = (perPod: string, s: Selector) =>
  `sum by (namespace, workload, workload_type) (${perPod} * on (namespace, pod) group_left (workload, workload_type) namespace_workload_pod:kube_pod_owner:relabel${sel(s.all)})`;
/** A pod-level expression carried to the pods' nodes. */
const toNode = (perPod: string, s: Selector) => `sum by (node) (${perPod} * on (namespace, pod) group_left (node) node_namespace_pod:kube_pod_info:${sel(s.all)})`;
/** A workload kind's own kube-state-metrics series as `workload` / `workload_type`. */
const workloadSeries = (series: string, kindLabel: string, type: string, s: Selector) =>
  `sum by (namespace, workload, workload_type) (label_replace(label_replace(${series}${sel(KSM, s.only('namespace'))}, "workload", "$1", ${JSON.stringify(kindLabel)}, "(.*)"), "workload_type", ${JSON.stringify(type)}, "", ""))`;

type Def = Omit<MetricDefinition, 'level' | 'clusterAdmin'> & { clusterAdmin?: boolean };
const defs = (level: MetricLevel, clusterAdmin: boolean, list: Def[]): MetricDefinition[] => list.map((d) => ({ clusterAdmin, ...d, level }));
const m = (name: string, unit: MetricUnit, description: string, promql: (s: Selector) => string, extra: Partial<Def> = {}): Def => ({ name, unit, description, promql, ...extra });

const cluster = defs('cluster', true, [
  m('cluster_cpu_usage', 'cores', 'CPU used by all nodes.', () => 'sum(node:node_cpu_usage:sum_rate)'),
  m('cluster_cpu_total', 'cores', 'Allocatable CPU of all nodes.', () => `sum(kube_node_status_allocatable{${KSM}, resource="cpu"})`),
  m('cluster_cpu_utilisation', 'ratio', 'CPU used / allocatable.', () => 'sum(cluster:node_cpu_utilisation:ratio)'),
  m('cluster_memory_usage_wo_cache', 'bytes', 'Working-set memory of all nodes.', () => 'sum(node:node_memory_working_set_bytes:sum)'),
  m('cluster_memory_total', 'bytes', 'Allocatable memory of all nodes.', () => `sum(kube_node_status_allocatable{${KSM}, resource="memory"})`),
  m('cluster_memory_utilisation', 'ratio', 'Memory used / allocatable.', () => 'sum(cluster:node_memory_utilisation:ratio)'),
  m('cluster_net_bytes_received', 'bytes/s', 'Network received by all pods.', () => `sum(rate(container_network_receive_bytes_total{${KUBELET}}[1m]))`),
  m('cluster_net_bytes_transmitted', 'bytes/s', 'Network sent by all pods.', () => `sum(rate(container_network_transmit_bytes_total{${KUBELET}}[1m]))`),
  m('cluster_pod_count', 'count', 'Pods (any phase).', () => `count(kube_pod_info{${KSM}})`),
  m('cluster_pod_running_count', 'count', 'Pods in phase Running.', () => `count(${RUNNING('')})`),
  m('cluster_pod_restarts', 'count', 'Container restarts of all pods.', () => `sum(kube_pod_container_status_restarts_total{${KSM}})`),
  m('cluster_node_total', 'count', 'Nodes.', () => `count(kube_node_info{${KSM}})`),
  m('cluster_pvc_bytes_total', 'bytes', 'Storage requested by all PersistentVolumeClaims.', () => `sum(kube_persistentvolumeclaim_resource_requests_storage_bytes{${KSM}})`),
  // Control plane.
  m('apiserver_up_sum', 'count', 'API servers answering scrapes.', () => 'sum(up{job="apiserver"})'),
  m('apiserver_request_rate', 'requests/s', 'Requests to the API server.', () => 'sum(rate(apiserver_request_total{job="apiserver"}[1m]))'),
  m('apiserver_request_latencies', 'seconds', 'Mean API request latency (WATCH and CONNECT left out).', () => avgOf('apiserver_request_duration_seconds', 'job="apiserver", verb!~"WATCH|CONNECT"')),
  m('etcd_server_up_total', 'count', 'etcd members answering scrapes.', () => 'sum(up{job="etcd"})'),
  m('etcd_server_has_leader', 'count', '1 when every etcd member has a leader.', () => 'min(etcd_server_has_leader{job="etcd"})'),
  m('etcd_server_leader_changes', 'count', 'Leader changes seen.', () => 'sum(etcd_server_leader_changes_seen_total{job="etcd"})'),
  m('etcd_server_proposals_committed_rate', 'ops/s', 'Raft proposals committed.', () => 'sum(rate(etcd_server_proposals_committed_total{job="etcd"}[1m]))'),
  m('etcd_mvcc_db_size', 'bytes', 'Size of the etcd database.', () => 'sum(etcd_mvcc_db_total_size_in_bytes{job="etcd"})'),
  m('etcd_disk_wal_fsync_duration', 'seconds', 'Mean WAL fsync time.', () => avgOf('etcd_disk_wal_fsync_duration_seconds', 'job="etcd"')),
  m('scheduler_up_sum', 'count', 'Schedulers answering scrapes.', () => 'sum(up{job="kube-scheduler"})'),
  m('scheduler_schedule_attempt_rate', 'ops/s', 'Pods scheduled.', () => 'sum(rate(scheduler_pod_scheduling_attempts_count{job="kube-scheduler"}[1m]))'),
  m('scheduler_e2e_scheduling_latency', 'seconds', 'Mean scheduling algorithm time per pod.', () => avgOf('scheduler_scheduling_algorithm_duration_seconds', 'job="kube-scheduler"')),
]);

const node = defs('node', true, [
  m('node_cpu_usage', 'cores', 'CPU used.', (s) => `sum by (node) (node:node_cpu_usage:sum_rate${sel(s.all)})`),
  m('node_cpu_total', 'cores', 'Allocatable CPU.', (s) => `sum by (node) (kube_node_status_allocatable${sel(KSM, 'resource="cpu"', s.all)})`),
  m('node_cpu_utilisation', 'ratio', 'CPU used / allocatable.', (s) => `sum by (node) (node:node_cpu_utilisation:ratio${sel(s.all)})`),
  m('node_memory_usage_wo_cache', 'bytes', 'Working-set memory.', (s) => `sum by (node) (node:node_memory_working_set_bytes:sum${sel(s.all)})`),
  m('node_memory_total', 'bytes', 'Allocatable memory.', (s) => `sum by (node) (kube_node_status_allocatable${sel(KSM, 'resource="memory"', s.all)})`),
  m('node_memory_utilisation', 'ratio', 'Memory used / allocatable.', (s) => `sum by (node) (node:node_memory_utilisation:ratio${sel(s.all)})`),
  m('node_net_bytes_received', 'bytes/s', 'Network received by the node\'s pods.', (s) => `sum by (node) (rate(container_network_receive_bytes_total${sel(KUBELET, s.all)}[1m]))`),
  m('node_net_bytes_transmitted', 'bytes/s', 'Network sent by the node\'s pods.', (s) => `sum by (node) (rate(container_network_transmit_bytes_total${sel(KUBELET, s.all)}[1m]))`),
  m('node_pod_count', 'count', 'Pods on the node.', (s) => `count by (node) (node_namespace_pod:kube_pod_info:${sel(s.all)})`),
  m('node_pod_running_count', 'count', 'Running pods on the node.', (s) => toNode(RUNNING(''), s)),
  m('node_pod_quota', 'count', 'Pods the node may hold.', (s) => `sum by (node) (kube_node_status_allocatable${sel(KSM, 'resource="pods"', s.all)})`),
  m('node_pod_restarts', 'count', 'Container restarts of the node\'s pods.', (s) => toNode(`sum by (namespace, pod) (kube_pod_container_status_restarts_total{${KSM}})`, s)),
]);

const workspace = defs('workspace', false, [
  m('workspace_cpu_usage', 'cores', 'CPU used by the workspace\'s projects.', (s) => `sum by (${W}) (namespace:container_cpu_usage_seconds_total:sum_rate${sel(s.all)})`),
  m('workspace_memory_usage_wo_cache', 'bytes', 'Working-set memory of the workspace\'s projects.', (s) => `sum by (${W}) (namespace:container_memory_usage_bytes:sum${sel(s.all)})`),
  m('workspace_net_bytes_received', 'bytes/s', 'Network received.', (s) => `sum by (${W}) (namespace:container_network_receive_bytes:sum_rate${sel(s.all)})`),
  m('workspace_net_bytes_transmitted', 'bytes/s', 'Network sent.', (s) => `sum by (${W}) (namespace:container_network_transmit_bytes:sum_rate${sel(s.all)})`),
  m('workspace_pod_running_count', 'count', 'Running pods.', (s) => `sum by (${W}) (namespace:kube_pod_running:count${sel(s.all)})`),
  m('workspace_pod_count', 'count', 'Pods (any phase).', (s) => toWorkspace(`count by (namespace) (kube_pod_info{${KSM}})`, s)),
  m('workspace_pod_restarts', 'count', 'Container restarts.', (s) => toWorkspace(`sum by (namespace) (kube_pod_container_status_restarts_total{${KSM}})`, s)),
  m('workspace_pvc_bytes_total', 'bytes', 'Storage requested by PersistentVolumeClaims.', (s) => toWorkspace(`sum by (namespace) (kube_persistentvolumeclaim_resource_requests_storage_bytes{${KSM}})`, s)),
  m('workspace_namespace_count', 'count', 'Projects.', (s) => `count by (${W}) (kube_namespace_labels${sel(KSM, s.all)})`),
]);

const namespace = defs('namespace', false, [
  m('namespace_cpu_usage', 'cores', 'CPU used by the project\'s pods.', (s) => namespaceMetrics.namespace_cpu_usage(s.all)),
  m('namespace_memory_usage_wo_cache', 'bytes', 'Working-set memory of the project\'s pods.', (s) => namespaceMetrics.namespace_memory_usage_wo_cache(s.all)),
  m('namespace_net_bytes_received', 'bytes/s', 'Network received.', (s) => `sum by (namespace) (namespace:container_network_receive_bytes:sum_rate${sel(s.all)})`),
  m('namespace_net_bytes_transmitted', 'bytes/s', 'Network sent.', (s) => `sum by (namespace) (namespace:container_network_transmit_bytes:sum_rate${sel(s.all)})`),
  m('namespace_pod_count', 'count', 'Pods (any phase).', (s) => `count by (namespace) (kube_pod_info${sel(KSM, s.all)})`),
  m('namespace_pod_running_count', 'count', 'Running pods.', (s) => namespaceMetrics.namespace_pod_running_count(s.all)),
  m('namespace_pod_restarts', 'count', 'Container restarts.', (s) => `sum by (namespace) (kube_pod_container_status_restarts_total${sel(KSM, s.all)})`),
  m('namespace_pvc_bytes_total', 'bytes', 'Storage requested by PersistentVolumeClaims.', (s) => `sum by (namespace) (kube_persistentvolumeclaim_resource_requests_storage_bytes${sel(KSM, s.all)})`),
]);

const perPodRate = (series: string, s: Selector) => `sum by (namespace, pod) (rate(${series}${sel(KUBELET, s.only('namespace'))}[1m]))`;
const workload = defs('workload', false, [
  m('workload_cpu_usage', 'cores', 'CPU used by the workload\'s pods.', (s) => `sum by (namespace, workload, workload_type) (namespace:workload_cpu_usage:sum${sel(s.all)})`),
  m('workload_memory_usage_wo_cache', 'bytes', 'Working-set memory of the workload\'s pods.', (s) => `sum by (namespace, workload, workload_type) (namespace:workload_memory_usage:sum${sel(s.all)})`),
  m('workload_net_bytes_received', 'bytes/s', 'Network received.', (s) => toWorkload(perPodRate('container_network_receive_bytes_total', s), s)),
  m('workload_net_bytes_transmitted', 'bytes/s', 'Network sent.', (s) => toWorkload(perPodRate('container_network_transmit_bytes_total', s), s)),
  m('workload_pod_running_count', 'count', 'Running pods.', (s) => toWorkload(RUNNING(s.only('namespace')), s)),
  m('workload_pod_restarts', 'count', 'Container restarts.', (s) => toWorkload(`sum by (namespace, pod) (kube_pod_container_status_restarts_total${sel(KSM, s.only('namespace'))})`, s)),
  m('workload_deployment_replica', 'count', 'Desired replicas.', (s) => workloadSeries('kube_deployment_spec_replicas', 'deployment', 'deployment', s), { workloadType: 'deployment' }),
  m('workload_deployment_replica_available', 'count', 'Available replicas.', (s) => workloadSeries('kube_deployment_status_replicas_available', 'deployment', 'deployment', s), { workloadType: 'deployment' }),
  m('workload_statefulset_replica', 'count', 'Desired replicas.', (s) => workloadSeries('kube_statefulset_replicas', 'statefulset', 'statefulset', s), { workloadType: 'statefulset' }),
  m('workload_statefulset_replica_available', 'count', 'Ready replicas.', (s) => workloadSeries('kube_statefulset_status_replicas_ready', 'statefulset', 'statefulset', s), { workloadType: 'statefulset' }),
  m('workload_daemonset_replica', 'count', 'Nodes that should run the daemon pod.', (s) => workloadSeries('kube_daemonset_status_desired_number_scheduled', 'daemonset', 'daemonset', s), { workloadType: 'daemonset' }),
  m('workload_daemonset_replica_available', 'count', 'Nodes running a ready daemon pod.', (s) => workloadSeries('kube_daemonset_status_number_ready', 'daemonset', 'daemonset', s), { workloadType: 'daemonset' }),
]);

const pod = defs('pod', false, [
  m('pod_cpu_usage', 'cores', 'CPU used.', (s) => podMetrics.pod_cpu_usage(s.all)),
  m('pod_memory_usage_wo_cache', 'bytes', 'Working-set memory.', (s) => podMetrics.pod_memory_usage_wo_cache(s.all)),
  m('pod_memory_usage', 'bytes', 'Memory including page cache.', (s) => `sum by (namespace, pod) (container_memory_usage_bytes${sel(CONTAINERS, s.all)})`),
  m('pod_net_bytes_received', 'bytes/s', 'Network received.', (s) => podMetrics.pod_net_bytes_received(s.all)),
  m('pod_net_bytes_transmitted', 'bytes/s', 'Network sent.', (s) => podMetrics.pod_net_bytes_transmitted(s.all)),
  m('pod_restarts', 'count', 'Container restarts.', (s) => `sum by (namespace, pod) (kube_pod_container_status_restarts_total${sel(KSM, s.all)})`),
]);

const container = defs('container', false, [
  m('container_cpu_usage', 'cores', 'CPU used.', (s) => `sum by (namespace, pod, container) (irate(container_cpu_usage_seconds_total${sel(CONTAINERS, s.all)}[5m]))`),
  m('container_memory_usage_wo_cache', 'bytes', 'Working-set memory.', (s) => `sum by (namespace, pod, container) (container_memory_working_set_bytes${sel(CONTAINERS, s.all)})`),
  m('container_memory_usage', 'bytes', 'Memory including page cache.', (s) => `sum by (namespace, pod, container) (container_memory_usage_bytes${sel(CONTAINERS, s.all)})`),
  m('container_restarts', 'count', 'Restarts.', (s) => `sum by (namespace, pod, container) (kube_pod_container_status_restarts_total${sel(KSM, s.all)})`),
]);

export const catalog: readonly MetricDefinition[] = [...cluster, ...node, ...workspace, ...namespace, ...workload, ...pod, ...container];

const byLevel = new Map<MetricLevel, Map<string, MetricDefinition>>();
for (const d of catalog) {
  if (!byLevel.has(d.level)) byLevel.set(d.level, new Map());
  byLevel.get(d.level)!.set(d.name, d);
}

/** The definition of `name` at `level`, or undefined (never an inherited property). */
export const metricAt = (level: MetricLevel, name: string): MetricDefinition | undefined => byLevel.get(level)?.get(name);

/** The metric each level ranks by, per ranking measure. */
export const RANK_METRICS = {
  CPU: 'cpu_usage',
  MEMORY: 'memory_usage_wo_cache',
  NET_RECEIVED: 'net_bytes_received',
  NET_TRANSMITTED: 'net_bytes_transmitted',
} as const;
