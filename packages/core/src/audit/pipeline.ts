import type { PrismaClient } from '../db/client.ts';
import { createKafka } from '../kafka/client.ts';
import { consumeAtLeastOnce, type AtLeastOnceConsumer } from '../kafka/consumer.ts';
import { ensureTopic } from '../kafka/topics.ts';
import type { Logger } from '../log.ts';
import { startOutboxRelay, type OutboxRelay } from './relay.ts';
import { storeAuditMessages } from './store.ts';

export const AUDIT_TOPIC = 'meridian.audit';
export const AUDIT_GROUP = 'meridian-audit-store';

export interface AuditPipelineOptions {
  brokers: string[];
  /** Default `meridian.audit` (MERIDIAN_AUDIT_TOPIC); tests use their own. */
  topic?: string;
  /** The consumer group filling the store (default `meridian-audit-store`, MERIDIAN_AUDIT_GROUP). */
  groupId?: string;
}

export interface AuditPipeline {
  relay: OutboxRelay;
  consumer: AtLeastOnceConsumer;
  topic: string;
  stop(): Promise<void>;
}

/**
 * Outbox → Kafka → store, for the database `prisma` points at (every subgraph of an
 * installation writes its outbox rows there). Starts at once whether Kafka is up or not: the
 * topic is created, the relay publishes and the consumer joins as soon as the brokers answer.
 */
export function startAuditPipeline(prisma: PrismaClient, opts: AuditPipelineOptions, log: Logger): AuditPipeline {
  const topic = opts.topic ?? process.env.MERIDIAN_AUDIT_TOPIC ?? AUDIT_TOPIC;
  const groupId = opts.groupId ?? process.env.MERIDIAN_AUDIT_GROUP ?? AUDIT_GROUP;
  const kafka = createKafka({ brokers: opts.brokers, clientId: 'meridian-audit', log });
  let stopped = false;
  // The topic first (three partitions, keyed by workspace), retried until Kafka answers.
  const topicReady = (async () => {
    for (let wait = 250; !stopped; wait = Math.min(5_000, wait * 2)) {
      try {
        await ensureTopic(kafka, topic, { partitions: 3 });
        return;
      } catch (err) {
        log.debug({ err, topic }, 'audit topic not created yet; retrying');
        await new Promise((r) => setTimeout(r, wait));
      }
    }
  })();
  const relay = startOutboxRelay({ prisma, kafka, topic, log });
  const consumer = consumeAtLeastOnce({
    kafka,
    groupId,
    topic,
    log,
    handleBatch: async (messages) => {
      await storeAuditMessages(prisma, messages, log);
    },
  });
  return {
    relay,
    consumer,
    topic,
    async stop() {
      stopped = true;
      await topicReady;
      await Promise.all([relay.stop(), consumer.stop()]);
    },
  };
}
