import { graphql } from '@/gql/index.ts';

/**
 * Monitoring's operations. Every dashboard asks its charts' metrics in ONE request (`names`),
 * which the monitoring subgraph turns into one Prometheus query per chart.
 */

export const MetricSeriesFieldsFragment = graphql(`
  fragment MetricSeriesFields on MetricSeries {
    name
    unit
    value
    points {
      timestamp
      value
    }
  }
`);

export const ClusterMetricsQuery = graphql(`
  query ClusterMetrics($names: [String!]!, $range: MetricRange) {
    clusterMetrics(names: $names, range: $range) {
      ...MetricSeriesFields
    }
  }
`);

export const WorkspaceMetricsQuery = graphql(`
  query WorkspaceMetrics($workspace: String!, $names: [String!]!, $range: MetricRange) {
    workspace(name: $workspace) {
      name
      metrics {
        series(names: $names, range: $range) {
          ...MetricSeriesFields
        }
      }
    }
  }
`);

export const ProjectMetricsQuery = graphql(`
  query ProjectMetrics($project: String!, $names: [String!]!, $range: MetricRange) {
    project(name: $project) {
      name
      metrics {
        series(names: $names, range: $range) {
          ...MetricSeriesFields
        }
      }
    }
  }
`);

/** A node's, workload's or pod's series (the object page's Monitoring tab). */
export const ObjectMetricsQuery = graphql(`
  query ObjectMetrics($kind: String!, $project: String, $name: String!, $names: [String!]!, $containerNames: [String!]!, $range: MetricRange) {
    kubeObject(kind: $kind, project: $project, name: $name) {
      name
      ... on Node {
        metrics {
          series(names: $names, range: $range) {
            ...MetricSeriesFields
          }
        }
      }
      ... on Deployment {
        metrics {
          series(names: $names, range: $range) {
            ...MetricSeriesFields
          }
        }
      }
      ... on StatefulSet {
        metrics {
          series(names: $names, range: $range) {
            ...MetricSeriesFields
          }
        }
      }
      ... on DaemonSet {
        metrics {
          series(names: $names, range: $range) {
            ...MetricSeriesFields
          }
        }
      }
      ... on Pod {
        metrics {
          series(names: $names, range: $range) {
            ...MetricSeriesFields
          }
          containers(names: $containerNames, range: $range) {
            container
            series {
              ...MetricSeriesFields
            }
          }
        }
      }
    }
  }
`);

export const MetricRankingQuery = graphql(`
  query MetricRanking($level: RankLevel!, $metric: RankMetric!, $order: SortDirection, $workspace: String, $project: String, $first: Int, $after: String) {
    metricRanking(level: $level, metric: $metric, order: $order, workspace: $workspace, project: $project, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...Pager_pageInfo
      }
      nodes {
        name
        namespace
        workloadKind
        metric
        unit
        value
      }
    }
  }
`);
