'use client';

import { useCallback, useMemo, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { getFragmentData } from '@/gql/index.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { ErrorBanner } from '@/ui/error-banner.tsx';
import { PagedTable } from '@/features/devops/paged-table.tsx';
import { DeleteDevOpsProjectMutation, DevOpsProjectsQuery, PROJECT_PAGE_SIZE } from '@/features/devops/operations.ts';
import { BY_NAME } from '@/features/devops/sorting.ts';
import { useFilteredPages } from '@/features/devops/use-filtered-pages.ts';
import { DevOpsProjectRowFragment, useDevOpsProjectColumns } from '@/features/devops/devops-project-row.tsx';
import { CreateDevOpsProjectDialog } from '@/features/devops/create-devops-project-dialog.tsx';
import { ConfirmDeleteDialog } from '@/features/devops/confirm-delete-dialog.tsx';
import '@/features/kinds/kinds.css';
import '@/features/devops/devops.css';

/** A workspace's DevOps projects, filtered, sorted and paged by the API: create (who may create projects there), open, delete. */
export function DevOpsProjectsView({ workspace }: { workspace: string }) {
  const t = useT();
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<string | null>(null);
  // Deleted here (the API said so): hidden at once, while the namespace is still terminating
  // and the list may name it for a few more seconds.
  const [deleted, setDeleted] = useState<Set<string>>(() => new Set());
  const list = useFilteredPages(BY_NAME);
  const [res, reexecute] = useQuery({
    query: DevOpsProjectsQuery,
    variables: { workspace, first: PROJECT_PAGE_SIZE, after: list.paging.after, filter: list.filter ? { name: list.filter } : null, sort: list.sort },
  });
  const [deleteState, remove] = useMutation(DeleteDevOpsProjectMutation);
  const refresh = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const columns = useDevOpsProjectColumns(workspace, setDeleting);
  const projects = res.data?.devopsProjects;
  const rows = useMemo(() => (projects?.edges ?? []).map((e) => getFragmentData(DevOpsProjectRowFragment, e.node)).filter((p) => !deleted.has(p.name)), [projects, deleted]);
  const ws = res.data?.workspace;

  return (
    <section className="devops">
      <div className="kind-head">
        <h1>{t('devops.projects.title')}</h1>
        <div className="spacer" />
        {ws?.viewerCanCreateProject && (
          <button type="button" className="primary" onClick={() => setCreating(true)} data-testid="devops-project-create">
            {t('devops.projects.create')}
          </button>
        )}
      </div>
      <p className="muted">{t('devops.projects.subtitle', { workspace: ws?.displayName || workspace })}</p>
      <ErrorBanner errors={[res.error]} />
      <div className="toolbar">
        <input className="filter" placeholder={t('devops.projects.filter')} aria-label={t('devops.projects.filter')} value={list.filterInput} onChange={(e) => list.setFilterInput(e.target.value)} data-testid="devops-project-filter" />
      </div>
      {res.fetching && !res.data && <p className="muted">{t('common.loading')}</p>}
      <PagedTable
        list={list}
        page={projects}
        pageSize={PROJECT_PAGE_SIZE}
        busy={res.fetching}
        emptyText={t('devops.projects.empty')}
        columns={columns}
        rows={rows}
        rowId={(p) => p.name}
        rowProps={(p) => ({ 'data-testid': 'devops-project-row', 'data-name': p.name })}
        testId="devops-project-table"
      />
      {creating && (
        <CreateDevOpsProjectDialog
          workspace={workspace}
          onClose={() => setCreating(false)}
          onCreated={(name) => {
            setCreating(false);
            setDeleted((d) => (d.has(name) ? new Set([...d].filter((n) => n !== name)) : d));
            refresh();
          }}
        />
      )}
      {deleting && (
        <ConfirmDeleteDialog
          what={t('devops.projects.what')}
          name={deleting}
          busy={deleteState.fetching}
          error={deleteState.error}
          onClose={() => setDeleting(null)}
          onConfirm={async (confirm) => {
            const r = await remove({ name: deleting, confirm });
            if (r.data?.deleteDevOpsProject) {
              setDeleted((d) => new Set(d).add(deleting));
              setDeleting(null);
              refresh();
            }
          }}
        />
      )}
    </section>
  );
}
