import { graphql } from '@/gql/index.ts';

/**
 * The caller's workspaces: only those the API returns, so no menu leads to a FORBIDDEN page. The
 * step-1 cards and the sidebar share this document (one request, served from urql's cache).
 */
export const WorkspacesQuery = graphql(`
  query Workspaces {
    workspaces(first: 100) {
      totalCount
      edges {
        node {
          name
          ...WorkspaceCard_workspace
          ...WorkspaceNavEntry_workspace
        }
      }
    }
  }
`);
