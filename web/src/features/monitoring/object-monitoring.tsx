'use client';

import { useCallback } from 'react';
import { useQuery } from 'urql';
import { getFragmentData } from '@/gql/index.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { ErrorBanner } from '@/ui/error-banner.tsx';
import { MetricSeriesFieldsFragment, ObjectMetricsQuery } from '@/features/monitoring/operations.ts';
import { CONTAINER_CHARTS, OBJECT_CHARTS } from '@/features/monitoring/dashboards.ts';
import { MetricsGrid, metricTitle } from '@/features/monitoring/metrics-grid.tsx';
import { MetricChart } from '@/features/monitoring/metric-chart.tsx';
import { TimeRangePicker, useLiveRefresh, useTimeRange } from '@/features/monitoring/time-range.tsx';

/**
 * The Monitoring tab of a node, workload or pod page: its charts over the chosen window, and for
 * a pod one chart per container metric with a line per container.
 */
export function ObjectMonitoring({ kind, project, name }: { kind: string; project: string | null; name: string }) {
  const t = useT();
  const state = useTimeRange();
  const names = OBJECT_CHARTS[kind] ?? [];
  const [res, refetch] = useQuery({
    query: ObjectMetricsQuery,
    variables: { kind, project, name, names: [...names], containerNames: kind === 'Pod' ? [...CONTAINER_CHARTS] : [], range: state.range },
  });
  useLiveRefresh(state.live, useCallback(() => refetch({ requestPolicy: 'network-only' }), [refetch]));
  const object = res.data?.kubeObject;
  const metrics = object && 'metrics' in object ? object.metrics : null;
  const containers = metrics && 'containers' in metrics ? (metrics.containers ?? []) : [];
  return (
    <div data-testid="object-monitoring">
      <TimeRangePicker state={state} />
      <ErrorBanner errors={[res.error]} />
      <MetricsGrid series={metrics?.series} fetching={res.fetching} />
      {containers.length > 0 && (
        <>
          <h2>{t('monitoring.containers')}</h2>
          <div className="metrics-grid">
            {CONTAINER_CHARTS.map((metric, i) => {
              const lines = containers.map((c) => ({ name: c.container, series: getFragmentData(MetricSeriesFieldsFragment, c.series[i]) }));
              return (
                <MetricChart
                  key={metric}
                  testId={`chart-${metric}`}
                  title={t(metricTitle(metric))}
                  unit={lines[0]?.series.unit ?? ''}
                  value={lines.reduce((sum, l) => sum + (l.series.value ?? 0), 0)}
                  lines={lines.map((l) => ({ name: l.name, points: l.series.points ?? [] }))}
                />
              );
            })}
          </div>
        </>
      )}
    </div>
  );
}
