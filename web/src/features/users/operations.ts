import { graphql } from '../gql/index.ts';

/** The sidebar's data: only what the caller may see comes back, so no menu shows a dead end. */
export const NavQuery = graphql(`
  query Nav {
    me {
      username
      displayName
      platformRole
      canManageUsers
      canChangePassword
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

/** Platform admins only (FORBIDDEN otherwise); the sidebar links here only when me.canManageUsers. */
export const UsersQuery = graphql(`
  query Users($filter: String, $first: Int!, $after: String) {
    users(filter: { username: $filter }, first: $first, after: $after, sort: { field: USERNAME, direction: ASC }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          username
          email
          displayName
          platformRole
          source
          createdAt
          lastLoginAt
        }
      }
    }
  }
`);

export const CreateUserMutation = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      id
      username
      email
      displayName
      platformRole
      source
      createdAt
      lastLoginAt
    }
  }
`);

export const SetUserPlatformRoleMutation = graphql(`
  mutation SetUserPlatformRole($username: String!, $role: PlatformRole!) {
    setUserPlatformRole(username: $username, role: $role) {
      id
      username
      platformRole
    }
  }
`);
