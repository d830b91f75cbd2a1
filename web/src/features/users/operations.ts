import { graphql } from '@/gql/index.ts';

/** Rows per page of the users table. */
export const USER_PAGE_SIZE = 50;

/** Platform admins only (FORBIDDEN otherwise); the sidebar lists Users only when me.canManageUsers. */
export const UsersQuery = graphql(`
  query Users($filter: String, $first: Int!, $after: String, $sort: UserSort) {
    users(filter: { username: $filter }, first: $first, after: $after, sort: $sort) {
      totalCount
      pageInfo {
        ...Pager_pageInfo
      }
      edges {
        node {
          id
          ...UserRow_user
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
      ...UserRow_user
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

/** Disable and enable answer the user (the row updates from the cache); delete answers true. */
export const DisableUserMutation = graphql(`
  mutation DisableUser($username: String!) {
    disableUser(username: $username) {
      id
      disabledAt
    }
  }
`);

export const EnableUserMutation = graphql(`
  mutation EnableUser($username: String!) {
    enableUser(username: $username) {
      id
      disabledAt
    }
  }
`);

export const DeleteUserMutation = graphql(`
  mutation DeleteUser($username: String!) {
    deleteUser(username: $username)
  }
`);
