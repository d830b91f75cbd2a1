import { SignJWT, jwtVerify } from 'jose';

export type PlatformRole = 'platform-admin' | 'platform-self-provisioner' | 'platform-regular';
export type WorkspaceRole =
  | 'workspace-admin'
  | 'workspace-self-provisioner'
  | 'workspace-regular'
  | 'workspace-viewer';
export type ProjectRole = 'admin' | 'operator' | 'viewer';

/**
 * Who is calling, as the gateway vouches for it. The gateway resolves the caller's grants once
 * per request (from tenancy, briefly cached) and signs them, so every subgraph authorizes
 * locally without a round trip. `anonymous` exists only so that `login` can reach tenancy.
 */
export interface Identity {
  kind: 'user' | 'anonymous';
  userId?: string;
  username?: string;
  platformRole?: PlatformRole;
  /** workspace name -> the caller's role in it */
  workspaces: Record<string, WorkspaceRole>;
  /** namespace -> the caller's role in that project */
  projects: Record<string, ProjectRole>;
  /** The tenancy session the caller signed in with (lets `logout` end exactly that session). */
  sessionId?: string;
}

export const ANONYMOUS: Identity = { kind: 'anonymous', workspaces: {}, projects: {} };

/** The header (HTTP) and connection_init key (WebSocket) that carry the signed identity. */
export const IDENTITY_HEADER = 'x-meridian-identity';

const ISSUER = 'meridian-gateway';
const AUDIENCE = 'meridian-subgraph';

function keyBytes(key: string): Uint8Array {
  return new TextEncoder().encode(key);
}

/** Signs an identity for subgraphs; short-lived because it is minted per request. */
export async function signIdentity(identity: Identity, key: string, ttlSeconds = 300): Promise<string> {
  return new SignJWT({ id: identity })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${ttlSeconds}s`)
    .sign(keyBytes(key));
}

/** Returns the identity if the token was signed by the gateway with `key`, else null. */
export async function verifyIdentity(token: string | undefined | null, key: string): Promise<Identity | null> {
  if (!token) return null;
  try {
    const { payload } = await jwtVerify(token, keyBytes(key), { issuer: ISSUER, audience: AUDIENCE });
    const id = payload.id as Identity | undefined;
    if (!id || (id.kind !== 'user' && id.kind !== 'anonymous')) return null;
    return { ...id, workspaces: id.workspaces ?? {}, projects: id.projects ?? {} };
  } catch {
    return null;
  }
}
