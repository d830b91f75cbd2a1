import { graphql, type FragmentType } from '@/gql/index.ts';
import type { KubeObjectRow_ObjectFragment } from '@/gql/graphql.ts';

/**
 * What a list row of any kind shows: the KubeObject fields every kind has plus each type's own
 * columns (see kind-pages.tsx). The list query, the `resourceChanged` subscription and the detail
 * page's overview share it, so a live event carries exactly what a row needs.
 */
export const KubeObjectRowFragment = graphql(`
  fragment KubeObjectRow_object on KubeObject {
    kind
    namespace
    name
    metadata {
      createdAt
      resourceVersion
    }
    status {
      status
      message
    }
    ... on Pod {
      podPhase: phase
      nodeName
      podIP
      containers {
        ready
        restartCount
      }
    }
    ... on Deployment {
      replicas
      readyReplicas
      updatedReplicas
      availableReplicas
      images
      paused
      revision
      selector
    }
    ... on ReplicaSet {
      replicas
      readyReplicas
      revision
      images
    }
    ... on StatefulSet {
      replicas
      readyReplicas
      serviceName
      images
    }
    ... on DaemonSet {
      desiredNumberScheduled
      numberReady
      numberAvailable
      updatedNumberScheduled
      images
    }
    ... on Job {
      completions
      active
      succeeded
      failed
      images
    }
    ... on CronJob {
      schedule
      suspend
      lastScheduleTime
      activeJobs
    }
    ... on Service {
      type
      clusterIP
      ports {
        port
        targetPort
        protocol
        nodePort
      }
    }
    ... on EndpointSlice {
      addressType
      serviceName
      endpoints {
        ready
      }
    }
    ... on Ingress {
      ingressClassName
      rules {
        host
      }
    }
    ... on ConfigMap {
      data {
        key
      }
      binaryKeys
    }
    ... on PersistentVolumeClaim {
      phase
      storageClassName
      capacity
      requestedStorage
      accessModes
      volumeName
    }
    ... on HorizontalPodAutoscaler {
      targetKind
      targetName
      minReplicas
      maxReplicas
      currentReplicas
      cpuUtilization
    }
    ... on ResourceQuota {
      resources {
        resource
        hard
        used
      }
    }
    ... on LimitRange {
      limits {
        type
      }
    }
    ... on ServiceAccount {
      imagePullSecrets
    }
    ... on NetworkPolicy {
      podSelector
      policyTypes
    }
    ... on KubeEvent {
      type
      reason
      message
      count
      involvedKind
      involvedName
      lastSeen
    }
    ... on ControllerRevision {
      controllerRevision: revision
    }
    ... on Node {
      ready
      unschedulable
      kubeletVersion
      internalIP
      roles
    }
    ... on PersistentVolume {
      phase
      capacity
      reclaimPolicy
      storageClassName
      claim
    }
    ... on StorageClass {
      provisioner
      classReclaimPolicy: reclaimPolicy
      volumeBindingMode
      isDefault
    }
  }
`);

export type KubeObjectRow = KubeObjectRow_ObjectFragment;
export type KubeObjectRowRef = FragmentType<typeof KubeObjectRowFragment>;
export type RowTypename = KubeObjectRow['__typename'];
export type RowOf<T extends RowTypename> = Extract<KubeObjectRow, { __typename: T }>;
