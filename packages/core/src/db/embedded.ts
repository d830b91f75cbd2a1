import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { REPO_ROOT } from '../config.ts';
import { holdPort, PortTakenError } from '../port-check.ts';
import { loadOrCreateSecretFile } from '../secrets-file.ts';
import { keepExchangesTogether } from './pglite-affinity.ts';
import { requirePassword } from './pglite-auth.ts';

/**
 * The embedded default database: PGlite (Postgres compiled to WebAssembly) with its data in
 * `<repo>/.run/pglite`, served over the Postgres wire protocol on 127.0.0.1:55433, so Prisma's
 * pg adapter, the migrator and psql all talk to it as to any Postgres server.
 *
 * Only the product may connect: every connection must prove the install's password with
 * SCRAM-SHA-256 (pglite-auth.ts). The password is generated once per install into
 * `.run/pglite-password` (owner-only, git-ignored); the URL returned here carries it.
 *
 * A PGlite data directory can be open in one process only, and a port something else holds is
 * never taken for ours (any local process could squat it and read what we write): startup fails
 * with PortTakenError.
 */

export const EMBEDDED_PORT = Number(process.env.MERIDIAN_PGLITE_PORT ?? 55433);
export const EMBEDDED_DATA_DIR = process.env.MERIDIAN_PGLITE_DIR ?? join(REPO_ROOT, '.run', 'pglite');
export const EMBEDDED_PASSWORD_FILE = process.env.MERIDIAN_PGLITE_PASSWORD_FILE ?? join(REPO_ROOT, '.run', 'pglite-password');
const USER = 'postgres';
const PORT_VARIABLE = 'MERIDIAN_PGLITE_PORT';

export interface EmbeddedDatabase {
  /** postgres://postgres:<password>@127.0.0.1:<port>/postgres */
  url: string;
  /** Always true: this process serves the data directory (kept for callers that check it). */
  owned: boolean;
  stop: () => Promise<void>;
}

const urlFor = (port: number, password: string) =>
  `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres?sslmode=disable`;

let running: Promise<EmbeddedDatabase> | undefined;

/**
 * Starts (once per process) the embedded database. With an explicit port or data dir (tests), a
 * new server each call, with `password` or a random one for this run.
 */
export function embeddedDatabase(opts: { port?: number; dataDir?: string; password?: string } = {}): Promise<EmbeddedDatabase> {
  if (opts.port !== undefined || opts.dataDir !== undefined || opts.password !== undefined) {
    return startEmbedded(opts.port ?? EMBEDDED_PORT, opts.dataDir ?? EMBEDDED_DATA_DIR, opts.password ?? randomBytes(24).toString('base64url'));
  }
  if (!running) {
    running = startEmbedded(EMBEDDED_PORT, EMBEDDED_DATA_DIR, process.env.MERIDIAN_PGLITE_PASSWORD || loadOrCreateSecretFile(EMBEDDED_PASSWORD_FILE));
    running.catch(() => (running = undefined)); // a failed start may be retried
  }
  return running;
}

async function startEmbedded(port: number, dataDir: string, password: string): Promise<EmbeddedDatabase> {
  // The port is held before the data dir is opened: a second Meridian on the same dir (which one
  // process only may open) fails here, and nothing can take the port while PGlite loads.
  const held = await holdPort(port, 'embedded database, PGlite', PORT_VARIABLE);
  let db: PGlite;
  try {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    db = await PGlite.create(dataDir);
  } finally {
    await held.release();
  }
  // PGlite runs one query at a time; the socket server multiplexes connections onto it, and
  // keepExchangesTogether keeps each connection's extended-protocol exchange in one piece.
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: port === 0 ? 0 : held.port, maxConnections: 100 });
  keepExchangesTogether(server);
  requirePassword(server, { user: USER, password });
  try {
    await server.start();
  } catch (err) {
    await db.close();
    if ((err as NodeJS.ErrnoException).code === 'EADDRINUSE') throw new PortTakenError(port, 'embedded database, PGlite', PORT_VARIABLE);
    throw err;
  }
  const actualPort = Number((server as unknown as { port: number }).port);
  return {
    url: urlFor(actualPort, password),
    owned: true,
    stop: async () => {
      await server.stop();
      await db.close();
    },
  };
}
