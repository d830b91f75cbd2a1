import http from 'node:http';
import { randomUUID } from 'node:crypto';
import express from 'express';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { GraphQLError, parse, subscribe as graphqlSubscribe, type GraphQLFormattedError } from 'graphql';
import { WebSocketServer } from 'ws';
import { useServer } from 'graphql-ws/use/ws';
import { assertSecrets, config, subgraphPort, type SubgraphName } from './config.ts';
import { refuseReadOnly } from './access/rules.ts';
import { ErrorCode, passwordChangeRequired } from './errors.ts';
import { IDENTITY_HEADER, PASSWORD_CHANGE_ALLOWED_FIELDS, verifyIdentity, type Identity } from './identity.ts';
import { CLIENT_ADDRESS_HEADER, verifyClientAddress } from './client-address.ts';
import { createLogger, type Logger } from './log.ts';
import { withTraceId } from './tracing-ids.ts';
import { contextFromCarrier, inSpan, operationSpanPlugin, serverSpanOf, SpanKind } from './tracing.ts';
import { createMetrics, metricsPlugin, type Metrics } from './metrics.ts';
import { runProbes, type Probes } from './subgraph/health.ts';
import { auditMutations, logSink, outboxSink } from './audit/index.ts';
import type { ResolverMap } from './subgraph/resolver-map.ts';

/** What every resolver of every subgraph receives. */
export interface SubgraphContext {
  identity: Identity;
  log: Logger;
  requestId: string;
  /** The client's address as the gateway signed it (x-meridian-client-address); undefined when unknown. */
  clientAddress?: string;
  /** The client's user agent on mutations (x-meridian-user-agent from the gateway; informational: kept on sessions). */
  userAgent?: string;
}

export interface SubgraphOptions<TExtra extends object = object> {
  name: SubgraphName;
  /** The subgraph's SDL (its schema.graphql). */
  typeDefs: string;
  resolvers: ResolverMap<SubgraphContext & TExtra>;
  /** Adds per-request values (data loaders, sources) to the context. */
  extendContext?: (base: SubgraphContext) => TExtra | Promise<TExtra>;
  /** Named probes of the backends this subgraph needs; reported at /healthz by name. */
  health?: Probes;
  /** Called on shutdown, after the HTTP server stopped accepting requests. */
  onStop?: () => Promise<void>;
  /** Adds plain HTTP routes (e.g. tenancy's /internal/identity) before /graphql. */
  routes?: (app: express.Express) => void;
  port?: number;
  host?: string;
  /**
   * Audit of this subgraph's mutations (audit/): the outbox's database (default DATABASE_URL;
   * none: records are logged only) and how to find a project's workspace.
   */
  audit?: { databaseUrl?: string; workspaceOf?: (project: string) => string | undefined };
}

export interface RunningSubgraph {
  url: string;
  port: number;
  log: Logger;
  metrics: Metrics;
  stop: () => Promise<void>;
}

/**
 * Known errors keep their code and message; anything else is logged in full and reaches the
 * client as INTERNAL_SERVER_ERROR with a message that leaks no internals.
 */
function formatErrorWith(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (code && code !== ErrorCode.INTERNAL) return withTraceId(formatted);
    const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
    log.error({ err: original, path: formatted.path }, 'unexpected resolver error');
    return withTraceId({
      message: 'Meridian hit an unexpected error; it has been logged. Try again, and report it if it persists.',
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: ErrorCode.INTERNAL },
    });
  };
}

/**
 * A read-only API token changes nothing in any subgraph: every mutation is refused (FORBIDDEN,
 * the access layer's `refuseReadOnly`) before a resolver runs, answered like any resolver error
 * (HTTP 200) so the gateway passes it on unchanged.
 */
const readOnlyMutationsRefused: ApolloServerPlugin<SubgraphContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, contextValue }) {
        if (operation?.operation !== 'mutation') return;
        try {
          refuseReadOnly(contextValue.identity);
        } catch (err) {
          if (err instanceof GraphQLError) err.extensions.http = { status: 200 };
          throw err;
        }
      },
    };
  },
};

/**
 * A first-run password blocks everything but changePassword, logout and me, in every subgraph
 * (the gateway refuses first; this holds for callers that reach a subgraph another way).
 */
const passwordChangeEnforced: ApolloServerPlugin<SubgraphContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, contextValue }) {
        if (!contextValue.identity.mustChangePassword || !operation) return;
        const fields = operation.selectionSet.selections.map((s) => (s.kind === 'Field' ? s.name.value : '…'));
        if (fields.every((f) => PASSWORD_CHANGE_ALLOWED_FIELDS.has(f))) return;
        const err = passwordChangeRequired();
        err.extensions.http = { status: 200 };
        throw err;
      },
    };
  },
};

/**
 * Starts one Federation 2 subgraph: GraphQL over HTTP and graphql-ws on /graphql, /healthz,
 * and /metrics. Every GraphQL request must carry an identity signed by the gateway; one that
 * does not is refused before any resolver runs.
 */
export async function startSubgraph<TExtra extends object = object>(opts: SubgraphOptions<TExtra>): Promise<RunningSubgraph> {
  assertSecrets();
  const log = createLogger(opts.name);
  const metrics = createMetrics(opts.name);
  const schema = buildSubgraphSchema({ typeDefs: parse(opts.typeDefs), resolvers: opts.resolvers as ResolverMap });
  const auditUrl = opts.audit?.databaseUrl ?? process.env.DATABASE_URL;
  const auditSink = auditUrl ? outboxSink(auditUrl, log) : logSink(log);
  const auditRefused = auditMutations(schema, { subgraph: opts.name, sink: auditSink, workspaceOf: opts.audit?.workspaceOf });
  const app = express();
  const httpServer = http.createServer(app);
  // The gateway keeps connections to subgraphs alive. Node closes idle ones after 5 s by default,
  // which races the gateway reusing them (ECONNRESET, "socket hang up"): keep them open longer
  // than any client's idle timeout, so the client is always the side that closes.
  httpServer.keepAliveTimeout = 75_000;
  httpServer.headersTimeout = 76_000;
  const wss = new WebSocketServer({ server: httpServer, path: '/graphql' });
  const subscribeExtensions = new WeakMap<object, Record<string, unknown>>();

  const makeContext = async (identity: Identity, requestId: string, clientAddress?: string, userAgent?: string) => {
    const base: SubgraphContext = { identity, log: log.child({ requestId }), requestId, ...(clientAddress ? { clientAddress } : {}), ...(userAgent ? { userAgent } : {}) };
    const extra = opts.extendContext ? await opts.extendContext(base) : ({} as TExtra);
    return { ...base, ...extra };
  };

  const wsCleanup = useServer(
    {
      schema,
      onConnect: async (ctx) => {
        const identity = await verifyIdentity(ctx.connectionParams?.[IDENTITY_HEADER] as string | undefined, config.internalKey);
        // closes with 4403 Forbidden; a first-run password allows no subscription either
        if (!identity || identity.mustChangePassword) return false;
        (ctx.extra as unknown as { identity?: Identity }).identity = identity;
        return true;
      },
      context: async (ctx, _id, payload) => {
        const contextValue = await makeContext((ctx.extra as unknown as { identity: Identity }).identity, randomUUID());
        if (payload.extensions) subscribeExtensions.set(contextValue, payload.extensions);
        return contextValue;
      },
      // A subscription continues the trace of whoever started it (the gateway puts its W3C trace
      // context in the subscribe message's extensions); its span covers setting it up.
      subscribe: (args) => {
        const parent = contextFromCarrier(subscribeExtensions.get(args.contextValue as object));
        return inSpan(`${opts.name} subscription`, { parent, kind: SpanKind.SERVER, attributes: { 'meridian.service': opts.name } }, async () => graphqlSubscribe(args));
      },
    },
    wss,
  );

  const apollo = new ApolloServer<SubgraphContext & TExtra>({
    schema,
    formatError: formatErrorWith(log),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Inline traces are for Apollo Studio, which Meridian does not use; they cost every request.
      ApolloServerPluginInlineTraceDisabled(),
      metricsPlugin(metrics),
      operationSpanPlugin(opts.name),
      readOnlyMutationsRefused,
      passwordChangeEnforced,
      auditRefused,
      { async serverWillStart() { return { async drainServer() { await wsCleanup.dispose(); } }; } },
    ],
  });
  await apollo.start();

  app.get('/healthz', async (_req, res) => {
    try {
      const checks = await runProbes(opts.health);
      const ok = Object.values(checks).every((v) => v === 'ok');
      res.status(ok ? 200 : 503).json({ status: ok ? 'ok' : 'degraded', service: opts.name, checks });
    } catch (err) {
      res.status(503).json({ status: 'down', service: opts.name, error: String(err) });
    }
  });
  app.get('/metrics', async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  opts.routes?.(app);
  app.use(
    '/graphql',
    serverSpanOf(opts.name),
    express.json({ limit: '2mb' }),
    async (req, res, next) => {
      const identity = await verifyIdentity(req.header(IDENTITY_HEADER), config.internalKey);
      if (!identity) {
        res.status(401).json({
          errors: [{ message: 'This subgraph only answers requests forwarded by the Meridian gateway.', extensions: { code: ErrorCode.UNAUTHENTICATED } }],
        });
        return;
      }
      res.locals.identity = identity;
      next();
    },
    expressMiddleware(apollo, {
      context: async ({ req, res }) =>
        makeContext(res.locals.identity as Identity, req.header('x-request-id') ?? randomUUID(), await verifyClientAddress(req.header(CLIENT_ADDRESS_HEADER), config.internalKey), req.header('x-meridian-user-agent')),
    }),
  );

  const port = opts.port ?? subgraphPort(opts.name);
  const host = opts.host ?? '127.0.0.1';
  await new Promise<void>((resolve) => httpServer.listen(port, host, resolve));
  const actualPort = (httpServer.address() as { port: number }).port;
  const url = `http://${host}:${actualPort}/graphql`;
  log.info({ url }, 'subgraph ready');

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await apollo.stop();
    await auditSink.close();
    await opts.onStop?.();
  };
  return { url, port: actualPort, log, metrics, stop };
}

/** Stops the subgraph cleanly on SIGINT/SIGTERM; used by each subgraph's index.ts. */
export function stopOnSignals(running: { stop: () => Promise<void>; log: Logger }): void {
  const handler = (signal: string) => {
    running.log.info({ signal }, 'shutting down');
    running.stop().then(() => process.exit(0), (err) => { running.log.error({ err }, 'shutdown failed'); process.exit(1); });
  };
  process.once('SIGINT', handler);
  process.once('SIGTERM', handler);
}
