'use client';

import { useEffect, useState, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import { useMutation } from 'urql';
import { LanguageSwitch } from '@/ui/language-switch.tsx';
import { useT } from '@/lib/i18n/index.tsx';
import { problemsOf } from '@/lib/errors.ts';
import { setSession, signOut, useSession } from '@/lib/session.ts';
import { ChangePasswordDialog } from '@/features/account/change-password-dialog.tsx';
import { LoginMutation } from '@/features/auth/operations.ts';
import { signedInSession } from '@/features/auth/signed-in.ts';
import { safeNext } from '@/features/auth/safe-next.ts';
import { SsoButtons } from '@/features/auth/sso-buttons.tsx';


/**
 * The sign-in page's form. It never runs an authenticated query, so an expired token cannot bounce
 * the user between here and the console.
 */
export function LoginForm() {
  const t = useT();
  const router = useRouter();
  const session = useSession();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [expired, setExpired] = useState(false);
  const [state, login] = useMutation(LoginMutation);

  useEffect(() => {
    setExpired(new URLSearchParams(window.location.search).get('expired') === '1');
  }, []);

  // Already signed in (e.g. another tab did it): go on instead of asking again.
  useEffect(() => {
    if (session && !session.mustChangePassword) router.replace(safeNext(new URLSearchParams(window.location.search).get('next')));
  }, [session, router]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setExpired(false);
    if (!username.trim() || !password) {
      setMessage(t('login.missing'));
      return;
    }
    setMessage(null);
    const res = await login({ username: username.trim(), password });
    const signedIn = signedInSession(res.data?.login);
    if (signedIn) {
      setSession(signedIn);
      return; // the effect above navigates, or the first-run password is changed first
    }
    const problem = problemsOf(res.error)[0];
    if (!problem || problem.code === 'UNAUTHENTICATED' || problem.code === 'BAD_USER_INPUT') setMessage(t('login.failed'));
    else setMessage(t(`error.${problem.code}`));
  }

  /** The first-run password is changed; sign in again with the new one (a fresh identity everywhere). */
  async function changed(newPassword: string) {
    const res = await login({ username: session!.user.username, password: newPassword });
    const signedIn = signedInSession(res.data?.login);
    if (signedIn) setSession(signedIn);
    else signOut();
  }

  return (
    <div className="login-page">
      {session?.mustChangePassword && (
        <ChangePasswordDialog notice={t('login.mustChange')} currentPassword={password} onClose={signOut} onChanged={(p) => void changed(p)} />
      )}
      <div className="login-lang">
        <LanguageSwitch />
      </div>
      <form className="login-card" onSubmit={submit} noValidate>
        <div className="brand big">
          <span className="logo" aria-hidden>◆</span> {t('app.name')}
        </div>
        <p className="muted">{t('app.tagline')}</p>
        <h1>{t('login.title')}</h1>
        {expired && !message && (
          <div className="banner warn" role="status">
            {t('login.expired')}
          </div>
        )}
        {message && (
          <div className="banner error" role="alert" data-testid="login-error">
            {message}
          </div>
        )}
        <label>
          {t('login.username')}
          <input
            name="username"
            autoComplete="username"
            autoFocus
            value={username}
            onChange={(e) => setUsername(e.target.value)}
          />
        </label>
        <label>
          {t('login.password')}
          <input
            name="password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </label>
        <button type="submit" className="primary" disabled={state.fetching}>
          {state.fetching ? t('login.submitting') : t('login.submit')}
        </button>
        <SsoButtons next={typeof window === 'undefined' ? '/' : safeNext(new URLSearchParams(window.location.search).get('next'))} />
      </form>
    </div>
  );
}
