import { conflict, notFound, type WorkspaceRole } from '@meridian/core';
import { nameNotAvailable } from '../validation.ts';
import { Prisma, upsertRetryingRace, type PrismaClient, type Workspace, type WorkspaceMember } from '@meridian/core/db';
import { keysetAfter, keysetOrderBy, keysetWindow, pageOfRows, type Connection, type SortOrder } from '@meridian/core/paging/index';
import { PUBLIC_USER_FIELDS, type UserRow } from './users.ts';
import { auditWrites } from '@meridian/core/audit/index';

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

    /** Workspaces by name, for the per-request loader. */
    byNames: (names: readonly string[]) => prisma.workspace.findMany({ where: { name: { in: [...names] } } }),

    /** One page in (sort value, name) order, resumed strictly after the cursor (keyset paging). */
    async list(q: WorkspaceQuery): Promise<Connection<WorkspaceRow>> {
      const w = keysetWindow({ list: 'workspaces', ...q });
      const columns = { sort: q.order.field === 'NAME' ? 'name' : 'createdAt', tie: 'name', value: (v: string | number) => new Date(v) };
      const base: Prisma.WorkspaceWhereInput = {
        AND: [
          q.visible === 'all' ? {} : { name: { in: q.visible } },
          q.nameContains ? { name: { contains: q.nameContains, mode: 'insensitive' } } : {},
        ],
      };
      const rows = await prisma.workspace.findMany({
        where: { AND: [base, keysetAfter<Prisma.WorkspaceWhereInput>(w, columns)] },
        orderBy: keysetOrderBy<Prisma.WorkspaceOrderByWithRelationInput>(w, columns),
        take: w.take,
      });
      return pageOfRows(rows, w, (ws) => [sortValue(ws, q.order.field), ws.name], () => prisma.workspace.count({ where: base }));
    },

    /** Creates the workspace and makes its creator workspace-admin, in one transaction. */
    async create(input: { name: string; displayName: string; description: string; createdById: string }): Promise<WorkspaceRow> {
      try {
        return await prisma.$transaction(async (tx) => {
          const ws = await tx.workspace.create({ data: input });
          await tx.workspaceMember.create({ data: { workspaceName: ws.name, userId: input.createdById, role: 'workspace-admin' } });
          await Promise.all(auditWrites(tx));
          return ws;
        });
      } catch (err) {
        if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === 'P2002') {
          throw nameNotAvailable(input.name);
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

    /** Changes the display name and description; undefined leaves a field as it is. */
    update: (name: string, change: { displayName?: string; description?: string }): Promise<WorkspaceRow> =>
      prisma.workspace.update({ where: { name }, data: change }),

    /** Deletes the workspace row; its memberships and private app templates go with it (cascade). */
    async delete(name: string): Promise<boolean> {
      const { count } = await prisma.workspace.deleteMany({ where: { name } });
      return count > 0;
    },

    /**
     * Takes a member's role away. Serializable, so that two admins removing each other at once
     * cannot leave the workspace without an admin: one gets CONFLICT.
     */
    async removeMember(workspaceName: string, userId: string, username: string): Promise<void> {
      try {
        await prisma.$transaction(
          async (tx) => {
            const member = await tx.workspaceMember.findUnique({ where: { workspaceName_userId: { workspaceName, userId } } });
            if (!member) throw notFound('WorkspaceMember', username);
            if (member.role === 'workspace-admin') {
              const admins = await tx.workspaceMember.count({ where: { workspaceName, role: 'workspace-admin' } });
              if (admins <= 1) throw conflict(`"${username}" is the last admin of workspace "${workspaceName}"; make someone else its admin first.`);
            }
            await tx.workspaceMember.delete({ where: { workspaceName_userId: { workspaceName, userId } } });
          },
          { isolationLevel: Prisma.TransactionIsolationLevel.Serializable },
        );
      } catch (err) {
        if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === 'P2034') throw conflict('Another change to this workspace\'s members happened at the same time. Try again.');
        throw err;
      }
    },

    setMember: (workspaceName: string, userId: string, role: WorkspaceRole): Promise<WorkspaceMemberRow> =>
      upsertRetryingRace(() =>
        prisma.workspaceMember.upsert({
          where: { workspaceName_userId: { workspaceName, userId } },
          create: { workspaceName, userId, role },
          update: { role },
          include: { user: { select: PUBLIC_USER_FIELDS } },
        }),
      ),
  };
}
export type WorkspaceSource = ReturnType<typeof createWorkspaceSource>;
