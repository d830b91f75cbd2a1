import { graphql } from '@/gql/index.ts';

/** The last line again (to join up with what the detail query showed), then new lines as they are written. */
export const PodLogTailSubscription = graphql(`
  subscription PodLogTail($namespace: String!, $pod: String!, $container: String) {
    podLogTail(namespace: $namespace, pod: $pod, container: $container, tailLines: 1) {
      time
      message
    }
  }
`);

/** One collected line as the search, context and live views show it. */
export const LogRecordFieldsFragment = graphql(`
  fragment LogRecordFields on LogRecord {
    id
    time
    message
    namespace
    pod
    container
    level
    highlights
  }
`);

export const SearchLogsQuery = graphql(`
  query SearchLogs($filter: LogFilter!, $first: Int, $after: String, $interval: String!) {
    searchLogs(filter: $filter, first: $first, after: $after, sort: NEWEST_FIRST) {
      totalCount
      edges {
        cursor
        node {
          ...LogRecordFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      histogram(interval: $interval) {
        time
        count
      }
    }
  }
`);

export const LogContextQuery = graphql(`
  query LogContext($project: String!, $id: ID!) {
    logContext(project: $project, id: $id, before: 5, after: 5) {
      before {
        ...LogRecordFields
      }
      after {
        ...LogRecordFields
      }
    }
  }
`);

export const LogTailSubscription = graphql(`
  subscription LogTail($project: String!, $workload: WorkloadRef, $pod: String, $container: String, $keyword: String) {
    logTail(project: $project, workload: $workload, pod: $pod, container: $container, keyword: $keyword) {
      ...LogRecordFields
    }
  }
`);

export const SearchEventsQuery = graphql(`
  query SearchEvents($project: String!, $kind: String, $name: String, $first: Int, $after: String) {
    searchEvents(project: $project, kind: $kind, name: $name, first: $first, after: $after) {
      totalCount
      edges {
        node {
          uid
          involvedKind
          involvedName
          type
          reason
          message
          count
          source
          lastSeen
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
