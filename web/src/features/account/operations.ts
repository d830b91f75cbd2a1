import { graphql } from '@/gql/index.ts';

/**
 * Who is signed in and what they may do. The top bar and the sidebar read it (urql serves both
 * from one request): entries the caller could not use are not shown at all.
 */
export const ViewerQuery = graphql(`
  query Viewer {
    me {
      username
      displayName
      platformRole
      canManageUsers
      canChangePassword
      canCreateWorkspace
    }
  }
`);

/** Changes the caller's own password; the API ends their other sessions (this one stays). */
export const ChangePasswordMutation = graphql(`
  mutation ChangePassword($oldPassword: String!, $newPassword: String!) {
    changePassword(oldPassword: $oldPassword, newPassword: $newPassword)
  }
`);
