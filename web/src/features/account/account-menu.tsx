'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useMutation } from 'urql';
import { useT, type Translate } from '@/lib/i18n/index.tsx';
import { signOut, useSession } from '@/lib/session.ts';
import { LogoutMutation } from '@/features/auth/operations.ts';
import { useViewer } from '@/features/account/use-viewer.ts';
import { ChangePasswordDialog } from '@/features/account/change-password-dialog.tsx';

/** The top bar's account controls: who is signed in, Change password (when it can work), Sign out. */
export function AccountMenu() {
  const t = useT();
  const router = useRouter();
  const session = useSession();
  const { me: viewer } = useViewer();
  const me = viewer ?? session?.user;
  const [, logout] = useMutation(LogoutMutation);
  const [changingPassword, setChangingPassword] = useState(false);
  const [passwordChanged, setPasswordChanged] = useState(false);

  return (
    <>
      {passwordChanged && (
        <span className="notice" role="status" data-testid="password-changed">
          {t('password.changed')}
        </span>
      )}
      {me && (
        <span className="user" title={t('top.signedInAs', { name: me.username })}>
          {me.displayName || me.username}
          {me.platformRole && <span className="role">{roleLabel(t, me.platformRole)}</span>}
        </span>
      )}
      {/* Directory (LDAP) users change their password in the directory: no dead-end action here. */}
      {viewer?.canChangePassword && (
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
      {changingPassword && (
        <ChangePasswordDialog
          onClose={() => setChangingPassword(false)}
          onChanged={() => {
            setChangingPassword(false);
            setPasswordChanged(true);
          }}
        />
      )}
    </>
  );
}

function roleLabel(t: Translate, role: string): string {
  if (role === 'PLATFORM_ADMIN' || role === 'PLATFORM_SELF_PROVISIONER' || role === 'PLATFORM_REGULAR') {
    return t(`role.${role}`);
  }
  return role;
}
