/**
 * First-run data, safe to run any number of times (it only creates what is missing and never
 * resets what someone changed since, such as the admin's password or the demo's replica count):
 *
 * - user `admin`, platform-admin, first-run password `Meridian@2026`, which must be changed at
 *   the first sign-in (MERIDIAN_ADMIN_PASSWORD overrides it for a fresh database; `npm start --
 *   --test`, the browser tests' product, seeds the admin without that duty);
 * - workspace `demo` (admin is its workspace-admin) with project `demo-project`: a real namespace
 *   labelled meridian.io/workspace=demo, holding Deployment `hello` with 2 replicas;
 * - app store templates nginx, redis and postgresql with versions in several states, and one
 *   template private to `demo`.
 *
 *   npx tsx scripts/seed.ts     # migrates and seeds DATABASE_URL, or the embedded PGlite
 */
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { config, createLogger } from '@meridian/core';
import { createPrisma, databaseUrl, embeddedDatabase, hashPassword, migrate, type AppVersionState, type PrismaClient } from '@meridian/core/db';
import { KubeApiError, kubeRequest, loadKubeConfig, type KubeConfig } from '@meridian/core/kube';

export const ADMIN_USERNAME = 'admin';
export const ADMIN_FIRST_PASSWORD = process.env.MERIDIAN_ADMIN_PASSWORD ?? 'Meridian@2026';
export const DEMO_WORKSPACE = 'demo';
export const DEMO_PROJECT = 'demo-project';
export const DEMO_DEPLOYMENT = 'hello';

const log = createLogger('seed');

interface TemplateSeed {
  id: string;
  name: string;
  displayName: string;
  category: string;
  description: string;
  workspaceName?: string;
  versions: [version: string, appVersion: string, state: AppVersionState][];
}

const TEMPLATES: TemplateSeed[] = [
  {
    id: 'store-nginx',
    name: 'nginx',
    displayName: 'NGINX',
    category: 'web',
    description: 'High-performance HTTP server and reverse proxy.',
    versions: [['15.0.0', '1.25.3', 'ACTIVE'], ['16.0.0', '1.27.0', 'ACTIVE'], ['16.1.0-rc.1', '1.27.1', 'DRAFT']],
  },
  {
    id: 'store-redis',
    name: 'redis',
    displayName: 'Redis',
    category: 'database',
    description: 'In-memory key-value store, cache and message broker.',
    versions: [['17.11.0', '7.0.12', 'ACTIVE'], ['18.0.0', '7.2.0', 'SUBMITTED'], ['16.0.0', '6.2.7', 'SUSPENDED']],
  },
  {
    id: 'store-postgresql',
    name: 'postgresql',
    displayName: 'PostgreSQL',
    category: 'database',
    description: 'The relational database.',
    versions: [['12.12.0', '15.4.0', 'ACTIVE'], ['13.2.0', '16.1.0', 'PASSED'], ['13.3.0', '16.2.0', 'REJECTED']],
  },
  {
    id: 'demo-hello-api',
    name: 'hello-api',
    displayName: 'Hello API (demo only)',
    category: 'web',
    description: 'A template private to the demo workspace.',
    workspaceName: DEMO_WORKSPACE,
    versions: [['0.1.0', '0.1.0', 'ACTIVE'], ['0.2.0', '0.2.0', 'DRAFT']],
  },
];

async function seedUsersAndWorkspace(prisma: PrismaClient, adminMustChangePassword: boolean): Promise<void> {
  const existing = await prisma.user.findUnique({ where: { username: ADMIN_USERNAME } });
  if (existing?.mustChangePassword && !adminMustChangePassword) {
    await prisma.user.update({ where: { id: existing.id }, data: { mustChangePassword: false } });
  }
  const admin =
    existing ??
    (await prisma.user.create({
      data: {
        username: ADMIN_USERNAME,
        email: 'admin@meridian.local',
        displayName: 'Platform Administrator',
        passwordHash: await hashPassword(ADMIN_FIRST_PASSWORD),
        platformRole: 'platform-admin',
        mustChangePassword: adminMustChangePassword,
      },
    }));
  if (!existing) log.info({ username: ADMIN_USERNAME }, 'created the admin user with the first-run password');
  await prisma.workspace.upsert({
    where: { name: DEMO_WORKSPACE },
    create: { name: DEMO_WORKSPACE, displayName: 'Demo', description: 'A workspace to look around in.', createdById: admin.id },
    update: {},
  });
  await prisma.workspaceMember.upsert({
    where: { workspaceName_userId: { workspaceName: DEMO_WORKSPACE, userId: admin.id } },
    create: { workspaceName: DEMO_WORKSPACE, userId: admin.id, role: 'workspace-admin' },
    update: {},
  });
}

async function seedAppStore(prisma: PrismaClient): Promise<void> {
  for (const t of TEMPLATES) {
    const { versions, ...fields } = t;
    await prisma.appTemplate.upsert({ where: { id: t.id }, create: fields, update: {} });
    for (const [i, [version, appVersion, state]] of versions.entries()) {
      await prisma.appVersion.upsert({
        where: { templateId_version: { templateId: t.id, version } },
        // Spread creation times so that "newest first" has a stable meaning.
        create: { id: `${t.id}-${version}`, templateId: t.id, version, appVersion, state, createdAt: new Date(Date.UTC(2026, 0, 1 + i)) },
        update: {},
      });
    }
  }
}

/** Creates an object; one that appeared meanwhile (a concurrent seed) is just as good. */
async function createIfAbsent(kc: KubeConfig, path: string, body: unknown): Promise<void> {
  try {
    await kubeRequest(kc, { method: 'POST', path, body });
  } catch (err) {
    if (!(err instanceof KubeApiError && err.statusCode === 409)) throw err;
  }
}

async function getOrNull<T>(kc: KubeConfig, path: string): Promise<T | null> {
  try {
    return await kubeRequest<T>(kc, { path });
  } catch (err) {
    if (err instanceof KubeApiError && err.statusCode === 404) return null;
    throw err;
  }
}

async function seedKubernetes(kc: KubeConfig): Promise<void> {
  const ns = await getOrNull<{ metadata: { labels?: Record<string, string> } }>(kc, `/api/v1/namespaces/${DEMO_PROJECT}`);
  if (!ns) {
    await createIfAbsent(kc, '/api/v1/namespaces', {
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: {
        name: DEMO_PROJECT,
        labels: { [config.workspaceLabel]: DEMO_WORKSPACE },
        annotations: { 'meridian.io/display-name': 'Demo project' },
      },
    });
  } else if (ns.metadata.labels?.[config.workspaceLabel] !== DEMO_WORKSPACE) {
    await kubeRequest(kc, {
      method: 'PATCH',
      path: `/api/v1/namespaces/${DEMO_PROJECT}`,
      body: { metadata: { labels: { [config.workspaceLabel]: DEMO_WORKSPACE } } },
    });
  }
  const deployPath = `/apis/apps/v1/namespaces/${DEMO_PROJECT}/deployments`;
  if (!(await getOrNull(kc, `${deployPath}/${DEMO_DEPLOYMENT}`))) {
    const labels = { app: DEMO_DEPLOYMENT };
    await createIfAbsent(kc, deployPath, {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: DEMO_DEPLOYMENT, namespace: DEMO_PROJECT, labels },
      spec: {
        replicas: 2,
        selector: { matchLabels: labels },
        template: {
          metadata: { labels },
          spec: { containers: [{ name: 'hello', image: 'nginxdemos/hello:0.4', ports: [{ containerPort: 80 }] }] },
        },
      },
    });
  }
}

/**
 * Seeds the database at `url` (already migrated) and, when a kubeconfig is present, the
 * cluster. Without a cluster the Kubernetes part is skipped with a warning, so that the
 * database part still works on its own.
 */
export async function seed(url: string, opts: { kubeconfig?: string; adminMustChangePassword?: boolean } = {}): Promise<{ kubernetes: boolean }> {
  const prisma = createPrisma(url, { maxConnections: 2 });
  try {
    await seedUsersAndWorkspace(prisma, opts.adminMustChangePassword ?? true);
    await seedAppStore(prisma);
  } finally {
    await prisma.$disconnect();
  }
  const kubeconfig = opts.kubeconfig ?? config.kubeconfig;
  if (!existsSync(kubeconfig) && !process.env.KUBERNETES_SERVICE_HOST) {
    log.warn({ kubeconfig }, 'no Kubernetes: the demo project and its Deployment were not created');
    return { kubernetes: false };
  }
  await seedKubernetes(loadKubeConfig(kubeconfig));
  return { kubernetes: true };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const url = await databaseUrl();
  await migrate(url);
  const { kubernetes } = await seed(url);
  log.info({ kubernetes }, `seeded; sign in as ${ADMIN_USERNAME} / ${process.env.MERIDIAN_ADMIN_PASSWORD ? '$MERIDIAN_ADMIN_PASSWORD' : ADMIN_FIRST_PASSWORD}`);
  // Close the embedded database (if this process opened it) so its data dir is left clean.
  if (!process.env.DATABASE_URL) await (await embeddedDatabase()).stop();
  process.exit(0);
}
