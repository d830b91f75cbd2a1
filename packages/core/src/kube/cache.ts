import type { KubeConfig } from '@kubernetes/client-node';
import { upstreamUnavailable } from '../errors.ts';
import { SortedKeys, type OrderedSource, type SortKey, type SortOrder } from '../paging/index.ts';
import { apiPath, type KindDescriptor } from './kinds.ts';
import { KubeApiError, kubeRequest, kubeWatch, type WatchHandle } from './transport.ts';

/**
 * A watch-backed, in-memory copy of one kind, across all namespaces — client-go's reflector +
 * indexer, written for our needs:
 *
 * - List once (paged with `limit`/`continue`), then watch from the list's resourceVersion.
 *   When a watch ends or breaks, the next watch starts from the last resourceVersion seen
 *   (events and bookmarks both advance it), so nothing that happened during the gap is lost
 *   and nothing is re-listed. Only 410 Gone (the version was compacted away) forces a re-list;
 *   the re-list is diffed against the cache and emits the ADDED/MODIFIED/DELETED it implies.
 * - Objects are indexed per namespace, with keys pre-sorted by name and by creation time, so a
 *   page of a namespace costs O(log n + page), never a copy/sort of the whole cache.
 * - Every change is emitted as an event (subscriptions use these).
 *
 * Freshness policy (what a dead API server looks like to clients): reads wait up to
 * `readyTimeoutMs` for the first list; after that they are served from memory while the watch
 * is connected, and for `staleAfterMs` after it broke (a reconnect normally takes well under a
 * second). Past that the cache is `stale` and every read throws UPSTREAM_UNAVAILABLE rather
 * than silently answering with data of unknown age. Events resume by themselves once the API
 * server is back.
 */

export interface KubeObject {
  apiVersion?: string;
  kind?: string;
  metadata?: {
    name?: string;
    namespace?: string;
    uid?: string;
    resourceVersion?: string;
    creationTimestamp?: string | Date;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
    ownerReferences?: { kind: string; name: string; controller?: boolean; uid?: string; apiVersion?: string }[];
    managedFields?: unknown;
    [k: string]: unknown;
  };
}

export type CacheEventType = 'ADDED' | 'MODIFIED' | 'DELETED';
export interface CacheEvent<T> {
  type: CacheEventType;
  object: T;
  /** The cache's resourceVersion after this event. */
  resourceVersion: string;
}
export type CacheListener<T> = (ev: CacheEvent<T>) => void;

export type CacheHealth = 'starting' | 'synced' | 'reconnecting' | 'stale' | 'stopped';

export type CacheSortField = 'NAME' | 'CREATED_AT' | 'STATUS';

export interface ResourceCacheOptions {
  /** Serve reads for this long after the watch broke before failing them (default 10 s). */
  staleAfterMs?: number;
  /** How long a read waits for the first list (default 10 s). */
  readyTimeoutMs?: number;
  /** Close a watch that has been silent this long (server bookmarks arrive about every minute). */
  inactivityMs?: number;
  /** Page size of the (re-)list. */
  listPageSize?: number;
  /** First and largest pause between reconnect attempts. */
  backoffMs?: { initial: number; max: number };
}

export interface CacheStats {
  /** Full lists done (1 at start, +1 per 410 Gone). */
  lists: number;
  /** Watch connections opened. */
  watches: number;
  /** resourceVersion each watch connection started from, most recent last (bounded). */
  watchStartVersions: string[];
  /** Watch connections that ended with an error (not a clean server-side timeout). */
  watchErrors: number;
  /** 410 Gone answers (resourceVersion too old). */
  gone: number;
  events: number;
}

const nameOf = (o: KubeObject) => o.metadata?.name ?? '';
const createdMs = (o: KubeObject) => {
  const t = o.metadata?.creationTimestamp;
  return t ? new Date(t).getTime() : 0;
};

type StatusOf = (o: KubeObject) => { status: string };

function sortKey(o: KubeObject, field: CacheSortField, statusOf?: StatusOf): SortKey {
  if (field === 'NAME') return [nameOf(o), nameOf(o)];
  if (field === 'STATUS') return [statusOf?.(o).status ?? '', nameOf(o)];
  return [createdMs(o), nameOf(o)];
}

const SORT_FIELDS: CacheSortField[] = ['NAME', 'CREATED_AT', 'STATUS'];

/** The objects of one namespace, with keys kept sorted for each sort field. */
export class NamespaceIndex<T extends KubeObject> implements OrderedSource<T> {
  readonly byName = new Map<string, T>();
  private readonly sorted = new Map<CacheSortField, SortedKeys>(SORT_FIELDS.map((f) => [f, new SortedKeys()]));

  /** `statusOf`: the kind's status summary (kinds/<kind>.ts), kept sorted for the STATUS order. */
  constructor(private readonly statusOf?: StatusOf) {}

  get size(): number {
    return this.byName.size;
  }

  get(name: string): T | undefined {
    return this.byName.get(name);
  }

  put(obj: T): T | undefined {
    const name = nameOf(obj);
    const old = this.byName.get(name);
    this.byName.set(name, obj);
    for (const f of SORT_FIELDS) {
      const next = sortKey(obj, f, this.statusOf);
      if (old) {
        const prev = sortKey(old, f, this.statusOf);
        if (prev[0] === next[0]) continue; // unchanged (creation time never changes in practice)
        this.sorted.get(f)!.remove(prev);
      }
      this.sorted.get(f)!.insert(next);
    }
    return old;
  }

  delete(name: string): T | undefined {
    const old = this.byName.get(name);
    if (!old) return undefined;
    this.byName.delete(name);
    for (const f of SORT_FIELDS) this.sorted.get(f)!.remove(sortKey(old, f, this.statusOf));
    return old;
  }

  keyOf(item: T, order: SortOrder): SortKey {
    return sortKey(item, order.field as CacheSortField, this.statusOf);
  }

  *walk(order: SortOrder, after?: SortKey): Generator<T> {
    const keys = this.sorted.get(order.field as CacheSortField);
    if (!keys) throw new Error(`unknown sort field ${order.field}`);
    for (const key of keys.walk(order.direction, after)) {
      const obj = this.byName.get(key[1]);
      if (obj) yield obj;
    }
  }
}

const EMPTY = new NamespaceIndex<never>();

export class ResourceCache<T extends KubeObject = KubeObject> {
  private readonly namespaces = new Map<string, NamespaceIndex<T>>();
  private readonly listeners = new Set<CacheListener<T>>();
  private resourceVersion = '';
  private state: CacheHealth = 'starting';
  private brokenSince: number | undefined;
  private lastError: string | undefined;
  private watch?: WatchHandle;
  private running?: Promise<void>;
  private stopped = false;
  private wakeUp?: () => void;
  private synced!: Promise<void>;
  private markSynced!: () => void;
  private readonly opts: Required<ResourceCacheOptions>;
  readonly stats: CacheStats = { lists: 0, watches: 0, watchStartVersions: [], watchErrors: 0, gone: 0, events: 0 };

  constructor(
    private readonly kc: KubeConfig,
    readonly kind: KindDescriptor,
    opts: ResourceCacheOptions = {},
  ) {
    this.opts = {
      staleAfterMs: opts.staleAfterMs ?? 10_000,
      readyTimeoutMs: opts.readyTimeoutMs ?? 10_000,
      inactivityMs: opts.inactivityMs ?? 90_000,
      listPageSize: opts.listPageSize ?? 500,
      backoffMs: opts.backoffMs ?? { initial: 200, max: 5_000 },
    };
    this.synced = new Promise((resolve) => (this.markSynced = resolve));
  }

  /** Starts list+watch in the background (idempotent). Resolves after the first list. */
  start(): Promise<void> {
    this.running ??= this.run();
    return this.synced;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.state = 'stopped';
    this.watch?.abort();
    this.wakeUp?.();
    await this.running;
  }

  /** Resolves when the first list is in memory; UPSTREAM_UNAVAILABLE after `timeoutMs`. */
  async ready(timeoutMs = this.opts.readyTimeoutMs): Promise<void> {
    this.start();
    if (this.state !== 'starting') return;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(upstreamUnavailable('Kubernetes', new Error(`the ${this.kind.plural} cache has not synced${this.lastError ? ` (${this.lastError})` : ''}`))),
        timeoutMs,
      );
    });
    try {
      await Promise.race([this.synced, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  health(): { state: CacheHealth; resourceVersion: string; brokenForMs?: number; error?: string } {
    this.refreshState();
    return {
      state: this.state,
      resourceVersion: this.resourceVersion,
      brokenForMs: this.brokenSince ? Date.now() - this.brokenSince : undefined,
      error: this.lastError,
    };
  }

  get latestResourceVersion(): string {
    return this.resourceVersion;
  }

  /** Waits for the first sync, then throws UPSTREAM_UNAVAILABLE if the data is stale. */
  async readable(): Promise<this> {
    await this.ready();
    this.assertFresh();
    return this;
  }

  assertFresh(): void {
    this.refreshState();
    if (this.state === 'stale' || this.state === 'stopped' || this.state === 'starting') {
      throw upstreamUnavailable(
        'Kubernetes',
        new Error(`the ${this.kind.plural} watch has been disconnected for ${Math.round((Date.now() - (this.brokenSince ?? Date.now())) / 1000)} s${this.lastError ? ` (${this.lastError})` : ''}`),
      );
    }
  }

  get(namespace: string, name: string): T | undefined {
    return this.namespaces.get(this.kind.namespaced ? namespace : '')?.byName.get(name);
  }

  /** The sorted index of one namespace (empty if it has no objects); '' for cluster-scoped kinds. */
  inNamespace(namespace: string): NamespaceIndex<T> {
    return this.namespaces.get(this.kind.namespaced ? namespace : '') ?? (EMPTY as unknown as NamespaceIndex<T>);
  }

  /** Every cached object, lazily (no copy). */
  *all(): Generator<T> {
    for (const idx of this.namespaces.values()) yield* idx.byName.values();
  }

  get size(): number {
    let n = 0;
    for (const idx of this.namespaces.values()) n += idx.size;
    return n;
  }

  /** Calls `listener` for every change from now on; returns the unsubscribe function. */
  onChange(listener: CacheListener<T>): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * The change events of one namespace as an async iterator (for GraphQL subscriptions).
   * Buffers up to `maxQueue` events for a slow consumer, then drops the oldest.
   */
  events(namespace: string | undefined, maxQueue = 1000): AsyncIterableIterator<CacheEvent<T>> {
    const queue: CacheEvent<T>[] = [];
    let waiting: ((r: IteratorResult<CacheEvent<T>>) => void) | undefined;
    let done = false;
    const off = this.onChange((ev) => {
      if (namespace !== undefined && ev.object.metadata?.namespace !== namespace) return;
      if (waiting) {
        const w = waiting;
        waiting = undefined;
        w({ value: ev, done: false });
      } else {
        queue.push(ev);
        if (queue.length > maxQueue) queue.shift();
      }
    });
    const finish = (): Promise<IteratorResult<CacheEvent<T>>> => {
      done = true;
      off();
      queue.length = 0;
      waiting?.({ value: undefined, done: true });
      waiting = undefined;
      return Promise.resolve({ value: undefined, done: true });
    };
    return {
      next: () => {
        if (queue.length) return Promise.resolve({ value: queue.shift()!, done: false });
        if (done) return Promise.resolve({ value: undefined, done: true });
        return new Promise((resolve) => (waiting = resolve));
      },
      return: finish,
      throw: (err?: unknown) => {
        void finish();
        return Promise.reject(err);
      },
      [Symbol.asyncIterator]() {
        return this;
      },
    };
  }

  // --- list + watch -------------------------------------------------------------------------

  private refreshState(): void {
    if (this.state === 'reconnecting' && this.brokenSince && Date.now() - this.brokenSince > this.opts.staleAfterMs) {
      this.state = 'stale';
    }
  }

  private markBroken(err: unknown): void {
    this.lastError = err instanceof Error ? err.message : String(err);
    this.brokenSince ??= Date.now();
    if (this.state === 'synced') this.state = 'reconnecting';
    this.refreshState();
  }

  private markHealthy(): void {
    this.brokenSince = undefined;
    this.lastError = undefined;
    if (!this.stopped) this.state = 'synced';
  }

  private async run(): Promise<void> {
    let backoff = this.opts.backoffMs.initial;
    while (!this.stopped) {
      try {
        if (!this.resourceVersion) await this.relist();
        // Stopped while listing: open no watch (nothing would ever abort it).
        if (this.stopped) break;
        const began = Date.now();
        const outcome = await this.watchOnce();
        if (outcome === 'gone') continue; // re-list at once
        if (outcome === 'opened' || Date.now() - began > 1000) {
          // A clean end (the server's timeoutSeconds): watch again at once, from the same RV.
          backoff = this.opts.backoffMs.initial;
          continue;
        }
        // Closed right away without a word: do not spin, back off like after an error.
      } catch (err) {
        if (this.stopped) break;
        this.stats.watchErrors++;
        this.markBroken(err);
      }
      await this.pause(backoff);
      backoff = Math.min(backoff * 2, this.opts.backoffMs.max);
    }
  }

  private pause(ms: number): Promise<void> {
    return new Promise<void>((resolve) => {
      const t = setTimeout(resolve, ms);
      this.wakeUp = () => {
        clearTimeout(t);
        resolve();
      };
    });
  }

  private listAccept(): string | undefined {
    return this.kind.metadataOnly ? 'application/json;as=PartialObjectMetadataList;g=meta.k8s.io;v=v1' : undefined;
  }

  /** Lists everything (in pages) and replaces the cache, emitting the differences. */
  private async relist(): Promise<void> {
    const path = apiPath(this.kind);
    let items: T[] = [];
    let rv = '';
    let cont: string | undefined;
    do {
      let page: { metadata?: { resourceVersion?: string; continue?: string }; items?: T[] };
      try {
        page = await kubeRequest(this.kc, { path, query: { limit: this.opts.listPageSize, continue: cont }, accept: this.listAccept(), timeoutMs: 30_000 });
      } catch (err) {
        if (err instanceof KubeApiError && err.statusCode === 410 && cont) {
          // The continue token expired mid-list: start the list over.
          items = [];
          cont = undefined;
          continue;
        }
        throw err;
      }
      items = items.concat(page.items ?? []);
      rv = page.metadata?.resourceVersion ?? rv;
      cont = page.metadata?.continue || undefined;
    } while (cont);
    this.stats.lists++;
    this.replaceAll(items, rv);
    this.resourceVersion = rv;
    this.markHealthy();
    this.markSynced();
  }

  private replaceAll(items: T[], rv: string): void {
    const seen = new Set<string>();
    for (const obj of items) {
      const clean = this.prepare(obj);
      seen.add(`${clean.metadata?.namespace ?? ''}/${nameOf(clean)}`);
      this.apply('ADDED', clean, rv);
    }
    for (const [ns, idx] of this.namespaces) {
      for (const [name, obj] of idx.byName) {
        if (!seen.has(`${ns}/${name}`)) this.apply('DELETED', obj, rv);
      }
    }
  }

  /** One watch connection. Resolves 'opened' | 'gone' when it ends cleanly; rejects on failure. */
  private watchOnce(): Promise<'opened' | 'gone' | 'closed'> {
    const path = apiPath(this.kind);
    const from = this.resourceVersion;
    this.stats.watches++;
    this.stats.watchStartVersions.push(from);
    if (this.stats.watchStartVersions.length > 50) this.stats.watchStartVersions.shift();
    return new Promise((resolve, reject) => {
      let opened = false;
      let gone = false;
      this.watch = kubeWatch<T & { code?: number; reason?: string; message?: string }>(
        this.kc,
        path,
        {
          resourceVersion: from,
          allowWatchBookmarks: true,
          // Like client-go: a server-side timeout of 5-10 min spreads reconnects out.
          timeoutSeconds: 300 + Math.floor(Math.random() * 300),
        },
        (ev) => {
          if (ev.type === 'ERROR') {
            if (ev.object.code === 410) {
              gone = true;
              this.stats.gone++;
            }
            return;
          }
          const rv = ev.object.metadata?.resourceVersion;
          if (ev.type === 'BOOKMARK') {
            if (rv) this.resourceVersion = rv;
            return;
          }
          const obj = this.prepare(ev.object);
          if (rv) this.resourceVersion = rv;
          this.apply(ev.type, obj, this.resourceVersion);
        },
        (err) => {
          this.watch = undefined;
          if (gone || (err instanceof KubeApiError && err.statusCode === 410)) {
            if (!gone) this.stats.gone++;
            this.resourceVersion = ''; // too old: re-list, then watch again
            return resolve('gone');
          }
          if (err) return reject(err);
          resolve(opened ? 'opened' : 'closed');
        },
        {
          inactivityMs: this.opts.inactivityMs,
          accept: this.kind.metadataOnly ? 'application/json;as=PartialObjectMetadata;g=meta.k8s.io;v=v1' : undefined,
          onOpen: () => {
            opened = true;
            this.markHealthy();
          },
        },
      );
    });
  }

  /** Drops what the cache never needs (managedFields are often half of a small object). */
  private prepare(obj: T): T {
    if (obj.metadata?.managedFields) delete obj.metadata.managedFields;
    return obj;
  }

  private apply(type: CacheEventType, obj: T, rv: string): void {
    const ns = this.kind.namespaced ? (obj.metadata?.namespace ?? '') : '';
    const name = nameOf(obj);
    let idx = this.namespaces.get(ns);
    if (type === 'DELETED') {
      if (!idx?.delete(name)) return;
      if (idx.size === 0) this.namespaces.delete(ns);
    } else {
      if (!idx) this.namespaces.set(ns, (idx = new NamespaceIndex<T>(this.kind.status)));
      const old = idx.get(name);
      // A re-list re-delivers unchanged objects: only real changes become events.
      if (old && old.metadata?.resourceVersion === obj.metadata?.resourceVersion) return;
      idx.put(obj);
      type = old ? 'MODIFIED' : 'ADDED';
    }
    this.stats.events++;
    const ev: CacheEvent<T> = { type, object: obj, resourceVersion: rv };
    for (const l of this.listeners) {
      try {
        l(ev);
      } catch {
        /* a listener's failure must not break the cache */
      }
    }
  }
}
