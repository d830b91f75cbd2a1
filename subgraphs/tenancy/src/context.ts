import type { SubgraphContext } from '@meridian/core';
import type { NamespaceSource } from './sources/namespaces.ts';
import type { SessionSource } from './sources/sessions.ts';
import type { UserSource } from './sources/users.ts';
import type { WorkspaceSource } from './sources/workspaces.ts';

export interface Sources {
  users: UserSource;
  sessions: SessionSource;
  workspaces: WorkspaceSource;
  namespaces: NamespaceSource;
}

export type TenancyContext = SubgraphContext & { sources: Sources };
