/**
 * The collection pipeline the logging process runs when asked (MERIDIAN_LOG_PIPELINE=on, set by
 * `npm start` when the lab's Kafka is up; tests start it themselves): collector → Kafka
 * (meridian.logs) → indexer → Elasticsearch, and retention of old daily indices.
 */
import { join } from 'node:path';
import type { Client } from '@elastic/elasticsearch';
import { REPO_ROOT, type Logger } from '@meridian/core';
import { awaitTopic, createKafka, kafkaBrokers } from '@meridian/core/kafka/index';
import type { KubeConfig, ResourceCache } from '@meridian/core/kube/index';
import { startLogCollector, type LogCollector } from './collector.ts';
import { startLogIndexer, type LogIndexer } from './indexer.ts';
import { LOG_TOPIC } from './log-record.ts';
import { startRetention } from './retention.ts';

export interface PipelineOptions {
  brokers?: string[];
  checkpointFile?: string;
  /** Collect only these namespaces (tests); default all. */
  namespaces?: (namespace: string) => boolean;
  indexPrefix?: string;
  retentionDays?: number;
  groupId?: string;
  /** A new indexer group reads the topic from its start (default true). */
  fromBeginning?: boolean;
  /** The topic (default meridian.logs); a test pipeline uses its own, so the product's lines never mix in. */
  topic?: string;
  /** Followed streams at most; other running containers are read in turns (default 100). */
  maxStreams?: number;
}

export interface RunningPipeline {
  collector: LogCollector;
  indexer: LogIndexer;
  stop(): Promise<void>;
}

export function pipelineWanted(): boolean {
  return process.env.MERIDIAN_LOG_PIPELINE === 'on' && kafkaBrokers() !== undefined;
}

export async function startPipeline(
  deps: { kubeConfig: KubeConfig; pods: ResourceCache; elasticsearch: Client; log: Logger; signal?: AbortSignal },
  opts: PipelineOptions = {},
): Promise<RunningPipeline> {
  const brokers = opts.brokers ?? kafkaBrokers();
  if (!brokers) throw new Error('the log pipeline needs Kafka: set MERIDIAN_KAFKA_BROKERS');
  const log = deps.log.child({ component: 'log-pipeline' });
  const topic = opts.topic ?? LOG_TOPIC;
  const kafka = createKafka({ brokers, clientId: 'meridian-logging', log });
  // Kafka may still be starting (or down): the topic is made as soon as it answers.
  await awaitTopic(kafka, topic, { partitions: 3, log, waiting: 'the log pipeline waits for Kafka', signal: deps.signal });
  const prefix = opts.indexPrefix ?? 'logstash-';
  const indexer = startLogIndexer({ kafka, elasticsearch: deps.elasticsearch, log, indexPrefix: prefix, groupId: opts.groupId, fromBeginning: opts.fromBeginning, topic });
  // A group that starts at the end must be in place before the first line is published.
  if (opts.fromBeginning === false) await indexer.joined;
  const collector = await startLogCollector({
    kafka,
    kubeConfig: deps.kubeConfig,
    pods: deps.pods as never,
    checkpointFile: opts.checkpointFile ?? process.env.MERIDIAN_LOG_CHECKPOINTS ?? join(REPO_ROOT, '.run', 'log-collector', 'checkpoints.json'),
    log,
    namespaces: opts.namespaces,
    topic,
    maxStreams: opts.maxStreams,
  });
  const stopRetention = startRetention(deps.elasticsearch, prefix, opts.retentionDays ?? Number(process.env.MERIDIAN_LOG_RETENTION_DAYS ?? 7), log);
  return {
    collector,
    indexer,
    async stop() {
      stopRetention();
      await collector.stop();
      await indexer.stop();
    },
  };
}

