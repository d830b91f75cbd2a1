import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { refuseReadOnly } from '@meridian/core';
import type { GatewayContext } from './context.ts';

/**
 * Defence in depth for READ_ONLY API tokens: the gateway refuses any mutation operation before
 * planning it (FORBIDDEN, HTTP and WebSocket alike), although every subgraph refuses it too
 * (the access layer's `refuseReadOnly`). Answered like a resolver's FORBIDDEN (HTTP 200).
 */
export const readOnlyMutationsRefused: ApolloServerPlugin<GatewayContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, contextValue }) {
        if (operation?.operation !== 'mutation') return;
        try {
          refuseReadOnly(contextValue.auth.identity);
        } catch (err) {
          if (err instanceof GraphQLError) err.extensions.http = { status: 200 };
          throw err;
        }
      },
    };
  },
};
