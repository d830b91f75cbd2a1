import { graphql } from '@/gql/index.ts';

/** Tenant lifecycle from the console: create, edit and delete workspaces and projects. */
export const CreateWorkspaceMutation = graphql(`
  mutation CreateWorkspace($input: CreateWorkspaceInput!) {
    createWorkspace(input: $input) {
      name
    }
  }
`);

export const AddWorkspaceAdminMutation = graphql(`
  mutation AddWorkspaceAdmin($workspace: String!, $username: String!) {
    addWorkspaceMember(workspace: $workspace, username: $username, role: WORKSPACE_ADMIN) {
      role
    }
  }
`);

export const CreateProjectMutation = graphql(`
  mutation CreateProject($workspace: String!, $name: String!, $displayName: String) {
    createProject(workspace: $workspace, name: $name, displayName: $displayName) {
      name
    }
  }
`);

export const WorkspaceGeneralQuery = graphql(`
  query WorkspaceGeneral($name: String!) {
    workspace(name: $name) {
      name
      displayName
      description
      createdAt
      viewerCanEdit
      viewerCanDelete
      viewerCanCreateProject
      projects(first: 500) {
        totalCount
        edges {
          node {
            name
          }
        }
      }
    }
  }
`);

export const UpdateWorkspaceMutation = graphql(`
  mutation UpdateWorkspace($name: String!, $input: UpdateWorkspaceInput!) {
    updateWorkspace(name: $name, input: $input) {
      name
      displayName
      description
    }
  }
`);

export const DeleteWorkspaceMutation = graphql(`
  mutation DeleteWorkspace($name: String!, $confirm: [String!]!) {
    deleteWorkspace(name: $name, confirm: $confirm)
  }
`);

export const ProjectGeneralQuery = graphql(`
  query ProjectGeneral($name: String!) {
    project(name: $name) {
      name
      displayName
      description
      viewerCanDelete
    }
  }
`);

export const UpdateProjectMutation = graphql(`
  mutation UpdateProject($name: String!, $input: UpdateProjectInput!) {
    updateProject(name: $name, input: $input) {
      name
      displayName
      description
    }
  }
`);

export const DeleteProjectMutation = graphql(`
  mutation DeleteProject($name: String!, $confirm: String!) {
    deleteProject(name: $name, confirm: $confirm)
  }
`);
