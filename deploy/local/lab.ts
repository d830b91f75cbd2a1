/**
 * The local lab: a real Kubernetes control plane and every backing service Meridian needs,
 * on 127.0.0.1, with no Docker. `tsx deploy/local/lab.ts up|down|status [--nodes N] [--only a,b]`.
 */
import { spawn as spawnChild, execFile } from 'node:child_process';
import { mkdirSync, openSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LabComponent, LabContext } from './lib/component.ts';
import { components } from './components/index.ts';
import { alive } from './lib/probe.ts';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const state = process.env.MERIDIAN_LAB_DIR ?? join(root, '.lab');
const cache = process.env.MERIDIAN_LAB_CACHE ?? join(homedir(), '.cache', 'meridian-lab');

function parseArgs(argv: string[]) {
  const [command = 'status', ...rest] = argv;
  let nodes = 3;
  let only: string[] | undefined;
  let purge = false;
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === '--nodes') nodes = Number(rest[++i]);
    else if (rest[i] === '--purge') purge = true;
    else if (rest[i] === '--only') only = rest[++i].split(',');
  }
  return { command, nodes, only, purge };
}

const pidDir = join(state, 'pids');
const logDir = join(state, 'logs');


function makeContext(nodes: number): LabContext {
  for (const d of [state, pidDir, logDir, join(cache, 'bin')]) mkdirSync(d, { recursive: true });
  return {
    root,
    state,
    cache,
    bin: join(cache, 'bin'),
    nodes,
    log: (m) => console.log(`  ${m}`),
    endpoints: existsSync(join(state, 'endpoints.json')) ? JSON.parse(readFileSync(join(state, 'endpoints.json'), 'utf8')) : {},
    async spawn(name, command, args, opts = {}) {
      const out = openSync(join(logDir, `${name}.log`), 'a');
      const child = spawnChild(command, args, {
        cwd: opts.cwd ?? state,
        env: { ...process.env, ...opts.env },
        detached: true, // own process group: `down` kills the whole group
        stdio: ['ignore', out, out],
      });
      if (!child.pid) throw new Error(`could not start ${name}: ${command}`);
      child.unref();
      writeFileSync(join(pidDir, `${name}.pid`), String(child.pid));
      return child.pid;
    },
    run(command, args, opts = {}) {
      return new Promise((resolvePromise, reject) => {
        execFile(command, args, { cwd: opts.cwd ?? root, env: { ...process.env, ...opts.env }, timeout: opts.timeoutMs ?? 0, maxBuffer: 64 << 20 }, (err, stdout, stderr) => {
          if (err) reject(new Error(`${command} ${args.join(' ')} failed: ${err.message}\n${stdout}\n${stderr}`.slice(0, 8000)));
          else resolvePromise(stdout + stderr);
        });
      });
    },
    async waitFor(what, check, timeoutMs = 60_000) {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        try {
          if (await check()) return;
        } catch {
          /* not yet */
        }
        await new Promise((r) => setTimeout(r, 250));
      }
      throw new Error(`${what} did not become ready in ${Math.round(timeoutMs / 1000)}s (see ${logDir})`);
    },
  };
}

/** Orders components so that each comes after what it depends on. */
function ordered(list: LabComponent[], only?: string[]): LabComponent[] {
  const byName = new Map(list.map((c) => [c.name, c]));
  const out: LabComponent[] = [];
  const visit = (c: LabComponent) => {
    if (out.includes(c)) return;
    for (const d of c.dependsOn ?? []) {
      const dep = byName.get(d);
      if (dep) visit(dep);
    }
    out.push(c);
  };
  for (const c of list) if (!only || only.includes(c.name)) visit(c);
  return out;
}

function saveEndpoints(ctx: LabContext) {
  writeFileSync(join(state, 'endpoints.json'), JSON.stringify(ctx.endpoints, null, 2));
}

async function up(ctx: LabContext, only?: string[]) {
  // Read again under the lab lock: a command that waited for the lock (`up --only …` from
  // npm start during a cold `up`) must not write back the endpoints it read before waiting.
  const file = join(state, 'endpoints.json');
  ctx.endpoints = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  const list = ordered(components, only);
  const timings: string[] = [];
  const t0 = Date.now();
  for (const c of list) {
    const tb = Date.now();
    await c.ensureBuilt(ctx);
    const built = Date.now() - tb;
    const ts = Date.now();
    if (await c.isRunning(ctx)) {
      await c.reconcile?.(ctx);
      ctx.endpoints[c.name] = c.endpoints(ctx);
      timings.push(`${c.name.padEnd(24)} already running`);
    } else {
      console.log(`starting ${c.name}`);
      ctx.endpoints[c.name] = await c.start(ctx);
      timings.push(`${c.name.padEnd(24)} build/check ${(built / 1000).toFixed(1)}s, start ${((Date.now() - ts) / 1000).toFixed(1)}s`);
    }
    saveEndpoints(ctx);
  }
  console.log('\nlab is up:');
  for (const [name, eps] of Object.entries(ctx.endpoints)) {
    for (const [k, v] of Object.entries(eps)) console.log(`  ${name}.${k} = ${v}`);
  }
  console.log('\ntimings:');
  for (const t of timings) console.log(`  ${t}`);
  console.log(`  total ${((Date.now() - t0) / 1000).toFixed(1)}s`);
  console.log(`\nendpoints written to ${join(state, 'endpoints.json')}`);
}

/**
 * Stops exactly the processes the lab recorded, newest component first. Data (etcd, Prometheus,
 * databases, PKI) stays for the next `up`; `--purge` deletes all of <state> for a fresh lab.
 */
async function down(purge = false, only?: string[]) {
  if (only && purge) throw new Error('down --purge deletes the whole lab state: it cannot be combined with --only');
  await stopRecorded(only);
  if (purge) {
    rmSync(state, { recursive: true, force: true });
    console.log(`purged ${state}`);
  }
}

/** `only`: just these parts' processes (for checking one part's lifecycle on a shared lab). */
async function stopRecorded(only?: string[]) {
  if (!existsSync(pidDir)) return console.log('lab is not running');
  const order = ordered(components).map((c) => c.name).reverse();
  const owner = (f: string) => [...order].sort((a, b) => b.length - a.length).find((n) => f.startsWith(n));
  const files = readdirSync(pidDir).filter((f) => f.endsWith('.pid') && (!only || only.includes(owner(f) ?? '')));
  const rank = (f: string) => {
    const i = order.findIndex((n) => f.startsWith(n));
    return i < 0 ? -1 : i;
  };
  files.sort((a, b) => rank(a) - rank(b));
  for (const f of files) {
    const pid = Number(readFileSync(join(pidDir, f), 'utf8'));
    if (pid && alive(pid)) {
      try {
        process.kill(-pid, 'SIGTERM');
      } catch {
        try { process.kill(pid, 'SIGTERM'); } catch { /* gone */ }
      }
      const t0 = Date.now();
      const deadline = t0 + 10_000;
      while (alive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      const killed = alive(pid);
      if (killed) {
        try { process.kill(-pid, 'SIGKILL'); } catch { /* gone */ }
      }
      console.log(`stopped ${f.replace(/\.pid$/, '')} (pid ${pid}) in ${((Date.now() - t0) / 1000).toFixed(1)}s${killed ? ', killed' : ''}`);
    }
    rmSync(join(pidDir, f), { force: true });
  }
  if (!only) return rmSync(join(state, 'endpoints.json'), { force: true });
  const file = join(state, 'endpoints.json');
  if (!existsSync(file)) return;
  const endpoints = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  for (const name of only) delete endpoints[name];
  writeFileSync(file, JSON.stringify(endpoints, null, 2));
}

async function status(ctx: LabContext) {
  let allUp = true;
  for (const c of ordered(components)) {
    const running = await c.isRunning(ctx).catch(() => false);
    allUp &&= running;
    console.log(`${c.name.padEnd(24)} ${running ? 'running' : 'stopped'}${running ? '  ' + JSON.stringify(c.endpoints(ctx)) : ''}`);
  }
  process.exitCode = allUp ? 0 : 3;
}

/**
 * Serializes `up` and `down` across everyone using this lab: two concurrent `up`s would both
 * start a part that is not answering yet, the loser dies on its busy port, and its pid file
 * (written last) would hide the winner from `down`.
 */
async function withLabLock<T>(fn: () => Promise<T>): Promise<T> {
  const lock = join(state, 'lab.lock');
  const deadline = Date.now() + 15 * 60_000;
  let told = false;
  for (;;) {
    try {
      writeFileSync(lock, String(process.pid), { flag: 'wx' });
      break;
    } catch {
      let holder = 0;
      try {
        holder = Number(readFileSync(lock, 'utf8').trim());
      } catch {
        continue; // released in between: try again
      }
      if (holder && !alive(holder)) {
        rmSync(lock, { force: true }); // left by a command that died
        continue;
      }
      // An empty file is a lock being written right now: wait like for any holder.
      if (Date.now() > deadline) throw new Error(`another lab command (pid ${holder}) still holds ${lock}`);
      if (!told && holder) console.log(`waiting for another lab command (pid ${holder}) to finish`);
      told ||= !!holder;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(lock, { force: true });
  }
}

const { command, nodes, only, purge } = parseArgs(process.argv.slice(2));
const ctx = makeContext(nodes);
try {
  if (command === 'up') await withLabLock(() => up(ctx, only));
  else if (command === 'down') await withLabLock(() => down(purge, only));
  else if (command === 'status') await status(ctx);
  else throw new Error(`unknown command ${command}: use up, down or status`);
} catch (err) {
  console.error(`lab ${command} failed: ${(err as Error).message}`);
  process.exitCode = 1;
}
