import { readFileSync } from 'node:fs';
import type express from 'express';
import type { SubgraphName } from '../config.ts';
import type { SharedCaches } from '../kube/shared-caches.ts';
import { startSubgraph, type RunningSubgraph, type SubgraphContext } from '../server.ts';
import type { Probes } from './health.ts';
import type { ResolverMap } from './resolver-map.ts';

/** The context of a subgraph whose backends are `S`: resolvers reach them only as `ctx.sources`. */
export type ContextWith<S> = SubgraphContext & { sources: S };

/**
 * Everything one subgraph is, in one shape. Sources are built once by the subgraph's `start()`;
 * resolvers are static modules typed with the subgraph's codegen types
 * (`Resolvers<ContextWith<Sources>>`), so they never close over their dependencies.
 */
export interface SubgraphDefinition<S extends object> {
  name: SubgraphName;
  /** The SDL: its file (`new URL('../schema.graphql', import.meta.url)`) or its text. */
  schema: URL | string;
  sources: S;
  /**
   * Per-request batching (DataLoaders), as `ctx.loaders`: made fresh for every request, never
   * shared across requests or callers (what a caller may see differs).
   */
  loaders?: (ctx: ContextWith<S>) => object;
  resolvers: object;
  /** Named probes, reported at /healthz by name (see health.ts). */
  health?: Probes;
  /** This subgraph's lease on the process's shared watch caches: on /metrics, released on stop. */
  caches?: SharedCaches;
  /** Plain HTTP routes before /graphql (tenancy's /internal/identity). */
  routes?: (app: express.Express) => void;
  /** Closes the subgraph's own backends (database pools) after the server stopped. */
  stop?: () => Promise<void>;
  /** The database of its audit outbox when not DATABASE_URL (tenancy's, so its transactions hold the rows). */
  auditDatabaseUrl?: string;
}

export interface ListenOptions {
  /** Default: the registry's port for this subgraph (or MERIDIAN_<NAME>_PORT); 0 picks a free one. */
  port?: number;
  host?: string;
}

export type RunningDefinedSubgraph<S> = RunningSubgraph & { sources: S };

export interface Subgraph<S extends object> extends SubgraphDefinition<S> {
  /** Serves the subgraph: GraphQL (HTTP and graphql-ws) on /graphql, /healthz, /metrics. */
  listen(opts?: ListenOptions): Promise<RunningDefinedSubgraph<S>>;
}

export function defineSubgraph<S extends object>(def: SubgraphDefinition<S>): Subgraph<S> {
  return { ...def, listen: (opts = {}) => listen(def, opts) };
}

async function listen<S extends object>(def: SubgraphDefinition<S>, opts: ListenOptions): Promise<RunningDefinedSubgraph<S>> {
  const typeDefs = def.schema instanceof URL ? readFileSync(def.schema, 'utf8') : def.schema;
  const { sources, loaders, caches } = def;
  const stopBackends = async () => {
    await caches?.release();
    await def.stop?.();
  };
  let running: RunningSubgraph;
  try {
    running = await startSubgraph<{ sources: S; loaders?: object }>({
      name: def.name,
      typeDefs,
      // Each subgraph's codegen types are stricter than the map the server takes (e.g. typed
      // __resolveReference); the resolvers module is where they are checked.
      resolvers: def.resolvers as ResolverMap<SubgraphContext & { sources: S }>,
      extendContext: loaders ? (base) => ({ sources, loaders: loaders({ ...base, sources }) }) : () => ({ sources }),
      health: def.health,
      routes: def.routes,
      onStop: stopBackends,
      port: opts.port,
      host: opts.host,
      audit: { databaseUrl: def.auditDatabaseUrl, workspaceOf: caches ? (project) => caches.namespaces().workspaceOf(project) : undefined },
    });
  } catch (err) {
    await stopBackends().catch(() => undefined);
    throw err;
  }
  caches?.registerMetrics(running.metrics.registry);
  return { ...running, sources };
}
