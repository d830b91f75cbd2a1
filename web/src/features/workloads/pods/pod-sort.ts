import type { PodRow } from '../operations/workloads.ts';

export type PodSortKey = 'name' | 'phase' | 'restarts' | 'age';
export interface PodSort {
  key: PodSortKey;
  dir: 'asc' | 'desc';
}

const restarts = (p: PodRow) => p.containers.reduce((n, c) => n + c.restartCount, 0);

/** Ties fall back to the name, so rows never jump around when a live update changes nothing visible. */
export function sortPods(pods: PodRow[], { key, dir }: PodSort): PodRow[] {
  const sign = dir === 'asc' ? 1 : -1;
  const byName = (a: PodRow, b: PodRow) => a.name.localeCompare(b.name);
  const primary: Record<PodSortKey, (a: PodRow, b: PodRow) => number> = {
    name: byName,
    phase: (a, b) => a.phase.localeCompare(b.phase),
    restarts: (a, b) => restarts(a) - restarts(b),
    // "age" ascending = youngest first, as people read an age column.
    age: (a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt),
  };
  return [...pods].sort((a, b) => sign * primary[key](a, b) || byName(a, b));
}
