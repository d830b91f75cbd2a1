/**
 * The log indexer: a Kafka consumer group (meridian-log-indexer) that bulk-indexes meridian.logs
 * into Elasticsearch's daily indices. Offsets are committed only after Elasticsearch took the
 * batch, and every document is written under its record's id, so an indexer restarted before
 * committing, or Elasticsearch down for a while, neither loses nor duplicates a line. A message
 * that is not a record is indexed raw (field `raw`, `malformed: true`) rather than dropped.
 */
import type { Client } from '@elastic/elasticsearch';
import type { Kafka, KafkaMessage } from 'kafkajs';
import { consumeAtLeastOnce, type AtLeastOnceConsumer } from '@meridian/core/kafka/index';
import type { Logger } from '@meridian/core';
import { LOG_TOPIC, dailyIndex, decodeRecord, logDocument } from './log-record.ts';

export const INDEXER_GROUP = 'meridian-log-indexer';

export interface LogIndexerOptions {
  kafka: Kafka;
  elasticsearch: Client;
  log: Logger;
  groupId?: string;
  /** Index prefix (default `logstash-`; tests use their own). */
  indexPrefix?: string;
  /** False only to simulate an indexer that dies before committing (tests of redelivery). */
  commit?: boolean;
  /** A new group reads the topic from its start (default); tests read only what comes after. */
  fromBeginning?: boolean;
  /** Default meridian.logs. */
  topic?: string;
}

export interface LogIndexer {
  readonly indexed: number;
  joined: Promise<void>;
  stop(): Promise<void>;
}

export function bulkBody(messages: KafkaMessage[], prefix: string): unknown[] {
  const body: unknown[] = [];
  for (const m of messages) {
    const fallbackTime = new Date(Number(m.timestamp) || Date.now()).toISOString();
    const decoded = decodeRecord(m.value, fallbackTime);
    if ('record' in decoded) {
      body.push({ index: { _index: dailyIndex(decoded.record.time, prefix), _id: decoded.record.id } }, logDocument(decoded.record));
    } else {
      body.push({ index: { _index: dailyIndex(decoded.time, prefix), _id: decoded.id } }, { '@timestamp': decoded.time, log: decoded.raw, raw: decoded.raw, malformed: true });
    }
  }
  return body;
}

export function startLogIndexer(opts: LogIndexerOptions): LogIndexer {
  const prefix = opts.indexPrefix ?? 'logstash-';
  let indexed = 0;
  const consumer: AtLeastOnceConsumer = consumeAtLeastOnce({
    kafka: opts.kafka,
    groupId: opts.groupId ?? INDEXER_GROUP,
    topic: opts.topic ?? LOG_TOPIC,
    log: opts.log,
    commit: opts.commit,
    fromBeginning: opts.fromBeginning,
    async handleBatch(messages) {
      if (!messages.length) return;
      const res = await opts.elasticsearch.bulk({ operations: bulkBody(messages, prefix), refresh: false });
      if (res.errors) {
        // A document Elasticsearch refuses for what it is (4xx) would be refused forever: it is
        // logged and skipped. Anything else (full queue, shard not ready) fails the batch, which
        // is then handled again, under the same ids.
        const retry = res.items.some((i) => (i.index?.status ?? 200) >= 500 || i.index?.status === 429);
        const refused = res.items.filter((i) => i.index?.error);
        if (retry) throw new Error(`Elasticsearch refused ${refused.length} of ${messages.length} lines for now: ${JSON.stringify(refused[0]?.index?.error)}`);
        opts.log.warn({ refused: refused.length, first: refused[0]?.index?.error }, 'Elasticsearch refused log documents');
      }
      indexed += messages.length;
    },
  });
  return {
    get indexed() {
      return indexed;
    },
    joined: consumer.joined,
    stop: () => consumer.stop(),
  };
}
