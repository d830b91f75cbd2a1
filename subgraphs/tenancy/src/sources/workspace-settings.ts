import type { Prisma, PrismaClient } from '@meridian/core/db';
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
  v && typeof v === 'object' && !Array.isArray(v) ? (Object.fromEntries(Object.entries(v).filter(([, q]) => typeof q === 'string')) as Hard) : {};

/** Reads and writes over one database handle: the client, or a transaction holding the lock. */
function settingsOn(db: PrismaClient | Prisma.TransactionClient) {
  return {
    async get(workspace: string): Promise<WorkspaceSettingsRow> {
      const row = await db.workspaceSettings.findUnique({ where: { workspaceName: workspace } });
      return row ? { quotaHard: asHard(row.quotaHard), networkIsolated: row.networkIsolated } : NONE;
    },

    async set(workspace: string, change: Partial<WorkspaceSettingsRow>): Promise<void> {
      await db.workspaceSettings.upsert({
        where: { workspaceName: workspace },
        create: { workspaceName: workspace, quotaHard: change.quotaHard ?? {}, networkIsolated: change.networkIsolated ?? false },
        update: change,
      });
    },
  };
}
export type WorkspaceSettings = ReturnType<typeof settingsOn>;

export function createWorkspaceSettingsSource(prisma: PrismaClient) {
  /** Per workspace, the end of the queue of changes in this process. */
  const queues = new Map<string, Promise<unknown>>();

  return {
    ...settingsOn(prisma),

    /**
     * Runs `fn` holding the workspace's lock, so a quota check and the write it allows happen
     * with no other quota or isolation change of the same workspace in between: in this process
     * a queue per workspace; across tenancy replicas a Postgres advisory lock, taken in a
     * transaction whose handle `fn` gets (reads inside must use it: the embedded PGlite has one
     * connection, which the transaction holds).
     */
    locked<T>(workspace: string, fn: (settings: WorkspaceSettings) => Promise<T>): Promise<T> {
      const run = () =>
        prisma.$transaction(
          async (tx) => {
            await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`meridian-workspace-settings:${workspace}`}))`;
            return fn(settingsOn(tx));
          },
          { timeout: LOCK_TX_TIMEOUT_MS, maxWait: LOCK_TX_TIMEOUT_MS },
        );
      const previous = queues.get(workspace) ?? Promise.resolve();
      const mine = previous.then(run, run);
      const tail = mine.catch(() => undefined);
      queues.set(workspace, tail);
      void tail.then(() => queues.get(workspace) === tail && queues.delete(workspace));
      return mine;
    },
  };
}
export type WorkspaceSettingsSource = ReturnType<typeof createWorkspaceSettingsSource>;
