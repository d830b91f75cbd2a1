/**
 * `npm start`: the whole product on embedded defaults, on a machine with no cluster and no
 * database configured. It brings up the local lab's Kubernetes and Prometheus (built on first
 * use), an embedded Postgres (PGlite) unless DATABASE_URL is set, migrates and seeds it, runs
 * the six subgraphs and the gateway in this process, and the console beside it.
 *
 *   npm start              # everything, prints the console URL and the first-run login
 *   npm start -- --test    # the same, used by `npm test` for the browser test
 */
import { spawn, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, config, createLogger, loadOrCreateSecrets } from '@meridian/core';

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

const labParts = process.env.MERIDIAN_LAB_PARTS ?? 'prometheus,jenkins';
await timed('lab (kubernetes, prometheus)', () =>
  execFileSync('npx', ['tsx', 'deploy/local/lab.ts', 'up', '--only', labParts], { cwd: REPO_ROOT, stdio: ['ignore', 'inherit', 'inherit'] }),
);

const { embeddedDatabase, migrate } = await import('@meridian/core/db');
const databaseUrl = await timed('database', async () => process.env.DATABASE_URL ?? (await embeddedDatabase()).url);
process.env.DATABASE_URL = databaseUrl;
await timed('migrate', () => migrate(databaseUrl));
const { seed } = await import('./seed.ts');
await timed('seed', () => seed(databaseUrl));

// Every registered subgraph (packages/core/src/subgraphs.ts), in this one process: they share
// one watch cache per Kubernetes kind (sharedCaches).
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
const stamp = join(webDir, '.next', 'meridian-sources.sha256');
const sources = consoleSources();
if (!existsSync(join(webDir, '.next', 'BUILD_ID')) || !existsSync(stamp) || readFileSync(stamp, 'utf8') !== sources) {
  await timed('console build', () =>
    execFileSync('npx', ['next', 'build'], { cwd: webDir, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } }),
  );
  writeFileSync(stamp, sources);
}
const consolePort = Number(process.env.MERIDIAN_CONSOLE_PORT ?? 3000);
const web = spawn('npx', ['next', 'start', '-H', '127.0.0.1', '-p', String(consolePort)], {
  cwd: webDir,
  stdio: ['ignore', 'inherit', 'inherit'],
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
});
await timed('console', async () => {
  for (let i = 0; i < 240; i++) {
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
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);

console.log(`
Meridian is up (in ${took(t0)}):
  console   http://127.0.0.1:${consolePort}
  GraphQL   ${gateway.url}
  login     admin / Meridian@2026   (first-run password; change it after signing in)
  database  ${process.env.DATABASE_URL === databaseUrl && !databaseUrl.includes(':55433/') ? databaseUrl : 'embedded PGlite (' + databaseUrl + ')'}
  kube      ${config.kubeconfig}
timings:
  ${timings.join('\n  ')}
`);
log.info({ ms: Date.now() - t0 }, 'started');
