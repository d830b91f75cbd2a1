/** Kafka plumbing any server part can reuse (audit, logs): client, topics, producer, consumer. */
export * from './client.ts';
export * from './topics.ts';
export * from './producer.ts';
export * from './consumer.ts';
