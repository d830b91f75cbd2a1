import { executeQueryPlan, type GraphQLDataSource, type ServiceMap } from '@apollo/gateway';
import type { QueryPlan } from '@apollo/query-planner';
import type { ExecutionResult } from 'graphql';
import type { GatewayContext } from '../context.ts';
import type { LoadedSupergraph } from '../supergraph.ts';
import type { SubscriptionPlan } from './plan.ts';
import type { UpstreamEvent } from './upstream.ts';

type RequestContext = Parameters<typeof executeQueryPlan>[2];

/**
 * A data source that answers the plan's primary fetch with an event that already arrived over
 * the subgraph's socket, and forwards every other fetch (the `rest`, possibly to the same
 * subgraph) to the real data source.
 */
function withEvent(real: GraphQLDataSource | undefined, primaryOperation: string, event: UpstreamEvent): GraphQLDataSource {
  return {
    async process(options) {
      if (options.request.query === primaryOperation) return { data: event.data ?? null, errors: event.errors } as Awaited<ReturnType<GraphQLDataSource['process']>>;
      if (!real) throw new Error('no data source for the subscription root service');
      return real.process(options);
    },
  };
}

/**
 * Completes one subscription event into the client's result by running the plan
 * `Sequence(primary, rest)` with @apollo/gateway's own executor, the primary fetch answered
 * by the event. Reusing the executor means entity fetches, flattening, error paths and result
 * shaping behave exactly as for queries.
 */
export async function resolveEvent(opts: {
  supergraph: LoadedSupergraph;
  plan: SubscriptionPlan;
  serviceMap: ServiceMap;
  event: UpstreamEvent;
  context: GatewayContext;
  variables: Record<string, unknown>;
  query: string;
}): Promise<ExecutionResult> {
  const { plan, event } = opts;
  const queryPlan: QueryPlan = {
    kind: 'QueryPlan',
    node: plan.rest ? { kind: 'Sequence', nodes: [plan.primary, plan.rest] } : plan.primary,
  };
  const serviceMap: ServiceMap = {
    ...opts.serviceMap,
    [plan.primary.serviceName]: withEvent(opts.serviceMap[plan.primary.serviceName], plan.primary.operation, event),
  };
  const requestContext = {
    request: { query: opts.query, variables: opts.variables },
    context: opts.context,
    logger: opts.context.log,
    metrics: {},
    operation: plan.operationContext.operation,
    operationName: plan.operationContext.operation.name?.value ?? null,
  } as unknown as RequestContext;
  const result = await executeQueryPlan(
    queryPlan,
    serviceMap,
    requestContext,
    plan.operationContext,
    opts.supergraph.supergraphGraphQLSchema,
    opts.supergraph.apiSchema,
  );
  return result as ExecutionResult;
}
