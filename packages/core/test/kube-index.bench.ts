/**
 * Measures what a page costs as the cluster grows: our per-namespace sorted index vs the
 * KubeSphere-style approach (copy every cached object, filter by namespace, sort, slice).
 * Run: node --import tsx packages/core/test/kube-index.bench.ts
 */
import { pageOfIndex } from '../src/paging/index.ts';
import { NamespaceIndex, type KubeObject } from '../src/kube/cache.ts';

function pod(ns: string, i: number): KubeObject {
  return { metadata: { name: `pod-${i.toString(36)}-${(i * 7919) % 1000}`, namespace: ns, resourceVersion: '1', creationTimestamp: new Date(1_700_000_000_000 + i * 1000).toISOString(), labels: { app: `a${i % 5}` } } };
}

for (const namespaces of [100, 1000, 5000]) {
  const perNs = 20;
  const byNs = new Map<string, NamespaceIndex<KubeObject>>();
  const flat: KubeObject[] = [];
  const t0 = performance.now();
  for (let n = 0; n < namespaces; n++) {
    const idx = new NamespaceIndex<KubeObject>();
    for (let i = 0; i < perNs; i++) {
      const p = pod(`ns-${n}`, n * perNs + i);
      idx.put(p);
      flat.push(p);
    }
    byNs.set(`ns-${n}`, idx);
  }
  const build = performance.now() - t0;
  const target = `ns-${Math.floor(namespaces / 2)}`;
  const runs = 200;
  let t = performance.now();
  for (let r = 0; r < runs; r++) {
    const page = pageOfIndex(byNs.get(target)!, { list: 'pods', first: 10, order: { field: 'CREATED_AT', direction: 'DESC' } });
    pageOfIndex(byNs.get(target)!, { list: 'pods', first: 10, after: page.pageInfo.endCursor, order: { field: 'CREATED_AT', direction: 'DESC' } });
  }
  const ours = (performance.now() - t) / runs;
  t = performance.now();
  for (let r = 0; r < runs; r++) {
    const all = flat.slice().filter((p) => p.metadata!.namespace === target);
    all.sort((a, b) => String(b.metadata!.creationTimestamp).localeCompare(String(a.metadata!.creationTimestamp)));
    all.slice(10, 20);
  }
  const naive = (performance.now() - t) / runs;
  console.log(`${namespaces * perNs} pods in ${namespaces} namespaces: index build ${build.toFixed(0)} ms; two pages: indexed ${(ours * 1000).toFixed(0)} µs, copy+filter+sort ${(naive * 1000).toFixed(0)} µs`);
}
