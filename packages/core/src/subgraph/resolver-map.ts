import type { GraphQLFieldResolver, GraphQLScalarType } from 'graphql';

/**
 * The resolver map @apollo/subgraph's buildSubgraphSchema takes, spelled out here because the
 * package does not export its type (only from `dist/`, which we do not import). Each subgraph
 * types its resolvers with its own codegen types; this is only the shape the server accepts.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Resolver<TContext> = GraphQLFieldResolver<any, TContext>;

export interface ResolverMap<TContext = unknown> {
  [typeName: string]:
    | { [fieldName: string]: Resolver<TContext> | { requires?: string; resolve?: Resolver<TContext>; subscribe?: Resolver<TContext> } }
    | GraphQLScalarType
    | { [enumValue: string]: string | number };
}
