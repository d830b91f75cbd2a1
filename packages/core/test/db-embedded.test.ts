import { test } from 'vitest';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { embeddedDatabase } from '../src/db/embedded.ts';
import { migrate, readMigrations } from '../src/db/migrate.ts';
import { createPrisma } from '../src/db/client.ts';

// The embedded default (PGlite behind a Postgres socket) must carry the same migrations and
// the same Prisma client as a real Postgres, and keep its data across restarts.
test('PGlite: migrates, serves Prisma over the wire protocol, and persists its data dir', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'meridian-pglite-'));
  try {
    const db = await embeddedDatabase({ port: 0, dataDir });
    assert.equal(db.owned, true);
    assert.match(db.url, /^postgres:\/\/.*@127\.0\.0\.1:\d+\//);
    const result = await migrate(db.url);
    assert.deepEqual(result.applied, readMigrations().map((m) => m.name));
    const prisma = createPrisma(db.url);
    const username = `pglite-${Date.now()}`;
    await prisma.user.create({ data: { username, email: `${username}@example.test`, displayName: 'PGlite', passwordHash: 'x' } });
    // Several statements in flight at once, through several pooled connections.
    const counts = await Promise.all([1, 2, 3, 4].map(() => prisma.user.count({ where: { username } })));
    assert.deepEqual(counts, [1, 1, 1, 1]);
    await prisma.$transaction(async (tx) => {
      await tx.workspace.create({ data: { name: `ws-${Date.now()}`, displayName: 'tx' } });
    });
    await prisma.$disconnect();
    await db.stop();

    const again = await embeddedDatabase({ port: 0, dataDir });
    assert.deepEqual((await migrate(again.url)).applied, [], 'migrations were kept in the data dir');
    const prisma2 = createPrisma(again.url);
    assert.equal(await prisma2.user.count({ where: { username } }), 1);
    await prisma2.$disconnect();
    await again.stop();
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});
