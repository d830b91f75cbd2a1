import type { ApolloServerPlugin } from '@apollo/server';
import { Kind } from 'graphql';
import type { GatewayContext } from './context.ts';

/**
 * A successful `logout` ends its session in this gateway at once: the identity cache would
 * otherwise go on accepting the token for up to its lifetime (5 s), and the token still worked
 * right after logout. Its open sockets close at their next identity check (4401).
 */
export const logoutEndsSessionHere: ApolloServerPlugin<GatewayContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ operation, response, contextValue }) {
        if (response.body.kind !== 'single') return;
        const data = response.body.singleResult.data;
        // By the key the answer has it under: `logout`, or an alias (`bye: logout`).
        const loggedOut = operation?.selectionSet.selections.some((s) => s.kind === Kind.FIELD && s.name.value === 'logout' && data?.[s.alias?.value ?? 'logout'] === true);
        if (loggedOut) contextValue.endSession?.();
      },
    };
  },
};
