import { mkdirSync } from 'node:fs';
import net from 'node:net';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { REPO_ROOT } from '../config.ts';
import { keepExchangesTogether } from './pglite-affinity.ts';

/**
 * The embedded default database: PGlite (Postgres compiled to WebAssembly) with its data in
 * `<repo>/.run/pglite`, served over the Postgres wire protocol on 127.0.0.1:55433, so Prisma's
 * pg adapter, the migrator and psql all talk to it as to any Postgres server.
 *
 * A PGlite data directory can be open in one process only. If another Meridian process already
 * serves it on the port, we use that one instead of opening the directory a second time.
 */

export const EMBEDDED_PORT = Number(process.env.MERIDIAN_PGLITE_PORT ?? 55433);
export const EMBEDDED_DATA_DIR = process.env.MERIDIAN_PGLITE_DIR ?? join(REPO_ROOT, '.run', 'pglite');

export interface EmbeddedDatabase {
  url: string;
  /** False when another process serves the data directory (then stop() does nothing). */
  owned: boolean;
  stop: () => Promise<void>;
}

const urlFor = (port: number) => `postgres://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`;

function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => { socket.destroy(); resolve(true); });
    socket.once('error', () => resolve(false));
  });
}

let running: Promise<EmbeddedDatabase> | undefined;

/** Starts (once per process) or joins the embedded database. */
export function embeddedDatabase(opts: { port?: number; dataDir?: string } = {}): Promise<EmbeddedDatabase> {
  if (opts.port !== undefined || opts.dataDir !== undefined) return startEmbedded(opts.port ?? EMBEDDED_PORT, opts.dataDir ?? EMBEDDED_DATA_DIR);
  running ??= startEmbedded(EMBEDDED_PORT, EMBEDDED_DATA_DIR);
  return running;
}

async function startEmbedded(port: number, dataDir: string): Promise<EmbeddedDatabase> {
  if (port !== 0 && (await portAnswers(port))) return { url: urlFor(port), owned: false, stop: async () => undefined };
  mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir);
  // PGlite runs one query at a time; the socket server multiplexes connections onto it, and
  // keepExchangesTogether keeps each connection's extended-protocol exchange in one piece.
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port, maxConnections: 100 });
  keepExchangesTogether(server);
  await server.start();
  const actualPort = Number((server as unknown as { port: number }).port);
  return {
    url: urlFor(actualPort),
    owned: true,
    stop: async () => {
      await server.stop();
      await db.close();
    },
  };
}
