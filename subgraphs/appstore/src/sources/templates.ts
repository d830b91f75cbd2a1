import { isPlatformAdmin, policies, type Identity } from '@meridian/core';
import { Prisma, type AppTemplate, type AppVersion, type PrismaClient } from '@meridian/core/db';
import { keysetAfter, keysetOrderBy, keysetWindow, pageOfRows, type Connection, type SortOrder } from '@meridian/core/paging/index';

export type AppVersionRow = AppVersion;
export type AppTemplateRow = AppTemplate & { versions: AppVersionRow[] };
export type AppTemplateConnectionRow = Connection<AppTemplateRow>;
export type AppTemplateSortField = 'NAME' | 'CREATED_AT';

/**
 * Who sees what in the store, as database conditions (so that paging and counts are right):
 * - public templates (no workspace): every signed-in user;
 * - a workspace's private templates: policies.useWorkspaceTemplates (its members, platform admins);
 * - versions: only ACTIVE ones, unless policies.administerTemplate allows (platform admin, or
 *   workspace-admin of a private template's workspace); a template with no version the caller
 *   may see is not listed at all. A template one may not see is NOT_FOUND, like a missing one.
 */
export function visibleVersions(id: Identity, t: AppTemplateRow): AppVersionRow[] {
  return policies.administerTemplate(t.workspaceName).allows(id) ? t.versions : t.versions.filter((v) => v.state === 'ACTIVE');
}

/** The same policies as conditions over the caller's own workspaces (so paging and counts are right). */
function visibilityWhere(id: Identity): Prisma.AppTemplateWhereInput {
  if (isPlatformAdmin(id)) return {};
  const mine = [...Object.keys(id.workspaces), ...Object.keys(id.workspaceBundles ?? {})];
  const member = mine.filter((w) => policies.useWorkspaceTemplates(w).allows(id));
  const admin = mine.filter((w) => policies.administerTemplate(w).allows(id));
  return {
    AND: [
      { OR: [{ workspaceName: null }, { workspaceName: { in: member } }] },
      { OR: [{ versions: { some: { state: 'ACTIVE' } } }, { workspaceName: { in: admin } }] },
    ],
  };
}

export interface TemplateQuery {
  nameContains?: string | null;
  category?: string | null;
  workspace?: string | null;
  order: SortOrder<AppTemplateSortField>;
  first?: number | null;
  after?: string | null;
}

const withVersions = { versions: { orderBy: [{ createdAt: 'desc' }, { version: 'desc' }] } } satisfies Prisma.AppTemplateInclude;

export function createTemplateSource(prisma: PrismaClient) {
  return {
    /** The templates among `ids` the caller may see (any order), for the per-request loader. */
    async byIds(id: Identity, ids: readonly string[]): Promise<AppTemplateRow[]> {
      return prisma.appTemplate.findMany({ where: { AND: [{ id: { in: [...ids] } }, visibilityWhere(id)] }, include: withVersions });
    },

    /** One page in (sort value, id) order, resumed strictly after the cursor. */
    async list(id: Identity, q: TemplateQuery): Promise<Connection<AppTemplateRow>> {
      const w = keysetWindow({ list: 'appTemplates', ...q });
      const columns = { sort: q.order.field === 'NAME' ? 'name' : 'createdAt', tie: 'id', value: (v: string | number) => (q.order.field === 'NAME' ? v : new Date(v)) };
      const base: Prisma.AppTemplateWhereInput = {
        AND: [
          visibilityWhere(id),
          q.nameContains
            ? { OR: [{ name: { contains: q.nameContains, mode: 'insensitive' } }, { displayName: { contains: q.nameContains, mode: 'insensitive' } }] }
            : {},
          q.category ? { category: q.category } : {},
          q.workspace ? { workspaceName: q.workspace } : {},
        ],
      };
      const rows = await prisma.appTemplate.findMany({
        where: { AND: [base, keysetAfter<Prisma.AppTemplateWhereInput>(w, columns)] },
        include: withVersions,
        orderBy: keysetOrderBy<Prisma.AppTemplateOrderByWithRelationInput>(w, columns),
        take: w.take,
      });
      return pageOfRows(rows, w, (t) => [q.order.field === 'NAME' ? t.name : t.createdAt.toISOString(), t.id], () => prisma.appTemplate.count({ where: base }));
    },
  };
}
export type TemplateSource = ReturnType<typeof createTemplateSource>;
