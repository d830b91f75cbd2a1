import type { Kafka } from 'kafkajs';
import { retryUntilDone, type RetryOptions } from '../retry.ts';

/**
 * Creates a topic unless it exists (idempotent; several processes may race to create it). The
 * replication factor is capped by the cluster's brokers, so one lab broker works as a cluster.
 */
export async function ensureTopic(kafka: Kafka, topic: string, opts: { partitions?: number } = {}): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = await admin.listTopics();
    if (existing.includes(topic)) return;
    const { brokers } = await admin.describeCluster();
    await admin.createTopics({
      waitForLeaders: true,
      topics: [{ topic, numPartitions: opts.partitions ?? 3, replicationFactor: Math.min(3, brokers.length) }],
    });
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}

/** `ensureTopic` once Kafka answers (it may be starting, or down): retried until done or aborted. */
export async function awaitTopic(kafka: Kafka, topic: string, opts: RetryOptions & { partitions?: number }): Promise<void> {
  await retryUntilDone(() => ensureTopic(kafka, topic, { partitions: opts.partitions }), opts);
}
