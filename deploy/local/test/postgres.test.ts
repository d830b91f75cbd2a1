/**
 * The lab's Postgres is a real server: a client can create its own database, write rows and
 * read them back. Needs `npx tsx deploy/local/lab.ts up --only postgres`.
 */
import { test } from 'vitest';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { labEndpoints } from '../lib/endpoints.ts';

const eps = labEndpoints('postgres');

async function withClient<T>(database: string, use: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ host: eps.host, port: Number(eps.port), user: eps.user, password: eps.password, database });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

test('the published url reaches the meridian database as a superuser', async () => {
  const client = new pg.Client({ connectionString: eps.url });
  await client.connect();
  try {
    const { rows } = await client.query('SELECT current_database() AS db, current_user AS who, rolsuper FROM pg_roles WHERE rolname = current_user');
    assert.deepEqual(rows[0], { db: 'meridian', who: 'meridian', rolsuper: true });
    const { rows: version } = await client.query('SHOW server_version_num');
    assert.ok(Number(version[0].server_version_num) >= 150000, `expected Postgres 15+, got ${version[0].server_version_num}`);
  } finally {
    await client.end();
  }
});

test('a wrong password is refused', async () => {
  const client = new pg.Client({ host: eps.host, port: Number(eps.port), user: eps.user, password: 'not-the-password', database: 'meridian' });
  await assert.rejects(client.connect(), /password authentication failed/);
  await client.end().catch(() => {});
});

test('create a database, write and read rows, drop it', async () => {
  const dbName = `lab_test_${randomBytes(4).toString('hex')}`;
  await withClient('meridian', (c) => c.query(`CREATE DATABASE ${dbName}`));
  try {
    await withClient(dbName, async (c) => {
      await c.query('CREATE TABLE tenants (id serial PRIMARY KEY, name text UNIQUE NOT NULL, quota int NOT NULL)');
      const names = ['alpha', 'beta', 'gamma'].map((n) => `${n}-${randomBytes(2).toString('hex')}`);
      for (const [i, name] of names.entries()) await c.query('INSERT INTO tenants (name, quota) VALUES ($1, $2)', [name, (i + 1) * 10]);
      const { rows } = await c.query('SELECT name, quota FROM tenants ORDER BY quota');
      assert.deepEqual(rows, names.map((name, i) => ({ name, quota: (i + 1) * 10 })));
      await assert.rejects(c.query('INSERT INTO tenants (name, quota) VALUES ($1, 1)', [names[0]]), /duplicate key/);
      const { rows: sum } = await c.query('SELECT sum(quota)::int AS total FROM tenants');
      assert.equal(sum[0].total, 60);
    });
  } finally {
    await withClient('meridian', (c) => c.query(`DROP DATABASE ${dbName} WITH (FORCE)`));
  }
  const { rows } = await withClient('meridian', (c) => c.query('SELECT 1 FROM pg_database WHERE datname = $1', [dbName]));
  assert.equal(rows.length, 0, 'the test database is gone');
});
