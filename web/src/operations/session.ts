import { gql } from 'urql';

export interface LoginData {
  login: {
    token: string;
    expiresAt: string | null;
    user: { username: string; displayName: string | null; platformRole: string | null };
  };
}
export interface LoginVars {
  username: string;
  password: string;
}

export const LoginMutation = gql<LoginData, LoginVars>`
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
`;

/** Revokes the session server-side, so a copied token stops working too. */
export const LogoutMutation = gql<{ logout: boolean }, Record<string, never>>`
  mutation Logout {
    logout
  }
`;
