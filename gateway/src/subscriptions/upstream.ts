import type { GraphQLFormattedError } from 'graphql';
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

/** The subgraph's socket never opened, or stayed closed longer than the ride-out time. */
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

/** A close event, an Error or a ws ErrorEvent, in words. */
export function describeFailure(reason: unknown): string {
  const close = reason as { code?: number; reason?: string } | null;
  if (close && typeof close.code === 'number') return `socket closed (${close.code}${close.reason ? ` ${close.reason}` : ''})`;
  if (reason instanceof Error) return reason.message;
  const event = reason as { message?: string; error?: unknown } | null; // a ws ErrorEvent
  if (event?.error instanceof Error) return event.error.message;
  return event?.message ?? String(reason);
}

/** What graphql-ws tells a subscription's sink: GraphQL errors (refused) or a socket failure. */
export function upstreamFailure(service: string, error: unknown): UpstreamRejected | UpstreamLost {
  return Array.isArray(error) ? new UpstreamRejected(error as GraphQLFormattedError[]) : new UpstreamLost(service, describeFailure(error));
}
