/**
 * Which audit records a caller may search (the rule of tenancy's auditEvents, plus project
 * admins): platform admins all; workspace admins their workspaces' records from the workspace's
 * creation on (as tenancy reads them); project admins their
 * project's records from its namespace's creation on (a reused namespace name shows nothing of an
 * earlier tenant); anyone else none. A workspace or project named in the filter that the caller
 * cannot see is NOT_FOUND; one they see but do not administer, FORBIDDEN.
 */
import { forbidden, projectAccess, readyDirectory, requireUser, workspaceAccess, type Identity } from '@meridian/core';
import { auditReadableProjects, auditReadableWorkspaces } from '@meridian/core/audit/index';
import type { NamespaceDirectory } from '@meridian/core/kube/index';
import type { AuditScope } from './sources/audit-store.ts';

export async function auditScope(
  identity: Identity,
  namespaces: NamespaceDirectory,
  workspacesSince: (names: readonly string[]) => Promise<{ name: string; since: Date }[]>,
  requested: { workspaces?: readonly string[]; projects?: readonly string[] },
): Promise<AuditScope> {
  const id = requireUser(identity);
  const workspaces = auditReadableWorkspaces(id);
  if (workspaces === 'all') return 'all';
  for (const ws of requested.workspaces ?? []) {
    if (workspaces.includes(ws)) continue;
    await workspaceAccess(id, namespaces, ws).view();
    throw forbidden(`Only the admins of workspace "${ws}" may read its audit log.`);
  }
  await readyDirectory(namespaces);
  const projects = auditReadableProjects(id).flatMap((name) => {
    const created = namespaces.get(name)?.metadata?.creationTimestamp;
    return created ? [{ name, since: new Date(created).toISOString() }] : [];
  });
  for (const name of requested.projects ?? []) {
    const scope = await projectAccess(id, namespaces, name).view();
    const administered = projects.some((p) => p.name === name) || (scope.workspace !== undefined && workspaces.includes(scope.workspace));
    if (!administered) throw forbidden(`Only the admins of project "${name}" and of its workspace may read its audit log.`);
  }
  // A workspace's records from its creation on: a recreated name shows nothing of the earlier one.
  const administered = (await workspacesSince(workspaces)).map((w) => ({ name: w.name, since: w.since.toISOString() }));
  return { workspaces: administered, projects };
}

/** Nothing to search: no workspace nor project administered. */
export const emptyScope = (s: AuditScope) => s !== 'all' && !s.workspaces.length && !s.projects.length;
