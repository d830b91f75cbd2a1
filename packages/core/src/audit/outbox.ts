import { AsyncLocalStorage } from 'node:async_hooks';
import { createPrisma, type PrismaClient } from '../db/client.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import type { Logger } from '../log.ts';
import { keyOf, type AuditRecord } from './record.ts';

/** The mutation field running now, for `auditWrites` (mutation fields run one after another). */
const running = new AsyncLocalStorage<AuditRecord>();

export function withAuditRecord<T>(record: AuditRecord, fn: () => T): T {
  return running.run(record, fn);
}

function outboxRow(r: AuditRecord): Prisma.AuditOutboxCreateManyInput {
  return { eventId: r.id, key: keyOf(r), payload: r as unknown as Prisma.InputJsonValue };
}

/**
 * The audit record of the mutation being resolved, as writes to put into its own transaction:
 * `prisma.$transaction([...changes, ...auditWrites(prisma)])`, or in an interactive one
 * `await Promise.all(auditWrites(tx))`. The record is written as "ok" (if the transaction
 * commits, the change happened). Empty outside a mutation (seeding, background work).
 *
 * After the resolver, the record is written again with its result; the row of the transaction,
 * when it committed, keeps its place (same event id), and when it rolled back, the failure
 * goes in instead. Either way there is exactly one.
 */
export function auditWrites(tx: Pick<PrismaClient, 'auditOutbox'>): Array<Prisma.PrismaPromise<Prisma.BatchPayload>> {
  const record = running.getStore();
  if (!record) return [];
  return [tx.auditOutbox.createMany({ data: [outboxRow({ ...record, result: 'ok' })], skipDuplicates: true })];
}

/** Where a subgraph's audit records go once a mutation field settled. Never throws. */
export interface AuditSink {
  write(record: AuditRecord): Promise<void>;
  close(): Promise<void>;
}

const pools = new Map<string, { prisma: PrismaClient; leases: number }>();

/**
 * The outbox of the database at `url`: one small pool per process and database, shared by the
 * subgraphs of a process (`npm start` runs all six in one). A record that cannot be written
 * (the database is down) is logged in full at error level, so it is not lost silently; the
 * mutation's answer is not changed, since its effect already happened.
 */
export function outboxSink(url: string, log: Logger): AuditSink {
  let pool = pools.get(url);
  if (!pool) {
    pool = { prisma: createPrisma(url, { maxConnections: 3 }), leases: 0 };
    pools.set(url, pool);
  }
  pool.leases++;
  const { prisma } = pool;
  let closed = false;
  return {
    async write(record) {
      try {
        await prisma.auditOutbox.createMany({ data: [outboxRow(record)], skipDuplicates: true });
      } catch (err) {
        log.error({ err, audit: record }, 'audit record not written to the outbox');
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      const p = pools.get(url);
      if (p && --p.leases === 0) {
        pools.delete(url);
        await p.prisma.$disconnect();
      }
    },
  };
}

/** No database configured (a subgraph run alone in development): records go to the log only. */
export function logSink(log: Logger): AuditSink {
  return {
    async write(record) {
      log.info({ audit: record }, 'audit');
    },
    async close() {},
  };
}
