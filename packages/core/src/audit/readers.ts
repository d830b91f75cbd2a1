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

/**
 * Records are stamped when their request began; a workspace's own createWorkspace record comes
 * this long at most before the workspace's row.
 */
const CREATION_SLACK_MS = 10_000;

/**
 * From when a workspace admin reads each of these workspaces' records: its creation (the
 * installation's `workspaces` table), less CREATION_SLACK_MS for its own createWorkspace record.
 * A workspace deleted and created again under the same name (another team's) shows nothing of
 * the earlier one, unless that was deleted less than 10 s before. A name without a row reads
 * nothing.
 */
export async function workspacesSince(prisma: { workspace: { findMany(args: { where: { name: { in: string[] } }; select: { name: true; createdAt: true } }): Promise<{ name: string; createdAt: Date }[]> } }, names: readonly string[]): Promise<{ name: string; since: Date }[]> {
  if (!names.length) return [];
  const rows = await prisma.workspace.findMany({ where: { name: { in: [...names] } }, select: { name: true, createdAt: true } });
  return rows.map((r) => ({ name: r.name, since: new Date(r.createdAt.getTime() - CREATION_SLACK_MS) }));
}
