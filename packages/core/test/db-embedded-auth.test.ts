/**
 * The embedded database answers only whoever knows the install's password. Before, PGlite's
 * socket server accepted any password, so any local process could read users, password hashes
 * and live session ids. Checked with the real clients: Debian's psql (libpq), node-postgres and
 * Prisma through createPrisma, and with raw protocol bytes for what a client would not send.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrisma } from '../src/db/client.ts';
import { embeddedDatabase, type EmbeddedDatabase } from '../src/db/embedded.ts';
import { migrate } from '../src/db/migrate.ts';
import { loadOrCreateSecretFile } from '../src/secrets-file.ts';

const scratch = mkdtempSync(join(tmpdir(), 'meridian-pglite-auth-'));
const PASSWORD = `pw-${Math.random().toString(36).slice(2)}`;
let db: EmbeddedDatabase;
let port: string;

beforeAll(async () => {
  db = await embeddedDatabase({ port: 0, dataDir: join(scratch, 'data'), password: PASSWORD });
  port = new URL(db.url).port;
});
afterAll(async () => {
  await db?.stop();
  rmSync(scratch, { recursive: true, force: true });
});

/** psql (libpq) run asynchronously: the server answering it lives in this process. */
function psql(password: string, sql: string, sslmode = 'prefer'): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(
      '/usr/bin/psql',
      ['-h', '127.0.0.1', '-p', port, '-U', 'postgres', '-d', 'postgres', '-w', '-X', '-Atc', sql],
      { env: { ...process.env, PGPASSWORD: password, PGSSLMODE: sslmode, PGCONNECT_TIMEOUT: '10' } },
      (_err, stdout, stderr) => resolve({ code: child.exitCode, stdout, stderr }),
    );
  });
}

/** Raw protocol: sends `bytes`, collects what the server says until it closes or goes quiet. */
function exchange(chunks: Buffer[], quietMs = 1500): Promise<Buffer> {
  return new Promise((resolve) => {
    const socket = net.connect(Number(port), '127.0.0.1');
    const got: Buffer[] = [];
    let timer: NodeJS.Timeout | undefined;
    const done = () => {
      clearTimeout(timer);
      socket.destroy();
      resolve(Buffer.concat(got));
    };
    socket.on('data', (d) => {
      got.push(d);
      clearTimeout(timer);
      timer = setTimeout(done, quietMs);
    });
    socket.on('close', done);
    socket.on('error', done);
    socket.on('connect', () => {
      for (const c of chunks) socket.write(c);
      timer = setTimeout(done, quietMs);
    });
  });
}

function startupMessage(user: string): Buffer {
  const params = Buffer.from(`user\0${user}\0database\0postgres\0\0`);
  const head = Buffer.alloc(8);
  head.writeInt32BE(8 + params.length, 0);
  head.writeInt32BE(196608, 4);
  return Buffer.concat([head, params]);
}

function queryMessage(sql: string): Buffer {
  const body = Buffer.from(`${sql}\0`);
  const head = Buffer.alloc(5);
  head.write('Q');
  head.writeInt32BE(4 + body.length, 1);
  return Buffer.concat([head, body]);
}

describe('psql', () => {
  it('is refused with a wrong password (password authentication failed)', async () => {
    const run = await psql('not-the-password', 'SELECT 1');
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/password authentication failed for user "postgres"/);
  });

  it('is refused without a password (-w: never prompt)', async () => {
    const run = await psql('', 'SELECT 1');
    expect(run.code).not.toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/no password supplied/);
  });

  it('connects with the right one, after asking for SSL (answered N) and without', async () => {
    for (const sslmode of ['prefer', 'disable']) {
      const run = await psql(PASSWORD, 'SELECT 40 + 2', sslmode);
      expect(run.stderr, sslmode).toBe('');
      expect(run.stdout.trim(), sslmode).toBe('42');
      expect(run.code, sslmode).toBe(0);
    }
  });

  it('is refused when it requires SSL, which the server does not offer', async () => {
    const run = await psql(PASSWORD, 'SELECT 1', 'require');
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/server does not support SSL/);
  });
});

describe('the wire protocol', () => {
  it('answers a StartupMessage with a SCRAM-SHA-256 challenge, not AuthenticationOk', async () => {
    const reply = await exchange([startupMessage('postgres')], 500);
    expect(reply[0]).toBe('R'.charCodeAt(0));
    expect(reply.readInt32BE(5)).toBe(10); // AuthenticationSASL
    expect(reply.subarray(9).toString('latin1')).toBe('SCRAM-SHA-256\0\0');
  });

  it('answers SSLRequest with N', async () => {
    const ssl = Buffer.alloc(8);
    ssl.writeInt32BE(8, 0);
    ssl.writeInt32BE(80877103, 4);
    const reply = await exchange([ssl], 500);
    expect(reply.toString('latin1')).toBe('N');
  });

  it('never runs what an unauthenticated client sends: a Query instead of the SASL answer is refused', async () => {
    const reply = await exchange([startupMessage('postgres'), queryMessage('CREATE TABLE written_without_password (x int)')]);
    const text = reply.toString('latin1');
    expect(text).toContain('\0E'); // an ErrorResponse after the challenge
    expect(text).toContain('FATAL');
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      const { rows } = await client.query("SELECT to_regclass('written_without_password') AS t");
      expect(rows[0].t).toBeNull();
    } finally {
      await client.end();
    }
  });
});

describe('node-postgres and Prisma', () => {
  it('node-postgres: the wrong password fails with 28P01, the right one queries', async () => {
    const wrong = new pg.Client({ connectionString: db.url.replace(encodeURIComponent(PASSWORD), 'wrong') });
    await expect(wrong.connect()).rejects.toMatchObject({ code: '28P01' });
    const right = new pg.Client({ connectionString: db.url });
    await right.connect();
    try {
      expect((await right.query('SELECT $1::int * 2 AS n', [21])).rows[0].n).toBe(42);
    } finally {
      await right.end();
    }
  });

  it('the URL carries the password; migrate and createPrisma work through it', async () => {
    expect(new URL(db.url).password).toBe(PASSWORD);
    await migrate(db.url);
    const prisma = createPrisma(db.url);
    try {
      const username = `auth-${Date.now()}`;
      await prisma.user.create({ data: { username, email: `${username}@example.test`, displayName: 'auth', passwordHash: 'x' } });
      expect(await prisma.user.count({ where: { username } })).toBe(1);
    } finally {
      await prisma.$disconnect();
    }
  });
});

describe('the password file', () => {
  it('is created once, random, readable by its owner only, and read back unchanged', () => {
    const file = join(scratch, 'state', 'pglite-password');
    const first = loadOrCreateSecretFile(file);
    expect(first.length).toBeGreaterThanOrEqual(40);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(join(scratch, 'state')).mode & 0o777).toBe(0o700);
    expect(loadOrCreateSecretFile(file)).toBe(first);
    expect(loadOrCreateSecretFile(join(scratch, 'state', 'other'))).not.toBe(first);
  });
});
