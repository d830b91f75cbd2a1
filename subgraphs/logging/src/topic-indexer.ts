/**
 * A Kafka topic indexed into Elasticsearch's daily indices under deterministic ids, the shape the
 * Kubernetes Events and the audit records share: an index template with explicit mappings, a
 * consumer group that bulk-writes each batch (the last version of each id in it) and commits
 * only after Elasticsearch stored it. Redelivery overwrites the same documents (never a
 * duplicate); Elasticsearch down fails the batch, which comes again when it is back (nothing
 * lost). A document Elasticsearch refuses for what it is (4xx) would be refused forever: it is
 * logged and skipped rather than blocking the partition.
 */
import type { Client, estypes } from '@elastic/elasticsearch';
import type { Kafka, KafkaMessage } from 'kafkajs';
import type { Logger } from '@meridian/core';
import { consumeAtLeastOnce, type AtLeastOnceConsumer } from '@meridian/core/kafka/index';

/** What `documentOf` answers for a message that is someone else's: passed over quietly. */
export const OTHERS = 'others';

/** Where one message goes: its daily index, its id there, and the document. */
export interface IndexedDocument {
  index: string;
  id: string;
  doc: unknown;
}

export interface TopicIndexerOptions {
  kafka: Kafka;
  elasticsearch: Client;
  log: Logger;
  topic: string;
  groupId: string;
  /** The daily indices' prefix (`meridian-events-`): the template covers `<prefix>*`. */
  indexPrefix: string;
  mappings: Record<string, unknown>;
  /** What the topic carries, for messages in the log ("events", "audit records"). */
  what: string;
  /**
   * The message as a document; undefined for a message that is not one (logged and skipped);
   * `OTHERS` for one that is, but not for this indexer (another install's record): passed over.
   */
  documentOf: (message: KafkaMessage) => IndexedDocument | typeof OTHERS | undefined;
  /** False only to simulate an indexer that dies before committing (tests of redelivery). */
  commit?: boolean;
}

/**
 * The index template of `<prefix>*` (named after the prefix); a failure leaves dynamic mapping.
 * A longer prefix gets a higher priority: Elasticsearch refuses two templates of one priority
 * that both match (`meridian-audit-*` and a test's `meridian-audit-test-…-*`); the closer wins.
 */
export async function putDailyTemplate(es: Client, prefix: string, mappings: Record<string, unknown>, log: Logger): Promise<void> {
  await es.indices
    .putIndexTemplate({ name: prefix.replace(/-$/, ''), index_patterns: [`${prefix}*`], priority: prefix.length, template: { mappings } })
    .catch((err) => log.warn({ err, prefix }, 'could not set the index template; dynamic mapping applies'));
  await extendDailyMappings(es, prefix, mappings).catch((err) => log.warn({ err, prefix }, 'could not add new fields to the existing daily indices'));
}

/**
 * The daily indices made before the mappings gained a field (the audit records' `install`) get
 * it too (adding a field is allowed); else today's index would not search on it until tomorrow.
 * Only `<prefix>YYYY.MM.DD`: the pattern also matches other prefixes' (tests') indices.
 */
async function extendDailyMappings(es: Client, prefix: string, mappings: Record<string, unknown>): Promise<void> {
  const escaped = prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const daily = new RegExp(`^${escaped}\\d{4}\\.\\d{2}\\.\\d{2}$`);
  const existing = Object.keys(await es.indices.getMapping({ index: `${prefix}*`, allow_no_indices: true, ignore_unavailable: true })).filter((i) => daily.test(i));
  if (!existing.length) return;
  await es.indices.putMapping({ index: existing.join(','), properties: mappings.properties as Record<string, estypes.MappingProperty> });
}

/** Bulk-writes `docs`; throws when Elasticsearch is unavailable or refused some for now (5xx, 429). */
export async function bulkIndex(es: Client, docs: IndexedDocument[], log: Logger, what: string): Promise<void> {
  if (!docs.length) return;
  const res = await es.bulk({ operations: docs.flatMap((d) => [{ index: { _index: d.index, _id: d.id } }, d.doc]) });
  if (!res.errors) return;
  const refused = res.items.filter((i) => i.index?.error);
  if (res.items.some((i) => (i.index?.status ?? 200) >= 500 || i.index?.status === 429)) {
    throw new Error(`Elasticsearch refused ${refused.length} of ${docs.length} ${what} for now: ${refused[0]?.index?.error?.reason ?? 'unknown'}`);
  }
  log.warn({ refused: refused.length, first: refused[0]?.index?.error }, `Elasticsearch refused ${what}`);
}

export async function startTopicIndexer(opts: TopicIndexerOptions): Promise<AtLeastOnceConsumer> {
  await putDailyTemplate(opts.elasticsearch, opts.indexPrefix, opts.mappings, opts.log);
  return consumeAtLeastOnce({
    kafka: opts.kafka,
    topic: opts.topic,
    groupId: opts.groupId,
    log: opts.log,
    commit: opts.commit,
    handleBatch: async (messages) => {
      const docs = new Map<string, IndexedDocument>(); // the last version of each id in the batch
      for (const m of messages) {
        const d = opts.documentOf(m);
        if (d === OTHERS) continue;
        if (d) docs.set(d.id, d);
        else opts.log.warn({ offset: m.offset, topic: opts.topic }, `skipped a message that is not one of the ${opts.what}`);
      }
      await bulkIndex(opts.elasticsearch, [...docs.values()], opts.log, opts.what);
    },
  });
}
