import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type OperationDefinitionNode } from 'graphql';
import { ErrorCode } from './errors.ts';

/** One Prometheus registry per process, served at /metrics. */
export function createMetrics(service: string) {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry });
  const operations = new Histogram({
    name: 'meridian_graphql_operation_duration_seconds',
    help: 'Time to execute a GraphQL operation, by operation type and first root field (never the client-chosen name), and outcome.',
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

const KNOWN_CODES = new Set(Object.values(ErrorCode) as string[]);
// Apollo Server's own codes for requests it refuses before execution.
for (const code of ['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED', 'OPERATION_RESOLUTION_FAILURE']) KNOWN_CODES.add(code);

/**
 * The `operation` label: the operation type and its first root field (`query.workspaces`),
 * both bounded by the schema. Never the operation name, which any caller picks freely (each
 * new name used to create new series, unauthenticated).
 */
export function operationLabel(operation: OperationDefinitionNode | null | undefined): string {
  if (!operation) return 'unparsed';
  const first = operation.selectionSet.selections.find((s) => s.kind === Kind.FIELD);
  return `${operation.operation}.${first && first.kind === Kind.FIELD ? first.name.value : 'fragment'}`;
}

/** Times every operation and counts its errors by code. */
export function metricsPlugin(metrics: Metrics): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const stop = metrics.operations.startTimer();
      return {
        async willSendResponse(ctx) {
          const errs = ctx.errors ?? [];
          for (const e of errs) {
            const code = String(e.extensions?.code ?? ErrorCode.INTERNAL);
            metrics.errors.inc({ code: KNOWN_CODES.has(code) ? code : 'other' });
          }
          // Unknown root fields fail validation, so a label only ever names a field of the schema.
          const valid = ctx.operation && !errs.some((e) => e.extensions?.code === 'GRAPHQL_VALIDATION_FAILED');
          stop({ operation: valid ? operationLabel(ctx.operation) : 'invalid', outcome: errs.length ? 'error' : 'ok' });
        },
      };
    },
  };
}
