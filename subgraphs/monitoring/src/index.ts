import { config, createLogger, defineSubgraph, runWhenMain, type RunningDefinedSubgraph } from '@meridian/core';
import { createPrisma } from '@meridian/core/db';
import { createAlerting, type Alerting, type AlertingOptions } from './alerting/alerting.ts';
import { alertingDefaults } from './alerting/settings.ts';
import { alertmanagerWebhook } from './alerting/webhook.ts';
import { sharedCaches } from '@meridian/core/kube/index';
import type { MonitoringSources } from './context.ts';
import { createLoaders } from './loaders.ts';
import { resolvers } from './resolvers/index.ts';
import { PrometheusClient } from './sources/prometheus.ts';

export interface MonitoringOptions {
  port?: number;
  kubeconfig?: string;
  prometheusUrl?: string;
  /** Per-call timeout towards Prometheus. */
  prometheusTimeoutMs?: number;
  /** Postgres for alerting (rules, alerts, channels); DATABASE_URL when omitted; neither: no alerting. */
  databaseUrl?: string;
  /** Alertmanager, Prometheus' rule folder, the poll period...: see alerting/settings.ts for the defaults. */
  alerting?: Partial<Omit<AlertingOptions, 'prisma' | 'prometheus' | 'log'>>;
}

/**
 * Starts the monitoring subgraph. Kubernetes is needed only for authorization (which
 * workspace a namespace belongs to, from the shared namespace watch); metrics come from Prometheus.
 */
export async function start(opts: MonitoringOptions = {}): Promise<RunningDefinedSubgraph<MonitoringSources>> {
  const caches = sharedCaches(opts.kubeconfig);
  const prometheus = new PrometheusClient(opts.prometheusUrl ?? config.prometheusUrl, opts.prometheusTimeoutMs ?? 5000);
  const dbUrl = opts.databaseUrl ?? process.env.DATABASE_URL;
  const prisma = dbUrl ? createPrisma(dbUrl) : undefined;
  let alerting: Alerting | undefined;
  try {
    alerting = prisma && (await createAlerting({ ...alertingDefaults(), ...opts.alerting, prisma, prometheus, log: createLogger('monitoring') }));
  } catch (err) {
    await prisma?.$disconnect();
    await caches.release();
    throw err;
  }
  const running = await defineSubgraph({
    name: 'monitoring',
    schema: new URL('../schema.graphql', import.meta.url),
    sources: { directory: caches.namespaces(), prometheus, alerting },
    routes: alertmanagerWebhook(() => alerting),
    stop: async () => {
      await alerting?.stop();
      await prisma?.$disconnect();
    },
    loaders: (ctx) => createLoaders(ctx.sources.prometheus),
    resolvers,
    caches,
    health: {
      kubernetes: caches.probe,
      prometheus: () => prometheus.ready().catch((err: Error) => Promise.reject(new Error(`unreachable: ${err.message}`))),
    },
  }).listen({ port: opts.port });
  await alerting?.serve(running.port);
  return running;
}

await runWhenMain(import.meta.url, start);
