import { GraphQLError, getOperationAST, getVariableValues, print, type ExecutionArgs, type ExecutionResult } from 'graphql';
import type { ServiceMap } from '@apollo/gateway';
import { upstreamUnavailable } from '@meridian/core';
import type { GatewayContext } from '../context.ts';
import type { SubgraphDataSource } from '../dataSource.ts';
import type { LoadedSupergraph } from '../supergraph.ts';
import { planSubscription, type SubscriptionPlan } from './plan.ts';
import { resolveEvent } from './resolveEvent.ts';
import { UpstreamLost, UpstreamRejected, subscribeUpstream, type UpstreamEvent } from './upstream.ts';

/** How many events of one subscription may be completed at the same time. */
const MAX_EVENTS_IN_FLIGHT = 8;

export interface SubscriptionRouterDeps {
  supergraph: LoadedSupergraph;
  dataSources: Record<string, SubgraphDataSource>;
  /** Told when a routed subscription starts (+1) and ends (-1), for the metrics gauge. */
  track?: (subgraph: string, delta: 1 | -1) => void;
}

function pick(variables: Record<string, unknown>, names: readonly string[] = []): Record<string, unknown> {
  return Object.fromEntries(names.filter((n) => variables[n] !== undefined).map((n) => [n, variables[n]]));
}

const asGraphQLErrors = (errors: readonly { message: string; path?: readonly (string | number)[]; extensions?: Record<string, unknown> }[]) =>
  errors.map((e) => new GraphQLError(e.message, { path: e.path, extensions: e.extensions }));

/**
 * Runs subscriptions, which @apollo/gateway cannot: the plan's primary part goes to the owning
 * subgraph over graphql-ws, and every event is completed with the other subgraphs' fields.
 * Returns the `subscribe` function graphql-ws's server calls.
 */
export function createSubscriptionRouter(deps: SubscriptionRouterDeps) {
  const serviceMap: ServiceMap = { ...deps.dataSources };
  // The console opens the same few subscriptions over and over: plan each text once.
  const plans = new Map<string, SubscriptionPlan>();
  const planFor = (args: ExecutionArgs): SubscriptionPlan => {
    const key = `${args.operationName ?? ''}\n${print(args.document)}`;
    let plan = plans.get(key);
    if (!plan) {
      plan = planSubscription(deps.supergraph, args.document, args.operationName);
      if (plans.size >= 500) plans.delete(plans.keys().next().value!);
      plans.set(key, plan);
    }
    return plan;
  };

  /**
   * The client's event stream: each upstream event completed by resolveEvent. Hand-written
   * rather than a generator so that return() (client completes or disconnects) reaches the
   * upstream socket immediately, even while waiting for the next event.
   */
  function events(
    plan: SubscriptionPlan,
    args: ExecutionArgs,
    variables: Record<string, unknown>,
    context: GatewayContext,
    signedIdentity: string,
  ): AsyncIterableIterator<ExecutionResult> {
    const source = deps.dataSources[plan.primary.serviceName];
    const query = print(args.document);
    const upstream = subscribeUpstream({
      service: source.name,
      url: source.url,
      signedIdentity,
      query: plan.primary.operation,
      operationName: plan.primary.operationName,
      variables: pick(variables, plan.primary.variableUsages),
    });
    let finished = false;
    deps.track?.(source.name, 1);
    const finish = () => {
      if (!finished) deps.track?.(source.name, -1);
      finished = true;
    };
    // Events are completed concurrently (a burst of pod changes must not wait for one entity
    // fetch after another) but delivered in the order they arrived.
    const inFlight: Promise<ExecutionResult>[] = [];
    // A failure to complete one event becomes that event's error, never the stream's end (and
    // never an unhandled rejection of a promise dropped on return()).
    const complete = (event: UpstreamEvent): Promise<ExecutionResult> =>
      resolveEvent({ supergraph: deps.supergraph, plan, serviceMap, event, context, variables, query }).catch((err: unknown) => ({
        errors: [err instanceof GraphQLError ? err : new GraphQLError(err instanceof Error ? err.message : String(err), { originalError: err instanceof Error ? err : undefined })],
      }));
    const stream: AsyncIterableIterator<ExecutionResult> = {
      [Symbol.asyncIterator]: () => stream,
      async next() {
        if (finished) return { value: undefined, done: true };
        try {
          if (inFlight.length === 0) {
            const step = await upstream.next();
            if (step.done) {
              finish();
              return step;
            }
            inFlight.push(complete(step.value));
          }
          for (const event of upstream.takeBuffered(MAX_EVENTS_IN_FLIGHT - inFlight.length)) inFlight.push(complete(event));
          return { value: await inFlight.shift()!, done: false };
        } catch (err) {
          finish();
          inFlight.length = 0;
          await upstream.return();
          if (err instanceof UpstreamRejected) return { value: { errors: asGraphQLErrors(err.errors) }, done: false };
          if (err instanceof UpstreamLost) {
            context.log.warn({ subgraph: err.service, detail: err.detail }, 'subscription lost its subgraph');
            const lost = err.toGraphQL();
            throw new GraphQLError(lost.message, { extensions: lost.extensions });
          }
          throw err;
        }
      },
      async return() {
        finish();
        inFlight.length = 0;
        await upstream.return();
        return { value: undefined, done: true };
      },
    };
    return stream;
  }

  return async function subscribe(args: ExecutionArgs): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
    const context = args.contextValue as GatewayContext;
    // Coerce variables as graphql-js would (defaults applied, types checked) before anything
    // is sent anywhere: the upstream subscription and the plan's conditions both read them.
    const operation = getOperationAST(args.document, args.operationName);
    const coerced = getVariableValues(deps.supergraph.apiGraphQLSchema, operation?.variableDefinitions ?? [], (args.variableValues ?? {}) as Record<string, unknown>);
    if (coerced.errors) return { errors: coerced.errors.map((e) => new GraphQLError(e.message, { nodes: e.nodes, extensions: { code: 'BAD_USER_INPUT' } })) };
    let plan: SubscriptionPlan;
    try {
      plan = planFor(args);
    } catch (err) {
      return { errors: [err instanceof GraphQLError ? err : new GraphQLError((err as Error).message)] };
    }
    if (!deps.dataSources[plan.primary.serviceName]) return { errors: [upstreamUnavailable(plan.primary.serviceName)] };
    return events(plan, args, coerced.coerced, context, await context.auth.signed());
  };
}
