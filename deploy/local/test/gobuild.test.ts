/** When the lab rebuilds a Go command: missing, never stamped, or its sources changed since. */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, afterAll } from 'vitest';
import type { LabContext } from '../lib/component.ts';
import { binaryIsFresh, sourceHash } from '../lib/gobuild.ts';

const root = mkdtempSync(join(tmpdir(), 'lab-gobuild-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const mod = join(root, 'deploy', 'local', 'k8s');
const bin = join(root, 'bin');
mkdirSync(join(mod, 'cmd', 'etcd'), { recursive: true });
mkdirSync(bin);
const ctx = { root, bin } as LabContext;
const write = (file: string, text: string) => writeFileSync(file, text);
const built = () => {
  write(join(bin, 'etcd'), 'binary');
  write(join(bin, 'etcd.sources-sha256'), sourceHash(ctx, 'etcd'));
};

test('missing or unstamped binaries are stale; a stamped build is fresh until a source changes', () => {
  write(join(mod, 'go.mod'), 'module x');
  write(join(mod, 'go.sum'), 'sums');
  write(join(mod, 'cmd', 'etcd', 'main.go'), 'package main');
  assert.equal(binaryIsFresh(ctx, 'etcd'), false, 'missing');
  write(join(bin, 'etcd'), 'binary');
  assert.equal(binaryIsFresh(ctx, 'etcd'), false, 'a binary without a stamp (built by hand) is rebuilt');
  built();
  assert.equal(binaryIsFresh(ctx, 'etcd'), true, 'built from these sources');
  write(join(mod, 'go.sum'), 'other sums');
  assert.equal(binaryIsFresh(ctx, 'etcd'), false, 'go.sum changed since');
  built();
  write(join(mod, 'cmd', 'etcd', 'main.go'), 'package main // changed');
  assert.equal(binaryIsFresh(ctx, 'etcd'), false, 'main.go changed since');
});

test('a fresh clone (new file times, same content) does not rebuild', () => {
  write(join(mod, 'cmd', 'etcd', 'main.go'), 'package main');
  built();
  const later = Date.now() / 1000 + 3600;
  for (const f of [join(mod, 'go.mod'), join(mod, 'go.sum'), join(mod, 'cmd', 'etcd', 'main.go')]) utimesSync(f, later, later);
  assert.equal(binaryIsFresh(ctx, 'etcd'), true);
});
