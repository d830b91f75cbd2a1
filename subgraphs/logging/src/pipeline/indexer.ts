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
import { bulkIndex, type IndexedDocument } from '../topic-indexer.ts';

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

/** Each line as the document of its day's index, under its record's id. */
export function documentsOf(messages: KafkaMessage[], prefix: string): IndexedDocument[] {
  return messages.map((m) => {
    const fallbackTime = new Date(Number(m.timestamp) || Date.now()).toISOString();
    const decoded = decodeRecord(m.value, fallbackTime);
    if ('record' in decoded) return { index: dailyIndex(decoded.record.time, prefix), id: decoded.record.id, doc: logDocument(decoded.record) };
    return { index: dailyIndex(decoded.time, prefix), id: decoded.id, doc: { '@timestamp': decoded.time, log: decoded.raw, raw: decoded.raw, malformed: true } };
  });
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
      // A document Elasticsearch refuses for what it is (4xx) is logged and skipped; anything else
      // (full queue, shard not ready) fails the batch, handled again under the same ids.
      await bulkIndex(opts.elasticsearch, documentsOf(messages, prefix), opts.log, 'log lines');
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
