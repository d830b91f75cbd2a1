/**
 * `npm start`: the whole product on embedded defaults, on a machine with no cluster and no
 * database configured. It brings up the local lab's Kubernetes and Prometheus (built on first
 * use), an embedded Postgres (PGlite) unless DATABASE_URL is set, migrates and seeds it, runs
 * the six subgraphs and the gateway in this process, and the console beside it.
 *
 *   npm start              # everything, prints the console URL and the first-run login
 *   npm start -- --test    # the same, used by `npm test` for the browser test
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { REPO_ROOT, SECRET_VARIABLES, SUBGRAPHS, config, createLogger, loadOrCreateSecrets, subgraphPort } from '@meridian/core';
import { assertPortFree, PortTakenError } from '@meridian/core/port-check';
import { spawnTiedToParent } from '@meridian/core/tied-child';

const log = createLogger('launcher');
// The embedded product's keys: generated once per install into the git-ignored state folder
// (owner-only), unless the environment sets them. Servers refuse to start without keys.
loadOrCreateSecrets(join(REPO_ROOT, '.run', 'secrets.json'));
const t0 = Date.now();
const took = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)}s`;
const timings: string[] = [];
async function timed<T>(what: string, fn: () => Promise<T> | T): Promise<T> {
  const t = Date.now();
  const out = await fn();
  timings.push(`${what.padEnd(28)} ${took(t)}`);
  return out;
}

// Never adopt a server this launcher did not start: every port it is about to serve must be free
// before anything starts (a squatter on the database port would be sent our password and data; an
// old console on 3000 would be shown as ours). A taken port is an error naming it, not a reuse.
const usingEmbeddedDatabase = !process.env.DATABASE_URL;
const consolePort = Number(process.env.MERIDIAN_CONSOLE_PORT ?? 3000);
try {
  const { EMBEDDED_PORT } = await import('@meridian/core/db/embedded');
  const ports: Array<[port: number, what: string, variable: string]> = [
    ...(usingEmbeddedDatabase ? [[EMBEDDED_PORT, 'embedded database, PGlite', 'MERIDIAN_PGLITE_PORT'] as [number, string, string]] : []),
    [consolePort, 'console', 'MERIDIAN_CONSOLE_PORT'],
    [config.gatewayPort, 'gateway', 'MERIDIAN_GATEWAY_PORT'],
    ...SUBGRAPHS.map((name): [number, string, string] => [subgraphPort(name), `${name} subgraph`, `MERIDIAN_${name.toUpperCase()}_PORT`]),
  ];
  for (const [port, what, variable] of ports) await assertPortFree(port, what, variable);
} catch (err) {
  if (!(err instanceof PortTakenError)) throw err;
  console.error(`Meridian cannot start: ${err.message}`);
  process.exit(1);
}

// Elasticsearch: the logging subgraph's log search and health (about 4 s more on a warm cache).
// oidc: the lab's OpenID provider, offered on the login page ("Sign in with Meridian lab IdP").
// kafka: the audit log's pipeline (outbox → topic meridian.audit → store) and the container logs'.
const labParts = process.env.MERIDIAN_LAB_PARTS ?? 'prometheus,jenkins,elasticsearch,oidc,kafka';
await timed('lab (kubernetes, prometheus, jenkins, elasticsearch)', () =>
  execFileSync('npx', ['tsx', 'deploy/local/lab.ts', 'up', '--only', labParts], { cwd: REPO_ROOT, stdio: ['ignore', 'inherit', 'inherit'] }),
);

await useLabIdentityProvider();

// The lab's Kafka carries the audit records, unless the environment names brokers of its own.
if (!process.env.MERIDIAN_KAFKA_BROKERS) {
  const { labEndpoints } = await import('../deploy/local/lib/endpoints.ts');
  const kafka = (labEndpoints() as Record<string, Record<string, string> | undefined>).kafka;
  if (kafka?.brokers) process.env.MERIDIAN_KAFKA_BROKERS = kafka.brokers;
}
// ... and the container logs: the logging subgraph's collector and indexer (meridian.logs).
if (process.env.MERIDIAN_KAFKA_BROKERS) process.env.MERIDIAN_LOG_PIPELINE ??= 'on';

const { embeddedDatabase, migrate, EMBEDDED_PASSWORD_FILE } = await import('@meridian/core/db');
const databaseUrl = await timed('database', async () => (usingEmbeddedDatabase ? (await embeddedDatabase()).url : process.env.DATABASE_URL!));
const withoutPassword = (url: string) => url.replace(/\/\/([^:/@]*):[^@]*@/, '//$1:***@');
process.env.DATABASE_URL = databaseUrl;
await timed('migrate', () => migrate(databaseUrl));
const { seed } = await import('./seed.ts');
// The browser tests sign in as the seeded admin: their product has no first-run password duty.
await timed('seed', () => seed(databaseUrl, { adminMustChangePassword: !process.argv.includes('--test') }));

// Every registered subgraph (packages/core/src/subgraphs.ts), in this one process: they share
// one watch cache per Kubernetes kind (sharedCaches).
// One tracer for the whole product: its spans name the service that made them (meridian.service).
const { startTracing } = await import('@meridian/core/tracing');
const tracing = startTracing({ service: 'meridian' });
const { startRegisteredSubgraphs } = await import('./subgraphs.ts');
const subgraphs = await timed('subgraphs', () => startRegisteredSubgraphs());
const { startGateway } = await import('../gateway/src/server.ts');
const gateway = await timed('gateway', () => startGateway({}));

const webDir = join(REPO_ROOT, 'web');
// Rebuild the console when its sources differ from those of the last build (by content, so
// a fresh clone of the same sources and a touched file behave alike).
const consoleSources = () => {
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', 'web'], { cwd: REPO_ROOT, encoding: 'utf8' })
    .split('\n')
    .filter((f) => f && !f.startsWith('web/test/') && existsSync(join(REPO_ROOT, f)))
    .sort();
  const hash = createHash('sha256');
  for (const f of files) hash.update(f).update(readFileSync(join(REPO_ROOT, f)));
  return hash.digest('hex');
};
const nextDist = process.env.MERIDIAN_NEXT_DIST ?? '.next';
const stamp = join(webDir, nextDist, 'meridian-sources.sha256');
const sources = consoleSources();
if (!existsSync(join(webDir, nextDist, 'BUILD_ID')) || !existsSync(stamp) || readFileSync(stamp, 'utf8') !== sources) {
  // next build adds its output folder's type paths to web/tsconfig.json; a second output folder
  // (MERIDIAN_NEXT_DIST) must not leave its own there, so the file is put back as it was.
  const tsconfigPath = join(webDir, 'tsconfig.json');
  const tsconfig = readFileSync(tsconfigPath, 'utf8');
  try {
    await timed('console build', () =>
      execFileSync('npx', ['next', 'build'], { cwd: webDir, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } }),
    );
  } finally {
    if (nextDist !== '.next') writeFileSync(tsconfigPath, tsconfig);
  }
  writeFileSync(stamp, sources);
}
// `next` run by node itself, as a direct child tied to this process: it dies with the launcher,
// even a SIGKILLed one (through npx it would be a grandchild, out of the death signal's reach).
const nextBin = createRequire(join(webDir, 'package.json')).resolve('next/dist/bin/next');
// The console talks to the gateway only: it gets none of the servers' secrets (database URL with
// its password, signing keys).
const consoleEnv: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
for (const name of ['DATABASE_URL', 'MERIDIAN_PGLITE_PASSWORD', 'MERIDIAN_OIDC_CLIENT_SECRET', 'MERIDIAN_LDAP_BIND_PASSWORD', ...SECRET_VARIABLES]) delete consoleEnv[name];
const web = spawnTiedToParent(process.execPath, [nextBin, 'start', '-H', '127.0.0.1', '-p', String(consolePort)], {
  cwd: webDir,
  stdio: ['ignore', 'inherit', 'inherit'],
  env: consoleEnv,
});
await timed('console', async () => {
  for (let i = 0; i < 240; i++) {
    // A console that exited (its port taken since the check, say) must not be replaced by
    // whatever answers on the port.
    if (web.exitCode !== null || web.signalCode !== null) throw new Error(`the console exited (${web.exitCode ?? web.signalCode}) before it answered on port ${consolePort}`);
    try {
      if ((await fetch(`http://127.0.0.1:${consolePort}/`)).status < 500) return;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('the console did not start in 60 s');
});

const stop = async () => {
  web.kill('SIGTERM');
  await gateway.stop();
  await Promise.allSettled(subgraphs.map((s) => s.stop()));
  await tracing.shutdown().catch(() => undefined); // the last batch of spans
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);

console.log(`
Meridian is up (in ${took(t0)}):
  console   http://127.0.0.1:${consolePort}
  GraphQL   ${gateway.url}
  login     admin / Meridian@2026   (first-run password; change it after signing in)
  database  ${usingEmbeddedDatabase ? `embedded PGlite (${withoutPassword(databaseUrl)}, password in ${relative(REPO_ROOT, EMBEDDED_PASSWORD_FILE)})` : withoutPassword(databaseUrl)}
  kube      ${config.kubeconfig}
timings:
  ${timings.join('\n  ')}
`);
log.info({ ms: Date.now() - t0 }, 'started');

/**
 * Single sign-on with the lab's OpenID provider (deploy/local/oidc) and its group mappings, unless
 * the environment names a provider of its own (MERIDIAN_OIDC_ISSUER) or the lab runs without it.
 */
async function useLabIdentityProvider() {
  if (process.env.MERIDIAN_OIDC_ISSUER) return;
  const { labEndpoints } = await import('../deploy/local/lib/endpoints.ts');
  const idp = (labEndpoints() as Record<string, Record<string, string> | undefined>).oidc;
  if (!idp) return;
  process.env.MERIDIAN_OIDC_ISSUER = idp.issuer;
  process.env.MERIDIAN_OIDC_CLIENT_ID = idp.clientId;
  process.env.MERIDIAN_OIDC_CLIENT_SECRET = idp.clientSecret;
  process.env.MERIDIAN_OIDC_NAME ??= 'Meridian lab IdP';
  process.env.MERIDIAN_GROUP_ROLE_MAPPINGS ??= join(REPO_ROOT, 'deploy', 'local', 'oidc', 'group-role-mappings.json');
}
