/**
 * The logging subgraph: container logs through the Kubernetes log API (Pod.logs, podLogTail)
 * and collected logs through Elasticsearch (searchLogs).
 */
import { readFileSync } from 'node:fs';
import { Gauge } from 'prom-client';
import type { Client } from '@elastic/elasticsearch';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import { config, startSubgraph, stopOnSignals, type RunningSubgraph } from '@meridian/core';
import { loadKubeConfig, NamespaceDirectory } from '@meridian/core/kube/index';
import { KubernetesLogs } from './sources/kubernetes-logs.ts';
import { DEFAULT_INDEX, LogStore } from './sources/elasticsearch.ts';
import { makeResolvers } from './resolvers/index.ts';

export interface LoggingStartOptions {
  port?: number;
  kubeconfig?: string;
  elasticsearchUrl?: string;
  /** The index pattern searched (default MERIDIAN_LOG_INDEX or logstash-*). */
  elasticsearchIndex?: string;
  /** A ready client (tests pass one wired to @elastic/elasticsearch-mock). */
  elasticsearchClient?: Client;
}

export async function start(opts: LoggingStartOptions = {}): Promise<RunningSubgraph & { tails: { active: number } }> {
  const kc = loadKubeConfig(opts.kubeconfig);
  const namespaces = new NamespaceDirectory(kc);
  void namespaces.start().catch(() => undefined); // resolvers wait (bounded) with ready()
  const index = opts.elasticsearchIndex ?? process.env.MERIDIAN_LOG_INDEX ?? DEFAULT_INDEX;
  const logStore = opts.elasticsearchClient
    ? new LogStore(opts.elasticsearchClient, index)
    : LogStore.connect(opts.elasticsearchUrl ?? config.elasticsearchUrl, index);
  const tails = { active: 0 };
  const resolvers = makeResolvers({ namespaces, kubeLogs: new KubernetesLogs(kc), logStore, tails });
  const running = await startSubgraph({
    name: 'logging',
    typeDefs: readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8'),
    resolvers: resolvers as GraphQLResolverMap<never>,
    port: opts.port,
    health: async () => ({
      kubernetes: namespaces.health().state === 'synced' ? 'ok' : `namespaces watch ${namespaces.health().state}`,
      elasticsearch: await logStore.ping().then(
        (ok) => (ok ? 'ok' : 'no answer'),
        (err: Error) => err.message,
      ),
    }),
    onStop: () => namespaces.stop(),
  });
  new Gauge({
    name: 'meridian_log_tails_active',
    help: 'podLogTail subscriptions currently following a container log.',
    registers: [running.metrics.registry],
    collect() {
      this.set(tails.active);
    },
  });
  return { ...running, tails };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  stopOnSignals(await start());
}
