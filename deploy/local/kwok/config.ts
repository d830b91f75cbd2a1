/**
 * kwok's configuration for the lab, as one multi-document YAML file: kwok's own default stages
 * (read from its module source, so they match the kwok we built), where container logs come
 * from, how much CPU/memory/network each simulated container uses, and the cAdvisor-style
 * metrics endpoint that Prometheus scrapes per node.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const KWOK_PORT = 10250; // the kubelet port: nothing else serves it here
export const POD_CIDR = '10.244.0.0/16';

/**
 * kwok's "fast" stages: nodes become Ready (with lease heartbeats), pods Running, Jobs' pods
 * Succeeded, deleted pods go; and its volume stages: a claim of the `kwok-volume` class gets a
 * PersistentVolume and is Bound (so StatefulSets with volumeClaimTemplates run), deleted claims
 * release and delete their volume.
 */
const DEFAULT_STAGES = [
  'kustomize/stage/node/fast/node-initialize.yaml',
  'kustomize/stage/node/heartbeat-with-lease/node-heartbeat-with-lease.yaml',
  'kustomize/stage/pod/fast/pod-ready.yaml',
  'kustomize/stage/pod/fast/pod-complete.yaml',
  'kustomize/stage/pod/fast/pod-delete.yaml',
  'kustomize/stage/volume/fast/pvc-provision.yaml',
  'kustomize/stage/volume/fast/pv-bind.yaml',
  'kustomize/stage/volume/fast/pvc-delete.yaml',
  'kustomize/stage/volume/fast/pv-delete.yaml',
];

/** The default StorageClass, provisioned by kwok's volume stages. */
export const STORAGE_CLASS_YAML = `apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: kwok-volume
  annotations:
    storageclass.kubernetes.io/is-default-class: "true"
provisioner: kwok.x-k8s.io/volume
reclaimPolicy: Delete
volumeBindingMode: Immediate
`;

/**
 * Simulated usage per container, overridable per pod by kwok's usual annotations
 * (kwok.x-k8s.io/usage-cpu, kwok.x-k8s.io/usage-memory) and ours for network bytes/s. Only
 * running pods use anything: a completed Job's pod stops counting, as with a real kubelet.
 */
const usage = (resource: string, annotation: string, fallback: string) => `
      ${resource}:
        expression: |
          pod.status.phase != "Running"
          ? Quantity("0")
          : "${annotation}" in pod.metadata.annotations
          ? Quantity(pod.metadata.annotations["${annotation}"])
          : Quantity("${fallback}")`;

const CLUSTER_RESOURCE_USAGE = `apiVersion: kwok.x-k8s.io/v1alpha1
kind: ClusterResourceUsage
metadata:
  name: meridian-lab-usage
spec:
  usages:
  - usage:${usage('cpu', 'kwok.x-k8s.io/usage-cpu', '20m')}${usage('memory', 'kwok.x-k8s.io/usage-memory', '48Mi')}${usage('network-rx', 'meridian.io/usage-network-rx', '4Ki')}${usage('network-tx', 'meridian.io/usage-network-tx', '2Ki')}
`;

/** cAdvisor's label set for a container series: namespace, pod, container, image, name. */
const containerLabels = `
    labels:
    - name: namespace
      value: 'pod.metadata.namespace'
    - name: pod
      value: 'pod.metadata.name'
    - name: container
      value: 'container.name'
    - name: image
      value: 'container.image'
    - name: name
      value: '"k8s_" + container.name + "_" + pod.metadata.name + "_" + pod.metadata.namespace + "_" + pod.metadata.uid + "_0"'`;

const metric = (name: string, kind: 'counter' | 'gauge', help: string, value: string) => `
  - name: ${name}
    dimension: container
    kind: ${kind}
    help: ${JSON.stringify(help)}${containerLabels}
    value: '${value}'`;

export const CADVISOR_PATH = '/metrics/nodes/{nodeName}/metrics/cadvisor';

const CADVISOR_METRIC = `apiVersion: kwok.x-k8s.io/v1alpha1
kind: Metric
metadata:
  name: cadvisor
spec:
  path: "${CADVISOR_PATH}"
  metrics:${metric('container_cpu_usage_seconds_total', 'counter', 'Cumulative cpu time consumed in seconds.', 'pod.CumulativeUsage("cpu", container.name)')}${metric('container_memory_working_set_bytes', 'gauge', 'Current working set in bytes.', 'pod.Usage("memory", container.name)')}${metric('container_memory_usage_bytes', 'gauge', 'Current memory usage in bytes, including all memory regardless of when it was accessed (here: working set plus a quarter of page cache).', 'pod.Usage("memory", container.name) * 1.25')}${metric('container_network_receive_bytes_total', 'counter', 'Cumulative count of bytes received.', 'pod.CumulativeUsage("network-rx", container.name)')}${metric('container_network_transmit_bytes_total', 'counter', 'Cumulative count of bytes transmitted.', 'pod.CumulativeUsage("network-tx", container.name)')}
  - name: node_cpu_usage_seconds_total
    dimension: node
    kind: counter
    help: "Cumulative cpu time consumed by the node in core-seconds."
    value: 'node.CumulativeUsage("cpu")'
  - name: node_memory_working_set_bytes
    dimension: node
    kind: gauge
    help: "Current working set of the node in bytes."
    value: 'node.Usage("memory")'
`;

/**
 * The fallback for containers whose pod has no `Logs` object yet (the log generator makes one per
 * pod within about a second of it being scheduled): an empty file.
 */
const clusterLogs = (logFile: string) => `apiVersion: kwok.x-k8s.io/v1alpha1
kind: ClusterLogs
metadata:
  name: meridian-lab-logs
spec:
  logs:
  - logsFile: ${JSON.stringify(logFile)}
    follow: true
`;

export function kwokConfigYaml(kwokModule: string, logFile: string): string {
  const stages = DEFAULT_STAGES.map((f) => readFileSync(join(kwokModule, f), 'utf8').trim());
  return [...stages, CLUSTER_RESOURCE_USAGE.trim(), CADVISOR_METRIC.trim(), clusterLogs(logFile).trim()].join('\n---\n') + '\n';
}

/** The simulated nodes: capacity like a mid-size VM; kwok manages nodes with this annotation. */
export function nodesYaml(count: number): string {
  const docs: string[] = [];
  for (let i = 0; i < count; i++) {
    const name = `kwok-node-${i}`;
    docs.push(`apiVersion: v1
kind: Node
metadata:
  name: ${name}
  annotations:
    kwok.x-k8s.io/node: fake
    node.alpha.kubernetes.io/ttl: "0"
  labels:
    kubernetes.io/hostname: ${name}
    kubernetes.io/os: linux
    kubernetes.io/arch: amd64
    node-role.kubernetes.io/worker: ""
    type: kwok
status:
  capacity: { cpu: "8", memory: 32Gi, pods: "110", ephemeral-storage: 100Gi }
  allocatable: { cpu: "8", memory: 32Gi, pods: "110", ephemeral-storage: 100Gi }
  nodeInfo:
    architecture: amd64
    operatingSystem: linux
    osImage: "Meridian lab (kwok)"
`);
  }
  return docs.join('---\n');
}
