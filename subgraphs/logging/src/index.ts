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
import { createPrisma, installOnce } from '@meridian/core/db';
import { workspacesSince } from '@meridian/core/audit/index';
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
  /** The topic logTail reads (default meridian.logs; a test's own, so no collector's lines mix in). */
  logTopic?: string;
  /**
   * The installation's database (default DATABASE_URL): where this subgraph's audit records go
   * (the outbox) and whose install id says which audit records are this install's.
   */
  databaseUrl?: string;
}

type RunningEvents = Awaited<ReturnType<typeof startEventPipeline>>;

export async function start(
  opts: LoggingStartOptions = {},
): Promise<RunningDefinedSubgraph<LoggingSources> & { tails: { active: number }; pipeline?: RunningPipeline; events?: RunningEvents; eventsStarted: Promise<RunningEvents> }> {
  const caches = sharedCaches(opts.kubeconfig);
  // Logging has no tables of its own, but it writes its audit records into the installation's
  // database like every subgraph: that database's install id is this process's. (Not a config
  // value: one more setting to keep equal to the database's; not the signed identity: the
  // indexer, which has no caller, needs it too.)
  const databaseUrl = opts.databaseUrl ?? process.env.DATABASE_URL;
  // For the install id and the audit search's rule (workspaces from their creation on): a client
  // of two connections.
  const database = databaseUrl ? createPrisma(databaseUrl, { maxConnections: 2 }) : undefined;
  const install = database ? installOnce(database) : undefined;
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
    logFeed: new LogFeed({ brokers: opts.kafkaBrokers ?? kafkaBrokers(), log: createLogger('logging'), topic: opts.logTopic }),
    eventStore: new EventStore(logStore.elasticsearch, eventIndexPattern(opts.events)),
    auditStore: new AuditStore(logStore.elasticsearch, auditIndexPattern(opts.events ? opts.events.audit : undefined)),
    install,
    workspacesSince: database ? (names) => workspacesSince(database, names) : undefined,
  };
  const running = await defineSubgraph({
    name: 'logging',
    schema: new URL('../schema.graphql', import.meta.url),
    sources,
    resolvers,
    caches,
    routes: logExportRoute(sources),
    auditDatabaseUrl: databaseUrl,
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
  // Events export and audit indexer: in the background, waiting for Kafka (and the database) as
  // long as it takes, so that a Kafka down when logging starts only delays them.
  let events: RunningEvents;
  const eventsStarted =
    opts.events === false
      ? Promise.resolve(undefined)
      : startEventPipeline({ events: caches.for(Kinds.Event), elasticsearch: logStore.elasticsearch, log: running.log, install, signal: stopping.signal }, opts.events).then(
          (e) => (events = e),
          (err: Error) => {
            if (!stopping.signal.aborted) running.log.error({ err: err.message }, 'the Kubernetes events export and audit indexer did not start');
            return undefined;
          },
        );
  return {
    ...running,
    get events() {
      return events;
    },
    eventsStarted,
    tails: sources.tails,
    get pipeline() {
      return pipeline;
    },
    async stop() {
      await sources.logFeed.stop();
      stopping.abort();
      await eventsStarted;
      await events?.stop();
      await pipelineStarting;
      await pipeline?.stop();
      await running.stop();
      await database?.$disconnect().catch(() => undefined);
    },
  };
}

await runWhenMain(import.meta.url, start);
