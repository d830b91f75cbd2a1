/**
 * The Jenkins stand-in (deploy/local/jenkins-standin): Jenkins' JSON API, Stage View, credentials
 * store and progressive logs on 127.0.0.1:8088, seeded with a demo DevOps folder. It stands in
 * until a real Jenkins can run here; the devops subgraph talks to either the same way.
 * The API token is generated once and kept in <state>/jenkins-standin.token.
 * A stand-in started from older code (its sources' hash is kept in <state>/jenkins-standin.code)
 * does not count as running: `up` stops that recorded process and starts the current code.
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LabComponent, LabContext } from '../lib/component.ts';

const PORT = 8088;
const URL_ = `http://127.0.0.1:${PORT}`;
const USER = 'admin';

function token(ctx: LabContext): string {
  const file = join(ctx.state, 'jenkins-standin.token');
  if (!existsSync(file)) writeFileSync(file, randomBytes(16).toString('hex'), { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}

/** A hash of the stand-in's code and seed: what `up` compares to decide on a restart. */
function codeHash(ctx: LabContext): string {
  const dir = join(ctx.root, 'deploy/local/jenkins-standin');
  const hash = createHash('sha256');
  for (const f of readdirSync(join(dir, 'src')).sort()) hash.update(f).update(readFileSync(join(dir, 'src', f)));
  return hash.update(readFileSync(join(dir, 'seed.json'))).digest('hex');
}

const codeFile = (ctx: LabContext) => join(ctx.state, 'jenkins-standin.code');
const recordedCode = (ctx: LabContext) => (existsSync(codeFile(ctx)) ? readFileSync(codeFile(ctx), 'utf8').trim() : '');

async function serving(): Promise<boolean> {
  // Any answer carrying X-Jenkins (even 401 without credentials) means it serves.
  try {
    const res = await fetch(`${URL_}/api/json`, { signal: AbortSignal.timeout(3000) });
    await res.arrayBuffer();
    return res.headers.has('x-jenkins');
  } catch {
    return false;
  }
}

/** Stops the stand-in the lab recorded (its process group), when it runs older code. */
async function stopStale(ctx: LabContext): Promise<void> {
  const pidFile = join(ctx.state, 'pids', 'jenkins.pid');
  const pid = existsSync(pidFile) ? Number(readFileSync(pidFile, 'utf8')) : 0;
  if (!pid || !(await serving())) return;
  ctx.log('jenkins stand-in code changed: restarting it');
  try {
    process.kill(-pid, 'SIGTERM');
  } catch {
    return; // not ours any more: start() will report the port as taken
  }
  for (const deadline = Date.now() + 10_000; (await serving()) && Date.now() < deadline; ) await new Promise((r) => setTimeout(r, 100));
}

export const jenkins: LabComponent = {
  name: 'jenkins',
  async ensureBuilt() {
    // TypeScript run by tsx: nothing to build.
  },
  async start(ctx) {
    await stopStale(ctx);
    const dir = join(ctx.root, 'deploy/local/jenkins-standin');
    const code = codeHash(ctx);
    await ctx.spawn('jenkins', join(ctx.root, 'node_modules/.bin/tsx'), [join(dir, 'src/main.ts'), '--port', String(PORT), '--seed', join(dir, 'seed.json')], {
      env: { JENKINS_STANDIN_USER: USER, JENKINS_STANDIN_TOKEN: token(ctx) },
    });
    await ctx.waitFor('jenkins stand-in', serving, 30_000);
    writeFileSync(codeFile(ctx), code);
    return this.endpoints(ctx);
  },
  async isRunning(ctx) {
    return (await serving()) && recordedCode(ctx) === codeHash(ctx);
  },
  endpoints: (ctx) => ({ url: URL_, user: USER, token: token(ctx) }),
};
