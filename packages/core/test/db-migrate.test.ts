import { test, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { MIGRATIONS_DIR, MigrationError, checksumOf, migrate, readMigrations } from '../src/db/migrate.ts';
import { createTestDatabase, type TestDatabase } from '../src/db/testing.ts';

const dbs: TestDatabase[] = [];
const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dbs.map((d) => d.drop()));
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

async function emptyDatabase(label: string) {
  const db = await createTestDatabase(label, { migrate: false });
  dbs.push(db);
  return db;
}

function copyOfMigrations(): string {
  const dir = mkdtempSync(join(tmpdir(), 'meridian-migrations-'));
  dirs.push(dir);
  cpSync(MIGRATIONS_DIR, dir, { recursive: true });
  return dir;
}

async function migrationRows(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(
      'SELECT migration_name, checksum, finished_at, logs, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name',
    );
    return rows as { migration_name: string; checksum: string; finished_at: Date | null; logs: string | null; applied_steps_count: number }[];
  } finally {
    await client.end();
  }
}

test('applies every migration once and records it in Prisma\'s table with its checksum', async () => {
  const db = await emptyDatabase('mig_apply');
  const files = readMigrations();
  assert.ok(files.length >= 1);
  const first = await migrate(db.url);
  assert.deepEqual(first.applied, files.map((f) => f.name));
  const rows = await migrationRows(db.url);
  assert.deepEqual(rows.map((r) => r.migration_name), files.map((f) => f.name));
  for (const [i, r] of rows.entries()) {
    assert.equal(r.checksum, checksumOf(files[i].sql));
    assert.match(r.checksum, /^[0-9a-f]{64}$/);
    assert.ok(r.finished_at instanceof Date);
    assert.equal(r.applied_steps_count, 1);
  }
  const second = await migrate(db.url);
  assert.deepEqual(second.applied, []);
  assert.equal((await migrationRows(db.url)).length, files.length);
});

test('concurrent runs on one database apply each migration once', async () => {
  const db = await emptyDatabase('mig_concurrent');
  const results = await Promise.all([migrate(db.url), migrate(db.url), migrate(db.url)]);
  const appliedTotal = results.flatMap((r) => r.applied);
  assert.deepEqual(appliedTotal.sort(), readMigrations().map((f) => f.name).sort());
  assert.equal((await migrationRows(db.url)).length, readMigrations().length);
});

test('refuses to run when an applied migration file was changed', async () => {
  const db = await emptyDatabase('mig_changed');
  const dir = copyOfMigrations();
  await migrate(db.url, { dir });
  const [firstMigration] = readMigrations(dir);
  appendFileSync(join(dir, firstMigration.name, 'migration.sql'), '\n-- edited afterwards\n');
  await assert.rejects(migrate(db.url, { dir }), (err: Error) => err instanceof MigrationError && /changed after it was applied/.test(err.message));
});

test('applies a new migration after the existing ones, and records a failed one then refuses', async () => {
  const db = await emptyDatabase('mig_new');
  const dir = copyOfMigrations();
  await migrate(db.url, { dir });

  mkdirSync(join(dir, '29990101000000_add_note'));
  writeFileSync(join(dir, '29990101000000_add_note', 'migration.sql'), 'ALTER TABLE "workspaces" ADD COLUMN "note" TEXT;\n');
  assert.deepEqual((await migrate(db.url, { dir })).applied, ['29990101000000_add_note']);

  mkdirSync(join(dir, '29990102000000_broken'));
  writeFileSync(join(dir, '29990102000000_broken', 'migration.sql'), 'ALTER TABLE "workspaces" ADD COLUMN "x" TEXT;\nALTER TABLE "no_such_table" ADD COLUMN "y" TEXT;\n');
  await assert.rejects(migrate(db.url, { dir }), /29990102000000_broken failed/);
  const broken = (await migrationRows(db.url)).find((r) => r.migration_name === '29990102000000_broken');
  assert.ok(broken, 'the failure is recorded');
  assert.equal(broken.finished_at, null);
  assert.match(broken.logs ?? '', /no_such_table/);
  // The failed migration ran in a transaction: its first statement left nothing behind.
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  const { rows } = await client.query("SELECT 1 FROM information_schema.columns WHERE table_name = 'workspaces' AND column_name = 'x'");
  await client.end();
  assert.equal(rows.length, 0);
  await assert.rejects(migrate(db.url, { dir }), /failed earlier/);
});
