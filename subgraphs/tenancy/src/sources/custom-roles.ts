import { bundleMask, conflict, notFound, projectPart, PROJECT_ROLE_BUNDLES, WORKSPACE_ROLE_BUNDLES, type BundleMask } from '@meridian/core';
import { Prisma, type CustomRole, type PrismaClient } from '@meridian/core/db';
import { nameNotAvailable } from '../validation.ts';

/**
 * Custom roles: named sets of permission bundles of a workspace (namespace "") or of one project
 * of it (namespace + its uid). Grants name a role in their `role` column: a built-in name, or a
 * custom role of that workspace / project. This source resolves grants to bundle masks for the
 * signed identity and refuses deleting a role that is still granted (CONFLICT).
 */
export type CustomRoleRow = CustomRole;

export const BUILT_IN_WORKSPACE_ROLES = Object.keys(WORKSPACE_ROLE_BUNDLES);
export const BUILT_IN_PROJECT_ROLES = Object.keys(PROJECT_ROLE_BUNDLES);
const BUILT_IN_NAMES = new Set([...BUILT_IN_WORKSPACE_ROLES, ...BUILT_IN_PROJECT_ROLES, 'platform-admin', 'platform-self-provisioner', 'platform-regular']);
export const isBuiltInRoleName = (name: string) => BUILT_IN_NAMES.has(name);

/** Where a custom role lives: a workspace (namespace undefined) or one project of it. */
export interface RoleHome {
  workspace: string;
  namespace?: string;
  /** A project role's namespace uid. */
  namespaceUid?: string;
}

const where = (home: RoleHome) => ({ workspaceName: home.workspace, namespace: home.namespace ?? '', ...(home.namespace ? { namespaceUid: home.namespaceUid } : {}) });

export function createCustomRoleSource(prisma: PrismaClient) {
  /** How many grants name this role (built-in or custom) in its home now. */
  async function grantCount(home: RoleHome, name: string): Promise<number> {
    if (!home.namespace) return prisma.workspaceMember.count({ where: { workspaceName: home.workspace, role: name } });
    return prisma.projectMember.count({ where: { namespace: home.namespace, role: name, OR: [{ namespaceUid: home.namespaceUid }, { namespaceUid: null }] } });
  }

  return {
    grantCount,

    /** The role name a user holds on the live namespace (built-in or custom); null for none. */
    grantedIn: async (namespace: string, namespaceUid: string, userId: string) =>
      (await prisma.projectMember.findFirst({ where: { namespace, userId, OR: [{ namespaceUid }, { namespaceUid: null }] }, select: { role: true } }))?.role ?? null,

    /** The role name a user holds in a workspace; null for none. */
    workspaceGrantOf: async (workspaceName: string, userId: string) =>
      (await prisma.workspaceMember.findUnique({ where: { workspaceName_userId: { workspaceName, userId } }, select: { role: true } }))?.role ?? null,

    list: (home: RoleHome) => prisma.customRole.findMany({ where: where(home), orderBy: { name: 'asc' } }),

    get: (home: RoleHome, name: string) => prisma.customRole.findFirst({ where: { ...where(home), name } }),

    async create(home: RoleHome, input: { name: string; description: string; bundles: string[] }): Promise<CustomRoleRow> {
      if (isBuiltInRoleName(input.name)) throw nameNotAvailable(input.name);
      try {
        return await prisma.customRole.create({
          data: { workspaceName: home.workspace, namespace: home.namespace ?? '', namespaceUid: home.namespaceUid ?? null, ...input },
        });
      } catch (err) {
        if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === 'P2002') throw conflict(`A role named "${input.name}" already exists here.`);
        throw err;
      }
    },

    async update(home: RoleHome, name: string, change: { description?: string; bundles?: string[] }): Promise<CustomRoleRow> {
      const role = await prisma.customRole.findFirst({ where: { ...where(home), name } });
      if (!role) throw notFound('Role', name);
      return prisma.customRole.update({ where: { id: role.id }, data: change });
    },

    /**
     * Deletes a role nobody holds. Serializable with the grant count, so a grant made at the same
     * moment cannot be left naming a deleted role: one of the two gets CONFLICT.
     */
    async delete(home: RoleHome, name: string): Promise<void> {
      try {
        await prisma.$transaction(
          async (tx) => {
            const role = await tx.customRole.findFirst({ where: { ...where(home), name } });
            if (!role) throw notFound('Role', name);
            const held = role.namespace
              ? await tx.projectMember.count({ where: { namespace: role.namespace, namespaceUid: role.namespaceUid, role: role.name } })
              : await tx.workspaceMember.count({ where: { workspaceName: role.workspaceName, role: role.name } });
            if (held > 0) throw conflict(`Role "${name}" is still granted to ${held} member(s): give them another role first.`);
            await tx.customRole.delete({ where: { id: role.id } });
          },
          { isolationLevel: Prisma.TransactionIsolationLevel.Serializable },
        );
      } catch (err) {
        if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === 'P2034') throw conflict('The role changed at the same time. Try again.');
        throw err;
      }
    },

    /** A project's roles go with its namespace (a namespace of the same name later starts with none). */
    forgetNamespace: (namespace: string, uid: string) => prisma.customRole.deleteMany({ where: { namespace, OR: [{ namespaceUid: uid }, { namespaceUid: null }] } }),
  };
}
export type CustomRoleSource = ReturnType<typeof createCustomRoleSource>;

/**
 * The bundle masks of a user's custom-role grants, for the signed identity: one query for all of
 * them (none when every grant is built-in). A grant naming a role that does not exist (any more)
 * gives nothing. Project grants are already the live ones (bound to the namespace's uid).
 */
export async function customGrantMasks(
  prisma: PrismaClient,
  workspaceGrants: readonly { workspaceName: string; role: string }[],
  projectGrants: readonly { namespace: string; namespaceUid: string | null; role: string }[],
): Promise<{ workspaceBundles?: Record<string, BundleMask>; projectBundles?: Record<string, BundleMask> }> {
  const ws = workspaceGrants.filter((g) => !isBuiltInRoleName(g.role));
  const pr = projectGrants.filter((g) => !isBuiltInRoleName(g.role));
  const out = { workspaceBundles: {} as Record<string, BundleMask>, projectBundles: {} as Record<string, BundleMask> };
  if (!ws.length && !pr.length) return {};
  const rows = await prisma.customRole.findMany({
    where: {
      OR: [
        ...ws.map((g) => ({ workspaceName: g.workspaceName, namespace: '', name: g.role })),
        ...pr.map((g) => ({ namespace: g.namespace, namespaceUid: g.namespaceUid, name: g.role })),
      ],
    },
    select: { workspaceName: true, namespace: true, namespaceUid: true, name: true, bundles: true },
  });
  const key = (...parts: (string | null)[]) => JSON.stringify(parts);
  const byKey = new Map(rows.map((r) => [r.namespace ? key(r.namespace, r.namespaceUid, r.name) : key(r.workspaceName, r.name), r.bundles]));
  // Keys are user-chosen names: the tables are filled with defineProperty and become
  // null-prototype tables in normalizeIdentity.
  for (const g of ws) {
    const bundles = byKey.get(key(g.workspaceName, g.role));
    if (bundles) Object.defineProperty(out.workspaceBundles, g.workspaceName, { value: bundleMask(bundles), enumerable: true });
  }
  for (const g of pr) {
    const bundles = byKey.get(key(g.namespace, g.namespaceUid, g.role));
    if (bundles) Object.defineProperty(out.projectBundles, g.namespace, { value: projectPart(bundleMask(bundles)), enumerable: true });
  }
  // Only tables with grants, so an identity without custom roles looks as it always did.
  return Object.fromEntries(Object.entries(out).filter(([, table]) => Object.keys(table).length));
}
