import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { createLogger, startSubgraph, stopOnSignals, type RunningSubgraph } from '@meridian/core';
import { createPrisma, databaseUrl, migrate } from '@meridian/core/db';
import type { Sources, TenancyContext } from './context.ts';
import { identityRoute } from './identity-route.ts';
import { createLoaders } from './loaders.ts';
import { resolvers } from './resolvers/index.ts';
import { createLdapDirectory, ldapOptionsFromEnv, type LdapOptions } from './sources/ldap.ts';
import { createNamespaceSource } from './sources/namespaces.ts';
import { createSessionSource } from './sources/sessions.ts';
import { createUserSource } from './sources/users.ts';
import { createWorkspaceSource } from './sources/workspaces.ts';

const typeDefs = readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8');

export interface TenancyOptions {
  port?: number;
  /** Postgres URL; DATABASE_URL or the embedded PGlite when omitted. */
  databaseUrl?: string;
  /** Path of the kubeconfig; $KUBECONFIG or the lab's when omitted. */
  kubeconfig?: string;
  /** An LDAP directory to sign people in with; MERIDIAN_LDAP_* when omitted, none if unset; false for none. */
  ldap?: LdapOptions | false;
}

export async function start(opts: TenancyOptions = {}): Promise<RunningSubgraph> {
  const prisma = createPrisma(opts.databaseUrl ?? (await databaseUrl()));
  const namespaces = createNamespaceSource({ kubeconfig: opts.kubeconfig });
  const log = createLogger('tenancy');
  const ldapOptions = opts.ldap === false ? undefined : (opts.ldap ?? ldapOptionsFromEnv());
  const ldap = ldapOptions ? createLdapDirectory(ldapOptions) : undefined;
  const sources: Sources = {
    users: createUserSource(prisma),
    sessions: createSessionSource(prisma, { ldap, log }),
    workspaces: createWorkspaceSource(prisma),
    namespaces,
  };
  return startSubgraph<Pick<TenancyContext, 'sources' | 'loaders'>>({
    name: 'tenancy',
    typeDefs,
    // codegen types each entity's __resolveReference; @apollo/subgraph's map type is looser.
    resolvers: resolvers as never,
    extendContext: () => ({ sources, loaders: createLoaders(sources) }),
    routes: identityRoute(sources, log),
    health: async () => ({
      postgres: await prisma.$queryRaw`SELECT 1`.then(() => 'ok', (err: unknown) => String(err)),
      kubernetes: await namespaces.directory().then(() => 'ok', (err: unknown) => String(err instanceof Error ? err.message : err)),
      ...(ldap ? { ldap: await ldap.check().then(() => 'ok', (err: unknown) => String(err instanceof Error ? err.message : err)) } : {}),
    }),
    onStop: async () => {
      await namespaces.stop();
      await prisma.$disconnect();
    },
    port: opts.port,
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const url = await databaseUrl();
  await migrate(url);
  stopOnSignals(await start({ databaseUrl: url }));
}
