/**
 * Every PromQL expression Meridian runs, in one place. Names follow KubeSphere's monitoring
 * API (pod_cpu_usage, pod_memory_usage_wo_cache, namespace_cpu_usage, …) so that dashboards
 * and alerts written for KubeSphere read the same. Namespace-level metrics prefer the lab's
 * recording rules (deploy/local/prometheus/rules.yml) and fall back to the raw cAdvisor /
 * kube-state-metrics series when a Prometheus has no such rules: `sum by (namespace) (rule)
 * or sum by (namespace) (raw)` yields the rule when it has data, else the raw expression.
 */

/** A PromQL string literal (label values). */
export const str = (s: string) => JSON.stringify(s);

/** An anchored regex alternative of exact values, e.g. pod=~"a|b\\.c". */
export const anyOf = (values: string[]) => str(values.map((v) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));

// Real containers only: cAdvisor also reports the pod's sandbox ("POD") and pod-level
// cgroups (container="").
const CONTAINERS = 'container!="", container!="POD"';
// Host-side and virtual interfaces double count pod traffic (KubeSphere's exclusion list).
const POD_INTERFACES = 'interface!~"^(cali.+|tunl.+|dummy.+|kube.+|flannel.+|cni.+|docker.+|veth.+|lo.*)"';

/** Selects pods `pods` of `namespace`. */
export const podSelector = (namespace: string, pods: string[]) => `namespace=${str(namespace)}, pod=~${anyOf(pods)}`;

/** One label matcher for several values: `=` for one, an anchored `=~` alternative for more. */
export const oneOf = (label: string, values: string[]) => (values.length === 1 ? `${label}=${str(values[0])}` : `${label}=~${anyOf(values)}`);

/**
 * Selects every pod of `keys` in one matcher (for one query per metric, however many pods).
 * Pods of the same name in other listed namespaces may match too; callers keep only their keys.
 */
export const podsSelector = (keys: { namespace: string; name: string }[]) =>
  `${oneOf('namespace', [...new Set(keys.map((k) => k.namespace))])}, ${oneOf('pod', [...new Set(keys.map((k) => k.name))])}`;

/** Selects the namespaces `namespaces`. */
export const namespaceSelector = (namespaces: string[]) => oneOf('namespace', namespaces);

export const podMetrics = {
  pod_cpu_usage: (sel: string) => `sum by (namespace, pod) (irate(container_cpu_usage_seconds_total{${CONTAINERS}, ${sel}}[5m]))`,
  pod_memory_usage_wo_cache: (sel: string) => `sum by (namespace, pod) (container_memory_working_set_bytes{${CONTAINERS}, ${sel}})`,
  pod_net_bytes_received: (sel: string) => `sum by (namespace, pod) (irate(container_network_receive_bytes_total{pod!="", ${POD_INTERFACES}, ${sel}}[5m]))`,
  pod_net_bytes_transmitted: (sel: string) => `sum by (namespace, pod) (irate(container_network_transmit_bytes_total{pod!="", ${POD_INTERFACES}, ${sel}}[5m]))`,
};
export type PodMetricName = keyof typeof podMetrics;

// `or` works per namespace here (the series differ in their namespace label): each namespace
// gets its recording rule's value when it has one, else the raw expression's.
export const namespaceMetrics = {
  namespace_cpu_usage: (sel: string) =>
    `sum by (namespace) (namespace:container_cpu_usage_seconds_total:sum_rate{${sel}})` +
    ` or sum by (namespace) (irate(container_cpu_usage_seconds_total{${CONTAINERS}, ${sel}}[5m]))`,
  namespace_memory_usage_wo_cache: (sel: string) =>
    `sum by (namespace) (namespace:container_memory_usage_bytes:sum{${sel}})` +
    ` or sum by (namespace) (container_memory_working_set_bytes{${CONTAINERS}, ${sel}})`,
  namespace_pod_running_count: (sel: string) =>
    `sum by (namespace) (namespace:kube_pod_running:count{${sel}})` +
    ` or count by (namespace) (kube_pod_status_phase{phase="Running", ${sel}} == 1)`,
};
export type NamespaceMetricName = keyof typeof namespaceMetrics;
