import { createHash } from 'node:crypto';
import type { Identity } from '@meridian/core';

const byKey = ([a]: [string, unknown], [b]: [string, unknown]) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The authorization scope of a subscription: the callers whose upstream subscriptions and entity
 * fetches may be shared. Defined conservatively as one user with one exact set of grants:
 *
 * - the user id, because subgraphs authorize a subscription per caller (the signed identity in
 *   the socket's connection params) and may resolve fields per caller (a viewer's role, who is
 *   asking): two users never share, even with identical grants;
 * - a hash of everything else the identity says except the session id: platform role, every
 *   workspace and project role (and any field added to Identity later, e.g. a token's limits),
 *   because one user's grants change over time and differ between a session and a narrowed API
 *   token: a subscription started under other grants never rides on an upstream authorized
 *   under these (grants that shrink close the client's socket, see ws.ts, so nothing authorized
 *   under wider grants outlives them).
 *
 * The session id is left out: the same user signed in twice, with the same grants, sees the same.
 */
export function authorizationScope(identity: Identity): string {
  if (identity.kind !== 'user') return 'anonymous';
  const { sessionId: _session, workspaces, projects, ...rest } = identity;
  const canonical = JSON.stringify([
    Object.entries(rest).sort(byKey),
    Object.entries(workspaces).sort(byKey),
    Object.entries(projects).sort(byKey),
  ]);
  return `user:${identity.userId ?? identity.username ?? '?'}:${createHash('sha256').update(canonical).digest('base64url').slice(0, 22)}`;
}
