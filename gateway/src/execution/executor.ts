import type { ApolloGateway } from '@apollo/gateway';
import { operationFromDocument, type Operation } from '@apollo/federation-internals';
import type { PlanNode, QueryPlan } from '@apollo/query-planner';
import { GraphQLError, getVariableValues } from 'graphql';
import type { Logger } from '@meridian/core';
import type { GatewayContext } from '../context.ts';
import { cacheHint, type SubgraphDataSource } from '../dataSource.ts';
import type { LoadedSupergraph } from '../supergraph.ts';
import { canRun, executePlan } from './execute-plan.ts';
import { LruCache } from './lru.ts';
import { compileShape, shapeResponse, type CompiledShape } from './shape.ts';

type GatewayExecutor = ApolloGateway['executor'];
type RequestContext = Parameters<GatewayExecutor>[0];
type ExecutionResult = Awaited<ReturnType<GatewayExecutor>>;

/** Everything about one operation text that does not depend on its variables or caller. */
interface PreparedOperation {
  plan: QueryPlan;
  operation: Operation;
  shape: CompiledShape;
  /** False: a node, rewrite or field this executor leaves to @apollo/gateway's. */
  runnable: boolean;
}

export interface PlanExecutorOptions {
  supergraph: LoadedSupergraph;
  sources: Record<string, SubgraphDataSource>;
  /** @apollo/gateway's own executor, for what this one does not run. */
  fallback: GatewayExecutor;
  log: Logger;
  /** Distinct operations (text + operation name) whose plans are kept. */
  maxPlans?: number;
}

export const DEFAULT_MAX_PLANS = Number(process.env.MERIDIAN_PLAN_CACHE_SIZE ?? 1_000);

/**
 * The gateway's executor for queries and mutations over HTTP and WebSocket: @apollo/gateway's
 * query planner, plans kept per operation text and name in a bounded LRU with the operation
 * compiled for shaping, and plans run by execute-plan.ts over the pooled, deduplicating data
 * sources. Introspection fields, plans with @defer or data rewrites (@interfaceObject, @context),
 * and requests asking for a query plan trace go to @apollo/gateway's executor unchanged.
 */
export function createPlanExecutor(opts: PlanExecutorOptions) {
  const prepared = new LruCache<string, PreparedOperation>(opts.maxPlans ?? DEFAULT_MAX_PLANS);
  const { supergraph } = opts;

  function prepare(request: RequestContext): PreparedOperation {
    const operationName = request.request.operationName ?? undefined;
    const planned = operationFromDocument(supergraph.apiSchema, request.document, { operationName });
    const plan = supergraph.planner.buildQueryPlan(planned);
    // A second copy for shaping, as @apollo/gateway builds one (planning may normalize its input).
    const operation = operationFromDocument(supergraph.apiSchema, request.document, { operationName, validate: false });
    const shape = compileShape(operation);
    const runnable = plan.node?.kind !== 'Subscription' && canRun(plan.node as PlanNode | undefined) && !shape.usesIntrospection;
    return { plan, operation, shape, runnable };
  }

  const executor = async (request: RequestContext): Promise<ExecutionResult> => {
    if (request.metrics?.captureTraces || request.request.http?.headers.get('apollo-query-plan-experimental')) return opts.fallback(request);
    const key = `${request.request.operationName ?? ''}\u0000${request.source}`;
    let entry = prepared.get(key);
    if (!entry) {
      try {
        entry = prepare(request);
      } catch (err) {
        if (err instanceof GraphQLError) return { errors: [err] };
        throw err;
      }
      prepared.set(key, entry);
    }
    if (!entry.runnable) return opts.fallback(request);

    const variables = request.request.variables;
    const definitions = request.operation.variableDefinitions;
    if (definitions?.length) {
      const { errors } = getVariableValues(request.schema, definitions, variables ?? {});
      if (errors?.length) return { errors };
    }

    const policy = request.overallCachePolicy;
    const { data, errors } = await executePlan(entry.plan.node as PlanNode | undefined, {
      operation: entry.operation,
      variables,
      sources: opts.sources,
      supergraphSchema: supergraph.supergraphGraphQLSchema,
      context: request.context as Partial<GatewayContext>,
      restrictCache: policy && 'restrict' in policy ? (header) => policy.restrict(cacheHint(header)) : undefined,
    });

    try {
      const shaped = shapeResponse(entry.shape, data, variables, () => {
        throw new Error('introspection is answered by the fallback executor');
      });
      if (errors.length === 0 && shaped.errors.length > 0) return { extensions: { valueCompletion: shaped.errors }, data: shaped.data };
      return errors.length === 0 ? { data: shaped.data } : { errors, data: shaped.data };
    } catch (err) {
      if (err instanceof GraphQLError) return { errors: [err] };
      opts.log.error({ err }, 'shaping a response failed');
      return { errors: [new GraphQLError((err as Error).message ?? 'Unexpected error during query plan execution', { originalError: err as Error })] };
    }
  };
  return Object.assign(executor, { prepared });
}

/**
 * Makes Apollo Server use `createPlanExecutor` for this gateway: Apollo Server takes its
 * executor from `gateway.load()`, so load() is wrapped and the gateway's own executor kept as
 * the fallback.
 */
export function usePlanExecutor(gateway: ApolloGateway, opts: Omit<PlanExecutorOptions, 'fallback'>): void {
  const load = gateway.load.bind(gateway);
  gateway.load = async (options) => {
    const loaded = await load(options);
    return { ...loaded, executor: createPlanExecutor({ ...opts, fallback: loaded.executor ?? gateway.executor }) };
  };
}
