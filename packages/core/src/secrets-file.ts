import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { SECRET_VARIABLES, secretProblem, type SecretVariable } from './config.ts';

/**
 * For the embedded product only (`npm start`): every secret variable that is not set gets a
 * random value generated once per install and kept in a git-ignored file readable by its owner
 * alone, so sessions survive a restart and no key ever stands in the source. A variable that is
 * set keeps its value; one set to an unusable value is still refused by assertSecrets().
 */
export function loadOrCreateSecrets(file: string): { created: SecretVariable[] } {
  const stored: Partial<Record<SecretVariable, string>> = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Partial<Record<SecretVariable, string>>) : {};
  const created: SecretVariable[] = [];
  for (const name of SECRET_VARIABLES) {
    if (process.env[name]) continue;
    if (!stored[name]) {
      stored[name] = randomBytes(48).toString('base64url');
      created.push(name);
    }
    process.env[name] = stored[name];
    if (secretProblem(name)) throw new Error(`${file}: ${secretProblem(name)}; delete the file to generate new keys`);
  }
  if (created.length) {
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    writeFileSync(file, JSON.stringify(stored, null, 2) + '\n', { mode: 0o600 });
    chmodSync(file, 0o600);
  }
  return { created };
}

/**
 * One secret in a file of its own (e.g. the embedded database's password): read it, or create
 * it at random, readable by its owner alone, in a folder only its owner may enter.
 */
export function loadOrCreateSecretFile(file: string): string {
  if (existsSync(file)) {
    const value = readFileSync(file, 'utf8').trim();
    if (value) return value;
  }
  const value = randomBytes(32).toString('base64url');
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  writeFileSync(file, value + '\n', { mode: 0o600 });
  chmodSync(file, 0o600);
  return value;
}
