/**
 * The logging subgraph: container logs through the Kubernetes log API (Pod.logs, podLogTail)
 * and collected logs through Elasticsearch (searchLogs).
 */
import { Gauge } from 'prom-client';
import type { Client } from '@elastic/elasticsearch';
import { config, defineSubgraph, runWhenMain, type RunningDefinedSubgraph } from '@meridian/core';
import { sharedCaches } from '@meridian/core/kube/index';
import type { LoggingSources } from './context.ts';
import { KubernetesLogs } from './sources/kubernetes-logs.ts';
import { DEFAULT_INDEX, LogStore } from './sources/elasticsearch.ts';
import { resolvers } from './resolvers/index.ts';

export interface LoggingStartOptions {
  port?: number;
  kubeconfig?: string;
  elasticsearchUrl?: string;
  /** The index pattern searched (default MERIDIAN_LOG_INDEX or logstash-*). */
  elasticsearchIndex?: string;
  /** A ready client (tests pass one wired to @elastic/elasticsearch-mock). */
  elasticsearchClient?: Client;
}

export async function start(opts: LoggingStartOptions = {}): Promise<RunningDefinedSubgraph<LoggingSources> & { tails: { active: number } }> {
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
  };
  const running = await defineSubgraph({
    name: 'logging',
    schema: new URL('../schema.graphql', import.meta.url),
    sources,
    resolvers,
    caches,
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
  return { ...running, tails: sources.tails };
}

await runWhenMain(import.meta.url, start);
