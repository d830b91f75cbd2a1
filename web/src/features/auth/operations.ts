import { graphql } from '../gql/index.ts';

export const LoginMutation = graphql(`
  mutation Login($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      token
      expiresAt
      user {
        username
        displayName
        platformRole
      }
    }
  }
`);

/** Revokes the session server-side, so a copied token stops working too. */
export const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);

/** Changes the caller's own password; the API ends their other sessions (this one stays). */
export const ChangePasswordMutation = graphql(`
  mutation ChangePassword($oldPassword: String!, $newPassword: String!) {
    changePassword(oldPassword: $oldPassword, newPassword: $newPassword)
  }
`);
