/**
 * Waiting for a freshly spawned server, for the lab components that own one process each.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { LabContext } from '../lib/component.ts';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function logTail(ctx: LabContext, name: string, lines = 15): string {
  const file = join(ctx.state, 'logs', `${name}.log`);
  return existsSync(file) ? readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n') : '(no log)';
}

/**
 * Waits until `answers()` is true while the process `pid` is alive. Fails at once, with the end
 * of its log, when the process exits: otherwise a stray server already holding the port would
 * answer for it and the lab would record the pid of a process that is gone.
 */
export async function waitUntilServing(ctx: LabContext, name: string, pid: number, answers: () => Promise<boolean>, timeoutMs: number) {
  let exited = false;
  await ctx.waitFor(name, async () => {
    if (!alive(pid)) return (exited = true);
    return answers();
  }, timeoutMs);
  if (exited || !alive(pid)) throw new Error(`${name} exited while starting (pid ${pid}); end of ${join(ctx.state, 'logs', `${name}.log`)}:\n${logTail(ctx, name)}`);
}

/**
 * Throws when something already listens on 127.0.0.1:`port`. Called before spawning: a server
 * the lab did not record (left over, or started by hand) would otherwise answer the readiness
 * check in place of ours.
 */
export async function assertPortFree(name: string, port: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (err: NodeJS.ErrnoException) =>
      reject(err.code === 'EADDRINUSE'
        ? new Error(`${name}: port ${port} is taken by a process the lab did not start (find it with "ss -ltnp 'sport = :${port}'")`)
        : err));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
  });
}
