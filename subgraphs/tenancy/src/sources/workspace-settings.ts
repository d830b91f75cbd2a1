import type { PrismaClient } from '@meridian/core/db';
import type { Hard } from '../quota-rules.ts';

/** A workspace's quota limits and isolation switch (table workspace_settings). */
export interface WorkspaceSettingsRow {
  quotaHard: Hard;
  networkIsolated: boolean;
}

const NONE: WorkspaceSettingsRow = { quotaHard: {}, networkIsolated: false };
/** How long a settings change may hold its workspace's lock (it writes to Kubernetes meanwhile). */
const LOCK_TX_TIMEOUT_MS = 30_000;

const asHard = (v: unknown): Hard =>
  v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).filter(([, q]) => typeof q === 'string')) as Hard : {};

export function createWorkspaceSettingsSource(prisma: PrismaClient) {
  return {
    async get(workspace: string): Promise<WorkspaceSettingsRow> {
      const row = await prisma.workspaceSettings.findUnique({ where: { workspaceName: workspace } });
      return row ? { quotaHard: asHard(row.quotaHard), networkIsolated: row.networkIsolated } : NONE;
    },

    async set(workspace: string, change: Partial<WorkspaceSettingsRow>): Promise<void> {
      await prisma.workspaceSettings.upsert({
        where: { workspaceName: workspace },
        create: { workspaceName: workspace, quotaHard: change.quotaHard ?? {}, networkIsolated: change.networkIsolated ?? false },
        update: change,
      });
    },

    /**
     * Runs `fn` holding the workspace's lock (a Postgres advisory lock, so every tenancy replica
     * takes turns): a quota check and the write it allows happen with no other quota change of
     * the same workspace in between.
     */
    locked<T>(workspace: string, fn: () => Promise<T>): Promise<T> {
      return prisma.$transaction(
        async (tx) => {
          await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`meridian-workspace-settings:${workspace}`}))`;
          return fn();
        },
        { timeout: LOCK_TX_TIMEOUT_MS, maxWait: LOCK_TX_TIMEOUT_MS },
      );
    },
  };
}
export type WorkspaceSettingsSource = ReturnType<typeof createWorkspaceSettingsSource>;
