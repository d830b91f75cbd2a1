import type { Kafka, Message, Producer } from 'kafkajs';

/**
 * An idempotent producer: the broker drops a batch it already has when kafkajs retries it, and
 * with one request in flight the messages of a partition keep their order. `acks: -1` (all
 * in-sync replicas) is what idempotence requires; kafkajs sets it for idempotent producers.
 */
export function idempotentProducer(kafka: Kafka): Producer {
  return kafka.producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false });
}

/** Sends messages and resolves once every one is acknowledged by the broker. */
export async function sendAll(producer: Producer, topic: string, messages: Message[]): Promise<void> {
  if (!messages.length) return;
  await producer.send({ topic, messages, acks: -1 });
}
