import type { Identity, PlatformRole, ProjectRole, WorkspaceRole } from '@meridian/core';
import type { PrismaClient, User, ProjectMember } from '@meridian/core/db';

/** A user row as resolvers see it; the password hash is left out of every query. */
export type UserRow = Omit<User, 'passwordHash' | 'source'>;
export type ProjectMemberRow = ProjectMember & { user: UserRow };

/** The columns a resolver may read: everything but the password hash. */
export const PUBLIC_USER_FIELDS = {
  id: true,
  username: true,
  email: true,
  displayName: true,
  platformRole: true,
  createdAt: true,
  lastLoginAt: true,
} as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function createUserSource(prisma: PrismaClient) {
  return {
    // User ids are UUIDs; anything else (an identity minted elsewhere) names no user here.
    byId: async (id: string) => (UUID.test(id) ? prisma.user.findUnique({ where: { id }, select: PUBLIC_USER_FIELDS }) : null),
    byUsername: (username: string) => prisma.user.findUnique({ where: { username }, select: PUBLIC_USER_FIELDS }),

    /** The user's grants, in the shape the gateway signs and every subgraph authorizes with. */
    async identityOf(userId: string, sessionId?: string): Promise<Identity | null> {
      const user = await prisma.user.findUnique({
        where: { id: userId },
        select: { id: true, username: true, platformRole: true, workspaces: true, projects: true },
      });
      if (!user) return null;
      return {
        kind: 'user',
        userId: user.id,
        username: user.username,
        platformRole: user.platformRole as PlatformRole,
        workspaces: Object.fromEntries(user.workspaces.map((m) => [m.workspaceName, m.role as WorkspaceRole])),
        projects: Object.fromEntries(user.projects.map((m) => [m.namespace, m.role as ProjectRole])),
        ...(sessionId ? { sessionId } : {}),
      };
    },

    async setProjectRole(namespace: string, userId: string, role: ProjectRole): Promise<ProjectMemberRow> {
      return prisma.projectMember.upsert({
        where: { namespace_userId: { namespace, userId } },
        create: { namespace, userId, role },
        update: { role },
        include: { user: { select: PUBLIC_USER_FIELDS } },
      });
    },
  };
}
export type UserSource = ReturnType<typeof createUserSource>;
