import type { PrismaClient } from '../db/client.ts';
import { installIdOf } from '../db/install.ts';
import { createKafka } from '../kafka/client.ts';
import { consumeAtLeastOnce, type AtLeastOnceConsumer } from '../kafka/consumer.ts';
import { awaitTopic } from '../kafka/topics.ts';
import type { Logger } from '../log.ts';
import { startOutboxRelay, type OutboxRelay } from './relay.ts';
import { storeAuditMessages } from './store.ts';

export const AUDIT_TOPIC = 'meridian.audit';
/** The store's consumer group is this, then the install id: one group per install. */
export const AUDIT_GROUP = 'meridian-audit-store';

export interface AuditPipelineOptions {
  brokers: string[];
  /** Default `meridian.audit` (MERIDIAN_AUDIT_TOPIC); tests use their own. */
  topic?: string;
  /** The consumer group filling the store (default `meridian-audit-store-<install>`, MERIDIAN_AUDIT_GROUP). */
  groupId?: string;
}

export interface AuditPipeline {
  relay: OutboxRelay;
  consumer: AtLeastOnceConsumer;
  topic: string;
  /** This database's install id: on every record relayed, and the only one the store keeps. */
  install: string;
  stop(): Promise<void>;
}

/**
 * Outbox → Kafka → store, for the database `prisma` points at (every subgraph of an
 * installation writes its outbox rows there). Starts at once whether Kafka is up or not: the
 * topic is created, the relay publishes and the consumer joins as soon as the brokers answer.
 *
 * Several installs may share one Kafka (the lab's: the product and the subgraphs tests start,
 * each on a database of its own), and so the topic. Each record carries its install; each
 * install's store is a consumer group of its own that keeps only its own records, so no install
 * takes in another's and none is missing a share of its own.
 */
export async function startAuditPipeline(prisma: PrismaClient, opts: AuditPipelineOptions, log: Logger): Promise<AuditPipeline> {
  const install = await installIdOf(prisma);
  const topic = opts.topic ?? process.env.MERIDIAN_AUDIT_TOPIC ?? AUDIT_TOPIC;
  const groupId = opts.groupId ?? process.env.MERIDIAN_AUDIT_GROUP ?? `${AUDIT_GROUP}-${install}`;
  const kafka = createKafka({ brokers: opts.brokers, clientId: 'meridian-audit', log });
  const stopping = new AbortController();
  // The topic first (three partitions, keyed by workspace), retried until Kafka answers.
  const topicReady = awaitTopic(kafka, topic, { partitions: 3, log, waiting: 'the audit topic waits for Kafka', signal: stopping.signal }).catch(() => undefined);
  const relay = startOutboxRelay({ prisma, kafka, topic, install, log });
  const consumer = consumeAtLeastOnce({
    kafka,
    groupId,
    topic,
    log,
    handleBatch: async (messages) => {
      await storeAuditMessages(prisma, messages, install, log);
    },
  });
  return {
    relay,
    consumer,
    topic,
    install,
    async stop() {
      stopping.abort();
      await topicReady;
      await Promise.all([relay.stop(), consumer.stop()]);
    },
  };
}
