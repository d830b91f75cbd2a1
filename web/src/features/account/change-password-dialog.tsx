'use client';

import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { useT } from '@/lib/i18n/index.tsx';
import { useFocusOnOpen } from '@/lib/use-focus-on-open.ts';
import { Dialog, DialogActions } from '@/ui/dialog.tsx';
import { ErrorBanner } from '@/ui/error-banner.tsx';
import { FormField } from '@/ui/form-field.tsx';
import { passwordProblem } from '@/features/users/user-rules.ts';
import { ChangePasswordMutation } from '@/features/account/operations.ts';

/**
 * The caller's own password. The new one is checked against the policy while typing; a wrong
 * current password comes back from the API as BAD_USER_INPUT on `oldPassword`, shown at that field.
 */
export function ChangePasswordDialog({
  onClose,
  onChanged,
  notice,
  currentPassword,
}: {
  onClose: () => void;
  onChanged: (newPassword: string) => void;
  /** Why the dialog is shown (a first-run password must be changed). */
  notice?: string;
  /** The password just typed at sign-in, so it is not asked twice. */
  currentPassword?: string;
}) {
  const t = useT();
  const [oldPassword, setOldPassword] = useState(currentPassword ?? '');
  const [newPassword, setNewPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [touched, setTouched] = useState(false);
  const [wrongOld, setWrongOld] = useState<string | null>(null);
  const [state, change] = useMutation(ChangePasswordMutation);
  const first = useFocusOnOpen();

  const policy = passwordProblem(newPassword);
  const mismatch = repeat !== newPassword;
  const same = !!newPassword && newPassword === oldPassword;

  async function submit(e: FormEvent) {
    e.preventDefault();
    setTouched(true);
    if (!oldPassword || policy || mismatch || same) return;
    const res = await change({ oldPassword, newPassword });
    if (res.data?.changePassword) {
      onChanged(newPassword);
      return;
    }
    const err = res.error?.graphQLErrors[0];
    if (err?.extensions?.field === 'oldPassword') setWrongOld(err.message);
  }

  const newError = touched && (policy || same) ? (policy ? t(policy) : t('password.same')) : null;
  return (
    <Dialog title={t('password.title')} onClose={onClose} onSubmit={submit}>
      {notice && (
        <div className="banner warn" role="status" data-testid="must-change-password">
          {notice}
        </div>
      )}
      <FormField label={t('password.current')} name="oldPassword" error={wrongOld ? t('password.wrongCurrent') : null}>
        <input
          ref={first}
          name="oldPassword"
          type="password"
          autoComplete="current-password"
          value={oldPassword}
          aria-invalid={!!wrongOld}
          onChange={(e) => {
            setOldPassword(e.target.value);
            setWrongOld(null);
          }}
        />
      </FormField>
      <FormField label={t('password.new')} name="newPassword" error={newError}>
        <input
          name="newPassword"
          type="password"
          autoComplete="new-password"
          value={newPassword}
          aria-invalid={!!newError}
          onChange={(e) => setNewPassword(e.target.value)}
          onBlur={() => setTouched(true)}
        />
      </FormField>
      <FormField label={t('password.repeat')} name="repeatPassword" error={touched && mismatch ? t('password.mismatch') : null}>
        <input
          name="repeatPassword"
          type="password"
          autoComplete="new-password"
          value={repeat}
          aria-invalid={touched && mismatch}
          onChange={(e) => setRepeat(e.target.value)}
        />
      </FormField>
      <p className="muted small">{t('password.othersEnd')}</p>
      <ErrorBanner errors={[wrongOld ? undefined : state.error]} />
      <DialogActions onCancel={onClose} submitLabel={t('password.submit')} busyLabel={t('password.submitting')} busy={state.fetching} />
    </Dialog>
  );
}
