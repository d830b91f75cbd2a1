import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { Kind, type DocumentNode, type GraphQLFormattedError } from 'graphql';
import { CLIENT_ADDRESS_HEADER, IDENTITY_HEADER, config, signClientAddress, upstreamUnavailable, type Logger } from '@meridian/core';
import type { GatewayContext } from './context.ts';
import { InFlight, identityScope, subgraphFetchKey } from './execution/in-flight.ts';
import { signedIdentityOf } from './execution/signed-identities.ts';
import { SubgraphPool, type SubgraphAnswer } from './execution/subgraph-pool.ts';

type Response = Awaited<ReturnType<RemoteGraphQLDataSource['process']>>;

/** A subgraph's answer as GraphQL: its body, or the errors standing for a subgraph that did not answer. */
export interface SubgraphResult {
  data?: Record<string, unknown> | null;
  errors?: GraphQLFormattedError[];
  extensions?: Record<string, unknown>;
}

/** One subgraph call as several callers may share it: never mutate `result`. */
export interface SharedSubgraphCall {
  result: SubgraphResult;
  cacheControl: string | undefined;
}

/** What one subgraph fetch is: the operation, its variables, who asks and whether it is a mutation. */
export interface SubgraphRequest {
  query: string;
  operationName?: string | null;
  variables?: Record<string, unknown>;
  extensions?: Record<string, unknown>;
  mutation: boolean;
  context: Partial<GatewayContext>;
  /** Extra headers the plan executor asked for (traces). */
  headers?: Record<string, string>;
}

/** The error a client sees for every field that needed a subgraph that did not answer. */
export function subgraphUnavailable(service: string): GraphQLFormattedError {
  const err = upstreamUnavailable(`The ${service} service`);
  return { message: err.message, extensions: { ...err.extensions, dependency: service, service } };
}

const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

const isMutation = (document: DocumentNode | undefined, query: string): boolean => {
  const op = document?.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  return op ? op.operation === 'mutation' : /^\s*mutation\b/.test(query);
};

/** Cache-Control of a subgraph's answer as Apollo Server's cache hint (what RemoteGraphQLDataSource did). */
export function cacheHint(header: string | undefined): { maxAge: number; scope?: 'PRIVATE' | 'PUBLIC' } {
  const hint: { maxAge: number; scope?: 'PRIVATE' | 'PUBLIC' } = { maxAge: 0 };
  if (!header) return hint;
  const maxAge = /(?:^|,)\s*max-age=(\d+)\s*(?:,|$)/i.exec(header);
  if (maxAge) hint.maxAge = Number(maxAge[1]);
  if (/(?:^|,)\s*private\s*(?:,|$)/i.test(header)) hint.scope = 'PRIVATE';
  if (/(?:^|,)\s*public\s*(?:,|$)/i.test(header)) hint.scope = 'PUBLIC';
  return hint;
}

/**
 * How the gateway calls one subgraph over HTTP: with the caller's identity signed into
 * x-meridian-identity, and with failures turned into GraphQL errors rather than exceptions, so
 * that a subgraph that is down costs only the fields it owns (partial data plus
 * UPSTREAM_UNAVAILABLE naming the service), and a subgraph's own errors keep their code.
 *
 * Requests go over a keep-alive pool (execution/subgraph-pool.ts), and identical queries in
 * flight at the same moment (same subgraph, operation text, variables and caller identity) share
 * one round trip and one parse (`call`); mutations are never shared. `process`, the interface
 * @apollo/gateway's own executor uses (subscription events), hands each caller its own copy,
 * since that executor merges into what it receives.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly pool: SubgraphPool;
  readonly inFlight = new InFlight<SharedSubgraphCall>();

  constructor(
    readonly name: string,
    url: string,
    private readonly log: Logger,
    /** A subgraph that has not answered by then counts as unavailable (0: wait forever). */
    timeoutMs = 30_000,
  ) {
    super({ url });
    this.pool = new SubgraphPool(url, { timeoutMs });
  }

  /** One fetch, shared with identical queries of the same caller in flight right now. */
  async call(req: SubgraphRequest): Promise<SharedSubgraphCall> {
    const body = JSON.stringify({ query: req.query, variables: req.variables, operationName: req.operationName ?? undefined, extensions: req.extensions });
    if (req.mutation) return this.send(body, req, false);
    const extraHeaders = req.headers && Object.keys(req.headers).length ? JSON.stringify(req.headers) : '';
    const key = subgraphFetchKey(this.url!, identityScope(req.context.auth?.identity) + extraHeaders, body);
    return this.inFlight.run(key, () => this.send(body, req, true));
  }

  private async send(body: string, req: SubgraphRequest, repeatable: boolean): Promise<SharedSubgraphCall> {
    const headers: Record<string, string> = { ...req.headers };
    if (req.context.auth) headers[IDENTITY_HEADER] = await signedIdentityOf(req.context.auth);
    if (req.context.requestId) headers['x-request-id'] = req.context.requestId;
    // Mutations only (sign-in, password change): tenancy throttles guesses per client address.
    if (req.mutation && req.context.clientAddress) headers[CLIENT_ADDRESS_HEADER] = await signClientAddress(req.context.clientAddress, config.internalKey);
    if (req.mutation && req.context.userAgent) headers['x-meridian-user-agent'] = req.context.userAgent.slice(0, 512);
    let answer: SubgraphAnswer;
    try {
      answer = await this.pool.post(body, headers, repeatable);
    } catch (err) {
      this.log.warn({ err, subgraph: this.name, url: this.url }, 'subgraph did not answer');
      return { result: { errors: [subgraphUnavailable(this.name)] }, cacheControl: undefined };
    }
    return { result: this.resultOf(answer, parseJson(answer.text)), cacheControl: answer.cacheControl };
  }

  private resultOf(answer: SubgraphAnswer, parsed: unknown): SubgraphResult {
    const body = parsed as SubgraphResult | undefined;
    const ok = answer.status >= 200 && answer.status < 300;
    if (ok && body && typeof body === 'object' && !Array.isArray(body)) return body;
    // A non-2xx status still carries the subgraph's own GraphQL errors when it sent some.
    if (!ok && body && Array.isArray(body.errors) && body.errors.length > 0) return { data: body.data ?? null, errors: body.errors };
    this.log.warn({ subgraph: this.name, url: this.url, status: answer.status, body: answer.text.slice(0, 200) }, 'subgraph did not answer with GraphQL');
    return { errors: [subgraphUnavailable(this.name)] };
  }

  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<Response> {
    const { request } = options;
    if (!request.query) throw new Error('Missing query');
    const headers: Record<string, string> = {};
    for (const [name, value] of request.http?.headers ?? []) headers[name] = value;
    const shared = await this.call({
      query: request.query,
      operationName: request.operationName,
      variables: request.variables,
      extensions: request.extensions,
      mutation: isMutation('document' in options ? options.document : undefined, request.query),
      context: options.context as Partial<GatewayContext>,
      headers,
    });
    const policy = 'incomingRequestContext' in options ? options.incomingRequestContext.overallCachePolicy : undefined;
    if (policy && 'restrict' in policy) policy.restrict(cacheHint(shared.cacheControl));
    // Apollo's executor writes into what it gets: its own copy, never the shared one.
    return structuredClone(shared.result) as Response;
  }

  /** Sockets open to the subgraph right now. */
  get connections(): number {
    return this.pool.connected;
  }

  /** Closes the kept-alive sockets (the gateway is stopping). */
  async close(): Promise<void> {
    await this.pool.close();
  }
}
