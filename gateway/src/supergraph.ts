import { existsSync, readFileSync } from 'node:fs';
import { Supergraph, type Schema } from '@apollo/federation-internals';
import { QueryPlanner } from '@apollo/query-planner';
import type { GraphQLSchema } from 'graphql';
import { SUPERGRAPH_PATH } from './paths.ts';

/**
 * One loaded supergraph, in the shapes the gateway's pieces need: the SDL for @apollo/gateway,
 * and for subscription routing (which @apollo/gateway cannot execute) our own planner over the
 * same supergraph plus the schemas its executor takes.
 */
export interface LoadedSupergraph {
  sdl: string;
  /** subgraph name -> URL recorded at composition time (the gateway may override these). */
  subgraphUrls: Record<string, string>;
  planner: QueryPlanner;
  /** The API schema in federation-internals form (what operations are built against). */
  apiSchema: Schema;
  /** The API schema as graphql-js, for validating client operations. */
  apiGraphQLSchema: GraphQLSchema;
  /** The full supergraph as graphql-js, which the query plan executor needs. */
  supergraphGraphQLSchema: GraphQLSchema;
}

export function loadSupergraph(sdl: string): LoadedSupergraph {
  const supergraph = Supergraph.build(sdl);
  const apiSchema = supergraph.apiSchema();
  return {
    sdl,
    subgraphUrls: Object.fromEntries(supergraph.subgraphsMetadata().map((s) => [s.name, s.url])),
    planner: new QueryPlanner(supergraph),
    apiSchema,
    apiGraphQLSchema: apiSchema.toGraphQLJSSchema(),
    supergraphGraphQLSchema: supergraph.schema.toGraphQLJSSchema(),
  };
}

/** The committed supergraph (static: the gateway never introspects subgraphs at runtime). */
export function readCommittedSupergraph(): string {
  if (!existsSync(SUPERGRAPH_PATH)) throw new Error(`${SUPERGRAPH_PATH} does not exist; run \`npm run compose\` first`);
  return readFileSync(SUPERGRAPH_PATH, 'utf8');
}
