/**
 * The embedded database serves several connection pools at once (every subgraph has one). Their
 * extended-protocol exchanges (Parse, Bind, Execute, Sync) must not interleave on PGlite's single
 * session, or one client's parameters get bound to another's statement (seen once in a full
 * `npm test`: "bind message supplies 2 parameters, but prepared statement "" requires 3").
 * These tests check that concurrent connections get correct answers and that the scheduling
 * never deadlocks; they do not force the interleaving itself, which needs PGlite to yield
 * mid-exchange and did not happen in this test (it passes without the fix too).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, afterAll } from 'vitest';
import pg from 'pg';
import { embeddedDatabase, type EmbeddedDatabase } from '../src/db/index.ts';
import { endsExchange } from '../src/db/pglite-affinity.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'pglite-concurrency-'));
let db: EmbeddedDatabase | undefined;
const clients: pg.Client[] = [];
afterAll(async () => {
  await Promise.all(clients.map((c) => c.end().catch(() => undefined)));
  await db?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

test('concurrent parameterised queries from separate connections each get their own answer', async () => {
  db = await embeddedDatabase({ port: 0, dataDir });
  for (let i = 0; i < 3; i++) {
    const c = new pg.Client({ connectionString: db.url });
    await c.connect();
    clients.push(c);
  }
  const [two, three, text] = clients;
  for (let round = 0; round < 150; round++) {
    const [a, b, c] = await Promise.all([
      two.query('SELECT $1::int + $2::int AS s', [round, 1]),
      three.query('SELECT $1::int + $2::int + $3::int AS s', [round, 2, 3]),
      text.query("SELECT $1::text || '-' || $2::text AS s", ['r', String(round)]),
    ]);
    assert.equal(a.rows[0].s, round + 1);
    assert.equal(b.rows[0].s, round + 5);
    assert.equal(c.rows[0].s, `r-${round}`);
  }
});

test('while one connection holds a transaction, another waits for it instead of joining it', async () => {
  const [one, other] = clients;
  await one.query('CREATE TABLE IF NOT EXISTS t (n int)');
  await one.query('BEGIN');
  await one.query('INSERT INTO t VALUES ($1)', [1]);
  // PGlite is one session: the other connection's read must not run inside one's transaction.
  const outside = other.query('SELECT count(*)::int AS n FROM t');
  const inside = await one.query('SELECT count(*)::int AS n FROM t');
  await one.query('ROLLBACK');
  assert.equal(inside.rows[0].n, 1);
  assert.equal((await outside).rows[0].n, 0, 'the other connection saw the table after the rollback, not the uncommitted row');
});

test('which messages end an exchange', () => {
  const msg = (type: string) => new Uint8Array([type.charCodeAt(0), 0, 0, 0, 4]);
  assert.equal(endsExchange(msg('S')), true, 'Sync');
  assert.equal(endsExchange(msg('Q')), true, 'simple Query');
  assert.equal(endsExchange(msg('X')), true, 'Terminate');
  assert.equal(endsExchange(new Uint8Array([0, 0, 0, 8, 0, 3, 0, 0])), true, 'startup packet');
  for (const t of ['P', 'B', 'D', 'E', 'H', 'C']) assert.equal(endsExchange(msg(t)), false, t);
});
