import { graphql } from '@/gql/index.ts';

/**
 * One page of the project's pods, sorted and filtered by the API (never more than
 * POD_PAGE_SIZE rows; the next page starts after `endCursor`).
 */
export const ProjectPodsQuery = graphql(`
  query ProjectPods($name: String!, $first: Int!, $after: String, $filter: PodFilter, $sort: WorkloadSort) {
    project(name: $name) {
      name
      displayName
      workspace {
        name
      }
      pods(first: $first, after: $after, filter: $filter, sort: $sort) {
        totalCount
        pageInfo {
          ...Pager_pageInfo
        }
        edges {
          node {
            ...PodRow_pod
          }
        }
      }
    }
  }
`);

/**
 * Usage comes from Prometheus, which is slower than the watch cache and may be down. It is asked
 * for separately (the same page) so the pod table paints without waiting for it.
 */
export const ProjectPodMetricsQuery = graphql(`
  query ProjectPodMetrics($name: String!, $first: Int!, $after: String, $filter: PodFilter, $sort: WorkloadSort) {
    project(name: $name) {
      name
      pods(first: $first, after: $after, filter: $filter, sort: $sort) {
        edges {
          node {
            ...PodRowUsage_pod
          }
        }
      }
    }
  }
`);

/** Every pod change of the project; the page shown takes those that concern it (see live-pods.ts). */
export const PodStatusChangedSubscription = graphql(`
  subscription PodStatusChanged($project: String!) {
    podStatusChanged(project: $project) {
      type
      pod {
        ...PodRow_pod
      }
    }
  }
`);
