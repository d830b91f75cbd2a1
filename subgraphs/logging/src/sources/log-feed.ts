/**
 * Lines as the collection pipeline carries them (Kafka topic meridian.logs), for live tails: one
 * consumer per process, in a consumer group of its own (each process sees every line) that starts
 * at the newest offset, started with the first listener; each line is handed to every listener in
 * memory. Without Kafka configured, live tails are unavailable.
 *
 * Nothing of a tail is kept in Kafka: the group commits no offsets (it always starts at the
 * newest), the consumer stops a minute after the last listener left, and its group is deleted
 * then and when the process stops. A group left by a process that died has no offsets either, so
 * the broker removes it at its next clean-up.
 */
import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import type { Kafka } from 'kafkajs';
import { upstreamUnavailable, type Logger } from '@meridian/core';
import { consumeAtLeastOnce, createKafka, ensureTopic, type AtLeastOnceConsumer } from '@meridian/core/kafka/index';
import { decodeRecord, LOG_TOPIC, type LogRecord } from '../pipeline/log-record.ts';

const JOIN_WAIT_MS = 20_000;
const IDLE_STOP_MS = 60_000;

export class LogFeed {
  private readonly listeners = new Set<(r: LogRecord) => void>();
  private kafka?: Kafka;
  private consumer?: AtLeastOnceConsumer;
  private joined?: Promise<void>;
  private idleTimer?: NodeJS.Timeout;
  /** The running consumer's group (a new one each time the consumer starts). */
  groupId?: string;

  constructor(private readonly opts: { brokers: string[] | undefined; log: Logger; topic?: string; idleStopMs?: number }) {}

  /** Calls `listener` with every line from now on; resolves once the consumer takes part. */
  async listen(listener: (r: LogRecord) => void): Promise<() => void> {
    if (!this.opts.brokers) throw upstreamUnavailable('Kafka', new Error('MERIDIAN_KAFKA_BROKERS is not set'));
    clearTimeout(this.idleTimer);
    this.listeners.add(listener);
    const off = () => {
      this.listeners.delete(listener);
      if (this.listeners.size) return;
      clearTimeout(this.idleTimer);
      this.idleTimer = setTimeout(() => void this.stopConsumer(), this.opts.idleStopMs ?? IDLE_STOP_MS);
    };
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
      const kafka: Kafka = (this.kafka ??= createKafka({ brokers, clientId: 'meridian-log-tail', log: this.opts.log }));
      const topic = this.opts.topic ?? LOG_TOPIC;
      await ensureTopic(kafka, topic, { partitions: 3 });
      this.groupId = `meridian-log-tail-${hostname()}-${process.pid}-${randomBytes(4).toString('hex')}`;
      this.consumer = consumeAtLeastOnce({
        kafka,
        topic,
        // Its own group: every process gets every line; nothing before now, nothing committed.
        groupId: this.groupId,
        fromBeginning: false,
        commit: false,
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

  /** Stops the consumer and deletes its group (it holds nothing anyone needs again). */
  private async stopConsumer(): Promise<void> {
    const { consumer, groupId, kafka } = this;
    this.consumer = undefined;
    this.joined = undefined;
    this.groupId = undefined;
    await consumer?.stop();
    if (!kafka || !groupId) return;
    const admin = kafka.admin();
    try {
      await admin.connect();
      await admin.deleteGroups([groupId]);
    } catch (err) {
      this.opts.log.debug({ err, groupId }, 'live tail group not deleted; the broker removes it later (no offsets)');
    } finally {
      await admin.disconnect().catch(() => undefined);
    }
  }

  async stop(): Promise<void> {
    this.listeners.clear();
    clearTimeout(this.idleTimer);
    await this.stopConsumer();
  }
}
