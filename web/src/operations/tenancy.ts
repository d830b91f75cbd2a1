import { graphql } from '../gql/index.ts';

/** The sidebar's data: only what the caller may see comes back, so no menu shows a dead end. */
export const NavQuery = graphql(`
  query Nav {
    me {
      username
      displayName
      platformRole
    }
    workspaces(first: 100) {
      totalCount
      edges {
        node {
          name
          displayName
        }
      }
    }
  }
`);

export const WorkspaceProjectsQuery = graphql(`
  query WorkspaceProjects($name: String!) {
    workspace(name: $name) {
      name
      displayName
      projects(first: 100) {
        totalCount
        edges {
          node {
            name
            displayName
          }
        }
      }
    }
  }
`);
