import { graphql } from '@/gql/index.ts';

/** Rows per page of the audit table. */
export const AUDIT_PAGE_SIZE = 50;

/**
 * Audit records, newest first (platform admins: all; workspace admins: their workspaces; the API
 * answers FORBIDDEN to anyone else, which the banner shows). Filters and pages come from the API.
 */
export const AuditEventsQuery = graphql(`
  query AuditEvents($filter: AuditEventFilter, $first: Int!, $after: String) {
    auditEvents(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...Pager_pageInfo
      }
      edges {
        node {
          id
          ...AuditRow_event
        }
      }
    }
  }
`);

/**
 * The same records searched in Elasticsearch (logging's searchAuditEvents): a keyword anywhere in
 * the record, with a histogram over the filter. Project admins get their project's records too.
 */
export const SearchAuditEventsQuery = graphql(`
  query SearchAuditEvents($filter: AuditSearchFilter, $first: Int!, $after: String, $interval: String!) {
    searchAuditEvents(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...Pager_pageInfo
      }
      edges {
        node {
          id
          ...AuditRow_event
        }
      }
      histogram(interval: $interval) {
        time
        count
      }
    }
  }
`);
