import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { LAB_DIR } from '../config.ts';
import { migrate } from './migrate.ts';

/**
 * For tests: a fresh database of its own on the lab's Postgres, so test files running in
 * parallel never see each other's rows. Fails loudly when the lab's Postgres is not up.
 */

export function labPostgresUrl(): string {
  if (process.env.MERIDIAN_TEST_POSTGRES_URL) return process.env.MERIDIAN_TEST_POSTGRES_URL;
  const file = join(LAB_DIR, 'endpoints.json');
  const url = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { postgres?: { url?: string } }).postgres?.url : undefined;
  if (!url) throw new Error('the lab Postgres is not running; start it with "npx tsx deploy/local/lab.ts up --only postgres"');
  return url;
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export interface TestDatabase {
  url: string;
  name: string;
  drop: () => Promise<void>;
}

export async function createTestDatabase(label: string, opts: { migrate?: boolean } = {}): Promise<TestDatabase> {
  const serverUrl = labPostgresUrl();
  const name = `t_${label.replace(/[^a-z0-9]/gi, '_').toLowerCase()}_${randomBytes(4).toString('hex')}`;
  await adminQuery(serverUrl, `CREATE DATABASE "${name}"`);
  const url = withDatabase(serverUrl, name);
  if (opts.migrate !== false) await migrate(url);
  return {
    url,
    name,
    drop: () => adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
