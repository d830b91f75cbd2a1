/** Audit of every mutation: records, secret removal, the outbox, its Kafka relay and the store. */
export * from './record.ts';
export * from './redact.ts';
export * from './outbox.ts';
export * from './mutations.ts';
export * from './relay.ts';
export * from './store.ts';
export * from './pipeline.ts';
export * from './readers.ts';
