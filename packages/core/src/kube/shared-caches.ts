import { resolve } from 'node:path';
import type { V1Namespace } from '@kubernetes/client-node';
import type { Registry } from 'prom-client';
import { config } from '../config.ts';
import { ResourceCache, type KubeObject, type ResourceCacheOptions } from './cache.ts';
import { loadKubeConfig, type KubeConfig } from './load.ts';
import { Kinds, kindOf, type KindDescriptor, type KindName } from './kinds.ts';
import { registerCacheMetrics, type ObservableCache } from './metrics.ts';
import { NamespaceDirectory } from './namespaces.ts';

/**
 * One watch cache per kind per process, in the spirit of client-go's SharedInformerFactory.
 * When all six subgraphs run in one process (`npm start`), each kind is listed and watched
 * once, whichever subgraphs read it. A cache starts on first use and stops when the last
 * subgraph holding a lease on the factory releases it (tests start and stop subgraphs freely).
 *
 * Factories are keyed by kubeconfig path and cache options: a test that points a subgraph at a
 * proxy, or shortens the stale grace period, gets caches of its own.
 */
export interface SharedCaches {
  /** The kubeconfig these caches use (loaded on first use; UPSTREAM_UNAVAILABLE if missing). */
  kubeConfig(): KubeConfig;
  /** That kind's one cache in this process, started (in the background) on first use. */
  for<T extends KubeObject = KubeObject>(kind: KindName | KindDescriptor): ResourceCache<T>;
  /** The namespace directory, built on the shared Namespace cache. */
  namespaces(): NamespaceDirectory;
  /** A health probe: resolves when every cache this lease used is synced, else throws why not. */
  probe(): Promise<void>;
  /** Reports the factory's caches (the ones started so far and later ones) on a /metrics registry. */
  registerMetrics(registry: Registry): void;
  /** Gives the lease back; the last one stops every cache of the factory. Idempotent. */
  release(): Promise<void>;
}

interface Factory {
  kc?: KubeConfig;
  path: string;
  options: ResourceCacheOptions;
  /** plural -> cache; read live by the metrics. */
  caches: Record<string, ResourceCache<KubeObject>>;
  directory?: NamespaceDirectory;
  leases: number;
}

const factories = new Map<string, Factory>();
/** How long a probe waits for a cache's first list (less than /healthz's probe timeout). */
const PROBE_SYNC_WAIT_MS = 3_000;

function cacheOf(f: Factory, kind: KindDescriptor): ResourceCache<KubeObject> {
  let cache = f.caches[kind.plural];
  if (!cache) {
    f.kc ??= loadKubeConfig(f.path);
    cache = f.caches[kind.plural] = new ResourceCache<KubeObject>(f.kc, kind, f.options);
    // Failures are retried inside the cache; reads report them as UPSTREAM_UNAVAILABLE.
    cache.start().catch(() => undefined);
  }
  return cache;
}

function describe(kind: KindName | KindDescriptor): KindDescriptor {
  const d = typeof kind === 'string' ? kindOf(kind) : kind;
  if (!d) throw new Error(`unknown kind ${String(kind)}`);
  return d;
}

/** A lease on this process's caches for `kubeconfig` (default: config.kubeconfig). */
export function sharedCaches(kubeconfig: string = config.kubeconfig, options: ResourceCacheOptions = {}): SharedCaches {
  const path = resolve(kubeconfig);
  const key = `${path}\n${JSON.stringify(options)}`;
  let f = factories.get(key);
  if (!f) factories.set(key, (f = { path, options, caches: {}, leases: 0 }));
  const factory = f;
  factory.leases++;
  const used = new Set<ResourceCache<KubeObject>>();
  let released = false;
  const use = <T extends ResourceCache<KubeObject>>(cache: T): T => {
    used.add(cache);
    return cache;
  };

  return {
    kubeConfig: () => (factory.kc ??= loadKubeConfig(factory.path)),
    for: <T extends KubeObject>(kind: KindName | KindDescriptor) => use(cacheOf(factory, describe(kind))) as unknown as ResourceCache<T>,
    namespaces() {
      const cache = use(cacheOf(factory, Kinds.Namespace));
      return (factory.directory ??= new NamespaceDirectory(cache as unknown as ResourceCache<V1Namespace & KubeObject>));
    },
    async probe() {
      for (const cache of used) {
        // Just started: give the first list a moment (within the probe's own timeout).
        if (cache.health().state === 'starting') await cache.ready(PROBE_SYNC_WAIT_MS).catch(() => undefined);
        const h = cache.health();
        if (h.state !== 'synced') throw new Error(`${cache.kind.plural} watch ${h.state}${h.error ? `: ${h.error}` : ''}`);
      }
    },
    registerMetrics(registry) {
      registerCacheMetrics(registry, factory.caches as Record<string, ObservableCache>);
    },
    async release() {
      if (released) return;
      released = true;
      if (--factory.leases > 0) return;
      factories.delete(key);
      await Promise.all(Object.values(factory.caches).map((c) => c.stop()));
    },
  };
}
