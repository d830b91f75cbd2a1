import { projectRole, workspaceRole, type Identity } from '../identity.ts';

/**
 * Whose audit records a caller may read, by workspace: platform admins all of them; workspace
 * admins those of the workspaces they administer (the workspace's own and its projects').
 * Tenancy's auditEvents and logging's searchAuditEvents both apply this rule.
 */
export function auditReadableWorkspaces(id: Identity): 'all' | string[] {
  if (id.kind !== 'user') return [];
  if (id.platformRole === 'platform-admin') return 'all';
  return Object.keys(id.workspaces).filter((ws) => workspaceRole(id, ws) === 'workspace-admin');
}

/**
 * The projects whose audit records a caller may read as their admin (a project-admin grant).
 * Searches over Elasticsearch read these from the namespace's creation on only, so that a reused
 * namespace name shows nothing of an earlier tenant.
 */
export function auditReadableProjects(id: Identity): string[] {
  if (id.kind !== 'user') return [];
  return Object.keys(id.projects).filter((ns) => projectRole(id, ns) === 'admin');
}
