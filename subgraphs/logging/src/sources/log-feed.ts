/**
 * Lines as the collection pipeline carries them (Kafka topic meridian.logs), for live tails: one
 * consumer per process, in a consumer group of its own (each process sees every line) that starts
 * at the newest offset, started with the first listener; each line is handed to every listener in
 * memory. Without Kafka configured, live tails are unavailable.
 */
import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import type { Kafka } from 'kafkajs';
import { upstreamUnavailable, type Logger } from '@meridian/core';
import { consumeAtLeastOnce, createKafka, ensureTopic, type AtLeastOnceConsumer } from '@meridian/core/kafka/index';
import { decodeRecord, LOG_TOPIC, type LogRecord } from '../pipeline/log-record.ts';

const JOIN_WAIT_MS = 20_000;

export class LogFeed {
  private readonly listeners = new Set<(r: LogRecord) => void>();
  private consumer?: AtLeastOnceConsumer;
  private joined?: Promise<void>;

  constructor(private readonly opts: { brokers: string[] | undefined; log: Logger; topic?: string }) {}

  /** Calls `listener` with every line from now on; resolves once the consumer takes part. */
  async listen(listener: (r: LogRecord) => void): Promise<() => void> {
    if (!this.opts.brokers) throw upstreamUnavailable('Kafka', new Error('MERIDIAN_KAFKA_BROKERS is not set'));
    this.listeners.add(listener);
    const off = () => void this.listeners.delete(listener);
    try {
      await this.start(this.opts.brokers);
    } catch (err) {
      off();
      throw upstreamUnavailable('Kafka', err);
    }
    return off;
  }

  private start(brokers: string[]): Promise<void> {
    this.joined ??= (async () => {
      const kafka: Kafka = createKafka({ brokers, clientId: 'meridian-log-tail', log: this.opts.log });
      const topic = this.opts.topic ?? LOG_TOPIC;
      await ensureTopic(kafka, topic, { partitions: 3 });
      this.consumer = consumeAtLeastOnce({
        kafka,
        topic,
        // Its own group: every process gets every line; nothing before now.
        groupId: `meridian-log-tail-${hostname()}-${process.pid}-${randomBytes(4).toString('hex')}`,
        fromBeginning: false,
        log: this.opts.log,
        handleBatch: async (messages) => {
          for (const m of messages) {
            const decoded = decodeRecord(m.value, new Date(Number(m.timestamp)).toISOString());
            if (!('record' in decoded)) continue; // raw bytes carry no namespace: nobody's to see
            for (const l of this.listeners) l(decoded.record);
          }
        },
      });
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('the live tail consumer did not join its group')), JOIN_WAIT_MS)));
      await Promise.race([this.consumer.joined, timeout]).finally(() => clearTimeout(timer));
    })().catch((err) => {
      this.joined = undefined; // the next listener tries again
      void this.consumer?.stop();
      this.consumer = undefined;
      throw err;
    });
    return this.joined;
  }

  get active(): number {
    return this.listeners.size;
  }

  async stop(): Promise<void> {
    this.listeners.clear();
    await this.consumer?.stop();
  }
}
