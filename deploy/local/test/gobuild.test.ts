/** When the lab rebuilds a Go command: missing, or older than go.mod, go.sum or its main.go. */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import type { LabContext } from '../lib/component.ts';
import { binaryIsFresh } from '../lib/gobuild.ts';

const root = mkdtempSync(join(tmpdir(), 'lab-gobuild-'));
after(() => rmSync(root, { recursive: true, force: true }));
const mod = join(root, 'deploy', 'local', 'k8s');
const bin = join(root, 'bin');
mkdirSync(join(mod, 'cmd', 'etcd'), { recursive: true });
mkdirSync(bin);
const ctx = { root, bin } as LabContext;
const at = (file: string, seconds: number) => {
  writeFileSync(file, file, { flag: 'a' });
  utimesSync(file, seconds, seconds);
};

test('a missing binary is stale; a binary newer than its sources is fresh; touching a source makes it stale', () => {
  at(join(mod, 'go.mod'), 1000);
  at(join(mod, 'go.sum'), 1000);
  at(join(mod, 'cmd', 'etcd', 'main.go'), 1000);
  assert.equal(binaryIsFresh(ctx, 'etcd'), false, 'missing');
  at(join(bin, 'etcd'), 2000);
  assert.equal(binaryIsFresh(ctx, 'etcd'), true, 'built after its sources');
  at(join(mod, 'go.sum'), 3000);
  assert.equal(binaryIsFresh(ctx, 'etcd'), false, 'go.sum changed since');
  at(join(bin, 'etcd'), 4000);
  at(join(mod, 'cmd', 'etcd', 'main.go'), 5000);
  assert.equal(binaryIsFresh(ctx, 'etcd'), false, 'main.go changed since');
});
