/**
 * Kubernetes Events into Elasticsearch, run by the logging process when Kafka is configured:
 * the exporter (shared Event cache → meridian.events) and the indexer (→ meridian-events-*);
 * with them, on the same switch, the audit indexer (meridian.audit → meridian-audit-*).
 */
import type { Client } from '@elastic/elasticsearch';
import type { Logger } from '@meridian/core';
import { awaitTopic, createKafka, kafkaBrokers } from '@meridian/core/kafka/index';
import { retryUntilDone } from '@meridian/core/retry';
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

/**
 * Waits for what it needs rather than giving up: the install id (its database) for the audit
 * indexer, then Kafka (the events' topic), as the log pipeline does; rejects only once `signal`
 * is aborted (the process stops), having stopped whatever had started.
 */
export async function startEventPipeline(
  deps: {
    events: ResourceCache<KubeObject>;
    elasticsearch: Client;
    log: Logger;
    /** This install's id (logging reads it from its database): without it, no audit indexer. */
    install?: () => Promise<string>;
    signal?: AbortSignal;
  },
  opts: EventPipelineOptions = {},
): Promise<RunningEventPipeline | undefined> {
  const brokers = opts.brokers ?? kafkaBrokers();
  if (!brokers) return undefined;
  const log = deps.log.child({ component: 'event-export' });
  const { signal } = deps;
  const install = opts.audit !== false && deps.install ? await retryUntilDone(deps.install, { log, waiting: 'the audit indexer waits for the database (its install id)', signal }) : undefined;
  if (opts.audit !== false && !install) log.warn('no installation database (DATABASE_URL): audit records are not indexed');
  const kafka = createKafka({ brokers, clientId: 'meridian-events', log });
  const topic = opts.topic ?? EVENT_TOPIC;
  await awaitTopic(kafka, topic, { partitions: 3, log, waiting: 'the Kubernetes events export waits for Kafka', signal });
  const started: Array<{ stop(): Promise<void> }> = [];
  try {
    started.push(await startEventIndexer({ kafka, elasticsearch: deps.elasticsearch, log, topic, groupId: opts.groupId, indexPrefix: opts.indexPrefix }));
    const exporter = await startEventExporter({ kafka, events: deps.events, log, topic });
    started.push(exporter);
    const audit = install && opts.audit !== false ? await startAuditIndexer({ kafka, elasticsearch: deps.elasticsearch, log: deps.log, install, signal }, opts.audit) : undefined;
    if (audit) started.push(audit);
    return {
      exporter,
      audit,
      async stop() {
        for (const part of started.reverse()) await part.stop();
      },
    };
  } catch (err) {
    for (const part of started.reverse()) await part.stop();
    throw err;
  }
}
