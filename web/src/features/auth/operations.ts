import { graphql } from '@/gql/index.ts';

export const LoginMutation = graphql(`
  mutation Login($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      token
      expiresAt
      mustChangePassword
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
