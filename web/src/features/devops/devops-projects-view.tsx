'use client';

import { useCallback, useMemo, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { getFragmentData } from '@/gql/index.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { DataTable } from '@/ui/data-table.tsx';
import { ErrorBanner } from '@/ui/error-banner.tsx';
import { DeleteDevOpsProjectMutation, DevOpsProjectsQuery } from '@/features/devops/operations.ts';
import { DevOpsProjectRowFragment, useDevOpsProjectColumns } from '@/features/devops/devops-project-row.tsx';
import { CreateDevOpsProjectDialog } from '@/features/devops/create-devops-project-dialog.tsx';
import { ConfirmDeleteDialog } from '@/features/devops/confirm-delete-dialog.tsx';
import '@/features/kinds/kinds.css';
import '@/features/devops/devops.css';

const NO_SORT: never[] = [];

/** A workspace's DevOps projects: create (who may create projects there), open, delete. */
export function DevOpsProjectsView({ workspace }: { workspace: string }) {
  const t = useT();
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<string | null>(null);
  // Deleted here (the API said so): hidden at once, while the namespace is still terminating
  // and the list may name it for a few more seconds.
  const [deleted, setDeleted] = useState<Set<string>>(() => new Set());
  const [res, reexecute] = useQuery({ query: DevOpsProjectsQuery, variables: { workspace } });
  const [deleteState, remove] = useMutation(DeleteDevOpsProjectMutation);
  const refresh = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const columns = useDevOpsProjectColumns(workspace, setDeleting);
  const rows = useMemo(() => (res.data?.devopsProjects ?? []).map((p) => getFragmentData(DevOpsProjectRowFragment, p)).filter((p) => !deleted.has(p.name)), [res.data, deleted]);
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
      {res.fetching && !res.data && <p className="muted">{t('common.loading')}</p>}
      {res.data && (
        <DataTable
          columns={columns}
          rows={rows}
          rowId={(p) => p.name}
          sorting={NO_SORT}
          onSortingChange={() => undefined}
          rowProps={(p) => ({ 'data-testid': 'devops-project-row', 'data-name': p.name })}
          testId="devops-project-table"
        />
      )}
      {res.data && rows.length === 0 && <p className="empty">{t('devops.projects.empty')}</p>}
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
