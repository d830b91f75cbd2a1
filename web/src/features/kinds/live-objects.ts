import type { KubeObjectRow } from '@/features/kinds/object-row.ts';

/**
 * Events layered over a page of objects, by name: the newest state of each object the
 * `resourceChanged` subscription reported (null once DELETED). A page taken later is newer than
 * an event only when its resourceVersion is higher.
 */
export type ObjectOverlay = Map<string, KubeObjectRow | null>;

export interface ObjectEvent {
  type: 'ADDED' | 'MODIFIED' | 'DELETED';
  object: KubeObjectRow;
}

export function applyObjectEvent(overlay: ObjectOverlay, event: ObjectEvent): ObjectOverlay {
  const next = new Map(overlay);
  next.set(event.object.name, event.type === 'DELETED' ? null : event.object);
  return next;
}

/** resourceVersions are etcd revisions: numbers in practice, compared as such (text otherwise). */
export function newer(a: string, b: string): boolean {
  const x = Number(a);
  const y = Number(b);
  return Number.isFinite(x) && Number.isFinite(y) ? x > y : a > b;
}

/**
 * The page as shown: each row replaced by a newer streamed state, or dropped once deleted (unless
 * the page is newer than the deletion, i.e. it came back). New objects are not inserted here: the
 * page is asked for again (the server knows where they sort), see useLiveObjects.
 */
export function mergeObjects(rows: KubeObjectRow[], overlay: ObjectOverlay): KubeObjectRow[] {
  const out: KubeObjectRow[] = [];
  for (const row of rows) {
    if (!overlay.has(row.name)) {
      out.push(row);
      continue;
    }
    const live = overlay.get(row.name);
    if (live === null) continue;
    out.push(live && newer(live.metadata.resourceVersion, row.metadata.resourceVersion) ? live : row);
  }
  return out;
}
