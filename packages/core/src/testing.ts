import { config } from './config.ts';
import { IDENTITY_HEADER, signIdentity, type Identity, type PlatformRole, type ProjectRole, type WorkspaceRole } from './identity.ts';

/** Builds a user identity for tests, as the gateway would vouch for it. */
export function userIdentity(
  username: string,
  opts: { platformRole?: PlatformRole; workspaces?: Record<string, WorkspaceRole>; projects?: Record<string, ProjectRole> } = {},
): Identity {
  return {
    kind: 'user',
    userId: `test-${username}`,
    username,
    platformRole: opts.platformRole ?? 'platform-regular',
    workspaces: opts.workspaces ?? {},
    projects: opts.projects ?? {},
  };
}

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string } & Record<string, unknown> }[];
}

/** Calls a subgraph over HTTP exactly as the gateway does: with a signed identity header. */
export async function callSubgraph<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  identity: Identity | null = null,
): Promise<GraphQLResponse<T> & { status: number }> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (identity) headers[IDENTITY_HEADER] = await signIdentity(identity, config.internalKey);
  const res = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  return { status: res.status, ...((await res.json()) as GraphQLResponse<T>) };
}
