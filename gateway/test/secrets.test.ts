/**
 * Secrets fail closed (issue #6). No key stands in the source: every server refuses to start
 * without MERIDIAN_INTERNAL_KEY and MERIDIAN_SESSION_KEY, or with the development values that
 * once shipped as fallbacks, and an identity signed with such a value is refused.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IDENTITY_HEADER, REPO_ROOT, SECRET_VARIABLES, assertSecrets, loadOrCreateSecrets, signIdentity } from '@meridian/core';
import { userIdentity } from '@meridian/core/testing';
import { start as startAppstore } from '../../subgraphs/appstore/src/index.ts';

const ENTRY_POINTS = [
  'gateway/src/index.ts',
  'subgraphs/tenancy/src/index.ts',
  'subgraphs/workloads/src/index.ts',
  'subgraphs/devops/src/index.ts',
  'subgraphs/monitoring/src/index.ts',
  'subgraphs/logging/src/index.ts',
  'subgraphs/appstore/src/index.ts',
];
// The values that once shipped as fallbacks (they must be refused, not used).
const PUBLISHED = { MERIDIAN_INTERNAL_KEY: 'meridian-dev-internal-key-change-me', MERIDIAN_SESSION_KEY: 'meridian-dev-session-key-change-me' };

/** Runs a server entry point as `node` would in production; resolves with its exit code and output. */
function run(entry: string, env: Record<string, string | undefined>): Promise<{ code: number | null; output: string }> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', DATABASE_URL: 'postgres://meridian:x@127.0.0.1:9/none', ...env };
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete childEnv[k];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', entry], { cwd: REPO_ROOT, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${entry} was still running after 60 s (it should have refused to start):\n${output}`));
    }, 60_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

describe('servers refuse to start without keys', () => {
  it.each(ENTRY_POINTS)('%s exits non-zero naming both missing variables', async (entry) => {
    const { code, output } = await run(entry, { MERIDIAN_INTERNAL_KEY: undefined, MERIDIAN_SESSION_KEY: undefined });
    expect(code).not.toBe(0);
    expect(output).toContain('MERIDIAN_INTERNAL_KEY is not set');
    expect(output).toContain('MERIDIAN_SESSION_KEY is not set');
  });

  it('the gateway refuses the published development values and too-short keys', async () => {
    const published = await run('gateway/src/index.ts', PUBLISHED);
    expect(published.code).not.toBe(0);
    expect(published.output).toContain('MERIDIAN_INTERNAL_KEY is a published development value');
    const short = await run('gateway/src/index.ts', { MERIDIAN_SESSION_KEY: 'short' });
    expect(short.code).not.toBe(0);
    expect(short.output).toContain('MERIDIAN_SESSION_KEY is shorter than 32 characters');
  });

  it('assertSecrets accepts strong keys and names what is wrong otherwise', () => {
    const saved = { ...process.env };
    try {
      process.env.MERIDIAN_INTERNAL_KEY = 'x'.repeat(40);
      process.env.MERIDIAN_SESSION_KEY = 'y'.repeat(40);
      expect(() => assertSecrets()).not.toThrow();
      delete process.env.MERIDIAN_SESSION_KEY;
      expect(() => assertSecrets()).toThrow(/MERIDIAN_SESSION_KEY is not set/);
    } finally {
      for (const name of SECRET_VARIABLES) process.env[name] = saved[name];
    }
  });
});

describe('the embedded product keys', () => {
  it('are generated once per install, owner-only, and kept across restarts', () => {
    const dir = mkdtempSync(join(tmpdir(), 'meridian-secrets-'));
    const file = join(dir, 'state', 'secrets.json');
    const saved = { ...process.env };
    try {
      for (const name of SECRET_VARIABLES) delete process.env[name];
      expect(loadOrCreateSecrets(file).created).toEqual([...SECRET_VARIABLES]);
      const first = SECRET_VARIABLES.map((n) => process.env[n]);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(new Set(first).size).toBe(2);
      for (const name of SECRET_VARIABLES) delete process.env[name];
      expect(loadOrCreateSecrets(file).created).toEqual([]);
      expect(SECRET_VARIABLES.map((n) => process.env[n])).toEqual(first);
      expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(Object.fromEntries(SECRET_VARIABLES.map((n, i) => [n, first[i]])));
    } finally {
      for (const name of SECRET_VARIABLES) process.env[name] = saved[name];
    }
  });

  it('a subgraph refuses an identity signed with the old development key and accepts its own', async () => {
    // Backends are not needed: the signature is checked before any resolver runs.
    const appstore = await startAppstore({ port: 0, databaseUrl: 'postgres://meridian:x@127.0.0.1:9/none' });
    try {
      const admin = userIdentity('mallory', { platformRole: 'platform-admin' });
      const call = async (key: string) =>
        fetch(appstore.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: await signIdentity(admin, key) },
          body: JSON.stringify({ query: '{ __typename }' }),
        });
      const forged = await call(PUBLISHED.MERIDIAN_INTERNAL_KEY);
      expect(forged.status).toBe(401);
      expect(((await forged.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('UNAUTHENTICATED');
      const genuine = await call(process.env.MERIDIAN_INTERNAL_KEY!);
      expect(genuine.status).toBe(200);
      expect(await genuine.json()).toEqual({ data: { __typename: 'Query' } });
    } finally {
      await appstore.stop();
    }
  });
});
