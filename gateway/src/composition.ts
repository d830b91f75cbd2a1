import { composeServices } from '@apollo/composition';
import { Supergraph } from '@apollo/federation-internals';
import { parse, printSchema } from 'graphql';

export interface SubgraphSource {
  name: string;
  url: string;
  typeDefs: string;
}

export interface ComposedSchemas {
  /** The supergraph SDL the gateway loads (join__/link directives included). */
  supergraphSdl: string;
  /** What clients see: the API schema, without federation internals or @inaccessible parts. */
  apiSdl: string;
  hints: string[];
}

export class CompositionFailed extends Error {
  constructor(readonly errors: string[]) {
    super(`Supergraph composition failed:\n${errors.map((e) => `  - ${e}`).join('\n')}`);
  }
}

/** Composes Federation 2 subgraphs; throws CompositionFailed with every composition error. */
export function composeSupergraph(subgraphs: SubgraphSource[]): ComposedSchemas {
  const parsed = subgraphs.map((s) => {
    try {
      return { name: s.name, url: s.url, typeDefs: parse(s.typeDefs) };
    } catch (err) {
      throw new CompositionFailed([`${s.name}: ${(err as Error).message}`]);
    }
  });
  const result = composeServices(parsed);
  if (result.errors) {
    throw new CompositionFailed(result.errors.map((e) => `${e.extensions?.code ?? 'ERROR'}: ${e.message}`));
  }
  return {
    supergraphSdl: result.supergraphSdl,
    apiSdl: apiSdlOf(result.supergraphSdl),
    hints: result.hints.map((h) => h.toString()),
  };
}

/** The client-facing schema of a supergraph, printed as plain SDL. */
export function apiSdlOf(supergraphSdl: string): string {
  return printSchema(Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema()) + '\n';
}
