'use client';

import { useEffect, useRef, useState } from 'react';
import { useRouter } from 'next/navigation';
import { useMutation } from 'urql';
import { useT } from '@/lib/i18n/index.tsx';
import { problemsOf } from '@/lib/errors.ts';
import { setSession } from '@/lib/session.ts';
import { FinishOidcLoginMutation } from '@/features/auth/operations.ts';
import { signedInSession } from '@/features/auth/signed-in.ts';
import { safeNext } from '@/features/auth/safe-next.ts';
import { takeSignIn } from '@/features/auth/oidc-sign-in.ts';

/**
 * Where the OpenID provider sends the browser back (…/login/oidc/callback?code&state). The state
 * must be the one this tab started; the API then exchanges the code and answers a session.
 */
export function OidcCallback() {
  const t = useT();
  const router = useRouter();
  const [, finish] = useMutation(FinishOidcLoginMutation);
  const [problem, setProblem] = useState<string | null>(null);
  const started = useRef(false);

  useEffect(() => {
    if (started.current) return; // once, also under React's double effects in development
    started.current = true;
    const params = new URLSearchParams(window.location.search);
    const mine = takeSignIn(params.get('state'));
    if (params.get('error')) return setProblem(t('sso.refused', { reason: params.get('error_description') ?? params.get('error')! }));
    if (!mine) return setProblem(t('sso.notStartedHere'));
    void finish({ callbackUrl: window.location.href }).then((res) => {
      const signedIn = signedInSession(res.data?.finishOidcLogin);
      if (signedIn) {
        setSession(signedIn);
        router.replace(safeNext(mine.next));
        return;
      }
      const code = problemsOf(res.error)[0]?.code;
      setProblem(!code || code === 'UNAUTHENTICATED' ? t('sso.failed') : t(`error.${code}`));
    });
  }, [finish, router, t]);

  return (
    <div className="login-page">
      <div className="login-card">
        <h1>{t('sso.title')}</h1>
        {problem ? (
          <>
            <div className="banner error" role="alert" data-testid="sso-error">
              {problem}
            </div>
            <a href="/login">{t('sso.back')}</a>
          </>
        ) : (
          <p className="muted" data-testid="sso-finishing">
            {t('sso.finishing')}
          </p>
        )}
      </div>
    </div>
  );
}
