import { keyedLoader } from '@meridian/core/loaders';
import type { Sources } from './context.ts';

/**
 * Tenancy's batched lookups, one set per request (see @meridian/core/loaders): entity
 * references from other subgraphs (`_entities` with many workspaces or projects) and users
 * cost one query per kind, not one per object. Rows only: every resolver still checks what
 * the caller may see.
 */
export function createLoaders(sources: Sources) {
  return {
    userById: keyedLoader(sources.users.byIds, (u) => u.id),
    userByUsername: keyedLoader(sources.users.byUsernames, (u) => u.username),
    workspaceByName: keyedLoader(sources.workspaces.byNames, (w) => w.name),
    projectByName: keyedLoader(sources.namespaces.byNames, (p) => p.name),
  };
}
export type TenancyLoaders = ReturnType<typeof createLoaders>;
