import { metricAt } from '../metrics/catalog.ts';
import { objectId, selectorOf, type MetricLevel, type ObjectKey } from '../metrics/levels.ts';
import type { Window } from '../metrics/window.ts';
import type { PrometheusClient } from './prometheus.ts';

/**
 * Named series for many objects at once: the keys of one request are grouped by (level, metric,
 * window) and each group is ONE Prometheus query (`/api/v1/query`, or `/query_range` with a
 * window) whose selector matches every object of the group; the answer is split by the level's
 * key labels. Called by the per-request `series` loader (loaders.ts).
 */

export interface SeriesKey {
  level: MetricLevel;
  /** A name known to the catalog at `level` (resolvers check before loading). */
  metric: string;
  object: ObjectKey;
  window: Window | null;
}

export interface Point {
  time: number;
  value: number;
}

/** One answer series for an object: its labels (a container's name, …), newest value, points. */
export interface ObjectSeries {
  labels: Record<string, string>;
  value: number | null;
  points: Point[] | null;
}

export const seriesCacheKey = (k: SeriesKey) => `${k.level}|${k.metric}|${k.window?.key ?? 'now'}|${objectId(k.level, k.object)}`;

async function queryGroup(prom: PrometheusClient, keys: SeriesKey[]): Promise<Map<string, ObjectSeries[]>> {
  const { level, metric, window } = keys[0];
  const def = metricAt(level, metric);
  if (!def) throw new Error(`unknown metric ${level}/${metric}`);
  const promql = def.promql(selectorOf(level, keys.map((k) => k.object)));
  const answers: ObjectSeries[] = window
    ? (await prom.queryRange(promql, new Date(window.start * 1000), new Date(window.end * 1000), window.step)).map((r) => {
        const points = r.samples.filter((p) => Number.isFinite(p.value));
        return { labels: r.labels, value: points.at(-1)?.value ?? null, points };
      })
    : (await prom.query(promql)).map((s) => ({ labels: s.labels, value: Number.isFinite(s.value) ? s.value : null, points: null }));
  const byObject = new Map<string, ObjectSeries[]>();
  for (const a of answers) {
    const id = objectId(level, a.labels);
    byObject.set(id, [...(byObject.get(id) ?? []), a]);
  }
  return byObject;
}

export async function loadSeries(prom: PrometheusClient, keys: readonly SeriesKey[]): Promise<(ObjectSeries[] | Error)[]> {
  const groups = new Map<string, SeriesKey[]>();
  for (const k of keys) {
    const g = `${k.level}|${k.metric}|${k.window?.key ?? 'now'}`;
    groups.set(g, [...(groups.get(g) ?? []), k]);
  }
  const answers = new Map<string, Map<string, ObjectSeries[]> | Error>();
  await Promise.all(
    [...groups].map(async ([g, group]) => {
      answers.set(g, await queryGroup(prom, group).catch((err: Error) => err));
    }),
  );
  return keys.map((k) => {
    const a = answers.get(`${k.level}|${k.metric}|${k.window?.key ?? 'now'}`)!;
    if (a instanceof Error) return a;
    // Answers for the key labels' other combinations (a pod of the same name in another listed
    // namespace) are not this object's.
    return a.get(objectId(k.level, k.object)) ?? [];
  });
}

