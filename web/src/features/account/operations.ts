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
      canReadAuditLog
      canSearchAuditLog
    }
  }
`);

/** Changes the caller's own password; the API ends their other sessions (this one stays). */
export const ChangePasswordMutation = graphql(`
  mutation ChangePassword($oldPassword: String!, $newPassword: String!) {
    changePassword(oldPassword: $oldPassword, newPassword: $newPassword)
  }
`);

/** Rows per page of the API tokens table. */
export const API_TOKEN_PAGE_SIZE = 50;

/** The caller's own API tokens, newest first (never their secrets). */
export const MyApiTokensQuery = graphql(`
  query MyApiTokens($first: Int!, $after: String) {
    myApiTokens(first: $first, after: $after) {
      totalCount
      pageInfo {
        ...Pager_pageInfo
      }
      edges {
        node {
          id
          ...ApiTokenRow_apiToken
        }
      }
    }
  }
`);

/**
 * The projects a token may be limited to: those the caller sees, by workspace (pages sized to
 * stay well inside the gateway's query cost limit).
 */
export const TokenProjectsQuery = graphql(`
  query TokenProjects {
    workspaces(first: 20) {
      edges {
        node {
          name
          projects(first: 100) {
            edges {
              node {
                name
              }
            }
          }
        }
      }
    }
  }
`);

/** The answer holds the token's plaintext: shown once, never stored by the console. */
export const CreateApiTokenMutation = graphql(`
  mutation CreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      token
      apiToken {
        id
        ...ApiTokenRow_apiToken
      }
    }
  }
`);

export const RevokeApiTokenMutation = graphql(`
  mutation RevokeApiToken($id: ID!) {
    revokeApiToken(id: $id) {
      id
      ...ApiTokenRow_apiToken
    }
  }
`);

/** Rows per page of the sessions table. */
export const SESSION_PAGE_SIZE = 50;

/** The caller's live sessions, newest first; `current` is the console's own. */
export const MySessionsQuery = graphql(`
  query MySessions($first: Int!, $after: String) {
    mySessions(first: $first, after: $after) {
      totalCount
      pageInfo {
        ...Pager_pageInfo
      }
      edges {
        node {
          id
          ...SessionRow_session
        }
      }
    }
  }
`);

/** Ends one session: its token stops working and the gateway closes its sockets. */
export const RevokeSessionMutation = graphql(`
  mutation RevokeSession($id: ID!) {
    revokeSession(id: $id)
  }
`);
