/**
 * Indexes Kubernetes Events from Kafka (meridian.events) into Elasticsearch (topic-indexer.ts):
 * each under the event's uid, so redelivery and updates overwrite.
 */
import type { Client } from '@elastic/elasticsearch';
import type { Kafka } from 'kafkajs';
import type { Logger } from '@meridian/core';
import type { AtLeastOnceConsumer } from '@meridian/core/kafka/index';
import { startTopicIndexer } from '../topic-indexer.ts';
import { EVENT_INDEX_PREFIX, EVENT_MAPPINGS, EVENT_TOPIC, eventIndex, type EventDocument } from './event-record.ts';

function eventOf(value: Buffer | null): EventDocument | undefined {
  try {
    const doc = JSON.parse(value?.toString('utf8') ?? '') as EventDocument;
    return typeof doc.uid === 'string' && typeof doc.created === 'string' ? doc : undefined;
  } catch {
    return undefined;
  }
}

export async function startEventIndexer(opts: {
  kafka: Kafka;
  elasticsearch: Client;
  log: Logger;
  topic?: string;
  groupId?: string;
  indexPrefix?: string;
}): Promise<AtLeastOnceConsumer> {
  const prefix = opts.indexPrefix ?? EVENT_INDEX_PREFIX;
  return startTopicIndexer({
    ...opts,
    topic: opts.topic ?? EVENT_TOPIC,
    groupId: opts.groupId ?? 'meridian-events-indexer',
    indexPrefix: prefix,
    mappings: EVENT_MAPPINGS,
    what: 'events',
    documentOf: (m) => {
      const doc = eventOf(m.value);
      return doc && { index: eventIndex(doc, prefix), id: doc.uid, doc };
    },
  });
}
