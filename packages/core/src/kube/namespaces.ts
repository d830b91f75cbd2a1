import type { KubeConfig, V1Namespace } from '@kubernetes/client-node';
import { config } from '../config.ts';
import { ResourceCache, type CacheListener, type KubeObject, type ResourceCacheOptions } from './cache.ts';
import { Kinds } from './kinds.ts';

/**
 * A watch-backed view of namespaces (projects): which workspace each belongs to, by the
 * workspace label. Every subgraph's authorization needs `workspaceOf(namespace)`, so it is
 * answered from memory, never by a request to the API server. Built on ResourceCache, so it
 * resumes its watch from the last resourceVersion and re-lists only on 410 Gone.
 */
export class NamespaceDirectory {
  readonly cache: ResourceCache<V1Namespace & KubeObject>;
  /** workspace -> its namespaces, kept current from the watch so projectsOf never scans all. */
  private readonly byWorkspace = new Map<string, Set<string>>();
  private readonly workspaceOfNs = new Map<string, string>();

  /** Over its own Namespace cache (a KubeConfig), or over a shared one (see shared-caches.ts). */
  constructor(source: KubeConfig | ResourceCache<V1Namespace & KubeObject>, opts?: ResourceCacheOptions) {
    this.cache = source instanceof ResourceCache ? source : new ResourceCache<V1Namespace & KubeObject>(source, Kinds.Namespace, opts);
    // Registered before the first list, so the list's ADDED events fill the index too; a shared
    // cache may already hold namespaces, which are indexed now.
    this.cache.onChange((ev) => this.index(ev.type, ev.object));
    for (const ns of this.cache.all()) this.index('ADDED', ns);
  }

  private index(type: string, ns: V1Namespace): void {
    const name = ns.metadata?.name ?? '';
    const before = this.workspaceOfNs.get(name);
    const after = type === 'DELETED' ? undefined : ns.metadata?.labels?.[config.workspaceLabel];
    if (before === after) return;
    if (before !== undefined) {
      const set = this.byWorkspace.get(before);
      set?.delete(name);
      if (set && set.size === 0) this.byWorkspace.delete(before);
      this.workspaceOfNs.delete(name);
    }
    if (after !== undefined) {
      let set = this.byWorkspace.get(after);
      if (!set) this.byWorkspace.set(after, (set = new Set()));
      set.add(name);
      this.workspaceOfNs.set(name, after);
    }
  }

  /** Starts the watch once; resolves after the first full list. */
  start(): Promise<void> {
    return this.cache.start();
  }

  stop(): Promise<void> {
    return this.cache.stop();
  }

  /** Waits (bounded) for the first list; UPSTREAM_UNAVAILABLE if Kubernetes does not answer. */
  ready(timeoutMs?: number): Promise<void> {
    return this.cache.ready(timeoutMs);
  }

  health() {
    return this.cache.health();
  }

  get(name: string): V1Namespace | undefined {
    return this.cache.get('', name);
  }

  list(): readonly V1Namespace[] {
    return Array.from(this.cache.all());
  }

  /** The workspace label of a namespace, or undefined (unknown namespace or none set). */
  workspaceOf(namespace: string): string | undefined {
    return this.get(namespace)?.metadata?.labels?.[config.workspaceLabel];
  }

  /** The namespaces labelled with a workspace (from an index: cost is their number only). */
  projectsOf(workspace: string): V1Namespace[] {
    const out: V1Namespace[] = [];
    for (const name of this.byWorkspace.get(workspace) ?? []) {
      const ns = this.get(name);
      if (ns) out.push(ns);
    }
    return out;
  }

  onChange(listener: CacheListener<V1Namespace & KubeObject>): () => void {
    return this.cache.onChange(listener);
  }
}
