'use client';

import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { useT } from '../i18n/index.tsx';
import { passwordProblem } from '../lib/userRules.ts';
import { ChangePasswordMutation } from '../operations/session.ts';
import { ErrorBanner } from './ErrorBanner.tsx';

/**
 * The caller's own password. The new one is checked against the policy while typing; a wrong
 * current password comes back from the API as BAD_USER_INPUT on `oldPassword`, shown at that field.
 */
export function ChangePasswordDialog({ onClose, onChanged }: { onClose: () => void; onChanged: () => void }) {
  const t = useT();
  const [oldPassword, setOldPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [touched, setTouched] = useState(false);
  const [wrongOld, setWrongOld] = useState<string | null>(null);
  const [state, change] = useMutation(ChangePasswordMutation);
  const first = useRef<HTMLInputElement>(null);

  useEffect(() => {
    first.current?.focus();
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  const policy = passwordProblem(newPassword);
  const mismatch = repeat !== newPassword;
  const same = !!newPassword && newPassword === oldPassword;

  async function submit(e: FormEvent) {
    e.preventDefault();
    setTouched(true);
    if (!oldPassword || policy || mismatch || same) return;
    const res = await change({ oldPassword, newPassword });
    if (res.data?.changePassword) {
      onChanged();
      return;
    }
    const err = res.error?.graphQLErrors[0];
    if (err?.extensions?.field === 'oldPassword') setWrongOld(err.message);
  }

  const serverError = wrongOld ? undefined : state.error;
  return (
    <div className="modal-backdrop" onClick={onClose}>
      <form
        className="modal"
        role="dialog"
        aria-modal="true"
        aria-labelledby="password-title"
        onClick={(e) => e.stopPropagation()}
        onSubmit={submit}
        noValidate
      >
        <h2 id="password-title">{t('password.title')}</h2>
        <label>
          {t('password.current')}
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
          {wrongOld && (
            <span className="field-error" role="alert" data-testid="invalid-oldPassword">
              {t('password.wrongCurrent')}
            </span>
          )}
        </label>
        <label>
          {t('password.new')}
          <input
            name="newPassword"
            type="password"
            autoComplete="new-password"
            value={newPassword}
            aria-invalid={touched && !!(policy || same)}
            onChange={(e) => setNewPassword(e.target.value)}
            onBlur={() => setTouched(true)}
          />
          {touched && (policy || same) && (
            <span className="field-error" role="alert" data-testid="invalid-newPassword">
              {policy ? t(policy) : t('password.same')}
            </span>
          )}
        </label>
        <label>
          {t('password.repeat')}
          <input
            name="repeatPassword"
            type="password"
            autoComplete="new-password"
            value={repeat}
            aria-invalid={touched && mismatch}
            onChange={(e) => setRepeat(e.target.value)}
          />
          {touched && mismatch && (
            <span className="field-error" role="alert" data-testid="invalid-repeatPassword">
              {t('password.mismatch')}
            </span>
          )}
        </label>
        <p className="muted small">{t('password.othersEnd')}</p>
        <ErrorBanner errors={[serverError]} />
        <div className="actions">
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary" disabled={state.fetching}>
            {state.fetching ? t('password.submitting') : t('password.submit')}
          </button>
        </div>
      </form>
    </div>
  );
}
