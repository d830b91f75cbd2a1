import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type DocumentNode, type GraphQLError, type OperationDefinitionNode } from 'graphql';
import { PASSWORD_CHANGE_ALLOWED_FIELDS, passwordChangeRequired, type Identity } from '@meridian/core';
import type { GatewayContext } from './context.ts';

/**
 * A user with a first-run password (the seeded admin) may only change it, sign out and read
 * `me` until they have: anything else is PASSWORD_CHANGE_REQUIRED before planning, over HTTP and
 * WebSocket (every subgraph refuses it too). Fragments at the root count as "something else".
 */
export function passwordChangeRefusal(identity: Identity | undefined, operation: OperationDefinitionNode | undefined): GraphQLError | null {
  if (!identity?.mustChangePassword || !operation) return null;
  const allowed = operation.selectionSet.selections.every((s) => s.kind === Kind.FIELD && PASSWORD_CHANGE_ALLOWED_FIELDS.has(s.name.value));
  if (allowed) return null;
  const err = passwordChangeRequired();
  err.extensions.http = { status: 200 };
  return err;
}

export function operationOf(document: DocumentNode, operationName?: string | null): OperationDefinitionNode | undefined {
  const ops = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  return operationName ? ops.find((o) => o.name?.value === operationName) : ops[0];
}

export const passwordChangeEnforced: ApolloServerPlugin<GatewayContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, contextValue }) {
        const err = passwordChangeRefusal(contextValue.auth.identity, operation ?? undefined);
        if (err) throw err;
      },
    };
  },
};
