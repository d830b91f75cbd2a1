'use client';

import { useMemo, useState } from 'react';
import { useQuery } from 'urql';
import type { SortingState } from '@tanstack/react-table';
import { getFragmentData } from '@/gql/index.ts';
import type { AuditEventFilter, AuditSearchFilter } from '@/gql/graphql.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { firstRowOf, usePagedView } from '@/lib/paging.ts';
import { useDebounced } from '@/lib/use-debounced.ts';
import { DataTable } from '@/ui/data-table.tsx';
import { ErrorBanner } from '@/ui/error-banner.tsx';
import { Pager } from '@/ui/pager.tsx';
import { MetricChart } from '@/features/monitoring/metric-chart.tsx';
import { useViewer } from '@/features/account/use-viewer.ts';
import { AUDIT_PAGE_SIZE, AuditEventsQuery, SearchAuditEventsQuery } from '@/features/audit/operations.ts';
import { AuditRowFragment, useAuditColumns } from '@/features/audit/audit-row.tsx';
// The chart's size comes with monitoring's stylesheet.
import '@/features/monitoring/monitoring.css';

const NEWEST_FIRST: SortingState = [];
const FIELDS = ['workspace', 'project', 'user', 'operation', 'result'] as const;
type Field = (typeof FIELDS)[number];
type Form = Record<Field | 'from' | 'to' | 'keyword', string>;
const EMPTY: Form = { workspace: '', project: '', user: '', operation: '', result: '', from: '', to: '', keyword: '' };

/** The form as the API's filter: empty fields left out, times from the local pickers as ISO. */
function filterOf(form: Form): AuditEventFilter {
  const f: AuditEventFilter = {};
  for (const k of FIELDS) if (form[k].trim()) f[k] = form[k].trim();
  if (form.from) f.from = new Date(form.from).toISOString();
  if (form.to) f.to = new Date(form.to).toISOString();
  return f;
}

/** The same filter for the Elasticsearch search: lists of one, plus the keyword. */
function searchFilterOf(f: AuditEventFilter, keyword: string): AuditSearchFilter {
  const one = (v: string | null | undefined) => (v ? [v] : undefined);
  return { workspaces: one(f.workspace), projects: one(f.project), users: one(f.user), operations: one(f.operation), results: one(f.result), from: f.from, to: f.to, keyword };
}

/** About 60 bars over the range searched (the last week when it is open). */
function intervalOf(f: AuditSearchFilter): string {
  const to = f.to ? Date.parse(f.to) : Date.now();
  const from = f.from ? Date.parse(f.from) : to - 7 * 86_400_000;
  return `${Math.max(1, Math.ceil((to - from) / 60 / 60_000))}m`;
}

/**
 * The audit log: who changed what, newest first, with filters (workspace, project, user,
 * operation, result, time range) applied by the API, and server-side pages.
 *
 * Which store it reads: tenancy's Postgres audit_events (auditEvents) by default. It is the
 * durable record, filled from the outbox exactly once per mutation and readable while
 * Elasticsearch is down or still catching up. A keyword needs full-text search, which only the
 * Elasticsearch index has (logging's searchAuditEvents, same records, same filters, with a
 * histogram): with a keyword the page reads the index instead, and says so. A project admin (no
 * workspace administered) may not read the store: they always read the index, which answers
 * their projects' records only.
 */
export function AuditView() {
  const t = useT();
  const [form, setForm] = useState<Form>(EMPTY);
  const paging = usePagedView<SortingState>(NEWEST_FIRST);
  // The filter as text, so that a change starts again at the first page (cursors belong to one filter).
  const filterText = useDebounced(JSON.stringify({ filter: filterOf(form), keyword: form.keyword.trim() }));
  const current = paging.view.filter || JSON.stringify({ filter: {}, keyword: '' });
  if (filterText !== current) paging.setFilter(filterText);
  const { filter, keyword } = useMemo(() => {
    const v = JSON.parse(current) as { filter?: AuditEventFilter; keyword?: string };
    return { filter: v.filter ?? {}, keyword: v.keyword ?? '' };
  }, [current]);
  // The interval is fixed when the filter changes (an open range ends "now" at that moment).
  const [searchFilter, interval] = useMemo(() => {
    const f = searchFilterOf(filter, keyword);
    return [f, intervalOf(f)] as const;
  }, [filter, keyword]);
  const { capabilities } = useViewer();
  const projectsOnly = capabilities?.canReadAuditLog === false;
  const searching = !!keyword || projectsOnly;
  const [listed, refetchList] = useQuery({ query: AuditEventsQuery, variables: { filter, first: AUDIT_PAGE_SIZE, after: paging.after }, requestPolicy: 'cache-and-network', pause: searching || !capabilities });
  const [searched, refetchSearch] = useQuery({
    query: SearchAuditEventsQuery,
    variables: { filter: searchFilter, first: AUDIT_PAGE_SIZE, after: paging.after, interval },
    requestPolicy: 'cache-and-network',
    // Which store is read follows from the caller's capabilities: neither before they are known.
    pause: !searching || !capabilities,
  });
  const res = searching ? searched : listed;
  const refetch = searching ? refetchSearch : refetchList;
  const columns = useAuditColumns();
  const events = searching ? searched.data?.searchAuditEvents : listed.data?.auditEvents;
  const rows = useMemo(
    () =>
      searching
        ? (searched.data?.searchAuditEvents?.edges.map((e) => getFragmentData(AuditRowFragment, e.node)) ?? [])
        : (listed.data?.auditEvents.edges.map((e) => getFragmentData(AuditRowFragment, e.node)) ?? []),
    [searching, searched.data, listed.data],
  );
  const histogram = useMemo(
    () => [{ name: t('audit.histogram.records'), points: (searched.data?.searchAuditEvents?.histogram ?? []).map((b) => ({ timestamp: b.time, value: b.count })) }],
    [searched.data, t],
  );
  const input = (key: keyof Form, type = 'text') => (
    <label style={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
      <span className="small muted">{t(`audit.filter.${key}`)}</span>
      <input
        type={type}
        className="filter"
        data-testid={`audit-filter-${key}`}
        value={form[key]}
        onChange={(e) => setForm((f) => ({ ...f, [key]: e.target.value }))}
      />
    </label>
  );
  return (
    <section>
      <h1>{t('audit.title')}</h1>
      <p className="muted">{t('audit.subtitle')}</p>
      <ErrorBanner errors={[res.error]} />
      <div className="toolbar" style={{ flexWrap: 'wrap' }}>
        {input('keyword', 'search')}
        {input('workspace')}
        {input('project')}
        {input('user')}
        {input('operation')}
        {input('result')}
        {input('from', 'datetime-local')}
        {input('to', 'datetime-local')}
        <button type="button" onClick={() => setForm(EMPTY)}>
          {t('audit.clear')}
        </button>
        <button type="button" onClick={() => refetch({ requestPolicy: 'network-only' })} data-testid="audit-refresh">
          {t('audit.refresh')}
        </button>
        {events && <span className="muted small">{t('audit.count', { n: events.totalCount })}</span>}
      </div>
      {searching && (
        <>
          <p className="muted small" data-testid="audit-search-source">
            {t(projectsOnly ? 'audit.projectsOnly' : 'audit.searchSource')}
          </p>
          {events && <MetricChart title={t('audit.histogram.title')} unit="count" value={events.totalCount} lines={histogram} testId="audit-histogram" />}
        </>
      )}
      {res.fetching && !res.data && <p className="muted">{t('common.loading')}</p>}
      {events && (
        <DataTable
          columns={columns}
          rows={rows}
          rowId={(e) => e.id}
          sorting={NEWEST_FIRST}
          onSortingChange={() => undefined}
          rowProps={(e) => ({ 'data-testid': 'audit-row', 'data-operation': e.operation, 'data-result': e.result })}
          testId="audit-table"
        />
      )}
      {events && events.edges.length === 0 && <p className="empty">{t('audit.empty')}</p>}
      <Pager
        firstRow={firstRowOf(paging.view, AUDIT_PAGE_SIZE)}
        rows={rows.length}
        total={events?.totalCount ?? 0}
        pageInfo={events?.pageInfo}
        busy={res.fetching}
        onPrevious={paging.previous}
        onNext={paging.next}
      />
    </section>
  );
}
