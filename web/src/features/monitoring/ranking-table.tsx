'use client';

import { useCallback, useMemo, useState } from 'react';
import Link from 'next/link';
import { useQuery } from 'urql';
import type { SortingState } from '@tanstack/react-table';
import { useT } from '@/lib/i18n/index.tsx';
import type { MessageKey } from '@/lib/i18n/en.ts';
import type { RankLevel, RankMetric } from '@/gql/graphql.ts';
import { usePagedView, firstRowOf } from '@/lib/paging.ts';
import { DataTable, type ServerColumn } from '@/ui/data-table.tsx';
import { ErrorBanner } from '@/ui/error-banner.tsx';
import { Pager } from '@/ui/pager.tsx';
import { MetricRankingQuery } from '@/features/monitoring/operations.ts';
import { formatValue } from '@/features/monitoring/format.ts';
import { useLiveRefresh } from '@/features/monitoring/time-range.tsx';

const PAGE_SIZE = 10;
const METRICS: RankMetric[] = ['CPU', 'MEMORY', 'NET_RECEIVED', 'NET_TRANSMITTED'];
const HIGHEST_FIRST: SortingState = [{ id: 'value', desc: true }];
const KIND_SLUG = { DEPLOYMENT: 'deployments', STATEFULSET: 'statefulsets', DAEMONSET: 'daemonsets' } as const;

interface Ranked {
  name: string;
  namespace?: string | null;
  workloadKind?: keyof typeof KIND_SLUG | null;
  unit: string;
  value: number;
}

/** Where a ranked object's page is, when the console has one. */
function hrefOf(level: RankLevel, r: Ranked, workspace?: string): string | null {
  if (level === 'NODE') return `/cluster/nodes/${r.name}`;
  if (level === 'WORKSPACE') return `/workspaces/${r.name}/monitoring`;
  if (!workspace) return null;
  if (level === 'PROJECT') return `/workspaces/${workspace}/projects/${r.name}/monitoring`;
  if (level === 'POD' && r.namespace) return `/workspaces/${workspace}/projects/${r.namespace}/resources/pods/${r.name}`;
  if (level === 'WORKLOAD' && r.namespace && r.workloadKind) return `/workspaces/${workspace}/projects/${r.namespace}/resources/${KIND_SLUG[r.workloadKind]}/${r.name}`;
  return null;
}

/**
 * Top objects of a level by CPU, memory or network (the API's `metricRanking`): pick the
 * measure, click the value header to flip the order, page with the cursor pager.
 */
export function RankingTable({ level, title, workspace, project, live }: { level: RankLevel; title: MessageKey; workspace?: string; project?: string; live: boolean }) {
  const t = useT();
  const [metric, setMetric] = useState<RankMetric>('CPU');
  const paging = usePagedView<SortingState>(HIGHEST_FIRST);
  const order = paging.view.sort[0]?.desc === false ? 'ASC' : 'DESC';
  const [res, refetch] = useQuery({
    query: MetricRankingQuery,
    variables: { level, metric, order, workspace: level === 'PROJECT' ? (workspace ?? null) : null, project: project ?? null, first: PAGE_SIZE, after: paging.after },
  });
  useLiveRefresh(live, useCallback(() => refetch({ requestPolicy: 'network-only' }), [refetch]));
  const ranking = res.data?.metricRanking;
  const rows = useMemo(() => (ranking?.nodes ?? []) as Ranked[], [ranking]);
  const max = Math.max(0, ...rows.map((r) => r.value));
  const first = firstRowOf(paging.view, PAGE_SIZE);
  const columns = useMemo<ServerColumn<Ranked>[]>(
    () => [
      { id: 'rank', enableSorting: false, header: () => '#', cell: ({ row }) => first + row.index },
      {
        id: 'name',
        enableSorting: false,
        meta: { className: 'mono' },
        header: () => t('monitoring.col.name'),
        cell: ({ row }) => {
          const href = hrefOf(level, row.original, workspace);
          return href ? <Link href={href}>{row.original.name}</Link> : row.original.name;
        },
      },
      ...(level === 'POD' || level === 'WORKLOAD'
        ? [{ id: 'namespace', enableSorting: false, header: () => t('monitoring.col.project'), cell: ({ row }) => row.original.namespace } as ServerColumn<Ranked>]
        : []),
      ...(level === 'WORKLOAD' ? [{ id: 'kind', enableSorting: false, header: () => t('monitoring.col.kind'), cell: ({ row }) => row.original.workloadKind } as ServerColumn<Ranked>] : []),
      { id: 'value', accessorFn: (r) => r.value, meta: { className: 'num' }, header: () => t(`monitoring.rank.${metric}` as MessageKey), cell: ({ row }) => formatValue(row.original.value, row.original.unit) },
      { id: 'bar', enableSorting: false, header: () => '', cell: ({ row }) => <div className="bar" style={{ width: `${max ? (row.original.value / max) * 100 : 0}%` }} /> },
    ],
    [t, level, workspace, metric, max, first],
  );
  return (
    <section className="ranking" data-testid={`ranking-${level}`}>
      <h2>{t(title)}</h2>
      <div className="ranking-controls">
        <label>
          {t('monitoring.rankBy')}{' '}
          <select value={metric} onChange={(e) => { setMetric(e.target.value as RankMetric); paging.setSort(paging.view.sort); }} data-testid={`ranking-metric-${level}`}>
            {METRICS.map((m) => (
              <option key={m} value={m}>
                {t(`monitoring.rank.${m}` as MessageKey)}
              </option>
            ))}
          </select>
        </label>
        <span className="muted small">{t('monitoring.rankCount', { n: ranking?.totalCount ?? 0 })}</span>
      </div>
      <ErrorBanner errors={[res.error]} />
      <DataTable columns={columns} rows={rows} rowId={(r) => `${r.namespace ?? ''}/${r.workloadKind ?? ''}/${r.name}`} sorting={paging.view.sort} onSortingChange={paging.setSort} rowProps={(r) => ({ 'data-testid': 'ranking-row', 'data-name': r.name })} testId={`ranking-table-${level}`} />
      {ranking && rows.length === 0 && <p className="empty">{t('monitoring.noData')}</p>}
      <Pager firstRow={first} rows={rows.length} total={ranking?.totalCount ?? 0} pageInfo={ranking?.pageInfo} busy={res.fetching} onPrevious={paging.previous} onNext={paging.next} />
    </section>
  );
}
