import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { GraphQLFormattedError } from 'graphql';
import { IDENTITY_HEADER } from '@meridian/core';
import { subgraphUnavailable } from '../dataSource.ts';

/** One event from a subgraph's subscription, as it came over the wire. */
export interface UpstreamEvent {
  data?: Record<string, unknown> | null;
  errors?: readonly GraphQLFormattedError[];
}

/** The subgraph ended the subscription with GraphQL errors (e.g. its validation refused it). */
export class UpstreamRejected extends Error {
  constructor(readonly errors: readonly GraphQLFormattedError[]) {
    super(errors.map((e) => e.message).join('; '));
  }
}

/** The subgraph's socket closed or never opened while the subscription was live. */
export class UpstreamLost extends Error {
  constructor(readonly service: string, readonly detail: string) {
    super(`${service}: ${detail}`);
  }
  toGraphQL(): GraphQLFormattedError {
    return subgraphUnavailable(this.service);
  }
}

export function webSocketUrl(httpUrl: string): string {
  const url = new URL(httpUrl);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.href;
}

export interface UpstreamSubscription {
  service: string;
  url: string;
  signedIdentity: string;
  query: string;
  operationName?: string;
  variables: Record<string, unknown>;
}

function describe(reason: unknown): string {
  const close = reason as { code?: number; reason?: string } | null;
  if (close && typeof close.code === 'number') return `socket closed (${close.code}${close.reason ? ` ${close.reason}` : ''})`;
  if (reason instanceof Error) return reason.message;
  const event = reason as { message?: string; error?: unknown } | null; // a ws ErrorEvent
  if (event?.error instanceof Error) return event.error.message;
  return event?.message ?? String(reason);
}

/**
 * Subscribes to one subgraph over graphql-ws, on a socket of its own, and yields its events.
 *
 * One socket per client subscription keeps the lifetimes trivially tied together: when the
 * client stops (graphql-ws calls return() on `complete` and on disconnect) the upstream socket
 * is disposed at once, even while a next() is pending — which is why this is a hand-written
 * iterator and not an async generator (a generator's return() waits for the pending await).
 * There is no reconnection: if the subgraph's socket drops, next() rejects with UpstreamLost
 * and the client's subscription ends with UPSTREAM_UNAVAILABLE; the client may subscribe again.
 */
export interface UpstreamIterator extends AsyncIterableIterator<UpstreamEvent> {
  return(): Promise<IteratorResult<UpstreamEvent>>;
  /** Events that already arrived and wait in the buffer (at most `max`), without waiting. */
  takeBuffered(max: number): UpstreamEvent[];
}

export function subscribeUpstream(sub: UpstreamSubscription): UpstreamIterator {
  const client: Client = createClient({
    url: webSocketUrl(sub.url),
    webSocketImpl: WebSocket,
    connectionParams: { [IDENTITY_HEADER]: sub.signedIdentity },
    lazy: true,
    lazyCloseTimeout: 0,
    retryAttempts: 0,
    keepAlive: 15_000,
    connectionAckWaitTimeout: 10_000, // a subgraph that accepts the socket but never acks is down
  });

  const queue: UpstreamEvent[] = [];
  let ended: { error?: unknown } | null = null;
  let waiting: { resolve: (r: IteratorResult<UpstreamEvent>) => void; reject: (e: unknown) => void } | null = null;
  let closed = false;

  const close = () => {
    if (closed) return;
    closed = true;
    unsubscribe();
    void client.dispose();
  };
  const settle = () => {
    if (!waiting) return;
    const w = waiting;
    if (queue.length) {
      waiting = null;
      w.resolve({ value: queue.shift()!, done: false });
    } else if (ended) {
      waiting = null;
      const error = ended.error;
      ended = {}; // report a failure once, then stay finished
      if (error) w.reject(error);
      else w.resolve({ value: undefined, done: true });
    }
  };

  const unsubscribe = client.subscribe<Record<string, unknown>>(
    { query: sub.query, operationName: sub.operationName, variables: sub.variables },
    {
      next: (value) => {
        queue.push(value as UpstreamEvent);
        settle();
      },
      error: (error) => {
        ended ??= {
          error: Array.isArray(error) ? new UpstreamRejected(error as GraphQLFormattedError[]) : new UpstreamLost(sub.service, describe(error)),
        };
        close();
        settle();
      },
      complete: () => {
        ended ??= {};
        close();
        settle();
      },
    },
  );

  const iterator: UpstreamIterator = {
    [Symbol.asyncIterator]() {
      return iterator;
    },
    takeBuffered: (max) => queue.splice(0, max),
    next(): Promise<IteratorResult<UpstreamEvent>> {
      if (queue.length) return Promise.resolve({ value: queue.shift()!, done: false });
      if (ended) {
        const error = ended.error;
        ended = {}; // report a failure once, then stay finished
        return error ? Promise.reject(error) : Promise.resolve({ value: undefined, done: true });
      }
      return new Promise((resolve, reject) => {
        waiting = { resolve, reject };
      });
    },
    async return(): Promise<IteratorResult<UpstreamEvent>> {
      ended = {};
      queue.length = 0;
      close();
      settle();
      return { value: undefined, done: true };
    },
  };
  return iterator;
}
