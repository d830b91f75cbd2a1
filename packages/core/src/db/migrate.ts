import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { REPO_ROOT } from '../config.ts';

/**
 * Applies prisma/migrations/<timestamp>_<name>/migration.sql in order, recording each in
 * Prisma's own `_prisma_migrations` table (same columns, sha256 checksums), so the database
 * stays readable by `prisma migrate status` wherever the Prisma CLI can run. `prisma migrate`
 * itself needs a schema-engine binary that cannot be downloaded here; this needs only SQL.
 */

export const MIGRATIONS_DIR = join(REPO_ROOT, 'prisma', 'migrations');

/** Prisma's advisory-lock key, so our migrator and Prisma's never run at the same time. */
const MIGRATION_LOCK_KEY = 72707369;

export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

export interface MigrateResult {
  applied: string[];
  alreadyApplied: string[];
}

export class MigrationError extends Error {}

export const checksumOf = (sql: string) => createHash('sha256').update(sql).digest('hex');

/** The migration folders, oldest first (their names start with a UTC timestamp). */
export function readMigrations(dir = MIGRATIONS_DIR): MigrationFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'migration.sql')))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(join(dir, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: checksumOf(sql) };
    });
}

const CREATE_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

interface AppliedRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
}

/**
 * Brings the database at `url` up to date. Refuses to run (MigrationError) when an applied
 * migration's file changed or disappeared, or when an earlier run failed half-way: those need
 * a human, never a silent re-run.
 */
export async function migrate(url: string, opts: { dir?: string } = {}): Promise<MigrateResult> {
  const migrations = readMigrations(opts.dir);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      await client.query(CREATE_TABLE);
      const { rows } = await client.query<AppliedRow>(
        'SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at',
      );
      const live = rows.filter((r) => !r.rolled_back_at);
      const failed = live.find((r) => !r.finished_at);
      if (failed) {
        throw new MigrationError(
          `migration ${failed.migration_name} failed earlier (see "_prisma_migrations".logs); fix the database by hand, then mark it rolled back`,
        );
      }
      const byName = new Map(migrations.map((m) => [m.name, m]));
      for (const row of live) {
        const file = byName.get(row.migration_name);
        if (!file) throw new MigrationError(`migration ${row.migration_name} is applied in the database but missing from ${opts.dir ?? MIGRATIONS_DIR}`);
        if (file.checksum !== row.checksum) {
          throw new MigrationError(`migration ${row.migration_name} was changed after it was applied (checksum differs); add a new migration instead`);
        }
      }
      const done = new Set(live.map((r) => r.migration_name));
      const applied: string[] = [];
      for (const m of migrations) {
        if (done.has(m.name)) continue;
        await applyOne(client, m);
        applied.push(m.name);
      }
      return { applied, alreadyApplied: [...done] };
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    }
  } finally {
    await client.end();
  }
}

/** One migration in one transaction: either all of it and its record, or nothing but a failure record. */
async function applyOne(client: pg.Client, m: MigrationFile): Promise<void> {
  const id = randomUUID();
  try {
    await client.query('BEGIN');
    await client.query(
      'INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at) VALUES ($1, $2, $3, now())',
      [id, m.checksum, m.name],
    );
    await client.query(m.sql);
    await client.query('UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1', [id]);
    await client.query('COMMIT');
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    await client.query(
      'INSERT INTO "_prisma_migrations" (id, checksum, migration_name, logs, started_at) VALUES ($1, $2, $3, $4, now())',
      [id, m.checksum, m.name, String(err instanceof Error ? err.message : err)],
    );
    throw new MigrationError(`migration ${m.name} failed: ${err instanceof Error ? err.message : String(err)}`);
  }
}
