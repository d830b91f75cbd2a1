/**
 * The kube-state-metrics series this substitute emits: names, types and help texts follow
 * kube-state-metrics v2 so that PromQL written for a real cluster works unchanged here.
 */
import type { Family, Labels } from './exposition.ts';

const DEFS: Record<string, [Family['type'], string]> = {
  kube_pod_info: ['gauge', 'Information about pod.'],
  kube_pod_owner: ['gauge', 'Information about the Pod\'s owner.'],
  kube_pod_labels: ['gauge', 'Kubernetes labels converted to Prometheus labels.'],
  kube_pod_created: ['gauge', 'Unix creation timestamp'],
  kube_pod_status_phase: ['gauge', 'The pods current phase.'],
  kube_pod_status_ready: ['gauge', 'Describes whether the pod is ready to serve requests.'],
  kube_pod_container_info: ['gauge', 'Information about a container in a pod.'],
  kube_pod_container_status_ready: ['gauge', 'Describes whether the containers readiness check succeeded.'],
  kube_pod_container_status_running: ['gauge', 'Describes whether the container is currently in running state.'],
  kube_pod_container_status_restarts_total: ['counter', 'The number of container restarts per container.'],
  kube_pod_container_resource_requests: ['gauge', 'The number of requested request resource by a container.'],
  kube_pod_container_resource_limits: ['gauge', 'The number of requested limit resource by a container.'],
  kube_namespace_labels: ['gauge', 'Kubernetes labels converted to Prometheus labels.'],
  kube_namespace_created: ['gauge', 'Unix creation timestamp'],
  kube_namespace_status_phase: ['gauge', 'kubernetes namespace status phase.'],
  kube_deployment_created: ['gauge', 'Unix creation timestamp'],
  kube_deployment_spec_replicas: ['gauge', 'Number of desired pods for a deployment.'],
  kube_deployment_status_replicas: ['gauge', 'The number of replicas per deployment.'],
  kube_deployment_status_replicas_available: ['gauge', 'The number of available replicas per deployment.'],
  kube_deployment_status_replicas_unavailable: ['gauge', 'The number of unavailable replicas per deployment.'],
  kube_deployment_status_replicas_updated: ['gauge', 'The number of updated replicas per deployment.'],
  kube_deployment_status_replicas_ready: ['gauge', 'The number of ready replicas per deployment.'],
  kube_deployment_metadata_generation: ['gauge', 'Sequence number representing a specific generation of the desired state.'],
  kube_deployment_status_observed_generation: ['gauge', 'The generation observed by the deployment controller.'],
  kube_replicaset_owner: ['gauge', 'Information about the ReplicaSet\'s owner.'],
  kube_replicaset_spec_replicas: ['gauge', 'Number of desired pods for a ReplicaSet.'],
  kube_replicaset_status_ready_replicas: ['gauge', 'The number of ready replicas per ReplicaSet.'],
  kube_statefulset_replicas: ['gauge', 'Number of desired pods for a StatefulSet.'],
  kube_statefulset_status_replicas_ready: ['gauge', 'The number of ready replicas per StatefulSet.'],
  kube_daemonset_status_desired_number_scheduled: ['gauge', 'The number of nodes that should be running the daemon pod.'],
  kube_daemonset_status_number_ready: ['gauge', 'The number of nodes that should be running the daemon pod and have one or more of the daemon pod running and ready.'],
  kube_job_owner: ['gauge', 'Information about the Job\'s owner.'],
  kube_job_status_active: ['gauge', 'The number of actively running pods.'],
  kube_job_status_succeeded: ['gauge', 'The number of pods which reached Phase Succeeded.'],
  kube_job_status_failed: ['gauge', 'The number of pods which reached Phase Failed.'],
  kube_job_complete: ['gauge', 'The job has completed its execution.'],
  kube_persistentvolumeclaim_info: ['gauge', 'Information about persistent volume claim.'],
  kube_persistentvolumeclaim_status_phase: ['gauge', 'The phase the persistent volume claim is currently in.'],
  kube_persistentvolumeclaim_resource_requests_storage_bytes: ['gauge', 'The capacity of storage requested by the persistent volume claim.'],
  kube_node_info: ['gauge', 'Information about a cluster node.'],
  kube_node_labels: ['gauge', 'Kubernetes labels converted to Prometheus labels.'],
  kube_node_spec_unschedulable: ['gauge', 'Whether a node can schedule new pods.'],
  kube_node_status_capacity: ['gauge', 'The capacity for different resources of a node.'],
  kube_node_status_allocatable: ['gauge', 'The allocatable for different resources of a node.'],
  kube_node_status_condition: ['gauge', 'The condition of a cluster node.'],
};

/** Collects samples per family for one scrape, in the order families were defined. */
export class Families {
  private byName = new Map<string, Family>();

  constructor() {
    for (const [name, [type, help]] of Object.entries(DEFS)) this.byName.set(name, { name, type, help, samples: [] });
  }

  add(name: keyof typeof DEFS | string, labels: Labels, value: number): void {
    const f = this.byName.get(name);
    if (!f) throw new Error(`unknown metric family ${name}`);
    f.samples.push({ labels, value });
  }

  list(): Family[] {
    return [...this.byName.values()];
  }
}
