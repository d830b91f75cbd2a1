import { randomUUID } from 'node:crypto';
import type http from 'node:http';
import type { ApolloServer } from '@apollo/server';
import { GraphQLError, print, validate, type ExecutionArgs, type ExecutionResult, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import { badInput, rateLimited, unauthenticated, type Logger } from '@meridian/core';
import type { GatewayContext } from './context.ts';
import { operationOf, passwordChangeRefusal } from './password-change.ts';
import { toFormatted } from './errors.ts';
import { MAX_MESSAGE_BYTES } from './limits/http.ts';
import { checkOperation, type QueryLimits } from './limits/query-limits.ts';
import type { PersistedOperations } from './persisted/manifest.ts';
import { looksLikeBrowser, resolveOperation } from './persisted/resolve.ts';
import type { RateLimiter } from './limits/rate-limit.ts';
import { CLOSE_ANONYMOUS_EXPIRED, CLOSE_TOO_MANY_CONNECTIONS, SocketCounter, remoteAddress, type SocketLimits } from './limits/sockets.ts';
import { OperationSpans } from './operation-spans.ts';
import { grantsReduced } from './session-watch.ts';
import { SessionRejected, requestIdentity, type IdentityResolver, type RequestIdentity } from './identity.ts';

/** Each routed subscription holds a queue and a place in a shared upstream: bound what one client can open. */
export const MAX_OPERATIONS_PER_CONNECTION = 100;

/** Close code for a connection_init whose session token tenancy refused. */
export const CLOSE_UNAUTHENTICATED = 4401;
/** Close code when the caller's grants shrank while the socket was open: reconnect to go on. */
export const CLOSE_GRANTS_CHANGED = 4403;
/** Close code when the session cannot be checked because tenancy does not answer. */
export const CLOSE_TRY_AGAIN_LATER = 1013;

export interface WebSocketOptions {
  httpServer: http.Server;
  schema: GraphQLSchema;
  apollo: ApolloServer<GatewayContext>;
  subscribe: (args: ExecutionArgs) => Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult>;
  identities: IdentityResolver;
  internalKey: string;
  origins: string[];
  limits: QueryLimits;
  /** Which operations this socket may run (a browser's: its Origin at the upgrade). */
  persisted: PersistedOperations;
  sockets: SocketLimits;
  /** How often an open socket's session is checked again (the identity cache time). */
  recheckMs: number;
  /** Each operation (subscribe message) takes one request from the caller's rate limit. */
  rateLimiter?: RateLimiter;
  log: Logger;
  formatError: (formatted: GraphQLFormattedError, error?: unknown) => GraphQLFormattedError;
}

type ConnectionExtra = Record<PropertyKey, unknown> & {
  auth?: RequestIdentity;
  authorization?: string | null;
  /** The user this socket counts against (released when it closes). */
  userKey?: string;
  anonymousTimer?: NodeJS.Timeout;
  sessionTimer?: NodeJS.Timeout;
};

/**
 * graphql-ws on /graphql, next to HTTP. connection_init carries `{ authorization: "Bearer …" }`;
 * a token tenancy refuses closes the socket with 4401. Queries and mutations go through Apollo
 * Server (same plugins, same @apollo/gateway execution as HTTP); subscriptions go to the
 * subscription router.
 */
export function attachWebSocket(opts: WebSocketOptions) {
  const allowedOrigins = new Set(opts.origins);
  const wss = new WebSocketServer({
    server: opts.httpServer,
    path: '/graphql',
    // The same bound as an HTTP body (ws would read up to 100 MiB per message by default).
    maxPayload: MAX_MESSAGE_BYTES,
    // Browsers always send Origin; refuse other sites' pages (non-browser clients send none).
    verifyClient: ({ origin }: { origin?: string }) => !origin || allowedOrigins.has(origin),
  });

  // Connections per address are counted from the upgrade on, before graphql-ws sees them; this
  // listener is added before useServer's, so an over-limit socket is closed first.
  const perAddress = new SocketCounter(opts.sockets.perAddress);
  const perUser = new SocketCounter(opts.sockets.perUser);
  wss.on('connection', (socket, req) => {
    const address = remoteAddress(req);
    if (!perAddress.take(address)) {
      socket.close(CLOSE_TOO_MANY_CONNECTIONS, 'Too many connections from this address');
      return;
    }
    socket.once('close', () => perAddress.release(address));
  });

  /**
   * Ending a session or a grant ends its live subscriptions: every identity-cache period each
   * signed-in socket's session is looked up again (cheap: the resolver caches). A session that is
   * gone closes the socket (4401); grants that shrank close it too (4403: the client reconnects
   * and resubscribes under what it may now see). Added grants apply to new operations.
   */
  async function recheck(extra: ConnectionExtra & { socket: WebSocket }): Promise<void> {
    const current = extra.auth?.identity;
    if (!current || extra.socket.readyState !== extra.socket.OPEN) return;
    try {
      const identity = await opts.identities.resolve(extra.authorization);
      if (grantsReduced(current, identity)) {
        extra.socket.close(CLOSE_GRANTS_CHANGED, 'Your permissions changed: reconnect');
      } else if (identity !== current) {
        extra.auth = requestIdentity(identity, opts.internalKey);
      }
    } catch (err) {
      if (err instanceof SessionRejected) extra.socket.close(CLOSE_UNAUTHENTICATED, 'Your session ended');
      // tenancy unreachable: keep the socket; the next period asks again
    }
  }

  // Errors that are still Error objects (from the router) are formatted here; plain objects
  // were formatted by Apollo Server already.
  const format = (errors: readonly unknown[]) =>
    errors.map((e) => (e instanceof Error ? opts.formatError(toFormatted(e), e) : (e as GraphQLFormattedError)));
  const spans = new OperationSpans();

  const cleanup = useServer<Record<string, unknown>, ConnectionExtra>(
    {
      schema: opts.schema,
      onConnect: async (ctx) => {
        const authorization = ctx.connectionParams?.authorization;
        try {
          ctx.extra.authorization = typeof authorization === 'string' ? authorization : null;
          const identity = await opts.identities.resolve(ctx.extra.authorization);
          ctx.extra.auth = requestIdentity(identity, opts.internalKey);
          if (identity.kind === 'user' && identity.userId) {
            if (!perUser.take(identity.userId)) {
              ctx.extra.socket.close(CLOSE_TOO_MANY_CONNECTIONS, 'Too many connections for this user');
              return false;
            }
            ctx.extra.userKey = identity.userId;
            ctx.extra.sessionTimer = setInterval(() => void recheck(ctx.extra), opts.recheckMs);
            ctx.extra.sessionTimer.unref();
          } else {
            // Every subscription needs a user: an anonymous socket is only good for a moment
            // (a login over WebSocket), so it cannot be parked to hold resources.
            ctx.extra.anonymousTimer = setTimeout(() => ctx.extra.socket.close(CLOSE_ANONYMOUS_EXPIRED, 'Sign in: anonymous connections are closed after a few seconds'), opts.sockets.anonymousMs);
            ctx.extra.anonymousTimer.unref();
          }
          return true;
        } catch (err) {
          if (err instanceof SessionRejected) {
            ctx.extra.socket.close(CLOSE_UNAUTHENTICATED, 'Unauthenticated');
            return false;
          }
          // Tenancy unreachable: 1013 "try again later", which graphql-ws clients retry.
          opts.log.warn({ err }, 'could not resolve the identity of a WebSocket connection');
          ctx.extra.socket.close(CLOSE_TRY_AGAIN_LATER, 'The identity service is unavailable; try again shortly.');
          return false;
        }
      },
      onClose: (ctx) => {
        if (ctx.extra.userKey) perUser.release(ctx.extra.userKey);
        ctx.extra.userKey = undefined;
        clearTimeout(ctx.extra.anonymousTimer);
        clearInterval(ctx.extra.sessionTimer);
      },
      // Parse and validate here (instead of graphql-ws doing it) so that these errors carry
      // the same codes as over HTTP.
      //
      // Each operation also re-checks the session (cheap: the resolver caches for a few
      // seconds), so a revoked session cannot start new operations on an old socket and new
      // grants apply; operations already running keep the identity they started with.
      onSubscribe: async (ctx, _id, payload) => {
        spans.start(payload);
        if (Object.keys(ctx.subscriptions).length > MAX_OPERATIONS_PER_CONNECTION) {
          return [badInput(`At most ${MAX_OPERATIONS_PER_CONNECTION} operations may run at once on one connection.`)];
        }
        try {
          const identity = await opts.identities.resolve(ctx.extra.authorization);
          if (identity !== ctx.extra.auth?.identity) ctx.extra.auth = requestIdentity(identity, opts.internalKey);
        } catch (err) {
          if (err instanceof SessionRejected) {
            ctx.extra.socket.close(CLOSE_UNAUTHENTICATED, 'Unauthenticated');
            return [unauthenticated(err.message)];
          }
          opts.log.warn({ err }, 'could not re-check the session; keeping the identity from connection time');
        }
        const wait = ctx.extra.auth && opts.rateLimiter ? opts.rateLimiter.check(ctx.extra.auth.identity) : null;
        if (wait !== null) return [rateLimited(wait)];
        const persisted = resolveOperation(opts.persisted, payload, looksLikeBrowser(ctx.extra.request.headers));
        if ('error' in persisted) return [persisted.error];
        const checked = checkOperation(opts.schema, opts.limits, persisted.query ?? payload.query, payload.operationName, payload.variables);
        if ('errors' in checked) return checked.errors;
        const document = checked.document;
        const mustChange = passwordChangeRefusal(ctx.extra.auth?.identity, operationOf(document, payload.operationName));
        if (mustChange) return [mustChange];
        const invalid = validate(opts.schema, document);
        if (invalid.length) return invalid.map((e) => new GraphQLError(e.message, { nodes: e.nodes, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }));
        return { schema: opts.schema, document, operationName: payload.operationName, variableValues: payload.variables };
      },
      context: (ctx, _id, payload): GatewayContext => {
        const requestId = randomUUID();
        const contextValue = { auth: ctx.extra.auth!, requestId, log: opts.log.child({ requestId }), clientAddress: remoteAddress(ctx.extra.request), userAgent: ctx.extra.request.headers['user-agent'] };
        spans.bind(payload, contextValue);
        return contextValue;
      },
      execute: (args) => spans.run(args.contextValue, async () => {
        const response = await opts.apollo.executeOperation(
          { query: print(args.document), variables: args.variableValues as Record<string, unknown> | undefined, operationName: args.operationName ?? undefined },
          { contextValue: args.contextValue as GatewayContext },
        );
        if (response.body.kind !== 'single') return { errors: [new GraphQLError('Incremental delivery is not supported over WebSocket.')] };
        return response.body.singleResult as ExecutionResult; // errors already formatted by Apollo Server
      }),
      subscribe: (args) => spans.run(args.contextValue, () => opts.subscribe(args)),
      // Results from Apollo Server carry formatted errors, those from the router GraphQLErrors:
      // format both the same way before they leave.
      onNext: (_ctx, _id, payload, _args, result) => (result.errors ? { ...result, errors: spans.within(payload, () => format(result.errors!)) } : undefined),
      onError: (_ctx, _id, payload, errors) => {
        spans.end(payload);
        return spans.within(payload, () => format(errors));
      },
    },
    wss,
  );
  return { wss, dispose: () => cleanup.dispose() };
}
