import { createHash } from 'node:crypto';
import type { Identity } from '@meridian/core';

/**
 * The authorization scope of a subscription: the callers whose upstream subscriptions and entity
 * fetches may be shared. Defined conservatively as one user with one exact set of grants:
 *
 * - the user id, because subgraphs authorize a subscription per caller (the signed identity in
 *   the socket's connection params) and may resolve fields per caller (a viewer's role, who is
 *   asking): two users never share, even with identical grants;
 * - a hash of all the user's grants (platform role, every workspace and project role), because
 *   one user's grants change over time: a subscription started after a grant was added must not
 *   ride on an upstream authorized before it (grants that shrink close the client's socket, see
 *   ws.ts, so nothing authorized under wider grants outlives them).
 *
 * The session id is left out: the same user signed in twice sees the same things.
 */
export function authorizationScope(identity: Identity): string {
  if (identity.kind !== 'user') return 'anonymous';
  const grants = JSON.stringify([
    identity.platformRole ?? null,
    Object.entries(identity.workspaces).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    Object.entries(identity.projects).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  ]);
  return `user:${identity.userId ?? identity.username ?? '?'}:${createHash('sha256').update(grants).digest('base64url').slice(0, 22)}`;
}
