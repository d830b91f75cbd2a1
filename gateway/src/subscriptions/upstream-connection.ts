import { createClient, type Client, type Sink } from 'graphql-ws';
import WebSocket from 'ws';
import { IDENTITY_HEADER, type Logger } from '@meridian/core';
import { traceCarrier } from '@meridian/core/tracing';
import type { UpstreamEvent } from './upstream.ts';
import { webSocketUrl } from './upstream.ts';

export interface UpstreamConnectionOptions {
  service: string;
  url: string;
  /** The scope's identity, signed afresh for every (re)connection (signatures expire). */
  signedIdentity: () => Promise<string>;
  rideOutMs: number;
  maxRetryWaitMs: number;
  log: Logger;
}

export interface UpstreamRequest {
  query: string;
  operationName?: string;
  variables: Record<string, unknown>;
}

/** Told when the socket drops under live subscriptions, and when it is back (they were resubscribed). */
export interface ConnectionListener {
  lost(): void;
  reconnected(): void;
}

/**
 * One graphql-ws socket to one subgraph for one authorization scope, carrying all of that scope's
 * upstream subscriptions to the subgraph (graphql-ws multiplexes them).
 *
 * Reconnection: a socket that was acknowledged and then dropped (the subgraph restarted) is
 * reopened with exponential backoff (100 ms doubling, at most `maxRetryWaitMs`, plus jitter) for
 * up to `rideOutMs`; graphql-ws then sends every live subscription again on the new socket.
 * Listeners hear `lost` and `reconnected` so that subscribers can be told to resync. A socket
 * that never opened is not retried: the subscription fails at once with UPSTREAM_UNAVAILABLE,
 * as a query to a subgraph that is down does.
 */
export class UpstreamConnection {
  private readonly client: Client;
  private acknowledged = false;
  private lostAt: number | undefined;
  private readonly listeners = new Set<ConnectionListener>();
  private subscriptions = 0;
  /** Sockets opened so far (1 + reconnections), for tests and metrics. */
  opened = 0;

  constructor(readonly opts: UpstreamConnectionOptions) {
    this.client = createClient({
      url: webSocketUrl(opts.url),
      webSocketImpl: WebSocket,
      connectionParams: async () => ({ [IDENTITY_HEADER]: await opts.signedIdentity() }),
      lazy: true,
      lazyCloseTimeout: 0,
      keepAlive: 15_000,
      connectionAckWaitTimeout: 10_000, // a subgraph that accepts the socket but never acks is down
      retryAttempts: Number.MAX_SAFE_INTEGER, // bounded by time instead, in shouldRetry
      retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, Math.min(opts.maxRetryWaitMs, 100 * 2 ** retries) + Math.random() * 100)),
      shouldRetry: () => this.lostAt !== undefined && Date.now() - this.lostAt < opts.rideOutMs,
      on: {
        connected: () => {
          this.opened++;
          this.acknowledged = true;
          if (this.lostAt === undefined) return;
          opts.log.info({ subgraph: opts.service, downMs: Date.now() - this.lostAt, subscriptions: this.subscriptions }, 'subscription socket to the subgraph is back; resubscribed');
          this.lostAt = undefined;
          for (const l of [...this.listeners]) l.reconnected();
        },
        // Runs before graphql-ws decides whether to retry (its own listeners come after these).
        closed: () => this.dropped(),
        error: () => this.dropped(),
      },
    });
  }

  private dropped(): void {
    if (!this.acknowledged) return;
    this.acknowledged = false;
    if (this.subscriptions === 0) return;
    this.lostAt = Date.now();
    this.opts.log.warn({ subgraph: this.opts.service, subscriptions: this.subscriptions, rideOutMs: this.opts.rideOutMs }, 'subscription socket to the subgraph dropped; reconnecting');
    for (const l of [...this.listeners]) l.lost();
  }

  /** Whether the socket is down and being reopened. */
  get reconnecting(): boolean {
    return this.lostAt !== undefined;
  }

  get size(): number {
    return this.subscriptions;
  }

  subscribe(request: UpstreamRequest, sink: Sink<UpstreamEvent>, listener: ConnectionListener): () => void {
    this.subscriptions++;
    this.listeners.add(listener);
    let done = false;
    const leave = () => {
      if (done) return;
      done = true;
      this.subscriptions--;
      this.listeners.delete(listener);
      if (this.subscriptions === 0) this.lostAt = undefined;
    };
    // The subgraph continues the trace of the operation that opened this upstream subscription.
    const carrier = traceCarrier();
    const payload = Object.keys(carrier).length ? { ...request, extensions: carrier } : request;
    const unsubscribe = this.client.subscribe<Record<string, unknown>>(payload, {
      next: (value) => sink.next(value as UpstreamEvent),
      error: (error) => {
        leave();
        sink.error(error);
      },
      complete: () => {
        leave();
        sink.complete();
      },
    });
    return () => {
      leave();
      unsubscribe();
    };
  }

  dispose(): void {
    void this.client.dispose();
  }
}
