import type { Kafka, Producer } from 'kafkajs';
import type { PrismaClient } from '../db/client.ts';
import { idempotentProducer, sendAll } from '../kafka/producer.ts';
import type { Logger } from '../log.ts';

export interface OutboxRelayOptions {
  prisma: PrismaClient;
  kafka: Kafka;
  topic: string;
  log: Logger;
  /** Rows per Kafka request (default 200). */
  batch?: number;
  /** Pause when the outbox is empty (default 250 ms). */
  idleMs?: number;
}

export interface OutboxRelay {
  /** Resolves once the outbox has no unsent row (tests, shutdown). */
  drained(timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

/** Only one relay publishes at a time, whatever the number of processes (a transaction-scoped advisory lock). */
const RELAY_LOCK = 0x6d_61_75_64; // "maud"
const KEEP_SENT_MS = 7 * 24 * 3600_000;
const MAX_BACKOFF_MS = 5_000;

/**
 * Publishes the outbox to Kafka in `seq` order: a batch of unsent rows is read, sent with the
 * idempotent producer and stamped `sent_at` in one transaction, so a row is marked only after
 * the broker acknowledged it. Kafka down: nothing is marked, the relay retries with a growing
 * pause (up to 5 s) and the rows wait in Postgres. A crash between the acknowledgement and the
 * commit sends a batch twice; the store keeps one (event id).
 */
export function startOutboxRelay(opts: OutboxRelayOptions): OutboxRelay {
  const batch = opts.batch ?? 200;
  const idleMs = opts.idleMs ?? 250;
  let producer: Producer | undefined;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let wake: (() => void) | undefined;
  let backoff = 0;
  let ticks = 0;
  let lastFailure = '';

  const publishOnce = async (): Promise<number> => {
    producer ??= idempotentProducer(opts.kafka);
    await producer.connect();
    const p = producer;
    return opts.prisma.$transaction(
      async (tx) => {
        const [lock] = await tx.$queryRaw<Array<{ locked: boolean }>>`SELECT pg_try_advisory_xact_lock(${RELAY_LOCK}) AS locked`;
        if (!lock?.locked) return 0;
        const rows = await tx.auditOutbox.findMany({ where: { sentAt: null }, orderBy: { seq: 'asc' }, take: batch });
        if (!rows.length) return 0;
        await sendAll(p, opts.topic, rows.map((r) => ({ key: r.key, value: JSON.stringify(r.payload), headers: { 'event-id': r.eventId } })));
        await tx.auditOutbox.updateMany({ where: { seq: { in: rows.map((r) => r.seq) } }, data: { sentAt: new Date() } });
        return rows.length;
      },
      { timeout: 60_000 },
    );
  };

  const loop = async () => {
    while (!stopped) {
      let sent = 0;
      try {
        sent = await publishOnce();
        if (lastFailure) opts.log.info('audit relay: Kafka reachable again, publishing the outbox');
        lastFailure = '';
        backoff = 0;
        if (++ticks % 1000 === 0) await opts.prisma.auditOutbox.deleteMany({ where: { sentAt: { lt: new Date(Date.now() - KEEP_SENT_MS) } } });
      } catch (err) {
        const why = err instanceof Error ? err.message : String(err);
        if (why !== lastFailure) opts.log.warn({ err }, 'audit relay: cannot publish yet; the records wait in the outbox');
        lastFailure = why;
        backoff = Math.min(MAX_BACKOFF_MS, backoff ? backoff * 2 : 250);
        // A producer that failed may hold a dead connection: start a fresh one next time.
        await producer?.disconnect().catch(() => undefined);
        producer = undefined;
      }
      if (stopped) break;
      if (sent === batch) continue;
      await new Promise<void>((resolve) => {
        wake = resolve;
        timer = setTimeout(resolve, backoff || idleMs);
      });
    }
  };

  const running = loop();
  return {
    async drained(timeoutMs = 60_000) {
      const until = Date.now() + timeoutMs;
      while ((await opts.prisma.auditOutbox.count({ where: { sentAt: null } })) > 0) {
        if (Date.now() > until) throw new Error(`the audit outbox was not drained within ${timeoutMs} ms`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      wake?.();
      await running;
      await producer?.disconnect().catch(() => undefined);
    },
  };
}
