import { GraphQLError, type ExecutionResult } from 'graphql';

/**
 * extensions.code of the error that ends a client subscription whose client does not keep up:
 * more events waited for its socket than the bound (or its events could not be completed as fast
 * as they came). The client may subscribe again, and should re-read what it shows.
 */
export const SLOW_CONSUMER = 'SLOW_CONSUMER';

/**
 * extensions.code of an event that carries no data and tells the client that events may have been
 * missed: the subgraph's socket dropped (a restart) and the subscription was resumed on a new one.
 * The subgraph's subscriptions have no resume point (podStatusChanged streams the watch cache from
 * the moment of subscribing), so the client re-reads the state it shows, as it does after its own
 * socket reconnects; the subscription goes on.
 */
export const RESYNC = 'RESYNC';

export function slowConsumer(detail: string): GraphQLError {
  return new GraphQLError(`This subscription was ended because ${detail}. Subscribe again and re-read what you show.`, {
    extensions: { code: SLOW_CONSUMER },
  });
}

export function resyncSignal(service: string): ExecutionResult {
  return {
    errors: [
      new GraphQLError(`The ${service} service reconnected: events may have been missed. Re-read what you show; the subscription goes on.`, {
        extensions: { code: RESYNC, service },
      }),
    ],
  };
}
