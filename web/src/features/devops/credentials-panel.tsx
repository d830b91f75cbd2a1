'use client';

import { useCallback, useMemo, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { getFragmentData } from '@/gql/index.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { ErrorBanner } from '@/ui/error-banner.tsx';
import { PagedTable } from '@/features/devops/paged-table.tsx';
import { CREDENTIAL_PAGE_SIZE, DeleteCredentialMutation, DevOpsCredentialsQuery } from '@/features/devops/operations.ts';
import { BY_ID } from '@/features/devops/sorting.ts';
import { useFilteredPages } from '@/features/devops/use-filtered-pages.ts';
import { CredentialRowFragment, useCredentialColumns } from '@/features/devops/credential-row.tsx';
import { CreateCredentialDialog } from '@/features/devops/create-credential-dialog.tsx';
import { ConfirmDeleteDialog } from '@/features/devops/confirm-delete-dialog.tsx';

/** A DevOps project's credentials (id, type, description), filtered, sorted and paged by the API; create and delete for pipeline managers. */
export function CredentialsPanel({ project }: { project: string }) {
  const t = useT();
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<string | null>(null);
  const [created, setCreated] = useState<string | null>(null);
  const list = useFilteredPages(BY_ID);
  const [res, reexecute] = useQuery({
    query: DevOpsCredentialsQuery,
    variables: { project, first: CREDENTIAL_PAGE_SIZE, after: list.paging.after, filter: list.filter ? { id: list.filter } : null, sort: list.sort },
  });
  const [deleteState, remove] = useMutation(DeleteCredentialMutation);
  const refresh = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const canManage = res.data?.devopsProject?.viewerCanManagePipelines === true;
  const columns = useCredentialColumns(canManage, setDeleting);
  const credentials = res.data?.devopsProject?.credentials;
  const rows = useMemo(() => (credentials?.edges ?? []).map((e) => getFragmentData(CredentialRowFragment, e.node)), [credentials]);

  return (
    <div data-testid="credentials-panel">
      <div className="toolbar">
        <input className="filter" placeholder={t('devops.credentials.filter')} aria-label={t('devops.credentials.filter')} value={list.filterInput} onChange={(e) => list.setFilterInput(e.target.value)} data-testid="credential-filter" />
        <span className="muted small">{t('devops.credentials.note')}</span>
        <div className="spacer" />
        {canManage && (
          <button type="button" className="primary" onClick={() => setCreating(true)} data-testid="credential-create">
            {t('devops.credentials.create')}
          </button>
        )}
      </div>
      {created && (
        <p className="notice" role="status" data-testid="credential-created">
          {t('devops.credentials.created', { id: created })}
        </p>
      )}
      <ErrorBanner errors={[res.error]} />
      <PagedTable
        list={list}
        page={credentials}
        pageSize={CREDENTIAL_PAGE_SIZE}
        busy={res.fetching}
        emptyText={t('devops.credentials.empty')}
        columns={columns}
        rows={rows}
        rowId={(c) => c.id}
        rowProps={(c) => ({ 'data-testid': 'credential-row', 'data-id': c.id, 'data-type': c.type })}
        testId="credential-table"
      />
      {creating && (
        <CreateCredentialDialog
          project={project}
          onClose={() => setCreating(false)}
          onCreated={(id) => {
            setCreating(false);
            setCreated(id);
            refresh();
          }}
        />
      )}
      {deleting && (
        <ConfirmDeleteDialog
          what={t('devops.credentials.what')}
          name={deleting}
          busy={deleteState.fetching}
          error={deleteState.error}
          onClose={() => setDeleting(null)}
          onConfirm={async () => {
            const r = await remove({ project, id: deleting });
            if (r.data?.deleteCredential) {
              setDeleting(null);
              refresh();
            }
          }}
        />
      )}
    </div>
  );
}
