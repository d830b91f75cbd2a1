/**
 * The lab's OpenID provider (deploy/local/oidc: panva's oidc-provider) on http://127.0.0.1:9400,
 * for single sign-on tests and `npm start`. Its client secret, cookie keys and signing key are
 * generated once per lab into <state>/oidc/secrets.json (owner-only), never kept in the source.
 */
import { generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LabComponent, LabContext } from '../lib/component.ts';
import { assertPortFree, waitUntilServing } from './serving.ts';

const PORT = 9400;
const ISSUER = `http://127.0.0.1:${PORT}`;
const CLIENT_ID = 'meridian';

interface Secrets {
  clientId: string;
  clientSecret: string;
  cookieKeys: string[];
  signingKey: Record<string, unknown>;
}

function secretsFile(ctx: LabContext): string {
  const dir = join(ctx.state, 'oidc');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const file = join(dir, 'secrets.json');
  if (!existsSync(file)) {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const secrets: Secrets = {
      clientId: CLIENT_ID,
      clientSecret: randomBytes(32).toString('base64url'),
      cookieKeys: [randomBytes(32).toString('base64url')],
      signingKey: { ...privateKey.export({ format: 'jwk' }), kid: randomUUID(), alg: 'RS256', use: 'sig' },
    };
    writeFileSync(file, JSON.stringify(secrets), { mode: 0o600 });
  }
  return file;
}

const secrets = (ctx: LabContext) => JSON.parse(readFileSync(secretsFile(ctx), 'utf8')) as Secrets;

async function discoveryAnswers(): Promise<boolean> {
  try {
    const res = await fetch(`${ISSUER}/.well-known/openid-configuration`, { signal: AbortSignal.timeout(3000) });
    return res.ok && ((await res.json()) as { issuer?: string }).issuer === ISSUER;
  } catch {
    return false;
  }
}

function endpoints(ctx: LabContext): Record<string, string> {
  const s = secrets(ctx);
  return {
    issuer: ISSUER,
    clientId: s.clientId,
    clientSecret: s.clientSecret,
    // The path a console's callback page has; any loopback port is accepted.
    redirectPath: '/login/oidc/callback',
    users: join(ctx.root, 'deploy/local/oidc/users.json'),
  };
}

export const oidc: LabComponent = {
  name: 'oidc',
  async ensureBuilt() {
    // TypeScript run by tsx, oidc-provider from node_modules: nothing to build.
  },
  async start(ctx) {
    const dir = join(ctx.root, 'deploy/local/oidc');
    await assertPortFree('oidc', PORT);
    const pid = await ctx.spawn('oidc', join(ctx.root, 'node_modules/.bin/tsx'), [
      join(dir, 'src/main.ts'),
      '--port', String(PORT),
      '--secrets', secretsFile(ctx),
      '--users', join(dir, 'users.json'),
    ]);
    await waitUntilServing(ctx, 'oidc', pid, discoveryAnswers, 30_000);
    return endpoints(ctx);
  },
  isRunning: () => discoveryAnswers(),
  endpoints,
};
