import { GraphQLError, getOperationAST, getVariableValues, print, type ExecutionArgs, type ExecutionResult } from 'graphql';
import type { ServiceMap } from '@apollo/gateway';
import { Gauge, type Registry } from 'prom-client';
import { upstreamUnavailable } from '@meridian/core';
import type { GatewayContext } from '../context.ts';
import type { SubgraphDataSource } from '../dataSource.ts';
import type { LoadedSupergraph } from '../supergraph.ts';
import { ClientStream } from './client-stream.ts';
import { CompletionGroup } from './completion-group.ts';
import { batchingServiceMap, type BatchStats } from './entity-batcher.ts';
import { subscriptionLimitsFromEnv, type SubscriptionLimits } from './limits.ts';
import { planSubscription, type SubscriptionPlan } from './plan.ts';
import { resolveEvent } from './resolveEvent.ts';
import { authorizationScope } from './scope.ts';
import { SharedUpstream } from './shared-upstream.ts';
import { UpstreamConnection } from './upstream-connection.ts';

export interface SubscriptionRouterDeps {
  supergraph: LoadedSupergraph;
  dataSources: Record<string, SubgraphDataSource>;
  /** Told when a routed subscription starts (+1) and ends (-1), for the metrics gauge. */
  track?: (subgraph: string, delta: 1 | -1) => void;
  /** Where the upstream socket and subscription gauges are registered. */
  registry?: Registry;
  limits?: Partial<SubscriptionLimits>;
}

function pick(variables: Record<string, unknown>, names: readonly string[] = []): Record<string, unknown> {
  return Object.fromEntries(names.filter((n) => variables[n] !== undefined).map((n) => [n, variables[n]]));
}

/** What the router holds right now (tests and benchmarks read it; /metrics shows the gauges). */
export interface RouterStats {
  /** graphql-ws sockets to subgraphs (one per subgraph and authorization scope in use). */
  upstreamSockets: number;
  /** Subscriptions on those sockets (one per subgraph, operation, variables and scope in use). */
  upstreamSubscriptions: number;
  batches: BatchStats;
}

/**
 * Runs subscriptions, which @apollo/gateway cannot: the plan's primary part goes to the owning
 * subgraph over graphql-ws, and every event is completed with the other subgraphs' fields.
 *
 * At scale (issue #7): identical upstream subscriptions are shared (SharedUpstream, keyed by
 * subgraph, upstream operation, variables and authorization scope; one socket per subgraph and
 * scope, UpstreamConnection), each event is completed once per distinct client operation
 * (CompletionGroup) with entity fetches batched across events and groups (entity-batcher.ts),
 * each client has a bounded queue (ClientStream, SLOW_CONSUMER), and a subgraph restart shorter
 * than the ride-out time is reconnected and resubscribed under the clients (RESYNC signal).
 *
 * Returns the `subscribe` function graphql-ws's server calls, with `stats()` beside it.
 */
export function createSubscriptionRouter(deps: SubscriptionRouterDeps) {
  const limits: SubscriptionLimits = { ...subscriptionLimitsFromEnv(), ...deps.limits };
  const batches: BatchStats = { requests: 0, representations: 0 };
  const serviceMap: ServiceMap = batchingServiceMap({ ...deps.dataSources }, { windowMs: limits.batchWindowMs, maxBatchSize: limits.maxBatchSize }, batches);
  const connections = new Map<string, UpstreamConnection>();
  const upstreams = new Map<string, SharedUpstream>();

  if (deps.registry) {
    const count = <T>(items: Iterable<T>, service: (t: T) => string) => {
      const by = new Map<string, number>();
      for (const t of items) by.set(service(t), (by.get(service(t)) ?? 0) + 1);
      return by;
    };
    new Gauge({
      name: 'meridian_gateway_upstream_sockets',
      help: 'graphql-ws sockets the gateway holds to subgraphs for subscriptions (one per subgraph and authorization scope).',
      labelNames: ['subgraph'],
      registers: [deps.registry],
      collect() {
        this.reset();
        for (const [subgraph, n] of count(connections.values(), (c) => c.opts.service)) this.set({ subgraph }, n);
      },
    });
    new Gauge({
      name: 'meridian_gateway_upstream_subscriptions',
      help: 'Subscriptions the gateway holds at subgraphs, each shared by every client subscription asking the same thing in the same scope.',
      labelNames: ['subgraph'],
      registers: [deps.registry],
      collect() {
        this.reset();
        for (const [subgraph, n] of count(upstreams.values(), (u) => u.service)) this.set({ subgraph }, n);
      },
    });
  }

  // The console opens the same few subscriptions over and over: plan each text once.
  const plans = new Map<string, SubscriptionPlan>();
  const planFor = (text: string, args: ExecutionArgs): SubscriptionPlan => {
    const key = `${args.operationName ?? ''}\n${text}`;
    let plan = plans.get(key);
    if (!plan) {
      plan = planSubscription(deps.supergraph, args.document, args.operationName);
      if (plans.size >= 500) plans.delete(plans.keys().next().value!);
      plans.set(key, plan);
    }
    return plan;
  };

  function connectionFor(service: string, scope: string, context: GatewayContext): UpstreamConnection {
    const key = `${service}\n${scope}`;
    let connection = connections.get(key);
    if (!connection) {
      const source = deps.dataSources[service];
      // The scope's identity: whoever opened the socket first (every member of the scope is
      // authorized alike, see scope.ts); signed afresh on each reconnection.
      const auth = context.auth;
      connection = new UpstreamConnection({ service, url: source.url, signedIdentity: () => auth.signed(), rideOutMs: limits.rideOutMs, maxRetryWaitMs: limits.maxRetryWaitMs, log: context.log });
      connections.set(key, connection);
    }
    return connection;
  }

  function releaseConnection(service: string, scope: string): void {
    const key = `${service}\n${scope}`;
    const connection = connections.get(key);
    if (connection && connection.size === 0) {
      connections.delete(key);
      connection.dispose();
    }
  }

  function upstreamFor(plan: SubscriptionPlan, variables: Record<string, unknown>, scope: string, context: GatewayContext): SharedUpstream {
    const service = plan.primary.serviceName;
    const upstreamVariables = pick(variables, plan.primary.variableUsages);
    const key = `${service}\n${scope}\n${plan.primary.operationName ?? ''}\n${plan.primary.operation}\n${JSON.stringify(upstreamVariables)}`;
    let upstream = upstreams.get(key);
    if (!upstream) {
      const created = new SharedUpstream(
        key,
        connectionFor(service, scope, context),
        { query: plan.primary.operation, operationName: plan.primary.operationName, variables: upstreamVariables },
        context.log,
        (u) => {
          if (upstreams.get(u.key) === u) upstreams.delete(u.key);
          releaseConnection(service, scope);
        },
      );
      upstreams.set(key, created);
      upstream = created;
      upstream.start();
    }
    return upstream;
  }

  function subscribeClient(plan: SubscriptionPlan, query: string, args: ExecutionArgs, variables: Record<string, unknown>, context: GatewayContext): AsyncIterableIterator<ExecutionResult> {
    const service = plan.primary.serviceName;
    const scope = authorizationScope(context.auth.identity);
    const upstream = upstreamFor(plan, variables, scope, context);
    deps.track?.(service, 1);
    // The stream detaches (ends, fails, returns) only after it joined its group below.
    const stream = new ClientStream(limits.maxQueuedEvents, (s) => {
      deps.track?.(service, -1);
      group.remove(s);
    });
    const groupKey = `${args.operationName ?? ''}\n${query}\n${JSON.stringify(variables)}`;
    const group = upstream.join(groupKey, stream, (onEmpty) => {
      // A failure to complete one event becomes that event's error, never the stream's end.
      const complete = (event: Parameters<typeof resolveEvent>[0]['event']): Promise<ExecutionResult> =>
        resolveEvent({ supergraph: deps.supergraph, plan, serviceMap, event, context, variables, query }).catch((err: unknown) => ({
          errors: [err instanceof GraphQLError ? err : new GraphQLError(err instanceof Error ? err.message : String(err), { originalError: err instanceof Error ? err : undefined })],
        }));
      return new CompletionGroup(complete, limits.maxQueuedEvents, onEmpty);
    });
    return stream;
  }

  const subscribe = async function subscribe(args: ExecutionArgs): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
    const context = args.contextValue as GatewayContext;
    // Coerce variables as graphql-js would (defaults applied, types checked) before anything
    // is sent anywhere: the upstream subscription and the plan's conditions both read them.
    const operation = getOperationAST(args.document, args.operationName);
    const coerced = getVariableValues(deps.supergraph.apiGraphQLSchema, operation?.variableDefinitions ?? [], (args.variableValues ?? {}) as Record<string, unknown>);
    if (coerced.errors) return { errors: coerced.errors.map((e) => new GraphQLError(e.message, { nodes: e.nodes, extensions: { code: 'BAD_USER_INPUT' } })) };
    const query = print(args.document);
    let plan: SubscriptionPlan;
    try {
      plan = planFor(query, args);
    } catch (err) {
      return { errors: [err instanceof GraphQLError ? err : new GraphQLError((err as Error).message)] };
    }
    if (!deps.dataSources[plan.primary.serviceName]) return { errors: [upstreamUnavailable(plan.primary.serviceName)] };
    return subscribeClient(plan, query, args, coerced.coerced, context);
  };

  const stats = (): RouterStats => ({ upstreamSockets: connections.size, upstreamSubscriptions: upstreams.size, batches: { ...batches } });
  return Object.assign(subscribe, { stats });
}
