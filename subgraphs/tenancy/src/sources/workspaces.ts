import { conflict, type WorkspaceRole } from '@meridian/core';
import { Prisma, type PrismaClient, type Workspace, type WorkspaceMember } from '@meridian/core/db';
import { decodeCursor, pageSize, toConnection, type Connection, type SortOrder } from '@meridian/core/db/paging';
import { PUBLIC_USER_FIELDS, type UserRow } from './users.ts';

export type WorkspaceRow = Workspace;
export type WorkspaceMemberRow = WorkspaceMember & { user: UserRow };
export type WorkspaceConnectionRow = Connection<WorkspaceRow>;
export type WorkspaceSortField = 'NAME' | 'CREATED_AT';

export interface WorkspaceQuery {
  /** The names the caller may see, or 'all' for platform admins. */
  visible: string[] | 'all';
  nameContains?: string | null;
  order: SortOrder<WorkspaceSortField>;
  first?: number | null;
  after?: string | null;
}

const sortValue = (w: WorkspaceRow, field: WorkspaceSortField) => (field === 'NAME' ? w.name : w.createdAt.toISOString());

export function createWorkspaceSource(prisma: PrismaClient) {
  return {
    get: (name: string) => prisma.workspace.findUnique({ where: { name } }),

    /** One page in (sort value, name) order, resumed strictly after the cursor (keyset paging). */
    async list(q: WorkspaceQuery): Promise<Connection<WorkspaceRow>> {
      const limit = pageSize(q.first);
      const { field, direction } = q.order;
      const base: Prisma.WorkspaceWhereInput = {
        AND: [
          q.visible === 'all' ? {} : { name: { in: q.visible } },
          q.nameContains ? { name: { contains: q.nameContains, mode: 'insensitive' } } : {},
        ],
      };
      let where = base;
      if (q.after) {
        const [value, name] = decodeCursor(q.after, q.order);
        const cmp = direction === 'ASC' ? 'gt' : 'lt';
        const after: Prisma.WorkspaceWhereInput =
          field === 'NAME'
            ? { name: { [cmp]: String(name) } }
            : {
                OR: [
                  { createdAt: { [cmp]: new Date(String(value)) } },
                  { createdAt: new Date(String(value)), name: { [cmp]: String(name) } },
                ],
              };
        where = { AND: [base, after] };
      }
      const dir = direction === 'ASC' ? 'asc' : 'desc';
      const orderBy: Prisma.WorkspaceOrderByWithRelationInput[] = field === 'NAME' ? [{ name: dir }] : [{ createdAt: dir }, { name: dir }];
      const rows = await prisma.workspace.findMany({ where, orderBy, take: limit + 1 });
      return toConnection(rows, limit, q.order, (w) => [sortValue(w, field), w.name], !!q.after, () => prisma.workspace.count({ where: base }));
    },

    /** Creates the workspace and makes its creator workspace-admin, in one transaction. */
    async create(input: { name: string; displayName: string; description: string; createdById: string }): Promise<WorkspaceRow> {
      try {
        return await prisma.$transaction(async (tx) => {
          const ws = await tx.workspace.create({ data: input });
          await tx.workspaceMember.create({ data: { workspaceName: ws.name, userId: input.createdById, role: 'workspace-admin' } });
          return ws;
        });
      } catch (err) {
        if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === 'P2002') {
          throw conflict(`A workspace named "${input.name}" already exists.`);
        }
        throw err;
      }
    },

    members: (workspaceName: string): Promise<WorkspaceMemberRow[]> =>
      prisma.workspaceMember.findMany({
        where: { workspaceName },
        include: { user: { select: PUBLIC_USER_FIELDS } },
        orderBy: { createdAt: 'asc' },
      }),

    setMember: (workspaceName: string, userId: string, role: WorkspaceRole): Promise<WorkspaceMemberRow> =>
      prisma.workspaceMember.upsert({
        where: { workspaceName_userId: { workspaceName, userId } },
        create: { workspaceName, userId, role },
        update: { role },
        include: { user: { select: PUBLIC_USER_FIELDS } },
      }),
  };
}
export type WorkspaceSource = ReturnType<typeof createWorkspaceSource>;
