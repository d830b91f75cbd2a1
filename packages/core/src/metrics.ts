import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { ApolloServerPlugin } from '@apollo/server';

/** One Prometheus registry per process, served at /metrics. */
export function createMetrics(service: string) {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry });
  const operations = new Histogram({
    name: 'meridian_graphql_operation_duration_seconds',
    help: 'Time to execute a GraphQL operation, by operation name and outcome.',
    labelNames: ['operation', 'outcome'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const errors = new Counter({
    name: 'meridian_graphql_errors_total',
    help: 'GraphQL errors returned, by extensions.code.',
    labelNames: ['code'],
    registers: [registry],
  });
  return { registry, operations, errors };
}
export type Metrics = ReturnType<typeof createMetrics>;

/** Times every operation and counts its errors by code. */
export function metricsPlugin(metrics: Metrics): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const stop = metrics.operations.startTimer();
      return {
        async willSendResponse(ctx) {
          const errs = ctx.errors ?? [];
          for (const e of errs) metrics.errors.inc({ code: String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR') });
          stop({ operation: ctx.operationName ?? 'anonymous', outcome: errs.length ? 'error' : 'ok' });
        },
      };
    },
  };
}
