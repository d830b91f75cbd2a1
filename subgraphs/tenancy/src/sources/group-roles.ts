import { readFileSync } from 'node:fs';
import { badInput, notFound } from '@meridian/core';
import { upsertRetryingRace, type PrismaClient } from '@meridian/core/db';

/**
 * Group → role mappings: at each directory (LDAP) or OpenID (OIDC) sign-in, the person's groups
 * give them platform, workspace and project roles. Roles are named as they are stored
 * (`platform-admin`, `workspace-regular`, `operator`, or a custom role's name), so the mapping
 * survives roles becoming data. Grants a mapping made are recorded (`group_grants`): when the
 * person has left the group at their next sign-in, exactly those grants are taken back (a grant
 * changed by hand since is left alone). Configured in a JSON file named by
 * MERIDIAN_GROUP_ROLE_MAPPINGS (README: "Single sign-on"), then by platform admins in the API
 * (table group_role_mappings, after the file's).
 */

export type SignInSource = 'ldap' | 'oidc';

export interface GroupRoleMapping {
  /** Which sign-in it applies to; both when omitted. */
  source?: SignInSource;
  /** The group's name: the LDAP group's cn, or a value of the OIDC `groups` claim. */
  group: string;
  platformRole?: string;
  workspace?: string;
  workspaceRole?: string;
  project?: string;
  projectRole?: string;
}

type Kind = 'platform' | 'workspace' | 'project';
interface Grant {
  kind: Kind;
  target: string;
  role: string;
}

const ROLE_NAME = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;
const key = (g: { kind: string; target: string }) => `${g.kind}\u0000${g.target}`;

/** Checks one mapping (it names exactly one grant); throws a message naming the entry. */
export function checked(m: GroupRoleMapping, at: number | string): GroupRoleMapping {
  const where = typeof at === 'number' ? `group role mapping #${at + 1}` : at;
  if (typeof m?.group !== 'string' || !m.group || m.group.length > 256) throw new Error(`${where}: "group" is required (at most 256 characters)`);
  if (m.source !== undefined && m.source !== 'ldap' && m.source !== 'oidc') throw new Error(`${where}: "source" is ldap, oidc or omitted`);
  const kinds = [m.platformRole !== undefined, m.workspaceRole !== undefined || m.workspace !== undefined, m.projectRole !== undefined || m.project !== undefined];
  if (kinds.filter(Boolean).length !== 1) throw new Error(`${where}: give exactly one of platformRole, workspace + workspaceRole, project + projectRole`);
  for (const role of [m.platformRole, m.workspaceRole, m.projectRole]) if (role !== undefined && !ROLE_NAME.test(role)) throw new Error(`${where}: "${role}" is not a role name`);
  if (kinds[1] && (!m.workspace || !m.workspaceRole)) throw new Error(`${where}: a workspace grant needs workspace and workspaceRole`);
  if (kinds[2] && (!m.project || !m.projectRole)) throw new Error(`${where}: a project grant needs project and projectRole`);
  return m;
}

export function parseGroupRoleMappings(json: unknown): GroupRoleMapping[] {
  const list = Array.isArray(json) ? json : (json as { mappings?: unknown })?.mappings;
  if (!Array.isArray(list)) throw new Error('group role mappings: expected { "mappings": [ … ] }');
  return list.map((m, i) => checked(m as GroupRoleMapping, i));
}

/** The mappings of MERIDIAN_GROUP_ROLE_MAPPINGS (a JSON file), or none. */
export function groupRoleMappingsFromEnv(env = process.env): GroupRoleMapping[] {
  const file = env.MERIDIAN_GROUP_ROLE_MAPPINGS;
  return file ? parseGroupRoleMappings(JSON.parse(readFileSync(file, 'utf8'))) : [];
}

/**
 * The grants the groups call for. Where two groups grant on the same target, the earlier
 * mapping wins (list the stronger role first).
 */
export function grantsFor(mappings: readonly GroupRoleMapping[], source: SignInSource, groups: readonly string[]): Grant[] {
  const member = new Set(groups);
  const out = new Map<string, Grant>();
  for (const m of mappings) {
    if ((m.source && m.source !== source) || !member.has(m.group)) continue;
    const g: Grant = m.platformRole
      ? { kind: 'platform', target: '', role: m.platformRole }
      : m.workspace
        ? { kind: 'workspace', target: m.workspace, role: m.workspaceRole! }
        : { kind: 'project', target: m.project!, role: m.projectRole! };
    if (!out.has(key(g))) out.set(key(g), g);
  }
  return [...out.values()];
}

/** A mapping as the API lists it: the file's first (read-only, id `file:<n>`), then the table's. */
export type GroupRoleMappingRow = GroupRoleMapping & { id: string; fromFile: boolean };

const MAX_EDITABLE = 500;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Stored = { id: string; source: string | null; groupName: string; kind: string; target: string; role: string };
function fromRow(r: Stored): GroupRoleMappingRow {
  const base = { id: r.id, fromFile: false, group: r.groupName, ...(r.source === 'ldap' || r.source === 'oidc' ? { source: r.source as SignInSource } : {}) };
  if (r.kind === 'platform') return { ...base, platformRole: r.role };
  if (r.kind === 'workspace') return { ...base, workspace: r.target, workspaceRole: r.role };
  return { ...base, project: r.target, projectRole: r.role };
}

/** `uidOf`: a live namespace's uid (project grants are bound to it), undefined when it is not there. */
export function createGroupRoleSync(prisma: PrismaClient, fileMappings: readonly GroupRoleMapping[], uidOf: (namespace: string) => Promise<string | undefined>) {
  const fromFile: GroupRoleMappingRow[] = fileMappings.map((m, i) => ({ ...m, id: `file:${i + 1}`, fromFile: true }));
  const list = async (): Promise<GroupRoleMappingRow[]> => [
    ...fromFile,
    ...(await prisma.groupRoleMapping.findMany({ orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], take: MAX_EDITABLE })).map(fromRow),
  ];

  return {
    /** Every mapping, the file's first: the order in which they win. */
    list,

    /** Adds an editable mapping; BAD_USER_INPUT naming what is wrong with it. */
    async add(m: GroupRoleMapping): Promise<GroupRoleMappingRow> {
      try {
        checked(m, 'input');
      } catch (err) {
        throw badInput((err as Error).message.replace(/^input: /, ''), 'input');
      }
      if ((await prisma.groupRoleMapping.count()) >= MAX_EDITABLE) throw badInput(`At most ${MAX_EDITABLE} mappings can be added here; use the mappings file for more.`, 'input');
      const [kind, target, role] = m.platformRole ? ['platform', '', m.platformRole] : m.workspace ? ['workspace', m.workspace, m.workspaceRole!] : ['project', m.project!, m.projectRole!];
      return fromRow(await prisma.groupRoleMapping.create({ data: { source: m.source ?? null, groupName: m.group, kind, target, role } }));
    },

    /** Deletes an editable mapping: its grants go at each member's next sign-in. */
    async remove(id: string): Promise<void> {
      if (id.startsWith('file:') && fromFile.some((m) => m.id === id)) throw badInput('This mapping is in the mappings file (MERIDIAN_GROUP_ROLE_MAPPINGS): change it there.', 'id');
      const { count } = UUID.test(id) ? await prisma.groupRoleMapping.deleteMany({ where: { id } }) : { count: 0 };
      if (!count) throw notFound('Group role mapping', id);
    },

    /**
     * Brings the user's mapped grants in line with their groups now; returns what changed. Runs
     * at every LDAP or OIDC sign-in, with no mapping too (one that was deleted gives back nothing).
     */
    async apply(userId: string, source: SignInSource, groups: readonly string[]): Promise<{ granted: number; revoked: number }> {
      const wanted = grantsFor(await list(), source, groups);
      // Project grants need the live namespace; a mapping naming a missing one grants nothing yet.
      const uids = new Map<string, string>();
      for (const g of wanted.filter((g) => g.kind === 'project')) {
        const uid = await uidOf(g.target);
        if (uid) uids.set(g.target, uid);
      }
      // Two sign-ins of one person at once may both insert a grant: the loser runs again (and finds it).
      return upsertRetryingRace(() => prisma.$transaction(async (tx) => {
        const existingWorkspaces = new Set(
          (await tx.workspace.findMany({ where: { name: { in: wanted.filter((g) => g.kind === 'workspace').map((g) => g.target) } }, select: { name: true } })).map((w) => w.name),
        );
        const effective = wanted.filter((g) => (g.kind === 'workspace' ? existingWorkspaces.has(g.target) : g.kind === 'project' ? uids.has(g.target) : true));
        const wantedByKey = new Map(effective.map((g) => [key(g), g]));
        const previous = await tx.groupGrant.findMany({ where: { userId } });
        let revoked = 0;
        for (const p of previous) {
          const now = wantedByKey.get(key(p));
          if (now && now.role === p.role) continue;
          // Take back only what the mapping gave and nobody changed since.
          if (!now) {
            if (p.kind === 'platform') revoked += (await tx.user.updateMany({ where: { id: userId, platformRole: p.role }, data: { platformRole: 'platform-regular' } })).count;
            if (p.kind === 'workspace') revoked += (await tx.workspaceMember.deleteMany({ where: { userId, workspaceName: p.target, role: p.role } })).count;
            if (p.kind === 'project') revoked += (await tx.projectMember.deleteMany({ where: { userId, namespace: p.target, role: p.role } })).count;
          }
          await tx.groupGrant.deleteMany({ where: { userId, kind: p.kind, target: p.target } });
        }
        for (const g of effective) {
          if (g.kind === 'platform') await tx.user.update({ where: { id: userId }, data: { platformRole: g.role } });
          if (g.kind === 'workspace') {
            await tx.workspaceMember.upsert({
              where: { workspaceName_userId: { workspaceName: g.target, userId } },
              create: { workspaceName: g.target, userId, role: g.role },
              update: { role: g.role },
            });
          }
          if (g.kind === 'project') {
            const namespaceUid = uids.get(g.target)!;
            await tx.projectMember.upsert({
              where: { namespace_userId: { namespace: g.target, userId } },
              create: { namespace: g.target, namespaceUid, userId, role: g.role },
              update: { role: g.role, namespaceUid },
            });
          }
          await tx.groupGrant.upsert({
            where: { userId_kind_target: { userId, kind: g.kind, target: g.target } },
            create: { userId, kind: g.kind, target: g.target, role: g.role },
            update: { role: g.role },
          });
        }
        return { granted: effective.length, revoked };
      }));
    },
  };
}
export type GroupRoleSync = ReturnType<typeof createGroupRoleSync>;
