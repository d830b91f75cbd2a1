'use client';

import { useMemo, useState } from 'react';
import Link from 'next/link';
import { useRouter, useSearchParams } from 'next/navigation';
import { useQuery } from 'urql';
import { getFragmentData } from '@/gql/index.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { firstRowOf, usePagedView } from '@/lib/paging.ts';
import { DataTable } from '@/ui/data-table.tsx';
import { ErrorBanner } from '@/ui/error-banner.tsx';
import { DevOpsPipelinesQuery, PIPELINE_PAGE_SIZE } from '@/features/devops/operations.ts';
import { PipelineRowFragment, usePipelineColumns } from '@/features/devops/pipeline-row.tsx';
import { CredentialsPanel } from '@/features/devops/credentials-panel.tsx';
import { CursorPager } from '@/features/devops/cursor-pager.tsx';
import { SourceToImageDialog } from '@/features/devops/source-to-image-dialog.tsx';
import { devopsHref } from '@/features/devops/routes.ts';
import '@/features/kinds/kinds.css';
import '@/features/devops/devops.css';

const NO_SORT: never[] = [];
type Tab = 'pipelines' | 'credentials';

/** A DevOps project: its pipelines a page at a time (Create leads to the wizard) and its credentials. */
export function DevOpsProjectView({ workspace, project }: { workspace: string; project: string }) {
  const t = useT();
  const router = useRouter();
  const base = devopsHref(workspace, project);
  // The tab is page state first (a click shows it at once, even while a navigation is still
  // settling) and kept in the URL with history.replaceState, which Next's router follows.
  const [tab, setTab] = useState<Tab>(useSearchParams().get('tab') === 'credentials' ? 'credentials' : 'pipelines');
  const showTab = (x: Tab) => {
    setTab(x);
    window.history.replaceState(null, '', x === 'pipelines' ? base : `${base}?tab=${x}`);
  };
  const paging = usePagedView<null>(null);
  const [res] = useQuery({ query: DevOpsPipelinesQuery, variables: { project, first: PIPELINE_PAGE_SIZE, after: paging.after }, requestPolicy: 'cache-and-network' });
  const columns = usePipelineColumns(workspace);
  const devops = res.data?.devopsProject;
  const pipelines = devops?.pipelines;
  const rows = useMemo(() => (pipelines?.edges ?? []).map((e) => getFragmentData(PipelineRowFragment, e.node)), [pipelines]);
  const [s2i, setS2i] = useState(false);

  return (
    <section className="devops" data-testid="devops-project" data-name={project}>
      <p className="muted small">
        <Link href={devopsHref(workspace)}>{t('devops.projects.title')}</Link>
      </p>
      <div className="kind-head">
        <h1>{project}</h1>
        <div className="spacer" />
        {tab === 'pipelines' && devops?.viewerCanManagePipelines && (
          <>
            <button type="button" onClick={() => setS2i(true)} data-testid="s2i-create">
              {t('devops.s2i.title')}
            </button>
            <Link className="button primary" href={`${base}/create`} data-testid="pipeline-create">
              {t('devops.pipelines.create')}
            </Link>
          </>
        )}
      </div>
      {devops?.description && <p className="muted">{devops.description}</p>}
      <nav className="tabs" role="tablist">
        {(['pipelines', 'credentials'] as Tab[]).map((x) => (
          <button key={x} type="button" role="tab" aria-selected={tab === x} className={tab === x ? 'active' : ''} onClick={() => showTab(x)} data-testid={`tab-${x}`}>
            {t(`devops.tab.${x}`)}
          </button>
        ))}
      </nav>
      {tab === 'credentials' ? (
        <CredentialsPanel project={project} />
      ) : (
        <>
          <ErrorBanner errors={[res.error]} />
          {res.fetching && !res.data && <p className="muted">{t('common.loading')}</p>}
          {pipelines && (
            <DataTable
              columns={columns}
              rows={rows}
              rowId={(p) => p.name}
              sorting={NO_SORT}
              onSortingChange={() => undefined}
              rowProps={(p) => ({ 'data-testid': 'pipeline-row', 'data-name': p.name })}
              testId="pipeline-table"
            />
          )}
          {pipelines && rows.length === 0 && <p className="empty">{t('devops.pipelines.empty')}</p>}
          <CursorPager firstRow={firstRowOf(paging.view, PIPELINE_PAGE_SIZE)} rows={rows.length} pageInfo={pipelines?.pageInfo} busy={res.fetching} onPrevious={paging.previous} onNext={paging.next} />
        </>
      )}
      {s2i && <SourceToImageDialog project={project} onClose={() => setS2i(false)} onCreated={(name) => router.push(devopsHref(workspace, project, name))} />}
    </section>
  );
}
