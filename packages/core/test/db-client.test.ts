import { test } from 'vitest';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { REPO_ROOT } from '../src/config.ts';

// The Prisma client is committed (a clean clone typechecks and runs without a generate step),
// so it must be exactly what `prisma generate` makes from prisma/schema.prisma today.

const COMMITTED = join(REPO_ROOT, 'packages', 'core', 'src', 'generated', 'prisma');
const OUTPUT_LINE = 'output              = "../packages/core/src/generated/prisma"';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

test('the committed Prisma client is what prisma generate makes from schema.prisma', () => {
  const dir = mkdtempSync(join(tmpdir(), 'meridian-prisma-'));
  try {
    const schema = readFileSync(join(REPO_ROOT, 'prisma', 'schema.prisma'), 'utf8');
    assert.ok(schema.includes(OUTPUT_LINE), 'the generator writes to packages/core/src/generated/prisma');
    const out = join(dir, 'out');
    const tmpOutputLine = OUTPUT_LINE.replace('../packages/core/src/generated/prisma', out);
    writeFileSync(join(dir, 'schema.prisma'), schema.replace(OUTPUT_LINE, tmpOutputLine));
    // The CLI looks for a schema-engine binary it does not need for generate (and cannot download here).
    execFileSync('npx', ['prisma', 'generate', '--schema', join(dir, 'schema.prisma')], {
      cwd: REPO_ROOT,
      env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? '/bin/true' },
      stdio: 'pipe',
    });
    const fresh = filesUnder(out).map((f) => relative(out, f)).sort();
    assert.deepEqual(filesUnder(COMMITTED).map((f) => relative(COMMITTED, f)).sort(), fresh);
    for (const file of fresh) {
      // The only expected difference: the inlined schema names its output folder.
      const generated = readFileSync(join(out, file), 'utf8').split(JSON.stringify(tmpOutputLine).slice(1, -1)).join(JSON.stringify(OUTPUT_LINE).slice(1, -1));
      assert.equal(readFileSync(join(COMMITTED, file), 'utf8'), generated, `${file} is stale: run "PRISMA_SCHEMA_ENGINE_BINARY=/bin/true npx prisma generate"`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
