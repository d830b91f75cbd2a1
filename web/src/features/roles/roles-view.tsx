'use client';

import { useMemo, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { getFragmentData } from '@/gql/index.ts';
import type { RoleRow_RoleFragment } from '@/gql/graphql.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { DataTable, type ServerColumn } from '@/ui/data-table.tsx';
import { ErrorBanner } from '@/ui/error-banner.tsx';
import { bundleLabel } from '@/features/roles/bundle-label.ts';
import { CreateRoleMutation, DeleteRoleMutation, ProjectRoleCapabilitiesQuery, RolesQuery, UpdateRoleMutation, WorkspaceRoleCapabilitiesQuery } from '@/features/roles/operations.ts';
import { RoleForm, type RoleDraft } from '@/features/roles/role-form.tsx';
import { RoleRowFragment } from '@/features/roles/role-row.tsx';
import { homeVariables, type RoleHome } from '@/features/roles/scope.ts';

type Row = RoleRow_RoleFragment;

/** Whether the caller may manage this home's custom roles (viewerCanManageRoles, what createRole enforces). */
function useCanManageRoles(home: RoleHome): boolean {
  const [p] = useQuery({ query: ProjectRoleCapabilitiesQuery, variables: { project: home.project ?? '' }, pause: !home.project });
  const [w] = useQuery({ query: WorkspaceRoleCapabilitiesQuery, variables: { workspace: home.workspace }, pause: !!home.project });
  return (home.project ? p.data?.project?.viewerCanManageRoles : w.data?.workspace?.viewerCanManageRoles) === true;
}

/** Settings → roles of a workspace or project: built-in and custom roles; workspace admins create, change and delete custom ones. */
export function RolesView({ home }: { home: RoleHome }) {
  const t = useT();
  const vars = homeVariables(home);
  const [res, refetch] = useQuery({ query: RolesQuery, variables: vars });
  const canManage = useCanManageRoles(home);
  const [editing, setEditing] = useState<RoleDraft | 'new' | null>(null);
  const [createRes, createRole] = useMutation(CreateRoleMutation);
  const [updateRes, updateRole] = useMutation(UpdateRoleMutation);
  const [deleteRes, deleteRole] = useMutation(DeleteRoleMutation);
  const rows = (res.data?.roles.nodes ?? []).map((r) => getFragmentData(RoleRowFragment, r));
  const reload = () => refetch({ requestPolicy: 'network-only' });

  async function save(draft: RoleDraft) {
    const out =
      editing === 'new'
        ? await createRole({ input: { ...vars, name: draft.name, description: draft.description, bundles: draft.bundles } })
        : await updateRole({ ...vars, name: draft.name, input: { description: draft.description, bundles: draft.bundles } });
    if (!out.error) {
      setEditing(null);
      reload();
    }
  }

  const columns = useMemo<ServerColumn<Row>[]>(
    () => [
      { id: 'name', enableSorting: false, header: () => t('roles.name'), cell: ({ row }) => <strong>{row.original.name}</strong> },
      { id: 'kind', enableSorting: false, header: () => t('roles.kind'), cell: ({ row }) => (row.original.builtIn ? t('roles.builtIn') : t('roles.custom')) },
      { id: 'bundles', enableSorting: false, header: () => t('roles.bundles'), cell: ({ row }) => <span style={{ whiteSpace: 'normal' }}>{row.original.bundles.map((b) => bundleLabel(t, b)).join(', ')}</span> },
      { id: 'members', enableSorting: false, header: () => t('roles.members'), cell: ({ row }) => row.original.grantCount },
      {
        id: 'actions',
        enableSorting: false,
        header: () => '',
        cell: ({ row }) =>
          canManage && !row.original.builtIn ? (
            <span className="toolbar">
              <button type="button" className="small-button" data-testid={`role-edit-${row.original.name}`} onClick={() => setEditing({ name: row.original.name, description: row.original.description, bundles: [...row.original.bundles] })}>
                {t('roles.edit')}
              </button>
              <button
                type="button"
                className="small-button danger"
                data-testid={`role-delete-${row.original.name}`}
                disabled={row.original.grantCount > 0}
                title={row.original.grantCount > 0 ? t('roles.stillGranted') : undefined}
                onClick={async () => {
                  if (window.confirm(t('roles.confirmDelete', { name: row.original.name })) && !(await deleteRole({ ...vars, name: row.original.name })).error) reload();
                }}
              >
                {t('roles.delete')}
              </button>
            </span>
          ) : null,
      },
    ],
    [t, canManage, home.scope, home.workspace, home.project],
  );

  return (
    <section data-testid="roles-view">
      <h1>{home.project ? t('roles.projectTitle', { project: home.project }) : t('roles.workspaceTitle', { workspace: home.workspace })}</h1>
      <p className="muted">{t('roles.subtitle')}</p>
      <ErrorBanner errors={[res.error, createRes.error, updateRes.error, deleteRes.error]} />
      {res.fetching && !res.data && <p className="muted">{t('common.loading')}</p>}
      {canManage && editing === null && (
        <div className="toolbar">
          <button type="button" onClick={() => setEditing('new')} data-testid="role-new">
            {t('roles.new')}
          </button>
        </div>
      )}
      {editing !== null && (
        <RoleForm scope={home.scope} initial={editing === 'new' ? undefined : editing} busy={createRes.fetching || updateRes.fetching} onSave={(d) => void save(d)} onCancel={() => setEditing(null)} />
      )}
      {res.data && <DataTable columns={columns} rows={rows} rowId={(r) => r.name} sorting={[]} onSortingChange={() => undefined} testId="roles-table" />}
    </section>
  );
}
