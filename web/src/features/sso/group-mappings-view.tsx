'use client';

import { useCallback, useMemo, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import type { SortingState } from '@tanstack/react-table';
import type { GroupRoleMappingsQuery as Mappings } from '@/gql/graphql.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { DataTable, type ServerColumn } from '@/ui/data-table.tsx';
import { ErrorBanner } from '@/ui/error-banner.tsx';
import { GroupRoleMappingsQuery, DeleteGroupRoleMappingMutation } from '@/features/sso/operations.ts';
import { AddMappingDialog } from '@/features/sso/add-mapping-dialog.tsx';

type Mapping = Mappings['groupRoleMappings'][number];
const NO_SORT: SortingState = [];

/**
 * Platform → Group mappings: which directory (LDAP) or single sign-on groups give which roles at
 * sign-in. The mappings file's entries come first and are read-only; the earlier entry wins on a target.
 */
export function GroupMappingsView() {
  const t = useT();
  const [res, refetch] = useQuery({ query: GroupRoleMappingsQuery });
  const [deleting, remove] = useMutation(DeleteGroupRoleMappingMutation);
  const [adding, setAdding] = useState(false);
  const reload = useCallback(() => refetch({ requestPolicy: 'network-only' }), [refetch]);
  const mappings = res.data?.groupRoleMappings;
  const columns = useMemo<ServerColumn<Mapping>[]>(
    () => [
      { id: 'group', enableSorting: false, meta: { className: 'mono' }, header: () => t('mappings.col.group'), cell: ({ row }) => row.original.group },
      { id: 'source', enableSorting: false, header: () => t('mappings.col.source'), cell: ({ row }) => row.original.source ?? t('mappings.source.any') },
      {
        id: 'grant',
        enableSorting: false,
        header: () => t('mappings.col.grant'),
        cell: ({ row: { original: m } }) =>
          m.platformRole
            ? t('mappings.grant.platform', { role: m.platformRole })
            : m.workspace
              ? t('mappings.grant.workspace', { role: m.workspaceRole ?? '', target: m.workspace })
              : t('mappings.grant.project', { role: m.projectRole ?? '', target: m.project ?? '' }),
      },
      {
        id: 'actions',
        enableSorting: false,
        header: () => '',
        cell: ({ row: { original: m } }) =>
          m.fromFile ? (
            <span className="muted small">{t('mappings.fromFile')}</span>
          ) : (
            <button type="button" className="link-button" disabled={deleting.fetching} onClick={() => void remove({ id: m.id }).then(reload)} data-testid="mapping-delete">
              {t('mappings.delete')}
            </button>
          ),
      },
    ],
    [t, deleting.fetching, remove, reload],
  );

  return (
    <section>
      <h1>{t('mappings.title')}</h1>
      <p className="muted">{t('mappings.subtitle')}</p>
      <ErrorBanner errors={[res.error, deleting.error]} />
      <div className="toolbar">
        <div className="spacer" />
        <button type="button" className="primary" onClick={() => setAdding(true)} data-testid="mapping-add">
          {t('mappings.add')}
        </button>
      </div>
      {mappings && (
        <DataTable
          columns={columns}
          rows={mappings}
          rowId={(m) => m.id}
          sorting={NO_SORT}
          onSortingChange={() => undefined}
          rowProps={(m) => ({ 'data-testid': 'mapping-row', 'data-group': m.group })}
          testId="mapping-table"
        />
      )}
      {mappings && mappings.length === 0 && <p className="empty">{t('mappings.empty')}</p>}
      {adding && (
        <AddMappingDialog
          onClose={() => setAdding(false)}
          onAdded={() => {
            setAdding(false);
            reload();
          }}
        />
      )}
    </section>
  );
}
