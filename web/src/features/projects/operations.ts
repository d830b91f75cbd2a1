import { graphql } from '@/gql/index.ts';

/** A workspace's projects (those the caller may see); the step-2 cards and the sidebar share it. */
export const WorkspaceProjectsQuery = graphql(`
  query WorkspaceProjects($name: String!) {
    workspace(name: $name) {
      name
      displayName
      viewerCanCreateProject
      projects(first: 100) {
        totalCount
        edges {
          node {
            name
            ...ProjectCard_project
            ...ProjectNavEntry_project
          }
        }
      }
    }
  }
`);
