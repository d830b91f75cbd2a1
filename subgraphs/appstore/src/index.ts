import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { startSubgraph, stopOnSignals, type RunningSubgraph } from '@meridian/core';
import { createPrisma, databaseUrl, migrate } from '@meridian/core/db';
import type { AppstoreContext } from './context.ts';
import { createLoaders } from './loaders.ts';
import { resolvers } from './resolvers/index.ts';
import { createTemplateSource } from './sources/templates.ts';

const typeDefs = readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8');

export interface AppstoreOptions {
  port?: number;
  /** Postgres URL; DATABASE_URL or the embedded PGlite when omitted. */
  databaseUrl?: string;
}

export async function start(opts: AppstoreOptions = {}): Promise<RunningSubgraph> {
  const prisma = createPrisma(opts.databaseUrl ?? (await databaseUrl()));
  const sources = { templates: createTemplateSource(prisma) };
  return startSubgraph<Pick<AppstoreContext, 'sources' | 'loaders'>>({
    name: 'appstore',
    typeDefs,
    // codegen types each entity's __resolveReference; @apollo/subgraph's map type is looser.
    resolvers: resolvers as never,
    extendContext: (base) => ({ sources, loaders: createLoaders(sources, base.identity) }),
    health: async () => ({ postgres: await prisma.$queryRaw`SELECT 1`.then(() => 'ok', (err: unknown) => String(err)) }),
    onStop: () => prisma.$disconnect(),
    port: opts.port,
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const url = await databaseUrl();
  await migrate(url);
  stopOnSignals(await start({ databaseUrl: url }));
}
