/**
 * The registry of subgraphs: the one list that the launcher (scripts/start.ts), composition
 * (gateway/src/compose.ts), codegen (codegen.ts) and the ports (config.ts) read. A new subgraph
 * is its folder `subgraphs/<name>/` (schema.graphql, src/index.ts exporting `start(opts)`) plus
 * one line here.
 */
export const SUBGRAPH_REGISTRY = [
  { name: 'tenancy', port: 4101 },
  { name: 'workloads', port: 4102 },
  { name: 'devops', port: 4103 },
  { name: 'monitoring', port: 4104 },
  { name: 'logging', port: 4105 },
  { name: 'appstore', port: 4106 },
] as const;

export type SubgraphName = (typeof SUBGRAPH_REGISTRY)[number]['name'];

export interface RegisteredSubgraph {
  name: SubgraphName;
  /** Default port (MERIDIAN_<NAME>_PORT overrides it). */
  port: number;
  /** The folder, relative to the repository root. */
  folder: string;
}

export const subgraphs: readonly RegisteredSubgraph[] = SUBGRAPH_REGISTRY.map((s) => ({ ...s, folder: `subgraphs/${s.name}` }));
