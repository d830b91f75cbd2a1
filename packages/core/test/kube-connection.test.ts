/** Cursor paging over the sorted per-namespace index, and label selectors (pure, no lab). */
import { test } from 'vitest';
import assert from 'node:assert/strict';
import { pageOfIndex, type Connection, type SortOrder } from '../src/paging/index.ts';
import { NamespaceIndex, type KubeObject } from '../src/kube/cache.ts';
import { labelMatcher } from '../src/kube/labels.ts';

const obj = (name: string, createdSec: number, labels: Record<string, string> = {}): KubeObject => ({
  metadata: { name, namespace: 'ns', resourceVersion: '1', creationTimestamp: new Date(createdSec * 1000).toISOString(), labels },
});

function pageAll(index: NamespaceIndex<KubeObject>, order: SortOrder, first: number, filter?: (o: KubeObject) => boolean) {
  const names: string[] = [];
  let after: string | null = null;
  for (let guard = 0; guard < 1000; guard++) {
    const page: Connection<KubeObject> = pageOfIndex(index, { list: 'objects', first, after, order, filter });
    names.push(...page.nodes.map((n) => n.metadata!.name!));
    if (!page.pageInfo.hasNextPage) return names;
    after = page.pageInfo.endCursor;
  }
  throw new Error('did not terminate');
}

test('pages in every order visit each item exactly once, in order', () => {
  const index = new NamespaceIndex<KubeObject>();
  const items = Array.from({ length: 53 }, (_, i) => obj(`pod-${String((i * 37) % 53).padStart(2, '0')}`, 1000 + (i % 7)));
  for (const o of items) index.put(o);
  const byName = items.map((o) => o.metadata!.name!).sort();
  const byCreated = [...items].sort((a, b) => {
    const d = new Date(a.metadata!.creationTimestamp!).getTime() - new Date(b.metadata!.creationTimestamp!).getTime();
    return d || (a.metadata!.name! < b.metadata!.name! ? -1 : 1);
  }).map((o) => o.metadata!.name!);
  for (const first of [1, 5, 10, 53, 60]) {
    assert.deepEqual(pageAll(index, { field: 'NAME', direction: 'ASC' }, first), byName);
    assert.deepEqual(pageAll(index, { field: 'NAME', direction: 'DESC' }, first), [...byName].reverse());
    assert.deepEqual(pageAll(index, { field: 'CREATED_AT', direction: 'ASC' }, first), byCreated);
    assert.deepEqual(pageAll(index, { field: 'CREATED_AT', direction: 'DESC' }, first), [...byCreated].reverse());
  }
});

test('changes between pages cause no duplicates and no skips of unchanged items', () => {
  const index = new NamespaceIndex<KubeObject>();
  for (let i = 0; i < 20; i++) index.put(obj(`p${String(i).padStart(2, '0')}`, i));
  const order: SortOrder = { field: 'NAME', direction: 'ASC' };
  const p1 = pageOfIndex(index, { list: 'objects', first: 5, order });
  assert.deepEqual(p1.nodes.map((n) => n.metadata!.name), ['p00', 'p01', 'p02', 'p03', 'p04']);
  index.delete('p04'); // the cursor's own item disappears
  index.delete('p05');
  index.put(obj('p00a', 99)); // lands before the cursor: not shown, not shifting anything
  const p2 = pageOfIndex(index, { list: 'objects', first: 5, after: p1.pageInfo.endCursor, order });
  assert.deepEqual(p2.nodes.map((n) => n.metadata!.name), ['p06', 'p07', 'p08', 'p09', 'p10']);
  assert.equal(p2.totalCount, 19);
});

test('filters apply while paging; totalCount counts matches', () => {
  const index = new NamespaceIndex<KubeObject>();
  for (let i = 0; i < 30; i++) index.put(obj(`w${String(i).padStart(2, '0')}`, i, { tier: i % 3 === 0 ? 'front' : 'back' }));
  const front = labelMatcher('tier=front');
  const filter = (o: KubeObject) => front(o.metadata?.labels);
  const names = pageAll(index, { field: 'CREATED_AT', direction: 'DESC' }, 4, filter);
  assert.deepEqual(names, ['w27', 'w24', 'w21', 'w18', 'w15', 'w12', 'w09', 'w06', 'w03', 'w00']);
  assert.equal(pageOfIndex(index, { list: 'objects', first: 1, order: { field: 'NAME', direction: 'ASC' }, filter }).totalCount, 10);
});

test('bad cursors and page sizes are BAD_USER_INPUT', () => {
  const index = new NamespaceIndex<KubeObject>();
  index.put(obj('a', 1));
  index.put(obj('b', 2));
  const code = (fn: () => unknown) => {
    try {
      fn();
    } catch (err) {
      return (err as { extensions?: { code?: string } }).extensions?.code;
    }
    return 'no error';
  };
  const byName: SortOrder = { field: 'NAME', direction: 'ASC' };
  const cursor = pageOfIndex(index, { list: 'objects', first: 1, order: byName }).pageInfo.endCursor;
  assert.equal(code(() => pageOfIndex(index, { list: 'objects', first: 1, after: 'garbage!', order: byName })), 'BAD_USER_INPUT');
  assert.equal(code(() => pageOfIndex(index, { list: 'objects', first: 1, after: cursor, order: { field: 'CREATED_AT', direction: 'ASC' } })), 'BAD_USER_INPUT');
  assert.equal(code(() => pageOfIndex(index, { list: 'objects', first: -1, order: byName })), 'BAD_USER_INPUT');
  assert.equal(code(() => pageOfIndex(index, { list: 'objects', first: 501, order: byName })), 'BAD_USER_INPUT');
  assert.equal(pageOfIndex(index, { list: 'objects', first: 1, after: cursor, order: byName }).nodes[0].metadata?.name, 'b');
});

test('label selectors follow the API server grammar', () => {
  const l = { app: 'web', tier: 'front', 'app.kubernetes.io/name': 'shop' };
  const yes = ['app=web', 'app==web', 'app!=db', 'tier in (front,back)', 'tier notin (db)', 'app', '!missing', 'app=web, tier=front', 'app.kubernetes.io/name=shop'];
  const no = ['app=db', 'app!=web', 'tier in (back)', 'tier notin (front)', 'missing', '!app', 'app=web,tier=back'];
  for (const s of yes) assert.equal(labelMatcher(s)(l), true, s);
  for (const s of no) assert.equal(labelMatcher(s)(l), false, s);
  for (const bad of ['app=we b', '=x', 'a in b', 'a in (b', '-bad=x']) {
    assert.throws(() => labelMatcher(bad), (err: { extensions?: { code?: string } }) => err.extensions?.code === 'BAD_USER_INPUT', bad);
  }
});
