/**
 * The launcher's children (the console) must not outlive it, even when it is killed with SIGKILL
 * and none of its own code runs: a console left behind keeps port 3000, and the next `npm start`
 * would find it there. fixtures/tied-parent.ts stands in for the launcher: it starts a child that
 * listens on a port, exactly as the launcher starts `next start`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const PARENT = fileURLToPath(new URL('./fixtures/tied-parent.ts', import.meta.url));

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

const answers = (port: number) =>
  fetch(`http://127.0.0.1:${port}/`).then(
    (r) => r.ok,
    () => false,
  );

/** Starts the stand-in launcher; resolves with it and its child's pid and port once the child listens. */
async function startParent(mode: 'tied' | 'untied'): Promise<{ parent: ChildProcess; childPid: number; port: number }> {
  const parent = spawn(process.execPath, ['--import', 'tsx', PARENT, mode], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  for await (const chunk of parent.stdout!) {
    out += String(chunk);
    const line = out.split('\n').find((l) => l.startsWith('{'));
    if (line) return { parent, ...(JSON.parse(line) as { childPid: number; port: number }) };
  }
  throw new Error(`the stand-in launcher exited without starting its child: ${out}`);
}

/** Polls until the pid is gone; false if it is still there after `ms` (a hang guard, not a speed goal). */
async function gone(pid: number, ms = 10_000): Promise<boolean> {
  for (const until = Date.now() + ms; Date.now() < until; await new Promise((r) => setTimeout(r, 50))) if (!alive(pid)) return true;
  return !alive(pid);
}

const leftovers: number[] = [];
afterEach(() => {
  for (const pid of leftovers.splice(0)) if (alive(pid)) process.kill(pid, 'SIGKILL');
});

describe('spawnTiedToParent', () => {
  it('the child dies when its parent is killed with SIGKILL, and frees its port', async () => {
    const { parent, childPid, port } = await startParent('tied');
    leftovers.push(childPid);
    expect(await answers(port)).toBe(true);
    parent.kill('SIGKILL');
    await once(parent, 'exit');
    expect(await gone(childPid)).toBe(true);
    expect(await answers(port)).toBe(false);
  });

  it('control: the same child started with a plain spawn outlives a SIGKILLed parent (what happened to the console)', async () => {
    const { parent, childPid, port } = await startParent('untied');
    leftovers.push(childPid);
    parent.kill('SIGKILL');
    await once(parent, 'exit');
    await new Promise((r) => setTimeout(r, 500));
    expect(alive(childPid)).toBe(true);
    expect(await answers(port)).toBe(true);
  });

  it('the child dies when its parent is ended by SIGTERM (no exit handler runs then either)', async () => {
    const { parent, childPid } = await startParent('tied');
    leftovers.push(childPid);
    parent.kill('SIGTERM');
    await once(parent, 'exit');
    expect(await gone(childPid)).toBe(true);
  });
});
