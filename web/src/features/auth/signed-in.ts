import { graphql, getFragmentData, type FragmentType } from '@/gql/index.ts';
import { sessionFromLogin, type Session } from '@/lib/session.ts';

/** What a sign-in answers (login, finishOidcLogin): the session the console keeps. */
export const SignedInFragment = graphql(`
  fragment SignedIn_loginResult on LoginResult {
    token
    expiresAt
    mustChangePassword
    user {
      username
      displayName
      platformRole
    }
  }
`);

/** The session a sign-in answered, or null when it answered none. */
export function signedInSession(result: FragmentType<typeof SignedInFragment> | null | undefined): Session | null {
  const data = getFragmentData(SignedInFragment, result);
  return data?.token ? sessionFromLogin(data) : null;
}
