import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { IDENTITY_HEADER, upstreamUnavailable, type Logger } from '@meridian/core';
import type { GatewayContext } from './context.ts';

type Response = Awaited<ReturnType<RemoteGraphQLDataSource['process']>>;

/** The error a client sees for every field that needed a subgraph that did not answer. */
export function subgraphUnavailable(service: string): GraphQLFormattedError {
  const err = upstreamUnavailable(`The ${service} service`);
  return { message: err.message, extensions: { ...err.extensions, dependency: service, service } };
}

/** A subgraph's answer to a non-2xx status: its own GraphQL errors if it sent some. */
function graphQLBodyOf(err: unknown): { data?: Record<string, unknown> | null; errors: GraphQLFormattedError[] } | null {
  if (!(err instanceof GraphQLError)) return null;
  const body = (err.extensions?.response as { body?: unknown } | undefined)?.body as
    | { data?: Record<string, unknown> | null; errors?: GraphQLFormattedError[] }
    | undefined;
  if (!body || typeof body !== 'object' || !Array.isArray(body.errors) || body.errors.length === 0) return null;
  return { data: body.data ?? null, errors: body.errors };
}

/**
 * How the gateway calls one subgraph over HTTP: with the caller's identity signed into
 * x-meridian-identity, and with failures turned into GraphQL errors rather than exceptions, so
 * that a subgraph that is down costs only the fields it owns (partial data plus
 * UPSTREAM_UNAVAILABLE naming the service), and a subgraph's own errors keep their code.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    readonly name: string,
    url: string,
    private readonly log: Logger,
    /** A subgraph that has not answered by then counts as unavailable (0: wait forever). */
    timeoutMs = 30_000,
  ) {
    super({ url });
    // The default fetcher (make-fetch-happen, with keep-alive) has no deadline of its own.
    const base = this.fetcher;
    if (timeoutMs > 0) this.fetcher = (input, init) => base(input, { ...init, timeout: timeoutMs } as typeof init);
  }

  override async willSendRequest(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
    const context = options.context as Partial<GatewayContext>;
    const headers = options.request.http?.headers;
    if (!headers || !context.auth) return;
    headers.set(IDENTITY_HEADER, await context.auth.signed());
    if (context.requestId) headers.set('x-request-id', context.requestId);
  }

  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<Response> {
    try {
      return await super.process(options);
    } catch (err) {
      const body = graphQLBodyOf(err);
      if (body) return body as Response;
      this.log.warn({ err, subgraph: this.name, url: this.url }, 'subgraph did not answer');
      return { errors: [subgraphUnavailable(this.name)] } as Response;
    }
  }
}
