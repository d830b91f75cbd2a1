'use client';

import { useCallback, useMemo, useState } from 'react';
import { useQuery, useSubscription } from 'urql';
import type { LogFilter, LogLevel, LogTailSubscription as LogTailData, WorkloadKind, WorkloadRef } from '@/gql/graphql.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { ErrorBanner } from '@/ui/error-banner.tsx';
import { MetricChart } from '@/features/monitoring/metric-chart.tsx';
import { LogTailSubscription, SearchLogsQuery } from '@/features/logs/operations.ts';
import { LiveRow, LogRow } from '@/features/logs/log-row.tsx';
import { exportLogs } from '@/features/logs/export.ts';
// The chart's size comes with monitoring's stylesheet (imported where its grid is used).
import '@/features/monitoring/monitoring.css';

const RANGES = { '15m': [15 * 60_000, '30s'], '1h': [3_600_000, '1m'], '24h': [86_400_000, '30m'], '7d': [7 * 86_400_000, '6h'] } as const;
type Range = keyof typeof RANGES;
const LEVELS: LogLevel[] = ['ERROR', 'WARN', 'INFO', 'DEBUG'];
const WORKLOAD_KINDS: WorkloadKind[] = ['DEPLOYMENT', 'STATEFULSET', 'DAEMONSET'];
const PAGE = 50;
const LIVE_KEEP = 500;

interface Form {
  /** On the workspace page: one of its projects (empty: all of them). */
  project: string;
  workloadKind: WorkloadKind;
  workload: string;
  keyword: string;
  level: LogLevel | '';
  pod: string;
  container: string;
  range: Range;
}
const EMPTY: Form = { project: '', workloadKind: 'DEPLOYMENT', workload: '', keyword: '', level: '', pod: '', container: '', range: '1h' };

const workloadOf = (form: Form): WorkloadRef | null => (form.workload.trim() ? { kind: form.workloadKind, name: form.workload.trim() } : null);

function filterOf(form: Form, scope: { workspace: string; project?: string }, now: number): LogFilter {
  const project = scope.project ?? form.project.trim();
  const f: LogFilter = project ? { namespaces: [project], workspace: scope.workspace } : { workspace: scope.workspace };
  const workload = workloadOf(form);
  if (workload && project) f.workload = workload;
  if (form.keyword.trim()) f.keywords = [form.keyword.trim()];
  if (form.level) f.levels = [form.level];
  if (form.pod.trim()) f.pods = [form.pod.trim()];
  if (form.container.trim()) f.containers = [form.container.trim()];
  f.start = new Date(now - RANGES[form.range][0]).toISOString();
  return f;
}

/**
 * Collected logs of a project (or of a workspace's projects): keyword (marked in the hits),
 * level, pod, container and time range; a histogram over the range; each hit opens the lines
 * around it; live mode follows new lines through the pipeline (projects only); export as NDJSON
 * or CSV.
 */
export function LogSearchView({ workspace, project }: { workspace: string; project?: string }) {
  const t = useT();
  const [form, setForm] = useState<Form>(EMPTY);
  const [applied, setApplied] = useState<{ form: Form; now: number }>(() => ({ form: EMPTY, now: Date.now() }));
  const [first, setFirst] = useState(PAGE);
  const [live, setLive] = useState(false);
  const [exportError, setExportError] = useState<string | null>(null);
  const filter = useMemo(() => filterOf(applied.form, { workspace, project }, applied.now), [applied, workspace, project]);
  const [res] = useQuery({ query: SearchLogsQuery, variables: { filter, first, interval: RANGES[applied.form.range][1] }, pause: live });
  const result = res.data?.searchLogs;

  const [liveLines, setLiveLines] = useState<LogTailData['logTail'][]>([]);
  const onLine = useCallback((_prev: unknown, data: LogTailData) => {
    setLiveLines((lines) => [data.logTail, ...lines].slice(0, LIVE_KEEP));
    return data;
  }, []);
  const [tail] = useSubscription(
    {
      query: LogTailSubscription,
      variables: { project: project ?? '', workload: workloadOf(applied.form), pod: applied.form.pod.trim() || null, container: applied.form.container.trim() || null, keyword: applied.form.keyword.trim() || null },
      pause: !live || !project,
    },
    onLine,
  );

  const search = () => {
    setApplied({ form, now: Date.now() });
    setFirst(PAGE);
    setLiveLines([]);
  };
  const field = (key: 'keyword' | 'pod' | 'container' | 'project' | 'workload') => (
    <label className="filter-field">
      <span className="small muted">{t(`logs.filter.${key}`)}</span>
      <input className="filter" data-testid={`logs-filter-${key}`} value={form[key]} onChange={(e) => setForm((f) => ({ ...f, [key]: e.target.value }))} onKeyDown={(e) => e.key === 'Enter' && search()} />
    </label>
  );
  const download = (format: 'ndjson' | 'csv') => {
    setExportError(null);
    exportLogs(filter, format).catch((e: Error) => setExportError(e.message));
  };
  const histogram = useMemo(() => [{ name: t('logs.histogram.lines'), points: (result?.histogram ?? []).map((b) => ({ timestamp: b.time, value: b.count })) }], [result?.histogram, t]);

  return (
    <section className="page" data-testid="log-search">
      <h2>{project ? t('logs.title.project', { project }) : t('logs.title.workspace', { workspace })}</h2>
      <div className="toolbar" style={{ display: 'flex', gap: 8, flexWrap: 'wrap', alignItems: 'flex-end' }}>
        {field('keyword')}
        <label className="filter-field">
          <span className="small muted">{t('logs.filter.level')}</span>
          <select data-testid="logs-filter-level" value={form.level} onChange={(e) => setForm((f) => ({ ...f, level: e.target.value as LogLevel | '' }))}>
            <option value="">{t('logs.filter.anyLevel')}</option>
            {LEVELS.map((l) => (
              <option key={l} value={l}>
                {l}
              </option>
            ))}
          </select>
        </label>
        {!project && field('project')}
        {(project || form.project.trim()) && (
          <label className="filter-field">
            <span className="small muted">{t('logs.filter.workloadKind')}</span>
            <select data-testid="logs-filter-workload-kind" value={form.workloadKind} onChange={(e) => setForm((f) => ({ ...f, workloadKind: e.target.value as WorkloadKind }))}>
              {WORKLOAD_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`logs.workloadKind.${k}`)}
                </option>
              ))}
            </select>
          </label>
        )}
        {(project || form.project.trim()) && field('workload')}
        {field('pod')}
        {field('container')}
        <label className="filter-field">
          <span className="small muted">{t('logs.filter.range')}</span>
          <select data-testid="logs-filter-range" value={form.range} onChange={(e) => setForm((f) => ({ ...f, range: e.target.value as Range }))}>
            {(Object.keys(RANGES) as Range[]).map((r) => (
              <option key={r} value={r}>
                {t(`logs.range.${r}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={search} data-testid="logs-search">
          {t('logs.search')}
        </button>
        {project && (
          <label className="small">
            <input type="checkbox" checked={live} onChange={(e) => setLive(e.target.checked)} data-testid="logs-live" /> {t('logs.live')}
          </label>
        )}
        <button type="button" className="small-button" onClick={() => download('ndjson')} data-testid="logs-export-ndjson">
          {t('logs.export.ndjson')}
        </button>
        <button type="button" className="small-button" onClick={() => download('csv')} data-testid="logs-export-csv">
          {t('logs.export.csv')}
        </button>
      </div>
      <ErrorBanner errors={[live ? tail.error : res.error]} />
      {exportError && (
        <p className="error" role="alert">
          {exportError}
        </p>
      )}
      {live ? (
        <>
          <p className="muted small" data-testid="logs-live-status">
            {t('logs.liveStatus', { count: liveLines.length })}
          </p>
          <ul className="log-list" data-testid="log-live-list">
            {liveLines.map((l, i) => (
              <LiveRow key={`${i}-${liveLines.length}`} record={l} />
            ))}
          </ul>
        </>
      ) : (
        <>
          <MetricChart title={t('logs.histogram.title')} unit="count" value={result?.totalCount ?? null} lines={histogram} testId="logs-histogram" />
          <p className="muted small" data-testid="logs-total">
            {t('logs.total', { count: result?.totalCount ?? 0 })}
          </p>
          <ul className="log-list" data-testid="log-list">
            {result?.edges.map((e) => <LogRow key={e.cursor} record={e.node} />)}
          </ul>
          {result?.pageInfo.hasNextPage && first < 500 && (
            <button type="button" className="small-button" onClick={() => setFirst((n) => n + PAGE)} data-testid="logs-more">
              {t('logs.more')}
            </button>
          )}
        </>
      )}
    </section>
  );
}
