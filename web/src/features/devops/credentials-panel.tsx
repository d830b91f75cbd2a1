'use client';

import { useCallback, useMemo, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { getFragmentData } from '@/gql/index.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { DataTable } from '@/ui/data-table.tsx';
import { ErrorBanner } from '@/ui/error-banner.tsx';
import { DeleteCredentialMutation, DevOpsCredentialsQuery } from '@/features/devops/operations.ts';
import { CredentialRowFragment, useCredentialColumns } from '@/features/devops/credential-row.tsx';
import { CreateCredentialDialog } from '@/features/devops/create-credential-dialog.tsx';
import { ConfirmDeleteDialog } from '@/features/devops/confirm-delete-dialog.tsx';

const NO_SORT: never[] = [];

/** A DevOps project's credentials: id, type, description; create and delete for pipeline managers. */
export function CredentialsPanel({ project }: { project: string }) {
  const t = useT();
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<string | null>(null);
  const [created, setCreated] = useState<string | null>(null);
  const [res, reexecute] = useQuery({ query: DevOpsCredentialsQuery, variables: { project } });
  const [deleteState, remove] = useMutation(DeleteCredentialMutation);
  const refresh = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const canManage = res.data?.devopsProject?.viewerCanManagePipelines === true;
  const columns = useCredentialColumns(canManage, setDeleting);
  const rows = useMemo(() => (res.data?.devopsProject?.credentials ?? []).map((c) => getFragmentData(CredentialRowFragment, c)), [res.data]);

  return (
    <div data-testid="credentials-panel">
      <div className="toolbar">
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
      {res.data && (
        <DataTable
          columns={columns}
          rows={rows}
          rowId={(c) => c.id}
          sorting={NO_SORT}
          onSortingChange={() => undefined}
          rowProps={(c) => ({ 'data-testid': 'credential-row', 'data-id': c.id, 'data-type': c.type })}
          testId="credential-table"
        />
      )}
      {res.data && rows.length === 0 && <p className="empty">{t('devops.credentials.empty')}</p>}
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
