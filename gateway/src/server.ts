import http from 'node:http';
import { randomUUID } from 'node:crypto';
import express from 'express';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { GraphQLError } from 'graphql';
import { Gauge } from 'prom-client';
import {
  SUBGRAPHS,
  assertSecrets,
  badInput,
  config,
  createLogger,
  createMetrics,
  metricsPlugin,
  subgraphUrl,
  unauthenticated,
  type Logger,
  type SubgraphName,
} from '@meridian/core';
import { operationSpanPlugin, serverSpanOf } from '@meridian/core/tracing';
import type { GatewayContext } from './context.ts';
import { consoleOrigins, cors } from './cors.ts';
import { SubgraphDataSource } from './dataSource.ts';
import { usePlanExecutor } from './execution/executor.ts';
import { rememberPassingVerdicts } from './execution/limit-verdicts.ts';
import { errorsCarryTraceId, formatGatewayError } from './errors.ts';
import { subgraphHealth } from './health.ts';
import { SessionRejected, createIdentityResolver, requestIdentity, type RequestIdentity } from './identity.ts';
import type { SubscriptionLimits } from './subscriptions/limits.ts';
import { createSubscriptionRouter } from './subscriptions/router.ts';
import { loadSupergraph, readCommittedSupergraph } from './supergraph.ts';
import { MAX_MESSAGE_BYTES, queryLimitsMiddleware } from './limits/http.ts';
import { introspectionPlugin, introspectionPolicyFromEnv, type IntrospectionPolicy } from './limits/introspection.ts';
import { queryLimitsFromEnv } from './limits/query-limits.ts';
import { socketLimitsFromEnv, type SocketLimits } from './limits/sockets.ts';
import { createRateLimiter, rateLimitMiddleware, rateLimitsFromEnv, type RateLimits } from './limits/rate-limit.ts';
import { readOnlyMutationsRefused } from './read-only.ts';
import { passwordChangeEnforced } from './password-change.ts';
import { logoutEndsSessionHere } from './logout.ts';
import { persistedOperationsMiddleware } from './persisted/http.ts';
import { loadPersistedOperations, type PersistedOperations } from './persisted/manifest.ts';
import { attachWebSocket } from './ws.ts';
import { downloadRoutes } from './downloads.ts';

export interface GatewayOptions {
  /** Default config.gatewayPort; 0 picks a free port. */
  port?: number;
  host?: string;
  /** subgraph name -> GraphQL URL; defaults to subgraphUrl(name) from config. */
  subgraphUrls?: Partial<Record<string, string>>;
  /** Supergraph SDL; defaults to the committed schema/supergraph.graphql. */
  supergraphSdl?: string;
  /** Console origins allowed by CORS; default MERIDIAN_CONSOLE_ORIGINS. */
  origins?: string[];
  /** How long tenancy's answer about a session token is reused. */
  identityCacheMs?: number;
  /** WebSocket limits; each defaults to its MERIDIAN_WS_* variable. */
  sockets?: Partial<SocketLimits>;
  /** Who may introspect; default MERIDIAN_INTROSPECTION or signed-in users only. */
  introspection?: IntrospectionPolicy;
  /** How long a subgraph may take to answer one fetch before it counts as unavailable. */
  subgraphTimeoutMs?: number;
  /** Per-API-token and per-user request rates; each defaults to its MERIDIAN_RATE_* variable. */
  rateLimits?: Partial<RateLimits>;
  /** Subscription queue bound, ride-out time, batching; each defaults to its MERIDIAN_SUBSCRIPTION_* variable. */
  subscriptions?: Partial<SubscriptionLimits>;
  /** Who may send which operations; default MERIDIAN_PERSISTED_OPERATIONS (browsers) and the console's manifest. */
  persistedOperations?: PersistedOperations;
}

export interface RunningGateway {
  url: string;
  wsUrl: string;
  port: number;
  log: Logger;
  stop: () => Promise<void>;
}

/** How long tenancy's answer about a session is reused, and how often open sockets re-check it. */
const IDENTITY_CACHE_MS = Number(process.env.MERIDIAN_IDENTITY_CACHE_MS ?? 5_000);

function urlFor(name: string, recorded: string, explicit: GatewayOptions['subgraphUrls']): string {
  return explicit?.[name] ?? ((SUBGRAPHS as readonly string[]).includes(name) ? subgraphUrl(name as SubgraphName) : recorded);
}

/** Subscriptions are routed over graphql-ws only; @apollo/gateway cannot run them over HTTP. */
const subscriptionsOverHttpRefused: ApolloServerPlugin<GatewayContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, request }) {
        if (operation?.operation === 'subscription' && request.http) {
          throw badInput('Subscriptions are served over WebSocket (graphql-ws protocol) at /graphql, not over HTTP.');
        }
      },
    };
  },
};

/**
 * Starts the gateway in-process: GraphQL over HTTP and graphql-ws on /graphql, /healthz,
 * /metrics. Used by gateway/src/index.ts, the product launcher and tests.
 */
export async function startGateway(opts: GatewayOptions = {}): Promise<RunningGateway> {
  assertSecrets();
  const log = createLogger('gateway');
  const metrics = createMetrics('gateway');
  const activeSubscriptions = new Gauge({
    name: 'meridian_gateway_subscriptions_active',
    help: 'Client subscriptions the gateway is routing right now, by the subgraph that owns them.',
    labelNames: ['subgraph'],
    registers: [metrics.registry],
  });
  const supergraph = loadSupergraph(opts.supergraphSdl ?? readCommittedSupergraph());
  const urls = Object.fromEntries(
    Object.entries(supergraph.subgraphUrls).map(([name, recorded]) => [name, urlFor(name, recorded, opts.subgraphUrls)]),
  );
  const timeoutMs = opts.subgraphTimeoutMs ?? Number(process.env.MERIDIAN_SUBGRAPH_TIMEOUT_MS ?? 30_000);
  const dataSources = Object.fromEntries(Object.entries(urls).map(([name, url]) => [name, new SubgraphDataSource(name, url, log, timeoutMs)]));
  const identities = createIdentityResolver({
    tenancyUrl: opts.subgraphUrls?.tenancy ?? urls.tenancy ?? subgraphUrl('tenancy'),
    internalKey: config.internalKey,
    cacheMs: opts.identityCacheMs ?? IDENTITY_CACHE_MS,
  });
  const origins = opts.origins ?? consoleOrigins();
  const formatError = formatGatewayError(log);
  const limits = queryLimitsFromEnv();
  const persisted = opts.persistedOperations ?? loadPersistedOperations();
  const rateLimiter = createRateLimiter({ ...rateLimitsFromEnv(), ...opts.rateLimits });

  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  // A client gets 30 s to send its whole request (headers 10 s): slow-loris sockets end.
  httpServer.requestTimeout = Number(process.env.MERIDIAN_REQUEST_TIMEOUT_MS ?? 30_000);
  httpServer.headersTimeout = 10_000;
  const gateway = new ApolloGateway({
    supergraphSdl: supergraph.sdl,
    buildService: ({ name }) => dataSources[name],
    logger: log.child({ component: 'apollo-gateway' }),
  });
  usePlanExecutor(gateway, { supergraph, sources: dataSources, log });
  let disposeWebSocket: () => void | Promise<void> = () => undefined;
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    formatError,
    includeStacktraceInErrorResponses: false,
    // Automatic persisted queries would let a hash stand for a query that the limits saw once
    // with other variables: every operation arrives as text and is checked each time.
    persistedQueries: false,
    allowBatchedHttpRequests: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      metricsPlugin(metrics),
      operationSpanPlugin('gateway'),
      subscriptionsOverHttpRefused,
      readOnlyMutationsRefused,
      passwordChangeEnforced,
      logoutEndsSessionHere,
      introspectionPlugin(opts.introspection ?? introspectionPolicyFromEnv()),
      { async serverWillStart() { return { async drainServer() { await disposeWebSocket(); } }; } },
    ],
  });
  await apollo.start();

  const ws = attachWebSocket({
    httpServer,
    schema: supergraph.apiGraphQLSchema,
    apollo,
    subscribe: createSubscriptionRouter({
      supergraph,
      dataSources,
      track: (subgraph, delta) => activeSubscriptions.inc({ subgraph }, delta),
      registry: metrics.registry,
      limits: opts.subscriptions,
    }),
    identities,
    internalKey: config.internalKey,
    origins,
    limits,
    persisted,
    sockets: { ...socketLimitsFromEnv(), ...opts.sockets },
    recheckMs: opts.identityCacheMs ?? IDENTITY_CACHE_MS,
    rateLimiter,
    log,
    formatError,
  });
  disposeWebSocket = ws.dispose;

  app.use(cors(origins));
  app.get('/healthz', async (_req, res) => {
    const health = await subgraphHealth(urls);
    res.status(health.ok ? 200 : 503).json(health.body);
  });
  app.get('/metrics', async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  downloadRoutes({ identities, internalKey: config.internalKey, urls, log })(app);
  app.use(
    '/graphql',
    serverSpanOf('gateway'),
    errorsCarryTraceId(),
    express.json({ limit: MAX_MESSAGE_BYTES }),
    persistedOperationsMiddleware(persisted),
    rememberPassingVerdicts(queryLimitsMiddleware(supergraph.apiGraphQLSchema, limits)),
    async (req, res, next) => {
      try {
        res.locals.auth = requestIdentity(await identities.resolve(req.header('authorization')), config.internalKey);
        next();
      } catch (err) {
        if (err instanceof SessionRejected) {
          res.status(401).json({ errors: [unauthenticated(err.message).toJSON()] });
        } else if (err instanceof GraphQLError) {
          res.status(503).json({ errors: [formatError(err.toJSON(), err)] });
        } else {
          next(err);
        }
      }
    },
    rateLimitMiddleware(rateLimiter),
    expressMiddleware(apollo, {
      context: async ({ req, res }): Promise<GatewayContext> => {
        const requestId = req.header('x-request-id') ?? randomUUID();
        const authorization = req.header('authorization');
        return { auth: res.locals.auth as RequestIdentity, requestId, log: log.child({ requestId }), clientAddress: req.socket.remoteAddress, userAgent: req.header('user-agent'), endSession: () => identities.ended(authorization) };
      },
    }),
  );

  // Bodies express.json cannot parse, and anything else that escaped: JSON errors, not HTML.
  app.use((err: unknown, _req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (res.headersSent) return next(err);
    const status = (err as { status?: number }).status;
    if (status && status >= 400 && status < 500) {
      res.status(status).json({ errors: [badInput(`The request body could not be read: ${(err as Error).message}`).toJSON()] });
      return;
    }
    res.status(500).json({ errors: [formatError({ message: 'unexpected error outside GraphQL execution' }, err)] }); // logs it
  });

  const host = opts.host ?? '127.0.0.1';
  await new Promise<void>((resolve) => httpServer.listen(opts.port ?? config.gatewayPort, host, resolve));
  const port = (httpServer.address() as { port: number }).port;
  const url = `http://${host}:${port}/graphql`;
  log.info({ url, subgraphs: urls, persistedOperations: { mode: persisted.mode, known: persisted.byHash.size } }, 'gateway ready');

  let stopped: Promise<void> | null = null;
  return {
    url,
    wsUrl: url.replace(/^http/, 'ws'),
    port,
    log,
    stop: () => (stopped ??= apollo.stop().then(() => Promise.all(Object.values(dataSources).map((d) => d.close()))).then(() => undefined)),
  };
}
