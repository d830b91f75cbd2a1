'use client';

import { useCallback, useEffect, useMemo, useState } from 'react';
import Link from 'next/link';
import { useRouter, useSearchParams } from 'next/navigation';
import { useMutation, useQuery } from 'urql';
import { getFragmentData } from '@/gql/index.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { firstRowOf, usePagedView } from '@/lib/paging.ts';
import { DataTable } from '@/ui/data-table.tsx';
import { ErrorBanner } from '@/ui/error-banner.tsx';
import { DeletePipelineMutation, PipelineQuery, RUN_PAGE_SIZE } from '@/features/devops/operations.ts';
import { useLiveRuns } from '@/features/devops/use-live-runs.ts';
import { RunRowFragment, useRunColumns, type RunRow } from '@/features/devops/run-row.tsx';
import { RunView, type RunViewRef } from '@/features/devops/run-view.tsx';
import { RunDialog } from '@/features/devops/run-dialog.tsx';
import { layoutOf } from '@/features/devops/stage-graph.tsx';
import { CursorPager } from '@/features/devops/cursor-pager.tsx';
import { ConfirmDeleteDialog } from '@/features/devops/confirm-delete-dialog.tsx';
import { devopsHref } from '@/features/devops/routes.ts';
import '@/features/kinds/kinds.css';
import '@/features/devops/devops.css';

const NO_SORT: never[] = [];

/**
 * A pipeline: Run (with its parameters), Edit, Delete; the run history a page at a time; and the
 * selected run (`?run=N`). One `pipelineRunChanged` subscription keeps both live: a changed run's
 * row and run view are redrawn from the event, a new run makes the page be asked for again.
 */
export function PipelineView({ workspace, project, pipeline }: { workspace: string; project: string; pipeline: string }) {
  const t = useT();
  const router = useRouter();
  const search = useSearchParams();
  const selected = Number(search.get('run')) || null;
  const paging = usePagedView<null>(null);
  const [running, setRunning] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [res, reexecute] = useQuery({ query: PipelineQuery, variables: { project, pipeline, first: RUN_PAGE_SIZE, after: paging.after }, requestPolicy: 'cache-and-network' });
  const refresh = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const [deleteState, remove] = useMutation(DeletePipelineMutation);

  const { live, error: liveError, isLive } = useLiveRuns(project, pipeline, !res.data?.devopsProject?.pipeline, refresh);

  const devops = res.data?.devopsProject;
  const p = devops?.pipeline;
  const runs = p?.runs;
  const rows = useMemo<RunRow[]>(() => (runs?.edges ?? []).map((e) => getFragmentData(RunRowFragment, live.get(e.node.id) ?? e.node)), [runs, live]);
  const runHref = useCallback((n: number) => `${devopsHref(workspace, project, pipeline)}?run=${n}`, [workspace, project, pipeline]);
  const columns = useRunColumns(runHref);
  const liveSelected = useMemo<RunViewRef | undefined>(() => [...live.values()].find((r) => r.number === selected), [live, selected]);

  // A run started while Jenkins still had it queued (no number yet): open it when its first event with a number comes.
  const [awaiting, setAwaiting] = useState<number | null>(null);
  useEffect(() => {
    if (awaiting == null) return;
    const started = [...live.values()].filter((r) => r.number != null && r.number > awaiting).map((r) => r.number!);
    if (started.length) {
      setAwaiting(null);
      router.push(runHref(Math.min(...started)));
    }
  }, [awaiting, live, router, runHref]);
  const canManage = devops?.viewerCanManagePipelines === true;

  if (!p) {
    return (
      <section>
        <h1>{pipeline}</h1>
        <ErrorBanner errors={[res.error]} />
        {res.fetching && <p className="muted">{t('common.loading')}</p>}
        <Link href={devopsHref(workspace, project)}>← {project}</Link>
      </section>
    );
  }

  return (
    <section className="devops" data-testid="pipeline-view" data-pipeline={pipeline}>
      <p className="muted small">
        <Link href={devopsHref(workspace)}>{t('devops.projects.title')}</Link> / <Link href={devopsHref(workspace, project)}>{project}</Link>
      </p>
      <div className="kind-head">
        <h1>{pipeline}</h1>
        <span className={isLive ? 'live on' : 'live'} data-testid="live-indicator" data-live={isLive ? 'true' : 'false'}>
          <span className="dot" aria-hidden />
          {isLive ? t('devops.live.on') : t('devops.live.off')}
        </span>
        <div className="spacer" />
        {canManage && (
          <>
            <button type="button" className="primary" onClick={() => setRunning(true)} data-testid="pipeline-run">
              {t('devops.pipeline.run')}
            </button>
            <Link className="button" href={`${devopsHref(workspace, project, pipeline)}/edit`} data-testid="pipeline-edit">
              {t('devops.pipeline.edit')}
            </Link>
            <button type="button" onClick={() => setDeleting(true)} data-testid="pipeline-delete">
              {t('devops.pipeline.delete')}
            </button>
          </>
        )}
      </div>
      {p.description && <p className="muted">{p.description}</p>}
      <ErrorBanner errors={[res.error, liveError]} />
      <h2>{t('devops.runs.title')}</h2>
      <DataTable
        columns={columns}
        rows={rows}
        rowId={(r) => r.id}
        sorting={NO_SORT}
        onSortingChange={() => undefined}
        rowProps={(r) => ({ 'data-testid': 'run-row', 'data-run': String(r.number ?? ''), 'data-status': r.status, className: r.number === selected ? 'selected' : '' })}
        testId="run-table"
      />
      {rows.length === 0 && <p className="empty">{t('devops.runs.empty')}</p>}
      <CursorPager firstRow={firstRowOf(paging.view, RUN_PAGE_SIZE)} rows={rows.length} pageInfo={runs?.pageInfo} busy={res.fetching} onPrevious={paging.previous} onNext={paging.next} />
      {selected != null && (
        <RunView key={selected} project={project} pipeline={pipeline} number={selected} live={liveSelected} layout={layoutOf(p.definition)} canManage={canManage} onReplayed={(n) => router.push(runHref(n))} />
      )}
      {running && (
        <RunDialog
          project={project}
          pipeline={pipeline}
          definition={p.definition}
          onClose={() => setRunning(false)}
          onStarted={(n) => {
            setRunning(false);
            refresh();
            if (n != null) router.push(runHref(n));
            else setAwaiting(Math.max(0, ...rows.map((r) => r.number ?? 0)));
          }}
        />
      )}
      {deleting && (
        <ConfirmDeleteDialog
          what={t('devops.pipeline.what')}
          name={pipeline}
          busy={deleteState.fetching}
          error={deleteState.error}
          onClose={() => setDeleting(false)}
          onConfirm={async () => {
            const r = await remove({ project, pipeline });
            if (r.data?.deletePipeline) router.push(devopsHref(workspace, project));
          }}
        />
      )}
    </section>
  );
}
