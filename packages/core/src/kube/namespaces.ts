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

  constructor(kc: KubeConfig, opts?: ResourceCacheOptions) {
    this.cache = new ResourceCache<V1Namespace & KubeObject>(kc, Kinds.Namespace, opts);
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

  /** Names of the namespaces labelled with a workspace. */
  projectsOf(workspace: string): V1Namespace[] {
    const out: V1Namespace[] = [];
    for (const ns of this.cache.all()) if (ns.metadata?.labels?.[config.workspaceLabel] === workspace) out.push(ns);
    return out;
  }

  onChange(listener: CacheListener<V1Namespace & KubeObject>): () => void {
    return this.cache.onChange(listener);
  }
}
