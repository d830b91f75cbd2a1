'use client';

import { useMemo, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { getFragmentData } from '@/gql/index.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { firstRowOf, usePagedView } from '@/lib/paging.ts';
import { DataTable, type ServerColumn } from '@/ui/data-table.tsx';
import { ErrorBanner } from '@/ui/error-banner.tsx';
import { FormField } from '@/ui/form-field.tsx';
import { Pager } from '@/ui/pager.tsx';
import {
  GrantProjectRoleMutation,
  GrantWorkspaceRoleMutation,
  ProjectMembersQuery,
  RemoveProjectMemberMutation,
  RemoveWorkspaceMemberMutation,
  RolesQuery,
  WorkspaceMembersQuery,
} from '@/features/roles/operations.ts';
import { RoleRowFragment } from '@/features/roles/role-row.tsx';
import { homeVariables, type RoleHome } from '@/features/roles/scope.ts';

const PAGE_SIZE = 20;

interface Member {
  roleName: string;
  user: { username: string; displayName: string };
}

/**
 * Settings → members of a workspace or project: who holds which role (a page at a time), a form
 * that grants (or changes) a role, built-in or custom, by username, and removing a member. The API
 * decides who may: others see its FORBIDDEN / NOT_FOUND in the banner.
 */
export function MembersView({ home }: { home: RoleHome }) {
  const t = useT();
  const paging = usePagedView<null>(null);
  const page = { first: PAGE_SIZE, after: paging.after };
  const [pm, refetchProject] = useQuery({ query: ProjectMembersQuery, variables: { project: home.project ?? '', ...page }, pause: !home.project });
  const [wm, refetchWorkspace] = useQuery({ query: WorkspaceMembersQuery, variables: { workspace: home.workspace, ...page }, pause: !!home.project });
  const [roles] = useQuery({ query: RolesQuery, variables: homeVariables(home) });
  const [grantP, grantProject] = useMutation(GrantProjectRoleMutation);
  const [grantW, grantWorkspace] = useMutation(GrantWorkspaceRoleMutation);
  const [removeP, removeProject] = useMutation(RemoveProjectMemberMutation);
  const [removeW, removeWorkspace] = useMutation(RemoveWorkspaceMemberMutation);
  const [username, setUsername] = useState('');
  const [roleName, setRoleName] = useState('');
  const list = home.project ? pm.data?.projectMembers : wm.data?.workspaceMembers;
  const members: Member[] = list?.edges.map((e) => e.node) ?? [];
  const choices = (roles.data?.roles.nodes ?? []).map((r) => getFragmentData(RoleRowFragment, r));
  const reload = () => (home.project ? refetchProject : refetchWorkspace)({ requestPolicy: 'network-only' });

  async function grant(user: string, role: string) {
    const out = home.project ? await grantProject({ project: home.project, username: user, roleName: role }) : await grantWorkspace({ workspace: home.workspace, username: user, roleName: role });
    if (!out.error) {
      setUsername('');
      reload();
    }
  }
  async function remove(user: string) {
    const out = home.project ? await removeProject({ project: home.project, username: user }) : await removeWorkspace({ workspace: home.workspace, username: user });
    if (!out.error) reload();
  }
  const roleSelect = (value: string, onChange: (v: string) => void, testId: string) => (
    <select value={value} onChange={(e) => onChange(e.target.value)} data-testid={testId}>
      <option value="">{t('roles.pickRole')}</option>
      {choices.map((r) => (
        <option key={r.name} value={r.name}>
          {r.name}
          {r.builtIn ? '' : ` (${t('roles.custom')})`}
        </option>
      ))}
    </select>
  );

  const columns: ServerColumn<Member>[] = [
    { id: 'user', enableSorting: false, header: () => t('roles.username'), cell: ({ row }) => row.original.user.displayName || row.original.user.username },
    {
      id: 'role',
      enableSorting: false,
      header: () => t('roles.role'),
      cell: ({ row }) => roleSelect(row.original.roleName, (r) => r && r !== row.original.roleName && void grant(row.original.user.username, r), `member-role-${row.original.user.username}`),
    },
    {
      id: 'actions',
      enableSorting: false,
      header: () => '',
      cell: ({ row }) => (
        <button type="button" className="small-button danger" onClick={() => void remove(row.original.user.username)} data-testid={`member-remove-${row.original.user.username}`}>
          {t('roles.remove')}
        </button>
      ),
    },
  ];

  return (
    <section data-testid="members-view">
      <h1>{home.project ? t('roles.projectMembersTitle', { project: home.project }) : t('roles.workspaceMembersTitle', { workspace: home.workspace })}</h1>
      <ErrorBanner errors={[pm.error, wm.error, roles.error, grantP.error, grantW.error, removeP.error, removeW.error]} />
      <form
        className="form inline"
        data-testid="grant-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (username && roleName) void grant(username.trim(), roleName);
        }}
      >
        <FormField label={t('roles.username')} name="username">
          <input name="username" value={username} onChange={(e) => setUsername(e.target.value)} data-testid="grant-username" />
        </FormField>
        <FormField label={t('roles.role')} name="role">
          {roleSelect(roleName, setRoleName, 'grant-role')}
        </FormField>
        <button type="submit" disabled={!username || !roleName || grantP.fetching || grantW.fetching} data-testid="grant-submit">
          {t('roles.grant')}
        </button>
      </form>
      <MembersTable columns={columns} members={members} />
      <Pager
        firstRow={firstRowOf(paging.view, PAGE_SIZE)}
        rows={members.length}
        total={list?.totalCount ?? 0}
        pageInfo={list?.pageInfo}
        busy={pm.fetching || wm.fetching}
        onPrevious={paging.previous}
        onNext={paging.next}
      />
    </section>
  );
}

function MembersTable({ columns, members }: { columns: ServerColumn<Member>[]; members: Member[] }) {
  const rowProps = useMemo(() => (m: Member) => ({ 'data-testid': `member-${m.user.username}` }), []);
  return <DataTable columns={columns} rows={members} rowId={(m) => m.user.username} sorting={[]} onSortingChange={() => undefined} rowProps={rowProps} testId="members-table" />;
}
