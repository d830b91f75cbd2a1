import { test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import internals from '@prisma/internals';
import { REPO_ROOT } from '../src/config.ts';
import { createTestDatabase, type TestDatabase } from '../src/db/testing.ts';
import { shapeFromDatabase, shapeFromDmmf, type Dmmf } from './schema-shape.ts';

// The migrations must build exactly what schema.prisma declares: a field added to the schema
// without a migration (or a migration that drifts from the schema) fails here.

const schemaFile = join(REPO_ROOT, 'prisma', 'schema.prisma');
let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase('schema');
});
afterAll(async () => {
  await db?.drop();
});

test('the migrated database matches prisma/schema.prisma', async () => {
  const dmmf = (await internals.getDMMF({ datamodel: readFileSync(schemaFile, 'utf8') })) as unknown as Dmmf;
  const expected = shapeFromDmmf(dmmf);
  const actual = await shapeFromDatabase(db.url);
  assert.ok(Object.keys(expected.tables).length >= 8, 'the schema declares the expected models');
  assert.deepEqual(actual, expected);
});

test('the comparison notices a field that has no migration', async () => {
  const source = readFileSync(schemaFile, 'utf8').replace(
    /(model Workspace \{\n)/,
    '$1  extraField String @map("extra_field")\n',
  );
  assert.notEqual(source, readFileSync(schemaFile, 'utf8'), 'the schema was altered for this check');
  const dmmf = (await internals.getDMMF({ datamodel: source })) as unknown as Dmmf;
  assert.notDeepEqual(await shapeFromDatabase(db.url), shapeFromDmmf(dmmf));
});
