'use client';

import { useMemo, useState } from 'react';
import { useQuery } from 'urql';
import type { SortingState } from '@tanstack/react-table';
import { getFragmentData } from '@/gql/index.ts';
import type { AuditEventFilter } from '@/gql/graphql.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { firstRowOf, usePagedView } from '@/lib/paging.ts';
import { useDebounced } from '@/lib/use-debounced.ts';
import { DataTable } from '@/ui/data-table.tsx';
import { ErrorBanner } from '@/ui/error-banner.tsx';
import { Pager } from '@/ui/pager.tsx';
import { AUDIT_PAGE_SIZE, AuditEventsQuery } from '@/features/audit/operations.ts';
import { AuditRowFragment, useAuditColumns } from '@/features/audit/audit-row.tsx';

const NEWEST_FIRST: SortingState = [];
const FIELDS = ['workspace', 'project', 'user', 'operation', 'result'] as const;
type Field = (typeof FIELDS)[number];
type Form = Record<Field | 'from' | 'to', string>;
const EMPTY: Form = { workspace: '', project: '', user: '', operation: '', result: '', from: '', to: '' };

/** The form as the API's filter: empty fields left out, times from the local pickers as ISO. */
function filterOf(form: Form): AuditEventFilter {
  const f: AuditEventFilter = {};
  for (const k of FIELDS) if (form[k].trim()) f[k] = form[k].trim();
  if (form.from) f.from = new Date(form.from).toISOString();
  if (form.to) f.to = new Date(form.to).toISOString();
  return f;
}

/**
 * The audit log: who changed what, newest first, with filters (workspace, project, user,
 * operation, result, time range) applied by the API, and server-side pages.
 */
export function AuditView() {
  const t = useT();
  const [form, setForm] = useState<Form>(EMPTY);
  const paging = usePagedView<SortingState>(NEWEST_FIRST);
  // The filter as text, so that a change starts again at the first page (cursors belong to one filter).
  const filterText = useDebounced(JSON.stringify(filterOf(form)));
  const current = paging.view.filter || '{}';
  if (filterText !== current) paging.setFilter(filterText);
  const filter = useMemo(() => JSON.parse(current) as AuditEventFilter, [current]);
  const [res, refetch] = useQuery({ query: AuditEventsQuery, variables: { filter, first: AUDIT_PAGE_SIZE, after: paging.after }, requestPolicy: 'cache-and-network' });
  const columns = useAuditColumns();
  const events = res.data?.auditEvents;
  const rows = useMemo(() => events?.edges.map((e) => getFragmentData(AuditRowFragment, e.node)) ?? [], [events]);
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
