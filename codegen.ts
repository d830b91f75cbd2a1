/**
 * Types from the schemas, never hand-copied: resolver types for every registered subgraph
 * (packages/core/src/subgraphs.ts), operation types for the console. Run `npm run codegen`; CI
 * fails when the committed output differs. A subgraph's mappers (the parent types its resolvers
 * hold) live in its own folder: `subgraphs/<name>/codegen.ts` exporting `mappers` (optional).
 */
import { existsSync } from 'node:fs';
import type { CodegenConfig } from '@graphql-codegen/cli';
import { addTypenameSelectionDocumentTransform } from '@graphql-codegen/client-preset';
import { subgraphs } from './packages/core/src/subgraphs.ts';

type Mappers = Record<string, string>;

async function mappersOf(folder: string): Promise<Mappers | undefined> {
  const file = `./${folder}/codegen.ts`;
  if (!existsSync(file)) return undefined;
  return ((await import(file)) as { mappers?: Mappers }).mappers;
}

const subgraphConfig = {
  federation: true,
  useIndexSignature: true,
  contextType: '@meridian/core#SubgraphContext',
  enumsAsTypes: true,
  avoidOptionals: false,
  useTypeImports: true,
};

const generates: CodegenConfig['generates'] = {};
for (const s of subgraphs) {
  const mappers = await mappersOf(s.folder);
  generates[`${s.folder}/src/generated/resolvers.ts`] = {
    schema: [`${s.folder}/schema.graphql`, 'packages/core/federation-directives.graphql'],
    plugins: ['typescript', 'typescript-resolvers'],
    config: mappers ? { ...subgraphConfig, mappers } : subgraphConfig,
  };
}
generates['web/src/gql/'] = {
  schema: 'schema/api.graphql',
  documents: ['web/src/**/*.tsx', 'web/src/**/*.ts', '!web/src/gql/**'],
  preset: 'client',
  // Rows and cards declare their fields as fragments beside the component; parents pass the
  // masked reference and only the component reads it (getFragmentData, also outside render).
  presetConfig: {
    fragmentMasking: { unmaskFunctionName: 'getFragmentData' },
    // The console's operations, extracted at build time into persisted-documents.json (hash ->
    // text), which the gateway loads; each document carries its SHA-256 (`__meta__.hash`), the
    // only thing the console sends (docs/architecture.md, "Persisted operations").
    persistedDocuments: { mode: 'embedHashInDocument', hashPropertyName: 'hash', hashAlgorithm: 'sha256' },
  },
  // urql's document cache reads __typename to know what a mutation changed; the gateway runs the
  // persisted text, so it must ask for it already (urql adds it only to text it sends itself).
  documentTransforms: [addTypenameSelectionDocumentTransform],
  config: { useTypeImports: true },
};

const config: CodegenConfig = { overwrite: true, hooks: { afterAllFileWrite: [] }, generates };
export default config;
