/**
 * Kubernetes Events into Elasticsearch, run by the logging process when Kafka is configured:
 * the exporter (shared Event cache → meridian.events) and the indexer (→ meridian-events-*);
 * with them, on the same switch, the audit indexer (meridian.audit → meridian-audit-*).
 */
import type { Client } from '@elastic/elasticsearch';
import type { Logger } from '@meridian/core';
import { createKafka, ensureTopic, kafkaBrokers } from '@meridian/core/kafka/index';
import type { KubeObject, ResourceCache } from '@meridian/core/kube/index';
import { EVENT_INDEX_PREFIX, EVENT_TOPIC } from './event-record.ts';
import { startEventExporter, type EventExporter } from './exporter.ts';
import { startEventIndexer } from './indexer.ts';
import { startAuditIndexer, type AuditIndexer, type AuditIndexOptions } from '../audit/index.ts';

export interface EventPipelineOptions {
  brokers?: string[];
  topic?: string;
  groupId?: string;
  indexPrefix?: string;
  /** The audit records' indexer: on unless false. */
  audit?: AuditIndexOptions | false;
}

export interface RunningEventPipeline {
  exporter: EventExporter;
  audit?: AuditIndexer;
  stop(): Promise<void>;
}

/** The index pattern searchEvents reads for these options. */
export const eventIndexPattern = (opts: EventPipelineOptions | false | undefined) => `${(opts && opts.indexPrefix) || EVENT_INDEX_PREFIX}*`;

export async function startEventPipeline(
  deps: { events: ResourceCache<KubeObject>; elasticsearch: Client; log: Logger },
  opts: EventPipelineOptions = {},
): Promise<RunningEventPipeline | undefined> {
  const brokers = opts.brokers ?? kafkaBrokers();
  if (!brokers) return undefined;
  const log = deps.log.child({ component: 'event-export' });
  const kafka = createKafka({ brokers, clientId: 'meridian-events', log });
  const topic = opts.topic ?? EVENT_TOPIC;
  await ensureTopic(kafka, topic, { partitions: 3 });
  const indexer = await startEventIndexer({ kafka, elasticsearch: deps.elasticsearch, log, topic, groupId: opts.groupId, indexPrefix: opts.indexPrefix });
  const exporter = await startEventExporter({ kafka, events: deps.events, log, topic });
  const audit = opts.audit === false ? undefined : await startAuditIndexer({ kafka, elasticsearch: deps.elasticsearch, log: deps.log }, opts.audit);
  return {
    exporter,
    audit,
    async stop() {
      await audit?.stop();
      await exporter.stop();
      await indexer.stop();
    },
  };
}
