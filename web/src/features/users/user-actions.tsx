'use client';

import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { useT } from '@/lib/i18n/index.tsx';
import { Dialog, DialogActions } from '@/ui/dialog.tsx';
import { ErrorBanner } from '@/ui/error-banner.tsx';
import { DeleteUserMutation, DisableUserMutation, EnableUserMutation } from '@/features/users/operations.ts';

/**
 * Disable / enable / delete a user (platform admins; not yourself, not the last enabled admin:
 * the API refuses those and the refusal is shown). Disabling ends the user's sessions, tokens
 * and live subscriptions at once.
 */
export function UserActions({ username, disabled, canChange, onDeleted }: { username: string; disabled: boolean; canChange: boolean; onDeleted: () => void }) {
  const t = useT();
  const [disableState, disable] = useMutation(DisableUserMutation);
  const [enableState, enable] = useMutation(EnableUserMutation);
  const [confirming, setConfirming] = useState(false);
  if (!canChange) return <span className="muted small">{disabled ? t('users.disabled') : ''}</span>;
  const busy = disableState.fetching || enableState.fetching;
  return (
    <div className="user-actions" data-testid={`user-actions-${username}`}>
      {disabled ? (
        <button type="button" className="small-button" disabled={busy} onClick={() => enable({ username })} data-testid="user-enable">
          {t('users.enable')}
        </button>
      ) : (
        <button type="button" className="small-button" disabled={busy} onClick={() => disable({ username })} data-testid="user-disable">
          {t('users.disable')}
        </button>
      )}
      <button type="button" className="small-button" onClick={() => setConfirming(true)} data-testid="user-delete">
        {t('users.delete')}
      </button>
      <ErrorBanner errors={[disableState.error, enableState.error]} />
      {confirming && <DeleteUserDialog username={username} onClose={() => setConfirming(false)} onDeleted={onDeleted} />}
    </div>
  );
}

function DeleteUserDialog({ username, onClose, onDeleted }: { username: string; onClose: () => void; onDeleted: () => void }) {
  const t = useT();
  const [typed, setTyped] = useState('');
  const [state, remove] = useMutation(DeleteUserMutation);
  async function submit(e: FormEvent) {
    e.preventDefault();
    if (typed !== username) return;
    const res = await remove({ username });
    if (res.data?.deleteUser) {
      onClose();
      onDeleted();
    }
  }
  return (
    <Dialog title={t('users.delete.title', { name: username })} onClose={onClose} onSubmit={submit}>
      <p>{t('users.delete.warning')}</p>
      <label>
        {t('tenants.typeName', { name: username })}
        <input name="confirm-name" value={typed} autoComplete="off" onChange={(e) => setTyped(e.target.value)} />
      </label>
      <ErrorBanner errors={[state.error]} />
      <DialogActions onCancel={onClose} submitLabel={t('users.delete')} busyLabel={t('tenants.deleting')} busy={state.fetching} disabled={typed !== username} />
    </Dialog>
  );
}
