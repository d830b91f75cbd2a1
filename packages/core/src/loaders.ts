import DataLoader from 'dataloader';

/**
 * Batched lookups with `dataloader`: every `load(key)` made while resolving one request is
 * collected and sent to the backend as ONE call per tick (ids IN (…), one PromQL query, …), and
 * repeated keys are asked once. Loaders are created per request (`ctx.loaders`) and never
 * shared: their cache would otherwise hand one caller's view to another, and go stale.
 */

/** Largest batch per backend call (the biggest page is 500 items). */
export const MAX_BATCH = 500;

/**
 * A loader over a "fetch these keys" call that returns the found rows in any order; each key
 * gets the row whose `keyOf` equals it, or null when there is none.
 */
export function keyedLoader<K, V>(
  fetch: (keys: readonly K[]) => Promise<readonly V[]>,
  keyOf: (row: V) => K,
  cacheKeyOf: (key: K) => string | K = (k) => k,
): DataLoader<K, V | null, string | K> {
  return new DataLoader<K, V | null, string | K>(
    async (keys) => {
      const rows = await fetch(keys);
      const byKey = new Map<string | K, V>(rows.map((r) => [cacheKeyOf(keyOf(r)), r]));
      return keys.map((k) => byKey.get(cacheKeyOf(k)) ?? null);
    },
    { maxBatchSize: MAX_BATCH, cacheKeyFn: cacheKeyOf },
  );
}

/** The cache key of a namespaced object ("namespace/name"). */
export const namespacedKey = (k: { namespace: string; name: string }) => `${k.namespace}/${k.name}`;
