import type { PodEventType, PodRow } from '../operations/workloads.ts';

/** Per pod name, the latest streamed state, or null once the pod was deleted. */
export type PodOverlay = Map<string, PodRow | null>;

export function applyPodEvent(overlay: PodOverlay, event: { type: PodEventType; pod: PodRow }): PodOverlay {
  const next = new Map(overlay);
  if (event.type === 'DELETED') next.set(event.pod.name, null);
  else next.set(event.pod.name, event.pod);
  return next;
}

/**
 * The snapshot with streamed changes applied. A streamed pod keeps the snapshot's metrics (the
 * subscription carries status, not usage) so a row does not blank out its CPU column on update.
 */
export function mergePods(snapshot: PodRow[], overlay: PodOverlay): PodRow[] {
  const byName = new Map<string, PodRow>();
  for (const pod of snapshot) byName.set(pod.name, pod);
  for (const [name, pod] of overlay) {
    if (pod === null) byName.delete(name);
    else byName.set(name, { ...pod, metrics: pod.metrics ?? byName.get(name)?.metrics ?? null });
  }
  return [...byName.values()].sort((a, b) => a.name.localeCompare(b.name));
}
