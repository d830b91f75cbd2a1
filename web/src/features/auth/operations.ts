import { graphql } from '@/gql/index.ts';

export const LoginMutation = graphql(`
  mutation Login($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      ...SignedIn_loginResult
    }
  }
`);

/** Revokes the session server-side, so a copied token stops working too. */
export const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);

/** How one may sign in (public): the login page offers a button per OpenID provider. */
export const LoginMethodsQuery = graphql(`
  query LoginMethods {
    loginMethods {
      kind
      id
      displayName
    }
  }
`);

/** Starts single sign-on: the browser goes to the answer's URL (state, nonce and PKCE stay on the server). */
export const StartOidcLoginMutation = graphql(`
  mutation StartOidcLogin($provider: String!, $redirectUri: String!) {
    startOidcLogin(provider: $provider, redirectUri: $redirectUri) {
      authorizationUrl
      state
    }
  }
`);

/** Finishes single sign-on with the URL the provider sent the browser back to; a session like login's. */
export const FinishOidcLoginMutation = graphql(`
  mutation FinishOidcLogin($callbackUrl: String!) {
    finishOidcLogin(callbackUrl: $callbackUrl) {
      ...SignedIn_loginResult
    }
  }
`);
