'use client';

import { useEffect, useMemo, useState } from 'react';
import { useT } from '@/lib/i18n/index.tsx';
import type { MetricRange } from '@/gql/graphql.ts';

/** About 120 points per chart whatever the window, never below the lab's 5 s scrape interval. */
const POINTS = 120;
const PRESETS = { '10m': 600, '1h': 3600, '6h': 21_600, '24h': 86_400 } as const;
export type Preset = keyof typeof PRESETS | 'custom';
/** Live refresh period. */
export const REFRESH_MS = 15_000;

const stepFor = (seconds: number) => Math.max(5, Math.ceil(seconds / POINTS / 5) * 5);
const localInput = (d: Date) => new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);

export interface TimeRangeState {
  preset: Preset;
  setPreset(p: Preset): void;
  custom: { start: string; end: string };
  setCustom(c: { start: string; end: string }): void;
  live: boolean;
  setLive(v: boolean): void;
  /** The `range` argument of every series field on the page. */
  range: MetricRange;
}

export function useTimeRange(initial: Preset = '1h'): TimeRangeState {
  const [preset, setPreset] = useState<Preset>(initial);
  const [custom, setCustom] = useState(() => ({ start: localInput(new Date(Date.now() - 3_600_000)), end: localInput(new Date()) }));
  const [live, setLive] = useState(true);
  const range = useMemo<MetricRange>(() => {
    if (preset !== 'custom') return { lastSeconds: PRESETS[preset], step: stepFor(PRESETS[preset]) };
    const start = new Date(custom.start);
    const end = new Date(custom.end);
    const seconds = Math.max(60, (end.getTime() - start.getTime()) / 1000);
    return { start: start.toISOString(), end: end.toISOString(), step: stepFor(seconds) };
  }, [preset, custom]);
  return { preset, setPreset, custom, setCustom, live: live && preset !== 'custom', setLive, range };
}

/** Calls `refresh` every REFRESH_MS while live. */
export function useLiveRefresh(live: boolean, refresh: () => void): void {
  useEffect(() => {
    if (!live) return;
    const id = setInterval(refresh, REFRESH_MS);
    return () => clearInterval(id);
  }, [live, refresh]);
}

/** Last 10m / 1h / 6h / 24h / custom, and the live switch. */
export function TimeRangePicker({ state }: { state: TimeRangeState }) {
  const t = useT();
  return (
    <div className="monitoring-toolbar" data-testid="time-range">
      <div className="segmented" role="group" aria-label={t('monitoring.range')}>
        {(Object.keys(PRESETS) as Preset[]).concat('custom').map((p) => (
          <button key={p} type="button" className={state.preset === p ? 'active' : ''} aria-pressed={state.preset === p} onClick={() => state.setPreset(p)} data-testid={`range-${p}`}>
            {t(`monitoring.range.${p}` as 'monitoring.range.1h')}
          </button>
        ))}
      </div>
      {state.preset === 'custom' && (
        <span className="custom-range">
          <input type="datetime-local" aria-label={t('monitoring.range.start')} value={state.custom.start} onChange={(e) => state.setCustom({ ...state.custom, start: e.target.value })} />
          <span>–</span>
          <input type="datetime-local" aria-label={t('monitoring.range.end')} value={state.custom.end} onChange={(e) => state.setCustom({ ...state.custom, end: e.target.value })} />
        </span>
      )}
      <label className="live-switch">
        <input type="checkbox" checked={state.live} disabled={state.preset === 'custom'} onChange={(e) => state.setLive(e.target.checked)} data-testid="live-refresh" /> {t('monitoring.live')}
      </label>
    </div>
  );
}
