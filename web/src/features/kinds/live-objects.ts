import type { KubeObjectRow } from '@/features/kinds/object-row.ts';

/** What a `resourceChanged` event says about an object: enough to show its new status at once. */
export interface ObjectChange {
  name: string;
  metadata: { resourceVersion: string };
  status: { status: string; message?: string | null };
}

/**
 * Events layered over a page of objects, by name: the newest change the subscription reported
 * (`deleted` once DELETED). The page itself is read again after each burst of events; until then a
 * row shows the streamed status when the event is newer than the row (by resourceVersion).
 */
export type ObjectOverlay = Map<string, ObjectChange & { deleted: boolean }>;

export interface ObjectEvent {
  type: 'ADDED' | 'MODIFIED' | 'DELETED';
  object: ObjectChange;
}

export function applyObjectEvent(overlay: ObjectOverlay, event: ObjectEvent): ObjectOverlay {
  const next = new Map(overlay);
  next.set(event.object.name, { ...event.object, deleted: event.type === 'DELETED' });
  return next;
}

/** resourceVersions are etcd revisions: numbers in practice, compared as such (text otherwise). */
export function newer(a: string, b: string): boolean {
  const x = Number(a);
  const y = Number(b);
  return Number.isFinite(x) && Number.isFinite(y) ? x > y : a > b;
}

/**
 * The page as shown: a row older than its object's deletion is dropped, one older than a change
 * shows the change's status; a row read after the event (a higher resourceVersion: an object
 * made again under the same name, say) stays as it is. New objects appear
 * with the page read again (the server knows where they sort).
 */
export function mergeObjects(rows: KubeObjectRow[], overlay: ObjectOverlay): KubeObjectRow[] {
  const out: KubeObjectRow[] = [];
  for (const row of rows) {
    if (!overlay.has(row.name)) {
      out.push(row);
      continue;
    }
    const change = overlay.get(row.name)!;
    const stale = !newer(row.metadata.resourceVersion, change.metadata.resourceVersion);
    if (stale && change.deleted) continue;
    out.push(stale && change.metadata.resourceVersion !== row.metadata.resourceVersion ? { ...row, status: { ...row.status, status: change.status.status, message: change.status.message ?? null } } : row);
  }
  return out;
}
