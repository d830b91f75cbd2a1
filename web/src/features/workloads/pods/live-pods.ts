import type { WorkloadSort } from '@/gql/graphql.ts';
import type { PodRow, PodStatus, PodUsage } from '@/features/workloads/pods/pod-row.tsx';
import { podComparator } from '@/features/workloads/pods/pod-sort.ts';

export type PodEventType = 'ADDED' | 'MODIFIED' | 'DELETED';
export interface PodEvent {
  type: PodEventType;
  pod: PodStatus;
}

/** Per pod name, the latest streamed state, or null once the pod was deleted. */
export type PodOverlay = Map<string, PodStatus | null>;

export function applyPodEvent(overlay: PodOverlay, event: PodEvent): PodOverlay {
  const next = new Map(overlay);
  next.set(event.pod.name, event.type === 'DELETED' ? null : event.pod);
  return next;
}

/** A page as the API sent it, and what was asked for (the API's own sort and name filter). */
export interface PodPage {
  rows: PodStatus[];
  hasPrevious: boolean;
  hasNext: boolean;
  sort: WorkloadSort;
  /** The name filter sent to the API (case-insensitive substring), '' for none. */
  nameFilter: string;
}

const matches = (nameFilter: string, name: string) => !nameFilter || name.toLowerCase().includes(nameFilter.toLowerCase());

/**
 * The page with streamed changes applied, usage joined in by pod name (the subscription carries
 * status, not usage, so an update never blanks a row's CPU column). A pod on the page is replaced
 * or removed; a pod new to the page is inserted, in the API's order, only where the API would put
 * it on this page: between the page's first and last rows (before the first one only on the first
 * page, after the last only on the last page) and passing the name filter. Events are newer than
 * any snapshot, so they win over it.
 */
export function mergePage(page: PodPage, overlay: PodOverlay, usage: Map<string, PodUsage> = new Map()): PodRow[] {
  const compare = podComparator(page.sort);
  const first = page.rows[0];
  const last = page.rows.at(-1);
  const withinPage = (pod: PodStatus) =>
    matches(page.nameFilter, pod.name) &&
    (!page.hasPrevious || (!!first && compare(pod, first) >= 0)) &&
    (!page.hasNext || (!!last && compare(pod, last) <= 0));

  const byName = new Map(page.rows.map((p) => [p.name, p]));
  for (const [name, pod] of overlay) {
    if (pod === null) byName.delete(name);
    else if (byName.has(name) || withinPage(pod)) byName.set(name, pod);
  }
  return [...byName.values()].sort(compare).map((pod) => ({ ...pod, metrics: usage.get(pod.name) ?? null }));
}

/**
 * Whether an event changes which pods the page holds or how many match (a pod added or deleted
 * that passes the filter): then the page is asked for again, so its bounds, its size and the
 * total stay the API's. A status change only replaces a row.
 */
export function changesMembership(event: PodEvent, nameFilter: string): boolean {
  return event.type !== 'MODIFIED' && matches(nameFilter, event.pod.name);
}
