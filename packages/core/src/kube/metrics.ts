import { Gauge, type Registry } from 'prom-client';
import type { CacheHealth, CacheStats } from './cache.ts';

/** What the metrics read of a cache (any object type). */
export interface ObservableCache {
  readonly size: number;
  readonly stats: CacheStats;
  health(): { state: CacheHealth };
}

/**
 * Exposes the caches' state on a subgraph's /metrics, read at scrape time: objects held,
 * whether each is fresh, and the list/watch counters (a growing `lists` means 410 Gone
 * re-lists; growing `watches` with flat `lists` means cheap resumes).
 */
export function registerCacheMetrics(registry: Registry, caches: Record<string, ObservableCache>): void {
  const each = (fn: (name: string, c: ObservableCache) => void) => {
    for (const [name, c] of Object.entries(caches)) fn(name, c);
  };
  new Gauge({
    name: 'meridian_kube_cache_objects',
    help: 'Objects held in memory by a watch cache.',
    labelNames: ['cache'],
    registers: [registry],
    collect() {
      each((name, c) => this.set({ cache: name }, c.size));
    },
  });
  new Gauge({
    name: 'meridian_kube_cache_fresh',
    help: '1 when the cache is synced and its watch connected (or within the reconnect grace period), else 0.',
    labelNames: ['cache'],
    registers: [registry],
    collect() {
      each((name, c) => {
        const s = c.health().state;
        this.set({ cache: name }, s === 'synced' || s === 'reconnecting' ? 1 : 0);
      });
    },
  });
  for (const [metric, key, help] of [
    ['meridian_kube_cache_lists', 'lists', 'Full lists done by the cache (1 at start, +1 per 410 Gone).'],
    ['meridian_kube_cache_watches', 'watches', 'Watch connections opened (resumes included).'],
    ['meridian_kube_cache_watch_errors', 'watchErrors', 'Watch connections that broke.'],
    ['meridian_kube_cache_events', 'events', 'Changes applied to the cache.'],
  ] as const) {
    new Gauge({
      name: metric,
      help,
      labelNames: ['cache'],
      registers: [registry],
      collect() {
        each((name, c) => this.set({ cache: name }, c.stats[key]));
      },
    });
  }
}
