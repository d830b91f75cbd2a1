'use client';

import { useCallback, useMemo, useRef, useState } from 'react';
import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import type { SortingState } from '@tanstack/react-table';
import { useT } from '@/lib/i18n/index.tsx';
import { firstRowOf, usePagedView } from '@/lib/paging.ts';
import { useDebounced } from '@/lib/use-debounced.ts';
import { ErrorBanner } from '@/ui/error-banner.tsx';
import { Stepper } from '@/ui/stepper.tsx';
import { DeploymentTable } from '@/features/workloads/deployments/deployment-table.tsx';
import { PodDrawer } from '@/features/workloads/pods/pod-drawer.tsx';
import { PodTable } from '@/features/workloads/pods/pod-table.tsx';
import { DEFAULT_POD_SORTING, POD_PAGE_SIZE, podSortFor } from '@/features/workloads/pods/pod-sort.ts';
import { useLivePods } from '@/features/workloads/pods/use-live-pods.ts';

type Tab = 'pods' | 'deployments';

/**
 * Step 3: the project's workloads. Tab and open pod live in the query string (shallow updates via
 * history, no navigation), so a link reproduces the view and Back closes the drawer. The caller
 * keys it by project, so another project starts with fresh state.
 */
export function ProjectView({ workspace, project }: { workspace: string; project: string }) {
  const t = useT();
  const search = useSearchParams();
  const tab: Tab = search.get('tab') === 'deployments' ? 'deployments' : 'pods';
  const openPod = search.get('pod');

  const paging = usePagedView<SortingState>(DEFAULT_POD_SORTING);
  const [filterInput, setFilterInput] = useState('');
  const filter = useDebounced(filterInput.trim());
  if (filter !== paging.view.filter) paging.setFilter(filter);
  const sorting = paging.view.sort;
  const sort = useMemo(() => podSortFor(sorting), [sorting]);
  const live = useLivePods(project, { first: POD_PAGE_SIZE, after: paging.after, sort, nameFilter: paging.view.filter });

  const openedHere = useRef(false);
  const setQuery = useCallback((changes: Record<string, string | null>, push: boolean) => {
    const params = new URLSearchParams(window.location.search);
    for (const [k, v] of Object.entries(changes)) {
      if (v === null) params.delete(k);
      else params.set(k, v);
    }
    const qs = params.toString();
    const url = `${window.location.pathname}${qs ? `?${qs}` : ''}`;
    if (push) window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  }, []);
  const openPodFromTable = useCallback(
    (pod: string) => {
      // Opening from the table adds a history entry, so Back (or Close) returns to it.
      const alreadyOpen = new URLSearchParams(window.location.search).has('pod');
      openedHere.current = !alreadyOpen;
      setQuery({ pod }, !alreadyOpen);
    },
    [setQuery],
  );

  const namespace = live.project?.name ?? project;
  // Not visible (or not existing; the API does not say which): the reason and a way back, no empty table.
  if (live.missing) {
    return (
      <section>
        <Stepper workspace={workspace} project={project} />
        <h1>{t('project.title', { project })}</h1>
        <ErrorBanner errors={[live.error]} />
        <Link href={`/workspaces/${workspace}`}>← {t('project.back')}</Link>
      </section>
    );
  }
  return (
    <section>
      <Stepper workspace={workspace} project={project} />
      <h1>{t('project.title', { project: live.project?.displayName || project })}</h1>
      <ErrorBanner errors={[live.error, live.metricsError, live.subscriptionError]} />
      <div className="tabs" role="tablist">
        {(['pods', 'deployments'] as const).map((id) => (
          <button
            key={id}
            type="button"
            role="tab"
            aria-selected={tab === id}
            className={tab === id ? 'active' : ''}
            onClick={() => setQuery({ tab: id === 'pods' ? null : id }, false)}
          >
            {t(id === 'pods' ? 'project.tab.pods' : 'project.tab.deployments')}
          </button>
        ))}
      </div>
      {/* The pod table stays mounted on the other tab so its live state is never thrown away. */}
      <div hidden={tab !== 'pods'}>
        <PodTable
          rows={live.rows}
          total={live.total}
          pageInfo={live.pageInfo}
          firstRow={firstRowOf(paging.view, POD_PAGE_SIZE)}
          live={live.live}
          loading={live.fetching}
          filter={filterInput}
          onFilter={setFilterInput}
          sorting={sorting}
          onSort={paging.setSort}
          onPrevious={paging.previous}
          onNext={paging.next}
          onOpen={openPodFromTable}
        />
      </div>
      {tab === 'deployments' && <DeploymentTable project={project} podEvents={live.eventCount} />}
      {openPod && (
        <PodDrawer
          namespace={namespace}
          name={openPod}
          live={live.livePod(openPod)}
          onClose={() => {
            if (openedHere.current) window.history.back();
            else setQuery({ pod: null }, false);
            openedHere.current = false;
          }}
        />
      )}
    </section>
  );
}
