/**
 * The Jenkins stand-in (deploy/local/jenkins-standin): Jenkins' JSON API, Stage View and
 * progressive logs on 127.0.0.1:8088, seeded with a demo DevOps folder. It stands in until a
 * real Jenkins can run here; the devops subgraph talks to either the same way.
 * The API token is generated once and kept in <state>/jenkins-standin.token.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
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

export const jenkins: LabComponent = {
  name: 'jenkins',
  async ensureBuilt() {
    // TypeScript run by tsx: nothing to build.
  },
  async start(ctx) {
    const dir = join(ctx.root, 'deploy/local/jenkins-standin');
    await ctx.spawn('jenkins', join(ctx.root, 'node_modules/.bin/tsx'), [join(dir, 'src/main.ts'), '--port', String(PORT), '--seed', join(dir, 'seed.json')], {
      env: { JENKINS_STANDIN_USER: USER, JENKINS_STANDIN_TOKEN: token(ctx) },
    });
    await ctx.waitFor('jenkins stand-in', () => this.isRunning(ctx), 30_000);
    return this.endpoints(ctx);
  },
  async isRunning() {
    // Any answer carrying X-Jenkins (even 401 without credentials) means it serves.
    try {
      const res = await fetch(`${URL_}/api/json`, { signal: AbortSignal.timeout(3000) });
      await res.arrayBuffer();
      return res.headers.has('x-jenkins');
    } catch {
      return false;
    }
  },
  endpoints: (ctx) => ({ url: URL_, user: USER, token: token(ctx) }),
};
