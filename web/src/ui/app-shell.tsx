'use client';

import Link from 'next/link';
import { useParams, usePathname, useRouter } from 'next/navigation';
import { useState, type ReactNode } from 'react';
import { useMutation, useQuery } from 'urql';
import { useT } from '../i18n/index.tsx';
import { signOut, useSession } from '../lib/session.ts';
import { NavQuery, WorkspaceProjectsQuery } from '../operations/tenancy.ts';
import { LogoutMutation } from '../operations/session.ts';
import { ChangePasswordDialog } from './ChangePasswordDialog.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';

/** Top bar plus the sidebar tree (workspaces → projects of the open workspace). */
export function AppShell({ children }: { children: ReactNode }) {
  const t = useT();
  const router = useRouter();
  const session = useSession();
  const params = useParams<{ workspace?: string; project?: string }>();
  const pathname = usePathname();
  const [nav] = useQuery({ query: NavQuery, variables: {} });
  const [, logout] = useMutation(LogoutMutation);
  const me = nav.data?.me ?? session?.user;
  const role = me?.platformRole;
  const [changingPassword, setChangingPassword] = useState(false);
  const [passwordChanged, setPasswordChanged] = useState(false);

  return (
    <div className="shell">
      <header className="topbar">
        <Link href="/" className="brand">
          <span className="logo" aria-hidden>◆</span> {t('app.name')}
        </Link>
        <div className="spacer" />
        <LanguageSwitch />
        {me && (
          <span className="user" title={t('top.signedInAs', { name: me.username })}>
            {me.displayName || me.username}
            {role && <span className="role">{roleLabel(t, role)}</span>}
          </span>
        )}
        {/* Directory (LDAP) users change their password in the directory: no dead-end action here. */}
        {nav.data?.me?.canChangePassword && (
          <button type="button" className="link-button" onClick={() => setChangingPassword(true)}>
            {t('password.open')}
          </button>
        )}
        <button
          type="button"
          className="link-button"
          onClick={async () => {
            // Revoke first (best effort, bounded), then forget the token locally either way.
            await Promise.race([logout({}), new Promise((r) => setTimeout(r, 1500))]);
            signOut();
            router.replace('/login');
          }}
        >
          {t('top.logout')}
        </button>
      </header>
      <div className="body">
        <nav className="sidebar" aria-label={t('nav.workspaces')}>
          <div className="nav-title">{t('nav.workspaces')}</div>
          <ul>
            {nav.data?.workspaces?.edges.map(({ node }) => (
              <li key={node.name}>
                <Link
                  href={`/workspaces/${node.name}`}
                  className={node.name === params.workspace ? 'active' : ''}
                  data-testid="nav-workspace"
                >
                  {node.displayName || node.name}
                </Link>
                {node.name === params.workspace && <ProjectNav workspace={node.name} active={params.project} />}
              </li>
            ))}
          </ul>
          {nav.fetching && !nav.data && <div className="muted pad">{t('common.loading')}</div>}
          {/* Only what the caller may use: the API says whether they manage users. */}
          {nav.data?.me?.canManageUsers && (
            <>
              <div className="nav-title nav-section">{t('nav.platform')}</div>
              <ul>
                <li>
                  <Link href="/users" className={pathname === '/users' ? 'active' : ''} data-testid="nav-users">
                    {t('nav.users')}
                  </Link>
                </li>
              </ul>
            </>
          )}
        </nav>
        <main className="main">
          {passwordChanged && (
            <p className="notice" role="status" data-testid="password-changed">
              {t('password.changed')}
            </p>
          )}
          {children}
        </main>
      </div>
      {changingPassword && (
        <ChangePasswordDialog
          onClose={() => setChangingPassword(false)}
          onChanged={() => {
            setChangingPassword(false);
            setPasswordChanged(true);
          }}
        />
      )}
    </div>
  );
}

function ProjectNav({ workspace, active }: { workspace: string; active?: string }) {
  const t = useT();
  const [res] = useQuery({ query: WorkspaceProjectsQuery, variables: { name: workspace } });
  const projects = res.data?.workspace?.projects?.edges ?? [];
  if (res.fetching && !res.data) return <div className="muted sub pad">{t('common.loading')}</div>;
  if (projects.length === 0) return <div className="muted sub pad">{t('nav.noProjects')}</div>;
  return (
    <ul className="sub">
      {projects.map(({ node }) => (
        <li key={node.name}>
          <Link
            href={`/workspaces/${workspace}/projects/${node.name}`}
            className={node.name === active ? 'active' : ''}
          >
            {node.displayName || node.name}
          </Link>
        </li>
      ))}
    </ul>
  );
}

function roleLabel(t: ReturnType<typeof useT>, role: string): string {
  if (role === 'PLATFORM_ADMIN' || role === 'PLATFORM_SELF_PROVISIONER' || role === 'PLATFORM_REGULAR') {
    return t(`role.${role}`);
  }
  return role;
}
