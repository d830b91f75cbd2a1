'use client';

import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { useT } from '@/lib/i18n/index.tsx';
import { problemsOf } from '@/lib/errors.ts';
import { LoginMethodsQuery, StartOidcLoginMutation } from '@/features/auth/operations.ts';
import { callbackUri, rememberSignIn } from '@/features/auth/oidc-sign-in.ts';

/** "Sign in with <provider>" for each configured OpenID provider, under the password form. */
export function SsoButtons({ next }: { next: string }) {
  const t = useT();
  const [methods] = useQuery({ query: LoginMethodsQuery });
  const [state, start] = useMutation(StartOidcLoginMutation);
  const [problem, setProblem] = useState<string | null>(null);
  const providers = methods.data?.loginMethods.filter((m) => m.kind === 'OIDC') ?? [];
  const directory = methods.data?.loginMethods.some((m) => m.kind === 'LDAP');
  if (!providers.length && !directory) return null;

  async function go(provider: string) {
    setProblem(null);
    const res = await start({ provider, redirectUri: callbackUri() });
    const started = res.data?.startOidcLogin;
    if (started) {
      rememberSignIn(started.state, next);
      window.location.assign(started.authorizationUrl);
      return;
    }
    const code = problemsOf(res.error)[0]?.code;
    setProblem(t(code ? `error.${code}` : 'sso.failed'));
  }

  return (
    <div className="sso" data-testid="sso">
      {directory && <p className="muted small">{t('sso.directoryHint')}</p>}
      {providers.length > 0 && <p className="muted small">{t('sso.or')}</p>}
      {providers.map((p) => (
        <button key={p.id} type="button" disabled={state.fetching} onClick={() => void go(p.id)} data-testid={`sso-${p.id}`}>
          {t('sso.signInWith', { name: p.displayName })}
        </button>
      ))}
      {problem && (
        <div className="banner error" role="alert">
          {problem}
        </div>
      )}
    </div>
  );
}
