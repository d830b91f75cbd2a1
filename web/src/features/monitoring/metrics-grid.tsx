'use client';

import { getFragmentData, type FragmentType } from '@/gql/index.ts';
import { useT } from '@/lib/i18n/index.tsx';
import type { MessageKey } from '@/lib/i18n/en.ts';
import { MetricSeriesFieldsFragment } from '@/features/monitoring/operations.ts';
import { MetricChart } from '@/features/monitoring/metric-chart.tsx';
import '@/features/monitoring/monitoring.css';

export const metricTitle = (name: string) => `monitoring.metric.${name}` as MessageKey;

/** One chart per series, in the order asked; a series with no data shows an empty chart and "–". */
export function MetricsGrid({ series, fetching }: { series: readonly FragmentType<typeof MetricSeriesFieldsFragment>[] | null | undefined; fetching: boolean }) {
  const t = useT();
  const list = (series ?? []).map((s) => getFragmentData(MetricSeriesFieldsFragment, s));
  if (!list.length) return <p className="muted pad">{fetching ? t('common.loading') : t('monitoring.noData')}</p>;
  return (
    <div className="metrics-grid" data-testid="metrics-grid">
      {list.map((s) => (
        <MetricChart key={s.name} testId={`chart-${s.name}`} title={t(metricTitle(s.name))} unit={s.unit} value={s.value ?? null} lines={[{ name: t(metricTitle(s.name)), points: s.points ?? [] }]} />
      ))}
    </div>
  );
}
