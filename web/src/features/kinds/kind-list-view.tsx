'use client';

import { useMemo, useState } from 'react';
import Link from 'next/link';
import type { SortingState } from '@tanstack/react-table';
import { useT } from '@/lib/i18n/index.tsx';
import { firstRowOf, usePagedView } from '@/lib/paging.ts';
import { useDebounced } from '@/lib/use-debounced.ts';
import { VirtualTable } from '@/ui/virtual-table.tsx';
import { ErrorBanner } from '@/ui/error-banner.tsx';
import { Pager } from '@/ui/pager.tsx';
import { OBJECT_PAGE_SIZE } from '@/features/kinds/operations.ts';
import { createHref, type KindPage } from '@/features/kinds/kind-pages.ts';
import { useLiveObjects } from '@/features/kinds/use-live-objects.ts';
import { useKubeKind } from '@/features/kinds/use-kube-kind.ts';
import { BY_NAME, sortFor } from '@/features/kinds/sorting.ts';
import { useKindColumns } from '@/features/kinds/kind-columns.tsx';
import '@/features/kinds/kinds.css';

/**
 * Any kind's list: the columns its KindPage names between Name/Status and Age, sorted and paged
 * by the API (only the sort keys `kubeKinds` lists are clickable), filtered by name and label
 * selector on the server, live through `resourceChanged` for namespaced kinds. Create buttons
 * only when the caller may change the project and the kind is writable.
 */
export function KindListView({ page, workspace, project }: { page: KindPage; workspace?: string; project?: string }) {
  const t = useT();
  const api = useKubeKind(page.kind);
  const paging = usePagedView<SortingState>(BY_NAME);
  const [nameInput, setNameInput] = useState('');
  const [selectorInput, setSelectorInput] = useState('');
  const name = useDebounced(nameInput.trim());
  const selector = useDebounced(selectorInput.trim());
  const filterKey = `${name}\n${selector}`;
  if (filterKey !== paging.view.filter) paging.setFilter(filterKey);
  const filter = useMemo(() => (name || selector ? { ...(name ? { name } : {}), ...(selector ? { labelSelector: selector } : {}) } : null), [name, selector]);
  const sorting = paging.view.sort;
  const sort = useMemo(() => sortFor(sorting), [sorting]);
  const live = useLiveObjects({ kind: page.kind, project: page.cluster ? null : (project ?? ''), first: OBJECT_PAGE_SIZE, after: paging.after, sort, filter });

  const columns = useKindColumns(page, workspace, project, api?.sortKeys);

  const canCreate = !page.cluster && !!live.project?.viewerCanEdit && api?.readOnly === false && !!workspace && !!project;
  const title = t(page.label);
  return (
    // aria-busy while a page is asked for: until it comes, the rows shown are still the last page's.
    <section data-testid="kind-list" data-kind={page.kind} aria-busy={live.fetching}>
      <div className="kind-head">
        <h1>{title}</h1>
        <span className={`live-dot ${live.live ? 'on' : ''}`} data-testid="live-indicator">
          {live.live ? `● ${t('kinds.live')}` : `○ ${t('kinds.notLive')}`}
        </span>
        <div className="spacer" />
        {page.cluster && (
          <button type="button" onClick={live.refresh}>
            {t('common.refresh')}
          </button>
        )}
        {canCreate && page.form && (
          <Link className="button primary" href={createHref(page, { workspace: workspace!, project: project! }, 'form')} data-testid="create-form">
            {t('kinds.create', { kind: title })}
          </Link>
        )}
        {canCreate && (
          <Link className="button" href={createHref(page, { workspace: workspace!, project: project! }, 'yaml')} data-testid="create-yaml">
            {t('kinds.createYaml')}
          </Link>
        )}
      </div>
      <ErrorBanner errors={[live.error, live.subscriptionError]} />
      <div className="toolbar">
        <input type="search" placeholder={t('kinds.filter.name')} aria-label={t('kinds.filter.name')} value={nameInput} onChange={(e) => setNameInput(e.target.value)} data-testid="filter-name" />
        {api?.filters.includes('labelSelector') && (
          <input type="search" placeholder={t('kinds.filter.labels')} aria-label={t('kinds.filter.labels')} value={selectorInput} onChange={(e) => setSelectorInput(e.target.value)} />
        )}
        <span className="muted small">{t('kinds.count', { n: live.total })}</span>
      </div>
      <VirtualTable
        columns={columns}
        rows={live.rows}
        rowId={(o) => o.name}
        sorting={sorting}
        onSortingChange={paging.setSort}
        rowProps={(o) => ({ 'data-testid': 'object-row', 'data-name': o.name, 'data-status': o.status.status })}
        testId="object-table"
      />
      {live.fetching && !live.loaded && <p className="muted pad">{t('common.loading')}</p>}
      {live.loaded && live.rows.length === 0 && <p className="empty">{t('kinds.empty', { kind: title })}</p>}
      <Pager
        firstRow={firstRowOf(paging.view, OBJECT_PAGE_SIZE)}
        rows={live.rows.length}
        total={live.total}
        pageInfo={live.pageInfo}
        busy={live.fetching}
        onPrevious={paging.previous}
        onNext={paging.next}
      />
    </section>
  );
}
