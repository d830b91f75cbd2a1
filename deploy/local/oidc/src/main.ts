/**
 * Runs the lab's OpenID provider as a process (the lab's `oidc` component starts it):
 * `tsx deploy/local/oidc/src/main.ts --port 9400 --secrets <file> --users <file>`.
 * The secrets file (client id and secret, cookie keys, signing key) is written by the component.
 */
import { readFileSync } from 'node:fs';
import { startOidcServer, type OidcAccount } from './server.ts';

const args = process.argv.slice(2);
const arg = (name: string) => {
  const i = args.indexOf(`--${name}`);
  if (i < 0) throw new Error(`--${name} is required`);
  return args[i + 1];
};

const secrets = JSON.parse(readFileSync(arg('secrets'), 'utf8'));
const { users } = JSON.parse(readFileSync(arg('users'), 'utf8')) as { users: OidcAccount[] };
const running = await startOidcServer({ port: Number(arg('port')), accounts: users, ...secrets });
console.log(`lab OpenID provider listening on ${running.url} (${users.length} accounts)`);

const shutdown = () => void running.stop().then(() => process.exit(0));
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);
