/**
 * Script-level check of the lab's lifecycle (it stops the shared lab, so it is not a unit test):
 *   1. `lab down` leaves no recorded process alive, no lab binary running and every port free;
 *   2. `lab up` after `down` works again, and etcd data survived (a marker ConfigMap);
 *   3. `lab up` a second time is a no-op (same pids, everything "already running").
 * Usage: tsx deploy/local/scripts/check-down-up.ts [lab up args, e.g. --only prometheus]
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, readlinkSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { alive, portOpen } from '../lib/probe.ts';

const root = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
const state = process.env.MERIDIAN_LAB_DIR ?? join(root, '.lab');
const bin = join(process.env.MERIDIAN_LAB_CACHE ?? join(homedir(), '.cache', 'meridian-lab'), 'bin');
const upArgs = process.argv.slice(2);
/** The Kubernetes/Prometheus part's ports; the other components' ports come from endpoints.json. */
const KNOWN_PORTS = [2379, 2380, 2381, 6443, 10257, 10259, 10250, 8081, 9090];

const failures: string[] = [];
const check = (ok: boolean, what: string) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures.push(what);
};

function run(cmd: string, args: string[]): Promise<{ out: string; ms: number }> {
  const t0 = Date.now();
  return new Promise((res, rej) =>
    execFile(cmd, args, { cwd: root, maxBuffer: 16 << 20, timeout: 20 * 60_000 }, (err, stdout, stderr) =>
      err ? rej(new Error(`${cmd} ${args.join(' ')}: ${err.message}\n${stdout}\n${stderr}`)) : res({ out: stdout + stderr, ms: Date.now() - t0 }),
    ),
  );
}
const lab = (...args: string[]) => run(process.execPath, ['--import', 'tsx', join(root, 'deploy/local/lab.ts'), ...args]);
const kubectl = (...args: string[]) => run(join(bin, 'kubectl'), ['--kubeconfig', join(state, 'kubeconfig'), ...args]);


function recordedPids(): Map<string, number> {
  const dir = join(state, 'pids');
  const out = new Map<string, number>();
  if (!existsSync(dir)) return out;
  for (const f of readdirSync(dir)) if (f.endsWith('.pid')) out.set(f.slice(0, -4), Number(readFileSync(join(dir, f), 'utf8')));
  return out;
}

function labPorts(): number[] {
  const ports = new Set(KNOWN_PORTS);
  const file = join(state, 'endpoints.json');
  if (existsSync(file)) {
    for (const m of readFileSync(file, 'utf8').matchAll(/127\.0\.0\.1:(\d+)|"port":\s*"?(\d+)/g)) ports.add(Number(m[1] ?? m[2]));
  }
  return [...ports].sort((a, b) => a - b);
}

/**
 * Processes with this lab's state dir on their command line or as their working directory. Not "any process running a cached lab binary": another checkout's
 * lab on the same machine shares the binaries but is not ours to judge.
 */
function strayProcesses(): string[] {
  const out: string[] = [];
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    if (Number(pid) === process.pid) continue;
    let cmd = '';
    try {
      cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ').trim();
    } catch {
      continue;
    }
    let cwd = '';
    try {
      cwd = readlinkSync(`/proc/${pid}/cwd`);
    } catch {
      /* gone, or not ours to read */
    }
    // ctx.spawn starts every lab process in the state dir, so its cwd says whose it is.
    const ours = cmd.includes(state + '/') || cwd === state || cwd.startsWith(state + '/');
    if (ours && !cmd.includes('check-down-up')) out.push(`${pid}: ${cmd.slice(0, 120)}`);
  }
  return out;
}

const marker = `lab-persist-${process.pid}`;
console.log(`marker namespace ${marker} (etcd persistence across down/up)`);
await kubectl('create', 'namespace', marker);
await kubectl('-n', marker, 'create', 'configmap', 'marker', '--from-literal=written=before-down');

const before = recordedPids();
const ports = labPorts();
const down = await lab('down');
console.log(`lab down took ${(down.ms / 1000).toFixed(1)}s:\n${down.out.trim()}`);
const survivors = [...before].filter(([, pid]) => alive(pid));
check(survivors.length === 0, `after down, none of the ${before.size} recorded processes is alive ${survivors.length ? JSON.stringify(survivors) : ''}`);
const open = (await Promise.all(ports.map(async (p) => ((await portOpen(p)) ? p : 0)))).filter(Boolean);
check(open.length === 0, `after down, ports free: ${ports.join(',')}${open.length ? ` (still open: ${open.join(',')})` : ''}`);
const strays = strayProcesses();
check(strays.length === 0, `after down, no process uses ${state}${strays.length ? '\n  ' + strays.join('\n  ') : ''}`);

const up1 = await lab('up', ...upArgs);
console.log(`lab up (warm, after down) took ${(up1.ms / 1000).toFixed(1)}s:\n${up1.out.split('timings:')[1] ?? up1.out}`);
check(/lab is up/.test(up1.out), 'lab up after down works');
const kept = await kubectl('-n', marker, 'get', 'configmap', 'marker', '-o', 'jsonpath={.data.written}').catch((e: Error) => ({ out: e.message, ms: 0 }));
check(kept.out === 'before-down', `etcd data survived down/up (marker: ${kept.out.slice(0, 80)})`);

// A restarted kwok must take over its nodes at once (not after their old leases expire).
await kubectl('-n', marker, 'run', 'probe', '--image=busybox');
const t0 = Date.now();
let phase = '';
while (Date.now() - t0 < 15_000 && phase !== 'Running') {
  phase = (await kubectl('-n', marker, 'get', 'pod', 'probe', '-o', 'jsonpath={.status.phase}')).out;
  if (phase !== 'Running') await new Promise((r) => setTimeout(r, 250));
}
check(phase === 'Running', `a pod created right after up is Running (${((Date.now() - t0) / 1000).toFixed(1)}s)`);

const pidsAfterUp = recordedPids();
const up2 = await lab('up', ...upArgs);
const startedAgain = up2.out.match(/^starting .*/gm) ?? [];
check(startedAgain.length === 0, `second lab up starts nothing${startedAgain.length ? ': ' + startedAgain.join(', ') : ''} (${(up2.ms / 1000).toFixed(1)}s)`);
const changed = [...pidsAfterUp].filter(([name, pid]) => recordedPids().get(name) !== pid);
check(changed.length === 0, `second lab up keeps the same processes${changed.length ? ': ' + JSON.stringify(changed) : ''}`);

await kubectl('delete', 'namespace', marker, '--wait=false').catch(() => undefined);
console.log(failures.length ? `\n${failures.length} check(s) failed` : '\nall lifecycle checks passed');
process.exitCode = failures.length ? 1 : 0;
