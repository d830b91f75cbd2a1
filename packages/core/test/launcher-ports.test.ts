/**
 * `npm start` (scripts/start.ts) never adopts a server it did not start. Before this, a process
 * answering on the PGlite port was used as the database (and sent the product's data), and an old
 * console left on port 3000 was shown as the new one. Now a taken port stops the launcher with a
 * message naming the port and the variable to change, before it starts or connects to anything.
 *
 * The launcher runs for real here, on free ports of its own (the MERIDIAN_*_PORT variables), so
 * it never meets another engineer's `npm start`; it stops at the port check, long before the lab.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, SUBGRAPHS } from '../src/config.ts';
import { embeddedDatabase } from '../src/db/embedded.ts';
import { holdPort, PortTakenError } from '../src/port-check.ts';

const scratch = mkdtempSync(join(tmpdir(), 'meridian-launcher-ports-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const freePort = async () => {
  const held = await holdPort(0, 'test', 'none');
  await held.release();
  return held.port;
};

/** A process holding a port, as a squatter would: it records every connection and byte it gets. */
async function squatter(): Promise<{ port: number; connections: number; bytes: number; close: () => Promise<void> }> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    state.connections++;
    socket.on('data', (d) => (state.bytes += d.length));
    socket.on('error', () => undefined);
    // Like an old console: answers anything with HTTP 200.
    socket.once('data', () => socket.end('HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\nok'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const state = {
    port: (server.address() as net.AddressInfo).port,
    connections: 0,
    bytes: 0,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
  return state;
}

/** Every port the launcher serves, free, with `taken` (a variable name) pointing at the squatter. */
async function launcherEnv(taken: string, port: number): Promise<NodeJS.ProcessEnv> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    MERIDIAN_PGLITE_PORT: String(await freePort()),
    MERIDIAN_PGLITE_DIR: join(scratch, `pglite-${taken}`),
    MERIDIAN_PGLITE_PASSWORD_FILE: join(scratch, `pglite-password-${taken}`),
    MERIDIAN_CONSOLE_PORT: String(await freePort()),
    MERIDIAN_GATEWAY_PORT: String(await freePort()),
    MERIDIAN_INTERNAL_KEY: process.env.MERIDIAN_INTERNAL_KEY || 'k'.repeat(64),
    MERIDIAN_SESSION_KEY: process.env.MERIDIAN_SESSION_KEY || 's'.repeat(64),
  };
  for (const name of SUBGRAPHS) env[`MERIDIAN_${name.toUpperCase()}_PORT`] = String(await freePort());
  delete env.DATABASE_URL;
  env[taken] = String(port);
  return env;
}

function runLauncher(env: NodeJS.ProcessEnv): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'scripts', 'start.ts')], { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    // A launcher that got past the check would go on to start the lab: stop it, and fail below.
    const guard = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('exit', (code) => {
      clearTimeout(guard);
      resolve({ code, stdout, stderr });
    });
  });
}

describe('the launcher refuses a taken port', () => {
  for (const [variable, what] of [
    ['MERIDIAN_PGLITE_PORT', 'embedded database, PGlite'],
    ['MERIDIAN_CONSOLE_PORT', 'console'],
    ['MERIDIAN_GATEWAY_PORT', 'gateway'],
  ] as const) {
    it(`${what}: exits with a message naming the port, without connecting to the process there`, async () => {
      const squat = await squatter();
      try {
        const run = await runLauncher(await launcherEnv(variable, squat.port));
        expect(run.code).toBe(1);
        expect(run.stderr).toContain(`port ${squat.port} (${what}) is already in use`);
        expect(run.stderr).toContain(variable);
        expect(run.stdout).not.toContain('Meridian is up');
        expect(squat.connections).toBe(0);
        expect(existsSync(join(scratch, `pglite-${variable}`)), 'no database was opened').toBe(false);
      } finally {
        await squat.close();
      }
    });
  }
});

describe('embeddedDatabase on a taken port', () => {
  it('fails with PortTakenError before opening the data dir, and never connects to the squatter', async () => {
    const squat = await squatter();
    const dataDir = join(scratch, 'never-opened');
    try {
      const started = embeddedDatabase({ port: squat.port, dataDir });
      await expect(started).rejects.toBeInstanceOf(PortTakenError);
      await expect(started).rejects.toThrow(`port ${squat.port}`);
      expect(squat.connections).toBe(0);
      expect(existsSync(dataDir)).toBe(false);
    } finally {
      await squat.close();
    }
  });
});
