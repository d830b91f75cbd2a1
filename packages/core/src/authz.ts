import type { Identity } from './identity.ts';
import { hiddenOrMissing } from './access/hidden.ts';
import { policies } from './access/policies.ts';
import { canViewProject, requireUser } from './access/rules.ts';

/**
 * Transitional: the synchronous project checks for code not yet on the access layer
 * (`./access/`, `projectAccess`). Same rules and the same hidden-or-missing answer (NOT_FOUND).
 * Removed once every subgraph uses `projectAccess`.
 */
export function assertCanViewProject(id: Identity, namespace: string, workspace: string | undefined): void {
  requireUser(id);
  if (!canViewProject(id, namespace, workspace)) throw hiddenOrMissing('Project', namespace);
}

export function assertCanEditProject(id: Identity, namespace: string, workspace: string | undefined): void {
  assertCanViewProject(id, namespace, workspace);
  policies.editProject({ namespace, workspace }).enforce(id);
}
