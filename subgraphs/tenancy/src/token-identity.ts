import { narrowToProjects, type Identity, type Logger } from '@meridian/core';
import type { ApiTokenRow } from './sources/api-tokens.ts';
import type { NamespaceSource } from './sources/namespaces.ts';

/**
 * The identity an API token acts with: its user's current identity narrowed to the token's
 * scope. A token limited to some projects keeps, in each, the role its user effectively holds
 * there now (from any grant) and nothing else; READ_ONLY marks it read-only, which the access
 * layer enforces in every subgraph. Recomputed on every lookup, so the user's grant changes
 * apply to their tokens as to their sessions.
 */
export async function tokenIdentity(user: Identity, token: ApiTokenRow, namespaces: NamespaceSource, log: Logger): Promise<Identity> {
  let id = user;
  if (!token.allProjects) {
    // Workspace grants reach a project through its namespace's workspace label. Without
    // Kubernetes the label is unknown: the token then keeps only direct project grants (less,
    // never more) until the directory is back.
    let workspaceOf: (namespace: string) => string | undefined = () => undefined;
    try {
      const directory = await namespaces.directory();
      workspaceOf = (ns) => directory.workspaceOf(ns);
    } catch (err) {
      log.warn({ err, tokenId: token.id }, 'namespace directory unavailable: API token narrowed to direct project grants');
    }
    id = narrowToProjects(user, token.projects, workspaceOf);
  }
  const { sessionId: _none, ...rest } = id;
  return { ...rest, authMethod: 'token', tokenId: token.id, ...(token.scope === 'READ_ONLY' ? { readOnly: true } : {}) };
}
