import { createCustomRoleSource } from './sources/custom-roles.ts';
import { createRbacMirror, instanceOf } from './rbac/mirror.ts';
import { followGrantChanges, followGroupGrants } from './rbac/triggers.ts';
import { createLogger, defineSubgraph, runWhenMain, type RunningDefinedSubgraph } from '@meridian/core';
import { createPrisma, databaseUrl, migratedStart } from '@meridian/core/db';
import { sharedCaches } from '@meridian/core/kube';
import type { Sources } from './context.ts';
import { identityRoute } from './identity-route.ts';
import { createLoaders } from './loaders.ts';
import { resolvers } from './resolvers/index.ts';
import { createApiTokenSource } from './sources/api-tokens.ts';
import { createLdapDirectory, ldapOptionsFromEnv, type LdapOptions } from './sources/ldap.ts';
import { createNamespaceSource } from './sources/namespaces.ts';
import { createGroupRoleSync, groupRoleMappingsFromEnv, type GroupRoleMapping } from './sources/group-roles.ts';
import { createOidcProvider, oidcOptionsFromEnv, type OidcOptions } from './sources/oidc.ts';
import { createSessionSource } from './sources/sessions.ts';
import { createUserSource } from './sources/users.ts';
import { createWorkspaceSource } from './sources/workspaces.ts';
import { startAuditPipeline, type AuditPipelineOptions } from '@meridian/core/audit/index';
import { createAuditEventSource } from './sources/audit-events.ts';
import { kafkaBrokers } from '@meridian/core/kafka/index';
import { createIsolationSource } from './sources/isolation.ts';
import { createOwnedObjects } from './sources/owned-objects.ts';
import { createProjectQuotaSource } from './sources/project-quotas.ts';
import { createWorkspaceSettingsSource } from './sources/workspace-settings.ts';

export interface TenancyOptions {
  port?: number;
  /** Postgres URL; DATABASE_URL or the embedded PGlite when omitted. */
  databaseUrl?: string;
  /** Path of the kubeconfig; $KUBECONFIG or the lab's when omitted. */
  kubeconfig?: string;
  /** An LDAP directory to sign people in with; MERIDIAN_LDAP_* when omitted, none if unset; false for none. */
  ldap?: LdapOptions | false;
  /** Mirror project and workspace grants into Kubernetes RBAC (rbac/mirror.ts); default on. */
  rbacMirror?: boolean;
  /** The mirror's full resync period; MERIDIAN_RBAC_RESYNC_MS or 30 s when omitted. */
  rbacResyncMs?: number;
  /** An OpenID provider for single sign-on; MERIDIAN_OIDC_* when omitted, none if unset; false for none. */
  oidc?: OidcOptions | false;
  /** Group → role mappings for LDAP and OIDC sign-in; MERIDIAN_GROUP_ROLE_MAPPINGS when omitted. */
  groupRoles?: GroupRoleMapping[];
  /** Audit outbox → Kafka → store (issue #9); MERIDIAN_KAFKA_BROKERS when omitted, off if unset; false for off. */
  audit?: AuditPipelineOptions | false;
}

export async function start(opts: TenancyOptions = {}): Promise<RunningDefinedSubgraph<Sources>> {
  const dbUrl = opts.databaseUrl ?? (await databaseUrl());
  const prisma = createPrisma(dbUrl);
  // Kubernetes is connected on first use (sign-in and workspaces work while it is down).
  const caches = sharedCaches(opts.kubeconfig);
  const log = createLogger('tenancy');
  // Grants are bound to a namespace's uid; when it goes, so do they (identityOf ignores any
  // left over, e.g. from a deletion while tenancy was down).
  // `users` is declared below; the watch calls this only after start-up.
  const namespaces = createNamespaceSource(caches, {
    onNamespaceGone: (name, uid) =>
      void users
        .forgetNamespace(name, uid)
        .then(async (n) => ((await roles.forgetNamespace(name, uid)).count, n))
        .then((n) => n && log.info({ namespace: name, uid, grants: n }, 'namespace deleted: its project grants and roles were removed'))
        .catch((err) => log.warn({ err, namespace: name }, 'could not remove the grants of a deleted namespace')),
  });
  const users = createUserSource(prisma, async () => {
    try {
      const d = await namespaces.directory();
      return (ns) => d.get(ns)?.metadata?.uid;
    } catch (err) {
      log.warn({ err }, 'namespace directory unavailable: project grants left out of identities until it is back');
      return null;
    }
  });
  const ldapOptions = opts.ldap === false ? undefined : (opts.ldap ?? ldapOptionsFromEnv());
  const ldap = ldapOptions ? createLdapDirectory(ldapOptions) : undefined;
  const oidcOptions = opts.oidc === false ? undefined : (opts.oidc ?? oidcOptionsFromEnv());
  const oidc = oidcOptions ? createOidcProvider(prisma, oidcOptions, log) : undefined;
  const rbac = createRbacMirror(prisma, caches, log, { instance: instanceOf(dbUrl), resyncMs: opts.rbacResyncMs });
  const groupRoles = followGroupGrants(createGroupRoleSync(prisma, opts.groupRoles ?? groupRoleMappingsFromEnv(), (ns) => namespaces.uidOf(ns)), rbac, log);
  const roles = createCustomRoleSource(prisma);
  const sources: Sources = followGrantChanges({
    users,
    sessions: createSessionSource(prisma, { ldap, groupRoles, log }),
    apiTokens: createApiTokenSource(prisma),
    workspaces: createWorkspaceSource(prisma),
    namespaces,
    auditEvents: createAuditEventSource(prisma),
    roles,
    rbac,
    signIn: { ldap: !!ldap, oidc, groupRoles },
    ...settingsSources(caches, prisma),
  }, rbac, log);
  // Every subgraph writes its audit records into this database's outbox; tenancy relays them
  // to Kafka and consumes them into the store it answers auditEvents from.
  const brokers = opts.audit === false ? undefined : (opts.audit?.brokers ?? kafkaBrokers());
  const audit = brokers ? await startAuditPipeline(prisma, { ...(opts.audit || {}), brokers }, log) : undefined;
  if (!brokers) log.info('no Kafka configured (MERIDIAN_KAFKA_BROKERS): audit records stay in the outbox until it is');
  return defineSubgraph({
    name: 'tenancy',
    schema: new URL('../schema.graphql', import.meta.url),
    sources,
    loaders: (ctx) => createLoaders(ctx.sources),
    resolvers,
    caches,
    routes: identityRoute(sources, log),
    health: {
      postgres: () => prisma.$queryRaw`SELECT 1`,
      kubernetes: () => namespaces.directory(),
      ...(ldap ? { ldap: () => ldap.check() } : {}),
      ...(oidc ? { oidc: () => oidc.check() } : {}),
    },
    auditDatabaseUrl: dbUrl,
    stop: async () => {
      await rbac.stop();
      await audit?.stop();
      await prisma.$disconnect();
    },
  })
    .listen({ port: opts.port })
    .then((running) => (opts.rbacMirror === false || rbac.start(), running));
}

/** Quotas, limit ranges and isolation: objects tenancy owns in namespaces, and the workspace's row. */
function settingsSources(caches: ReturnType<typeof sharedCaches>, prisma: ReturnType<typeof createPrisma>) {
  const owned = createOwnedObjects(caches);
  return { projectQuotas: createProjectQuotaSource(owned), isolation: createIsolationSource(owned), workspaceSettings: createWorkspaceSettingsSource(prisma) };
}

await runWhenMain(import.meta.url, migratedStart(start));
