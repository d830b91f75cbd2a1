import { badInput, fromUpstream } from '@meridian/core';
import type { MetricRange } from '../generated/resolvers.ts';
import type { MonitoringContext } from '../context.ts';
import { metricAt, type MetricDefinition } from '../metrics/catalog.ts';
import type { MetricLevel, ObjectKey } from '../metrics/levels.ts';
import { parseWindow, type Window } from '../metrics/window.ts';
import type { ObjectSeries } from '../sources/series.ts';

/** Names asked at once; a dashboard asks eight or so. */
const MAX_NAMES = 50;

export interface SeriesArgs {
  names: readonly string[];
  range?: MetricRange | null;
}

/**
 * The catalog entries of `names` at `level`, in the order asked: BAD_USER_INPUT for a name the
 * level does not have (so nothing but the catalog's own PromQL ever runs), for a workload
 * metric of another kind, and for too many names.
 */
export function definitionsOf(level: MetricLevel, names: readonly string[], workloadType?: string): MetricDefinition[] {
  if (names.length > MAX_NAMES) throw badInput(`Ask at most ${MAX_NAMES} metrics at once.`, 'names');
  return [...new Set(names)].map((name) => {
    const def = metricAt(level, name);
    if (!def) throw badInput(`"${String(name).slice(0, 80)}" is not a ${level} metric; see metricCatalog(level).`, 'names');
    if (def.workloadType && workloadType && def.workloadType !== workloadType) throw badInput(`"${name}" is a ${def.workloadType} metric.`, 'names');
    return def;
  });
}

const toPoints = (s: ObjectSeries) => s.points?.map((p) => ({ timestamp: new Date(p.time * 1000).toISOString(), value: p.value })) ?? null;

async function load(ctx: MonitoringContext, level: MetricLevel, object: ObjectKey, args: SeriesArgs, workloadType?: string) {
  const defs = definitionsOf(level, args.names, workloadType);
  const window: Window | null = args.range ? parseWindow(args.range, ctx.loaders.now) : null;
  const answers = await fromUpstream('Prometheus', () => Promise.all(defs.map((d) => ctx.loaders.series.load({ level, metric: d.name, object, window }))));
  return defs.map((def, i) => ({ def, answers: answers[i] }));
}

/** Named series of one object (callers authorize first). An object without data gets nulls. */
export async function seriesOf(ctx: MonitoringContext, level: MetricLevel, object: ObjectKey, args: SeriesArgs, workloadType?: string) {
  return (await load(ctx, level, object, args, workloadType)).map(({ def, answers }) => ({
    name: def.name,
    unit: def.unit,
    value: answers[0]?.value ?? null,
    points: answers[0] ? toPoints(answers[0]) : args.range ? [] : null,
  }));
}

/** Per container of one pod: each container with data, its series in the order asked. */
export async function containerSeriesOf(ctx: MonitoringContext, pod: ObjectKey, args: SeriesArgs) {
  const loaded = await load(ctx, 'container', pod, args);
  const containers = [...new Set(loaded.flatMap(({ answers }) => answers.map((a) => a.labels.container ?? '')))].filter(Boolean).sort();
  return containers.map((container) => ({
    container,
    series: loaded.map(({ def, answers }) => {
      const a = answers.find((s) => s.labels.container === container);
      return { name: def.name, unit: def.unit, value: a?.value ?? null, points: a ? toPoints(a) : args.range ? [] : null };
    }),
  }));
}
