/**
 * A real PostgreSQL 15 server from Debian's packages, with its own data folder in .lab/postgres,
 * on 127.0.0.1:55432 (the system service, if any, keeps 5432 and is left alone).
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import type { LabComponent, LabContext } from '../lib/component.ts';
import { assertPortFree, waitUntilServing } from './serving.ts';
import { asUser, isRoot, processIs, requireDebianFiles } from './debian.ts';

const BIN = '/usr/lib/postgresql/15/bin'; // not /usr/local/bin/postgres: that is something else
const OS_USER = 'postgres'; // postgres refuses to run as root
const HOST = '127.0.0.1';
const PORT = 55432;
const USER = 'meridian';
const PASSWORD = 'meridian';
const DATABASE = 'meridian';

/**
 * `lab down` sends SIGTERM, which postgres reads as "smart" shutdown: it waits for every client
 * to disconnect, and the backends run in their own process groups, so the group signal does not
 * reach them. An idle pool would hold the server up until `down` gives up and SIGKILLs it. This
 * tiny foreground wrapper turns SIGTERM into SIGINT ("fast" shutdown: disconnect clients,
 * checkpoint, exit) and waits for the server to finish.
 */
const FAST_SHUTDOWN_ON_TERM = [
  'trap \'kill -INT "$server" 2>/dev/null\' TERM INT',
  '"$@" & server=$!',
  'while :; do wait "$server"; status=$?; kill -0 "$server" 2>/dev/null || exit "$status"; done',
].join('\n');

const dataDir = (ctx: LabContext) => join(ctx.state, 'postgres');
/** Unix socket folder: inside .lab so we never touch /var/run/postgresql. */
const socketDir = (ctx: LabContext) => join(ctx.state, 'postgres-socket');

function endpoints(): Record<string, string> {
  return {
    url: `postgres://${USER}:${PASSWORD}@${HOST}:${PORT}/${DATABASE}`,
    host: HOST,
    port: String(PORT),
    user: USER,
    password: PASSWORD,
  };
}

/** Runs one query as the lab superuser; the connection is closed whatever happens. */
async function query(database: string, sql: string, params: unknown[] = []) {
  const client = new pg.Client({ host: HOST, port: PORT, user: USER, password: PASSWORD, database, connectionTimeoutMillis: 5000 });
  client.on('error', () => {}); // a server going away mid-check is a "no", not a crash
  await client.connect();
  try {
    return await client.query(sql, params);
  } finally {
    await client.end().catch(() => {});
  }
}

async function makeOwnedDir(ctx: LabContext, dir: string) {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (isRoot()) await ctx.run('chown', ['-R', `${OS_USER}:${OS_USER}`, dir]);
}

/** First start only: an empty cluster whose superuser is `meridian` (password auth over TCP). */
async function initCluster(ctx: LabContext) {
  const dir = dataDir(ctx);
  ctx.log(`postgres: initdb ${dir}`);
  rmSync(dir, { recursive: true, force: true }); // a half-made folder from an interrupted initdb
  await makeOwnedDir(ctx, dir);
  const pwFile = join(dir, '..', 'postgres-initdb.pw');
  writeFileSync(pwFile, PASSWORD + '\n', { mode: 0o600 });
  try {
    if (isRoot()) await ctx.run('chown', [`${OS_USER}:${OS_USER}`, pwFile]);
    const [cmd, args] = asUser(OS_USER, join(BIN, 'initdb'), [
      '-D', dir,
      '-U', USER,
      `--pwfile=${pwFile}`,
      '--auth-host=scram-sha-256',
      '--auth-local=peer',
      '--encoding=UTF8',
      '--no-locale',
      '--no-instructions',
    ]);
    await ctx.run(cmd, args, { timeoutMs: 120_000 });
  } finally {
    rmSync(pwFile, { force: true });
  }
}

/** A postmaster.pid left by a killed server blocks the next start; remove it only if stale. */
function clearStaleLock(ctx: LabContext) {
  const lock = join(dataDir(ctx), 'postmaster.pid');
  if (!existsSync(lock)) return;
  const pid = Number(readFileSync(lock, 'utf8').split('\n')[0]);
  if (pid && processIs(pid, 'postgres')) {
    throw new Error(`a postgres (pid ${pid}) already owns ${dataDir(ctx)} but does not answer on ${HOST}:${PORT}; see .lab/logs/postgres.log`);
  }
  rmSync(lock, { force: true });
}

export const postgres: LabComponent = {
  name: 'postgres',

  async ensureBuilt() {
    requireDebianFiles('postgresql-15', [join(BIN, 'postgres'), join(BIN, 'initdb')]);
  },

  async start(ctx) {
    if (!existsSync(join(dataDir(ctx), 'PG_VERSION'))) await initCluster(ctx);
    clearStaleLock(ctx);
    await makeOwnedDir(ctx, socketDir(ctx));
    // `postgres -D` (not pg_ctl): the server stays in the foreground of the recorded pid.
    const [cmd, args] = asUser(OS_USER, join(BIN, 'postgres'), [
      '-D', dataDir(ctx),
      '-c', `listen_addresses=${HOST}`,
      '-c', `port=${PORT}`,
      '-c', `unix_socket_directories=${socketDir(ctx)}`,
      '-c', 'max_connections=200', // every subgraph and test file opens its own pool
      '-c', 'synchronous_commit=off', // lab data is disposable; faster tests
      '-c', 'log_min_messages=warning',
    ]);
    await assertPortFree('postgres', PORT);
    const pid = await ctx.spawn('postgres', 'sh', ['-c', FAST_SHUTDOWN_ON_TERM, 'postgres-lab', cmd, ...args]);
    await waitUntilServing(ctx, 'postgres', pid, () => postgres.isRunning(ctx), 60_000);
    const exists = await query('postgres', 'SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
    if (exists.rowCount === 0) await query('postgres', `CREATE DATABASE ${DATABASE}`);
    return endpoints();
  },

  async isRunning() {
    try {
      const res = await query('postgres', 'SELECT 1 AS ok');
      return res.rows[0]?.ok === 1;
    } catch {
      return false;
    }
  },

  endpoints,
};
