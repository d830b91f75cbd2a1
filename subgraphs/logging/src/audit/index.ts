/**
 * Audit records into Elasticsearch: a consumer group of its own on meridian.audit (tenancy's
 * group keeps filling Postgres' audit_events) → `meridian-audit-YYYY.MM.DD`, and retention of old
 * daily indices as for the logs (MERIDIAN_AUDIT_RETENTION_DAYS, default 7). Started with the
 * Kubernetes Events' indexer (events/index.ts), on the same switch.
 *
 * One install's indexer (its consumer group `meridian-audit-indexer-<install>`) indexes only that
 * install's records: installs sharing the Kafka share the topic (records carry their install),
 * and may or may not share the Elasticsearch; each document keeps its install, and
 * searchAuditEvents reads only its own install's.
 */
import type { Client } from '@elastic/elasticsearch';
import type { Kafka } from 'kafkajs';
import type { Logger } from '@meridian/core';
import { AUDIT_TOPIC, parseAuditMessage } from '@meridian/core/audit/index';
import { awaitTopic } from '@meridian/core/kafka/index';
import { startRetention } from '../pipeline/retention.ts';
import { OTHERS, startTopicIndexer } from '../topic-indexer.ts';
import { AUDIT_INDEX_PREFIX, AUDIT_MAPPINGS, auditDocument, auditIndex } from './audit-document.ts';

/** The indexer's consumer group is this, then the install id. */
export const AUDIT_INDEXER_GROUP = 'meridian-audit-indexer';

export interface AuditIndexOptions {
  /** Default meridian.audit (MERIDIAN_AUDIT_TOPIC, as tenancy's relay). */
  topic?: string;
  groupId?: string;
  indexPrefix?: string;
  retentionDays?: number;
  /** False only to simulate an indexer that dies before committing (tests). */
  commit?: boolean;
}

export interface AuditIndexer {
  stop(): Promise<void>;
}

/** The index pattern searchAuditEvents reads for these options. */
export const auditIndexPattern = (opts: AuditIndexOptions | false | undefined) => `${(opts && opts.indexPrefix) || AUDIT_INDEX_PREFIX}*`;

export async function startAuditIndexer(
  deps: { kafka: Kafka; elasticsearch: Client; log: Logger; install: string; signal?: AbortSignal },
  opts: AuditIndexOptions = {},
): Promise<AuditIndexer> {
  const log = deps.log.child({ component: 'audit-index' });
  const topic = opts.topic ?? process.env.MERIDIAN_AUDIT_TOPIC ?? AUDIT_TOPIC;
  const prefix = opts.indexPrefix ?? AUDIT_INDEX_PREFIX;
  // Tenancy's pipeline makes the topic too; whichever comes first, the same three partitions.
  await awaitTopic(deps.kafka, topic, { partitions: 3, log, waiting: 'the audit indexer waits for Kafka', signal: deps.signal });
  const consumer = await startTopicIndexer({
    kafka: deps.kafka,
    elasticsearch: deps.elasticsearch,
    log,
    topic,
    groupId: opts.groupId ?? process.env.MERIDIAN_AUDIT_INDEXER_GROUP ?? `${AUDIT_INDEXER_GROUP}-${deps.install}`,
    indexPrefix: prefix,
    mappings: AUDIT_MAPPINGS,
    what: 'audit records',
    commit: opts.commit,
    documentOf: (m) => {
      const r = parseAuditMessage(m);
      if (r && r.install !== deps.install) return OTHERS;
      return r && { index: auditIndex(r, prefix), id: r.id, doc: auditDocument(r) };
    },
  });
  const stopRetention = startRetention(deps.elasticsearch, prefix, opts.retentionDays ?? Number(process.env.MERIDIAN_AUDIT_RETENTION_DAYS ?? 7), log);
  return {
    async stop() {
      stopRetention();
      await consumer.stop();
    },
  };
}
