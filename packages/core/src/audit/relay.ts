import type { Kafka, Producer } from 'kafkajs';
import type { PrismaClient } from '../db/client.ts';
import { idempotentProducer, sendAll } from '../kafka/producer.ts';
import type { Logger } from '../log.ts';

export interface OutboxRelayOptions {
  prisma: PrismaClient;
  kafka: Kafka;
  topic: string;
  /** This database's install id (`installIdOf`), stamped on every record published. */
  install: string;
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

const KEEP_SENT_MS = 7 * 24 * 3600_000;
const MAX_BACKOFF_MS = 5_000;

/**
 * Publishes the outbox to Kafka in `seq` order: a batch of unsent rows is read, sent with the
 * idempotent producer, and stamped `sent_at` only after the broker acknowledged it. Kafka down:
 * nothing is stamped, the relay retries with a growing pause (up to 5 s) and the rows wait in
 * Postgres. A crash between the acknowledgement and the stamp (or a second tenancy replica
 * relaying the same rows) sends a batch twice; the store keeps one (event id).
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
    // No transaction is held while Kafka is asked: on the embedded PGlite (one Postgres session
    // shared by every connection) an open transaction would stall every other query meanwhile.
    const rows = await opts.prisma.auditOutbox.findMany({ where: { sentAt: null }, orderBy: { seq: 'asc' }, take: batch });
    if (!rows.length) return 0;
    const messages = rows.map((r) => ({ key: r.key, value: JSON.stringify({ ...(r.payload as object), install: opts.install }), headers: { 'event-id': r.eventId } }));
    await sendAll(producer, opts.topic, messages);
    await opts.prisma.auditOutbox.updateMany({ where: { seq: { in: rows.map((r) => r.seq) } }, data: { sentAt: new Date() } });
    return rows.length;
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
