import { conflict, notFound, projectGrants, workspaceGrants, type Identity, type PlatformRole, type ProjectRole, type WorkspaceRole } from '@meridian/core';
import { Prisma, hashPassword, upsertRetryingRace, type PrismaClient, type User, type ProjectMember } from '@meridian/core/db';
import { customGrantMasks } from './custom-roles.ts';
import { keysetAfter, keysetOrderBy, keysetWindow, pageOfRows, type Connection, type SortOrder } from '@meridian/core/paging/index';
import { auditWrites } from '@meridian/core/audit/index';

/** A user row as resolvers see it; the password hash is left out of every query. */
export type UserRow = Omit<User, 'passwordHash' | 'externalId'>;
export type ProjectMemberRow = ProjectMember & { user: UserRow };
export type UserConnectionRow = Connection<UserRow>;
export type UserSortField = 'USERNAME' | 'CREATED_AT';

export interface UserQuery {
  usernameContains?: string | null;
  order: SortOrder<UserSortField>;
  first?: number | null;
  after?: string | null;
}

export interface NewUser {
  username: string;
  email: string;
  displayName: string;
  password: string;
  platformRole: PlatformRole;
  mustChangePassword?: boolean;
}

const sortValue = (u: UserRow, field: UserSortField) => (field === 'USERNAME' ? u.username : u.createdAt.toISOString());
const isUniqueViolation = (err: unknown) => err instanceof Prisma.PrismaClientKnownRequestError && err.code === 'P2002';
/** Postgres could not serialize two concurrent transactions; one of them must be retried. */
const isSerializationFailure = (err: unknown) => err instanceof Prisma.PrismaClientKnownRequestError && err.code === 'P2034';

/** The columns a resolver may read: everything but the password hash. */
export const PUBLIC_USER_FIELDS = {
  id: true,
  username: true,
  email: true,
  displayName: true,
  platformRole: true,
  source: true,
  createdAt: true,
  lastLoginAt: true,
  disabledAt: true,
  mustChangePassword: true,
} as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Live namespace uids by name, or null when Kubernetes cannot say (grants then count for nothing). */
type LiveUids = () => Promise<((namespace: string) => string | undefined) | null>;

export function createUserSource(prisma: PrismaClient, liveUids: LiveUids = async () => null) {
  /**
   * The project grants that hold now: a grant counts only for the namespace it was made on (same
   * uid); one made on a deleted namespace gives nothing in a new namespace of the same name.
   * Grants from before uids were kept are bound to the live namespace's uid here, once.
   */
  async function liveProjectGrants(userId: string, grants: { namespace: string; namespaceUid: string | null; role: string }[]) {
    if (!grants.length) return [];
    const uidOf = await liveUids();
    if (!uidOf) return [];
    const live = grants.filter((g) => {
      const uid = uidOf(g.namespace);
      return uid !== undefined && (g.namespaceUid === uid || g.namespaceUid === null);
    });
    for (const g of live.filter((g) => g.namespaceUid === null)) {
      await prisma.projectMember.updateMany({ where: { namespace: g.namespace, userId, namespaceUid: null }, data: { namespaceUid: uidOf(g.namespace) } });
    }
    return live;
  }

  /**
   * Runs `change` on the user in a serializable transaction; when `removesAdmin` and the user is
   * an enabled platform admin, only if another enabled platform admin remains (CONFLICT otherwise).
   */
  async function lastAdminGuarded<T>(
    username: string,
    removesAdmin: boolean,
    change: (tx: Prisma.TransactionClient, user: { id: string; platformRole: string; disabledAt: Date | null }) => Promise<T>,
  ): Promise<T> {
    try {
      return await prisma.$transaction(
        async (tx) => {
          const user = await tx.user.findUnique({ where: { username }, select: { id: true, platformRole: true, disabledAt: true } });
          if (!user) throw notFound('User', username);
          if (removesAdmin && user.platformRole === 'platform-admin' && !user.disabledAt) {
            const others = await tx.user.count({ where: { platformRole: 'platform-admin', disabledAt: null, id: { not: user.id } } });
            if (others === 0) throw conflict(`"${username}" is the last enabled platform admin; make someone else platform admin first.`);
          }
          const changed = await change(tx, user);
          await Promise.all(auditWrites(tx));
          return changed;
        },
        { isolationLevel: Prisma.TransactionIsolationLevel.Serializable },
      );
    } catch (err) {
      if (isSerializationFailure(err)) throw conflict('Another change to this user happened at the same time. Try again.');
      throw err;
    }
  }

  return {
    // User ids are UUIDs; anything else (an identity minted elsewhere) names no user here.
    byId: async (id: string) => (UUID.test(id) ? prisma.user.findUnique({ where: { id }, select: PUBLIC_USER_FIELDS }) : null),
    byUsername: (username: string) => prisma.user.findUnique({ where: { username }, select: PUBLIC_USER_FIELDS }),

    /**
     * The user's grants, in the shape the gateway signs and every subgraph authorizes with; null
     * for a deleted or disabled user (their sessions and API tokens stop working).
     */
    async identityOf(userId: string, sessionId?: string): Promise<Identity | null> {
      const user = await prisma.user.findUnique({
        where: { id: userId },
        select: { id: true, username: true, platformRole: true, disabledAt: true, mustChangePassword: true, workspaces: true, projects: true },
      });
      if (!user || user.disabledAt) return null;
      const liveProjects = await liveProjectGrants(user.id, user.projects);
      return {
        kind: 'user',
        userId: user.id,
        username: user.username,
        platformRole: user.platformRole as PlatformRole,
        // Built-in roles by name; custom roles (sources/custom-roles.ts) as bundle masks.
        workspaces: workspaceGrants(Object.fromEntries(user.workspaces.map((m) => [m.workspaceName, m.role as WorkspaceRole]))),
        projects: projectGrants(Object.fromEntries(liveProjects.map((m) => [m.namespace, m.role as ProjectRole]))),
        ...(await customGrantMasks(prisma, user.workspaces, liveProjects)),
        ...(sessionId ? { sessionId } : {}),
        ...(user.mustChangePassword ? { mustChangePassword: true } : {}),
      };
    },

    /** Users by id, for the per-request loader (one query for every id asked in a tick). */
    byIds: (ids: readonly string[]) =>
      prisma.user.findMany({ where: { id: { in: ids.filter((id) => UUID.test(id)) } }, select: PUBLIC_USER_FIELDS }),
    byUsernames: (usernames: readonly string[]) => prisma.user.findMany({ where: { username: { in: [...usernames] } }, select: PUBLIC_USER_FIELDS }),

    /** One page in (sort value, username) order, resumed strictly after the cursor (keyset paging). */
    async list(q: UserQuery): Promise<UserConnectionRow> {
      const w = keysetWindow({ list: 'users', ...q });
      const columns = { sort: q.order.field === 'USERNAME' ? 'username' : 'createdAt', tie: 'username', value: (v: string | number) => new Date(v) };
      const base: Prisma.UserWhereInput = q.usernameContains ? { username: { contains: q.usernameContains, mode: 'insensitive' } } : {};
      const rows = await prisma.user.findMany({
        where: { AND: [base, keysetAfter<Prisma.UserWhereInput>(w, columns)] },
        orderBy: keysetOrderBy<Prisma.UserOrderByWithRelationInput>(w, columns),
        take: w.take,
        select: PUBLIC_USER_FIELDS,
      });
      return pageOfRows(rows, w, (u) => [sortValue(u, q.order.field), u.username], () => prisma.user.count({ where: base }));
    },

    /** A local user (password checked here, not in a directory). Input is validated by the caller. */
    async create(input: NewUser): Promise<UserRow> {
      const passwordHash = await hashPassword(input.password);
      try {
        return await prisma.user.create({
          data: { username: input.username, email: input.email, displayName: input.displayName, platformRole: input.platformRole, passwordHash, source: 'local', mustChangePassword: input.mustChangePassword === true },
          select: PUBLIC_USER_FIELDS,
        });
      } catch (err) {
        if (isUniqueViolation(err)) {
          // Which unique column clashed is reported differently by each driver; asking is simpler.
          const taken = await prisma.user.findUnique({ where: { username: input.username }, select: { id: true } });
          throw conflict(taken ? `A user named "${input.username}" already exists.` : `The email "${input.email}" already belongs to another user.`);
        }
        throw err;
      }
    },

    /**
     * Sets a user's platform role. Serializable, so that two admins demoting each other at the
     * same time cannot leave the platform without any admin: one of them gets CONFLICT.
     */
    async setPlatformRole(username: string, platformRole: PlatformRole): Promise<UserRow> {
      try {
        return await prisma.$transaction(
          async (tx) => {
            const user = await tx.user.findUnique({ where: { username }, select: { id: true, platformRole: true, disabledAt: true } });
            if (!user) throw notFound('User', username);
            // Disabled admins cannot sign in: they do not count as the admin who is left.
            if (user.platformRole === 'platform-admin' && !user.disabledAt && platformRole !== 'platform-admin') {
              const others = await tx.user.count({ where: { platformRole: 'platform-admin', disabledAt: null, id: { not: user.id } } });
              if (others === 0) throw conflict(`"${username}" is the last enabled platform admin; make someone else platform admin first.`);
            }
            const updated = await tx.user.update({ where: { id: user.id }, data: { platformRole }, select: PUBLIC_USER_FIELDS });
            await Promise.all(auditWrites(tx));
            return updated;
          },
          { isolationLevel: Prisma.TransactionIsolationLevel.Serializable },
        );
      } catch (err) {
        if (isSerializationFailure(err)) throw conflict('Another change to platform roles happened at the same time. Try again.');
        throw err;
      }
    },

    /**
     * Grants a role on the namespace with this uid. A grant left from an earlier namespace of the
     * same name (another uid) is replaced, not kept: it was void already.
     */
    async setProjectRole(namespace: string, namespaceUid: string, userId: string, role: ProjectRole): Promise<ProjectMemberRow> {
      return upsertRetryingRace(() =>
        prisma.projectMember.upsert({
          where: { namespace_userId: { namespace, userId } },
          create: { namespace, namespaceUid, userId, role },
          update: { role, namespaceUid },
          include: { user: { select: PUBLIC_USER_FIELDS } },
        }),
      );
    },

    /** The grants on the namespace with this uid (and older ones not yet bound to a uid). */
    projectMembers: (namespace: string, namespaceUid: string): Promise<ProjectMemberRow[]> =>
      prisma.projectMember.findMany({
        where: { namespace, OR: [{ namespaceUid }, { namespaceUid: null }] },
        include: { user: { select: PUBLIC_USER_FIELDS } },
      }),

    /** Takes a user's grant on the namespace with this uid away; false when they had none. */
    async removeProjectMember(namespace: string, namespaceUid: string, userId: string): Promise<boolean> {
      const { count } = await prisma.projectMember.deleteMany({ where: { namespace, userId, OR: [{ namespaceUid }, { namespaceUid: null }] } });
      return count > 0;
    },

    /**
     * Disables (or enables) a user. Disabling ends every session and revokes every API token in
     * the same transaction, so nothing of theirs works once this returns; identityOf refuses a
     * disabled user as well. Serializable: the last enabled platform admin cannot be disabled,
     * even by two admins disabling each other at the same time (one gets CONFLICT).
     */
    async setDisabled(username: string, disabled: boolean): Promise<UserRow> {
      return lastAdminGuarded(username, disabled, async (tx, user) => {
        if (!disabled) return tx.user.update({ where: { id: user.id }, data: { disabledAt: null }, select: PUBLIC_USER_FIELDS });
        const now = new Date();
        await tx.session.updateMany({ where: { userId: user.id, revokedAt: null }, data: { revokedAt: now } });
        await tx.apiToken.updateMany({ where: { userId: user.id, revokedAt: null }, data: { revokedAt: now } });
        return tx.user.update({ where: { id: user.id }, data: { disabledAt: user.disabledAt ?? now }, select: PUBLIC_USER_FIELDS });
      });
    },

    /** Deletes a user; sessions, API tokens and grants go with the row (cascade). Same last-admin rule. */
    async delete(username: string): Promise<void> {
      await lastAdminGuarded(username, true, (tx, user) => tx.user.delete({ where: { id: user.id }, select: { id: true } }));
    },

    /** A namespace went: its grants go too (those of a newer namespace of that name stay). */
    async forgetNamespace(namespace: string, uid: string): Promise<number> {
      const { count } = await prisma.projectMember.deleteMany({ where: { namespace, OR: [{ namespaceUid: uid }, { namespaceUid: null }] } });
      return count;
    },
  };
}
export type UserSource = ReturnType<typeof createUserSource>;
