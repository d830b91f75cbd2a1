import { defineSubgraph, runWhenMain, type RunningDefinedSubgraph } from '@meridian/core';
import { createPrisma, databaseUrl, migratedStart } from '@meridian/core/db';
import type { AppstoreSources } from './context.ts';
import { createLoaders } from './loaders.ts';
import { resolvers } from './resolvers/index.ts';
import { createTemplateSource } from './sources/templates.ts';

export interface AppstoreOptions {
  port?: number;
  /** Postgres URL; DATABASE_URL or the embedded PGlite when omitted. */
  databaseUrl?: string;
}

export async function start(opts: AppstoreOptions = {}): Promise<RunningDefinedSubgraph<AppstoreSources>> {
  const dbUrl = opts.databaseUrl ?? (await databaseUrl());
  const prisma = createPrisma(dbUrl);
  return defineSubgraph({
    name: 'appstore',
    schema: new URL('../schema.graphql', import.meta.url),
    sources: { templates: createTemplateSource(prisma) },
    loaders: (ctx) => createLoaders(ctx.sources, ctx.identity),
    resolvers,
    health: { postgres: () => prisma.$queryRaw`SELECT 1` },
    auditDatabaseUrl: dbUrl,
    stop: () => prisma.$disconnect(),
  }).listen({ port: opts.port });
}

await runWhenMain(import.meta.url, migratedStart(start));
