import { buildOperationContext } from '@apollo/gateway';
import { operationFromDocument } from '@apollo/federation-internals';
import type { FetchNode, PlanNode } from '@apollo/query-planner';
import type { DocumentNode } from 'graphql';
import type { LoadedSupergraph } from '../supergraph.ts';

type OperationContext = ReturnType<typeof buildOperationContext>;

/**
 * A subscription split the way Federation 2 plans it: `primary` is the subscription sent to
 * the subgraph that owns the root field; `rest` fetches, for each event, the fields other
 * subgraphs own (`_entities` queries), or is absent when one subgraph answers everything.
 */
export interface SubscriptionPlan {
  primary: FetchNode;
  rest?: PlanNode;
  operationContext: OperationContext;
}

export function planSubscription(supergraph: LoadedSupergraph, document: DocumentNode, operationName?: string | null): SubscriptionPlan {
  const operation = operationFromDocument(supergraph.apiSchema, document, { operationName: operationName ?? undefined });
  const plan = supergraph.planner.buildQueryPlan(operation);
  if (plan.node?.kind !== 'Subscription') throw new Error(`expected a subscription plan, got ${plan.node?.kind ?? 'an empty plan'}`);
  return {
    primary: plan.node.primary,
    rest: plan.node.rest,
    operationContext: buildOperationContext({ schema: supergraph.apiGraphQLSchema, operationDocument: document, operationName: operationName ?? undefined }),
  };
}
