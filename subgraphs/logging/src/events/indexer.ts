/**
 * Indexes Kubernetes Events from Kafka (meridian.events) into Elasticsearch: a consumer group
 * that bulk-writes each batch under the event's uid (redelivery and updates overwrite) and
 * commits only after Elasticsearch stored it, so Elasticsearch being down loses nothing.
 */
import type { Client } from '@elastic/elasticsearch';
import type { Kafka } from 'kafkajs';
import type { Logger } from '@meridian/core';
import { consumeAtLeastOnce, type AtLeastOnceConsumer } from '@meridian/core/kafka/index';
import { EVENT_INDEX_PREFIX, EVENT_MAPPINGS, EVENT_TOPIC, eventIndex, type EventDocument } from './event-record.ts';

export async function startEventIndexer(opts: {
  kafka: Kafka;
  elasticsearch: Client;
  log: Logger;
  topic?: string;
  groupId?: string;
  indexPrefix?: string;
}): Promise<AtLeastOnceConsumer> {
  const prefix = opts.indexPrefix ?? EVENT_INDEX_PREFIX;
  await opts.elasticsearch.indices
    .putIndexTemplate({ name: prefix.replace(/-$/, ''), index_patterns: [`${prefix}*`], template: { mappings: EVENT_MAPPINGS } })
    .catch((err) => opts.log.warn({ err }, 'could not set the events index template; dynamic mapping applies'));
  return consumeAtLeastOnce({
    kafka: opts.kafka,
    topic: opts.topic ?? EVENT_TOPIC,
    groupId: opts.groupId ?? 'meridian-events-indexer',
    log: opts.log,
    handleBatch: async (messages) => {
      const docs = new Map<string, EventDocument>(); // the last version of each uid in the batch
      for (const m of messages) {
        try {
          const doc = JSON.parse(m.value?.toString('utf8') ?? '') as EventDocument;
          if (typeof doc.uid === 'string' && typeof doc.created === 'string') docs.set(doc.uid, doc);
        } catch {
          opts.log.warn({ offset: m.offset }, 'skipped a message on the events topic that is not an event');
        }
      }
      if (!docs.size) return;
      const res = await opts.elasticsearch.bulk({ operations: [...docs.values()].flatMap((d) => [{ index: { _index: eventIndex(d, prefix), _id: d.uid } }, d]) });
      if (res.errors) {
        const failed = res.items.find((i) => i.index?.error)?.index?.error;
        throw new Error(`Elasticsearch refused events: ${failed?.reason ?? 'unknown'}`);
      }
    },
  });
}
