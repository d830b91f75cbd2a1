import { gql } from 'urql';

export interface ContainerStatus {
  name: string;
  ready: boolean;
  restartCount: number;
}

export interface PodRow {
  name: string;
  namespace: string;
  phase: string;
  podIP: string | null;
  nodeName: string | null;
  createdAt: string;
  containers: ContainerStatus[];
  /** Filled in from ProjectPodMetricsQuery, not from the status query or the subscription. */
  metrics?: { cpu: number | null; memory: number | null } | null;
}


export interface ProjectPodsData {
  project: {
    name: string;
    workspace: { name: string } | null;
    displayName: string;
    pods: { totalCount: number; edges: { node: PodRow }[] } | null;
  } | null;
}

export const ProjectPodsQuery = gql<ProjectPodsData, { name: string }>`
  query ProjectPods($name: String!) {
    project(name: $name) {
      name
      workspace {
        name
      }
      displayName
      pods(first: 500) {
        totalCount
        edges {
          node {
            name
            namespace
            phase
            podIP
            nodeName
            createdAt
            containers {
              name
              ready
              restartCount
            }
          }
        }
      }
    }
  }
`;

export interface ProjectPodMetricsData {
  project: {
    name: string;
    pods: { edges: { node: { name: string; metrics: PodRow['metrics'] } }[] } | null;
  } | null;
}

/**
 * Usage comes from Prometheus, which is slower than the watch cache and may be down. It is asked
 * for separately so the pod table paints without waiting for it, and fills in CPU/memory after.
 */
export const ProjectPodMetricsQuery = gql<ProjectPodMetricsData, { name: string }>`
  query ProjectPodMetrics($name: String!) {
    project(name: $name) {
      name
      pods(first: 500) {
        edges {
          node {
            namespace
            name
            metrics {
              cpu
              memory
            }
          }
        }
      }
    }
  }
`;

export type PodEventType = 'ADDED' | 'MODIFIED' | 'DELETED';
export interface PodStatusChangedData {
  podStatusChanged: { type: PodEventType; pod: PodRow };
}

export const PodStatusChangedSubscription = gql<PodStatusChangedData, { project: string }>`
  subscription PodStatusChanged($project: String!) {
    podStatusChanged(project: $project) {
      type
      pod {
        name
        namespace
        phase
        podIP
        nodeName
        createdAt
        containers {
          name
          ready
          restartCount
        }
      }
    }
  }
`;

export interface DeploymentRow {
  name: string;
  namespace: string;
  replicas: number;
  readyReplicas: number;
}

export interface ProjectDeploymentsData {
  project: { name: string; deployments: { edges: { node: DeploymentRow }[] } | null } | null;
}

export const ProjectDeploymentsQuery = gql<ProjectDeploymentsData, { name: string }>`
  query ProjectDeployments($name: String!) {
    project(name: $name) {
      name
      deployments(first: 200) {
        edges {
          node {
            name
            namespace
            replicas
            readyReplicas
          }
        }
      }
    }
  }
`;

export interface ScaleDeploymentData {
  scaleDeployment: { name: string; namespace: string; replicas: number };
}
export interface ScaleDeploymentVars {
  namespace: string;
  name: string;
  replicas: number;
}

export const ScaleDeploymentMutation = gql<ScaleDeploymentData, ScaleDeploymentVars>`
  mutation ScaleDeployment($namespace: String!, $name: String!, $replicas: Int!) {
    scaleDeployment(namespace: $namespace, name: $name, replicas: $replicas) {
      name
      namespace
      replicas
    }
  }
`;
