import type { Prisma, PrismaClient } from '@meridian/core/db';
import type { AuditEvent } from '@meridian/core/generated/prisma/client';
import { keysetAfter, keysetOrderBy, keysetWindow, pageOfRows, type Connection } from '@meridian/core/paging/index';
import { workspacesSince } from '@meridian/core/audit/index';

export type AuditEventRow = AuditEvent;
export type AuditEventConnectionRow = Connection<AuditEventRow>;

export interface AuditEventQuery {
  /**
   * 'all' (platform admins), else the workspaces whose records the caller may read, each from its
   * creation on (a recreated workspace name shows nothing of the earlier workspace).
   */
  workspaces: 'all' | string[];
  workspace?: string;
  project?: string;
  username?: string;
  field?: string;
  result?: string;
  from?: Date;
  to?: Date;
  first?: number | null;
  after?: string | null;
}

/** The audit store (audit_events), filled by the audit consumer; read newest first. */
export function createAuditEventSource(prisma: PrismaClient) {
  return {
    async list(q: AuditEventQuery): Promise<AuditEventConnectionRow> {
      const w = keysetWindow({ list: 'auditEvents', order: { field: 'TIME', direction: 'DESC' }, first: q.first, after: q.after });
      const columns = { sort: 'occurredAt', tie: 'id', value: (v: string | number) => new Date(v) };
      const readable = q.workspaces === 'all' ? 'all' : await workspacesSince(prisma, q.workspaces);
      const base: Prisma.AuditEventWhereInput = {
        ...(readable === 'all' ? {} : { OR: readable.map((w) => ({ workspace: w.name, occurredAt: { gte: w.since } })) }),
        ...(q.workspace !== undefined ? { AND: [{ workspace: q.workspace }] } : {}),
        ...(q.project !== undefined ? { project: q.project } : {}),
        ...(q.username !== undefined ? { username: q.username } : {}),
        ...(q.field !== undefined ? { field: q.field } : {}),
        ...(q.result !== undefined ? { result: q.result } : {}),
        ...(q.from || q.to ? { occurredAt: { ...(q.from ? { gte: q.from } : {}), ...(q.to ? { lt: q.to } : {}) } } : {}),
      };
      const rows = await prisma.auditEvent.findMany({
        where: { AND: [base, keysetAfter<Prisma.AuditEventWhereInput>(w, columns)] },
        orderBy: keysetOrderBy<Prisma.AuditEventOrderByWithRelationInput>(w, columns),
        take: w.take,
      });
      return pageOfRows(rows, w, (e) => [e.occurredAt.toISOString(), e.id], () => prisma.auditEvent.count({ where: base }));
    },
  };
}
export type AuditEventSource = ReturnType<typeof createAuditEventSource>;
