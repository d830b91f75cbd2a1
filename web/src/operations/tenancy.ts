import { gql } from 'urql';

export interface NamedNode {
  name: string;
  displayName: string;
}

export interface NavData {
  me: { username: string; displayName: string | null; platformRole: string | null } | null;
  workspaces: { totalCount: number; edges: { node: NamedNode }[] } | null;
}

/** The sidebar's data: only what the caller may see comes back, so no menu shows a dead end. */
export const NavQuery = gql<NavData, Record<string, never>>`
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
`;

export interface WorkspaceProjectsData {
  workspace: {
    name: string;
    displayName: string | null;
    projects: { totalCount: number; edges: { node: NamedNode }[] } | null;
  } | null;
}

export const WorkspaceProjectsQuery = gql<WorkspaceProjectsData, { name: string }>`
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
`;
