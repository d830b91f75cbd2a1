'use client';

import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { getFragmentData } from '@/gql/index.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { ErrorBanner } from '@/ui/error-banner.tsx';
import { FormField } from '@/ui/form-field.tsx';
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

/**
 * Settings → members of a workspace or project: who holds which role, a form that grants (or
 * changes) a role, built-in or custom, by username, and removing a member. The API decides who
 * may: others see its FORBIDDEN / NOT_FOUND in the banner.
 */
export function MembersView({ home }: { home: RoleHome }) {
  const t = useT();
  const [pm, refetchProject] = useQuery({ query: ProjectMembersQuery, variables: { project: home.project ?? '' }, pause: !home.project });
  const [wm, refetchWorkspace] = useQuery({ query: WorkspaceMembersQuery, variables: { workspace: home.workspace }, pause: !!home.project });
  const [roles] = useQuery({ query: RolesQuery, variables: homeVariables(home) });
  const [grantP, grantProject] = useMutation(GrantProjectRoleMutation);
  const [grantW, grantWorkspace] = useMutation(GrantWorkspaceRoleMutation);
  const [removeP, removeProject] = useMutation(RemoveProjectMemberMutation);
  const [removeW, removeWorkspace] = useMutation(RemoveWorkspaceMemberMutation);
  const [username, setUsername] = useState('');
  const [roleName, setRoleName] = useState('');
  const members = (home.project ? pm.data?.projectMembers.edges : wm.data?.workspaceMembers.edges)?.map((e) => e.node) ?? [];
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
      <table className="table" data-testid="members-table">
        <thead>
          <tr>
            <th>{t('roles.username')}</th>
            <th>{t('roles.role')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {members.map((m) => (
            <tr key={m.user.username} data-testid={`member-${m.user.username}`}>
              <td>{m.user.displayName || m.user.username}</td>
              <td>{roleSelect(m.roleName, (r) => r && r !== m.roleName && void grant(m.user.username, r), `member-role-${m.user.username}`)}</td>
              <td>
                <button type="button" className="small-button danger" onClick={() => void remove(m.user.username)} data-testid={`member-remove-${m.user.username}`}>
                  {t('roles.remove')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
