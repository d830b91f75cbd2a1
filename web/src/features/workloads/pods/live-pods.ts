import type { PodEventType, PodRow } from '../operations/workloads.ts';

/** Per pod name, the latest streamed state, or null once the pod was deleted. */
export type PodOverlay = Map<string, PodRow | null>;

export function applyPodEvent(overlay: PodOverlay, event: { type: PodEventType; pod: PodRow }): PodOverlay {
  const next = new Map(overlay);
  if (event.type === 'DELETED') next.set(event.pod.name, null);
  else next.set(event.pod.name, event.pod);
  return next;
}

export type MetricsByPod = Map<string, PodRow['metrics']>;

/**
 * The snapshot with streamed changes applied, and usage joined in by pod name (the subscription
 * carries status, not usage, so a streamed update never blanks a row's CPU column).
 */
export function mergePods(snapshot: PodRow[], overlay: PodOverlay, metrics: MetricsByPod = new Map()): PodRow[] {
  const byName = new Map<string, PodRow>();
  for (const pod of snapshot) byName.set(pod.name, pod);
  for (const [name, pod] of overlay) {
    if (pod === null) byName.delete(name);
    else byName.set(name, pod);
  }
  return [...byName.values()]
    .map((pod) => ({ ...pod, metrics: metrics.get(pod.name) ?? pod.metrics ?? null }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
