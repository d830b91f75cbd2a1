import { test } from 'vitest';
import assert from 'node:assert/strict';
import { sortPods } from '../src/lib/sortPods.ts';
import type { PodRow } from '../src/operations/workloads.ts';

const pod = (name: string, phase: string, createdAt: string, restarts: number): PodRow => ({
  name,
  namespace: 'ns',
  phase,
  createdAt,
  containers: [{ name: 'c', ready: true, restartCount: restarts }],
});

const pods = [
  pod('b', 'Running', '2026-01-01T00:00:00Z', 3),
  pod('a', 'Pending', '2026-01-03T00:00:00Z', 0),
  pod('c', 'Running', '2026-01-02T00:00:00Z', 3),
];
const names = (rows: PodRow[]) => rows.map((p) => p.name).join('');

test('sorts by each column, both ways, with the name breaking ties', () => {
  assert.equal(names(sortPods(pods, { key: 'name', dir: 'asc' })), 'abc');
  assert.equal(names(sortPods(pods, { key: 'name', dir: 'desc' })), 'cba');
  assert.equal(names(sortPods(pods, { key: 'phase', dir: 'asc' })), 'abc');
  assert.equal(names(sortPods(pods, { key: 'restarts', dir: 'desc' })), 'bca');
  assert.equal(names(sortPods(pods, { key: 'age', dir: 'asc' })), 'acb');
  assert.equal(names(sortPods(pods, { key: 'age', dir: 'desc' })), 'bca');
  assert.equal(names(pods), 'bac', 'the input is not reordered');
});
