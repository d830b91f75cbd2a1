import { test } from 'vitest';
import assert from 'node:assert/strict';
import { applyPodEvent, mergePage, type PodOverlay } from '../src/features/workloads/pods/live-pods.ts';
import type { PodStatus } from '../src/features/workloads/pods/pod-row.tsx';
import type { PodPhase } from '../src/gql/graphql.ts';

const pod = (name: string, phase: PodPhase = 'Pending', extra: Partial<PodStatus> = {}): PodStatus => ({
  name,
  namespace: 'ns',
  phase,
  podIP: null,
  nodeName: null,
  createdAt: '2026-01-01T00:00:00Z',
  containers: [],
  __typename: 'Pod',
  ...extra,
});

/** The whole project on one page, sorted by name: every streamed pod belongs on it. */
const onePage = (rows: PodStatus[]) => ({ rows, hasPrevious: false, hasNext: false, sort: { field: 'NAME', direction: 'ASC' } as const, nameFilter: '' });
const mergePods = (rows: PodStatus[], overlay: PodOverlay, usage?: Parameters<typeof mergePage>[2]) => mergePage(onePage(rows), overlay, usage);

test('ADDED inserts, MODIFIED updates, DELETED removes, in name order', () => {
  const snapshot = [pod('b'), pod('a')];
  let o: PodOverlay = new Map();
  o = applyPodEvent(o, { type: 'ADDED', pod: pod('c') });
  o = applyPodEvent(o, { type: 'MODIFIED', pod: pod('a', 'Running') });
  o = applyPodEvent(o, { type: 'DELETED', pod: pod('b') });
  assert.deepEqual(
    mergePods(snapshot, o).map((p) => [p.name, p.phase]),
    [
      ['a', 'Running'],
      ['c', 'Pending'],
    ],
  );
});

test('a pod deleted and re-created under the same name comes back', () => {
  let o: PodOverlay = new Map();
  o = applyPodEvent(o, { type: 'DELETED', pod: pod('web-0') });
  o = applyPodEvent(o, { type: 'ADDED', pod: pod('web-0', 'Pending') });
  assert.deepEqual(mergePods([pod('web-0', 'Running')], o).map((p) => p.phase), ['Pending']);
});

test('usage is joined by name onto streamed rows, and applying an event does not mutate the overlay', () => {
  const before: PodOverlay = new Map();
  const after = applyPodEvent(before, { type: 'MODIFIED', pod: pod('a', 'Running') });
  assert.equal(before.size, 0);
  const usage = new Map([['a', { __typename: 'PodMetrics' as const, cpu: 0.25, memory: 1024 }]]);
  const [row, other] = mergePods([pod('a', 'Pending'), pod('b')], after, usage);
  assert.deepEqual(row.metrics, { __typename: 'PodMetrics' as const, cpu: 0.25, memory: 1024 });
  assert.equal(row.phase, 'Running');
  assert.equal(other.metrics, null);
});
