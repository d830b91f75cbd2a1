import { graphql } from '../gql/index.ts';

/** A row of the pod table: the status fields the query and the subscription both select. */
export interface PodRow {
  name: string;
  namespace: string;
  phase: string;
  podIP?: string | null;
  nodeName?: string | null;
  createdAt: string;
  containers: { name: string; ready: boolean; restartCount: number }[];
  /** Joined in from ProjectPodMetricsQuery, never from the status query or the subscription. */
  metrics?: { cpu?: number | null; memory?: number | null } | null;
}

export type PodEventType = 'ADDED' | 'MODIFIED' | 'DELETED';

export const ProjectPodsQuery = graphql(`
  query ProjectPods($name: String!) {
    project(name: $name) {
      name
      displayName
      workspace {
        name
      }
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
`);

/**
 * Usage comes from Prometheus, which is slower than the watch cache and may be down. It is asked
 * for separately so the pod table paints without waiting for it, and fills in CPU/memory after.
 */
export const ProjectPodMetricsQuery = graphql(`
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
`);

export const PodStatusChangedSubscription = graphql(`
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
`);

export const ProjectDeploymentsQuery = graphql(`
  query ProjectDeployments($name: String!) {
    project(name: $name) {
      name
      viewerCanEdit
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
`);

export interface DeploymentRow {
  name: string;
  namespace: string;
  replicas: number;
  readyReplicas: number;
}

export const ScaleDeploymentMutation = graphql(`
  mutation ScaleDeployment($namespace: String!, $name: String!, $replicas: Int!) {
    scaleDeployment(namespace: $namespace, name: $name, replicas: $replicas) {
      name
      namespace
      replicas
      readyReplicas
    }
  }
`);
