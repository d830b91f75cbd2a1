/**
 * The logging subgraph: container logs through the Kubernetes log API (Pod.logs, podLogTail)
 * and collected logs through Elasticsearch (searchLogs).
 */
import { Gauge } from 'prom-client';
import type { Client } from '@elastic/elasticsearch';
import { config, defineSubgraph, runWhenMain, type RunningDefinedSubgraph } from '@meridian/core';
import { Kinds, sharedCaches } from '@meridian/core/kube/index';
import type { LoggingSources } from './context.ts';
import { KubernetesLogs } from './sources/kubernetes-logs.ts';
import { DEFAULT_INDEX, LogStore } from './sources/elasticsearch.ts';
import { resolvers } from './resolvers/index.ts';
import { createLogger } from '@meridian/core';
import { kafkaBrokers } from '@meridian/core/kafka/index';
import { WorkloadPods } from './sources/workload-pods.ts';
import { LogFeed } from './sources/log-feed.ts';
import { EventStore } from './sources/event-store.ts';
import { AuditStore } from './sources/audit-store.ts';
import { auditIndexPattern } from './audit/index.ts';
import { logExportRoute } from './routes/log-export.ts';
import { eventIndexPattern, startEventPipeline, type EventPipelineOptions } from './events/index.ts';
import { pipelineWanted, startPipeline, type PipelineOptions, type RunningPipeline } from './pipeline/index.ts';

export interface LoggingStartOptions {
  port?: number;
  kubeconfig?: string;
  elasticsearchUrl?: string;
  /** The index pattern searched (default MERIDIAN_LOG_INDEX or logstash-*). */
  elasticsearchIndex?: string;
  /** A ready client (tests pass one wired to @elastic/elasticsearch-mock). */
  elasticsearchClient?: Client;
  /**
   * The collection pipeline (collector → Kafka → indexer): given options, or on when
   * MERIDIAN_LOG_PIPELINE=on and Kafka is configured (`npm start`); off in tests that do not ask.
   */
  pipeline?: PipelineOptions | false;
  /** Kubernetes Events → Kafka → Elasticsearch, and the audit records' indexer: on when Kafka is configured, unless false. */
  events?: EventPipelineOptions | false;
  /** The brokers logTail reads meridian.logs from (default MERIDIAN_KAFKA_BROKERS). */
  kafkaBrokers?: string[];
}

export async function start(opts: LoggingStartOptions = {}): Promise<RunningDefinedSubgraph<LoggingSources> & { tails: { active: number }; pipeline?: RunningPipeline; events?: Awaited<ReturnType<typeof startEventPipeline>> }> {
  const caches = sharedCaches(opts.kubeconfig);
  const index = opts.elasticsearchIndex ?? process.env.MERIDIAN_LOG_INDEX ?? DEFAULT_INDEX;
  const logStore = opts.elasticsearchClient
    ? new LogStore(opts.elasticsearchClient, index)
    : LogStore.connect(opts.elasticsearchUrl ?? config.elasticsearchUrl, index);
  const sources: LoggingSources = {
    namespaces: caches.namespaces(), // resolvers wait (bounded) with ready()
    kubeLogs: new KubernetesLogs(caches.kubeConfig()),
    logStore,
    tails: { active: 0 },
    workloads: new WorkloadPods(caches),
    logFeed: new LogFeed({ brokers: opts.kafkaBrokers ?? kafkaBrokers(), log: createLogger('logging') }),
    eventStore: new EventStore(logStore.elasticsearch, eventIndexPattern(opts.events)),
    auditStore: new AuditStore(logStore.elasticsearch, auditIndexPattern(opts.events ? opts.events.audit : undefined)),
  };
  const running = await defineSubgraph({
    name: 'logging',
    schema: new URL('../schema.graphql', import.meta.url),
    sources,
    resolvers,
    caches,
    routes: logExportRoute(sources),
    health: {
      kubernetes: caches.probe,
      elasticsearch: async () => {
        if (!(await logStore.ping())) throw new Error('no answer');
      },
    },
  }).listen({ port: opts.port });
  new Gauge({
    name: 'meridian_log_tails_active',
    help: 'podLogTail subscriptions currently following a container log.',
    registers: [running.metrics.registry],
    collect() {
      this.set(sources.tails.active);
    },
  });
  // Asked for by a test: started before start() answers. Wanted by the product: started in the
  // background, so the subgraph serves while Kafka or the pod cache is still on its way.
  const pipelineDeps = { kubeConfig: caches.kubeConfig(), pods: caches.for(Kinds.Pod), elasticsearch: logStore.elasticsearch, log: running.log };
  const stopping = new AbortController();
  let pipeline: RunningPipeline | undefined;
  let pipelineStarting: Promise<unknown> | undefined;
  if (opts.pipeline) pipeline = await startPipeline(pipelineDeps, opts.pipeline);
  else if (opts.pipeline === undefined && pipelineWanted()) {
    pipelineStarting = startPipeline({ ...pipelineDeps, signal: stopping.signal }).then(
      (p) => (pipeline = p),
      (err: Error) => running.log.error({ err: err.message }, 'the log pipeline did not start'),
    );
  }
  const events =
    opts.events === false
      ? undefined
      : await startEventPipeline({ events: caches.for(Kinds.Event), elasticsearch: logStore.elasticsearch, log: running.log }, opts.events).catch((err) => {
          running.log.warn({ err }, 'Kubernetes events are not exported: Kafka is unavailable');
          return undefined;
        });
  return {
    ...running,
    events,
    tails: sources.tails,
    get pipeline() {
      return pipeline;
    },
    async stop() {
      await sources.logFeed.stop();
      await events?.stop();
      stopping.abort();
      await pipelineStarting;
      await pipeline?.stop();
      await running.stop();
    },
  };
}

await runWhenMain(import.meta.url, start);
