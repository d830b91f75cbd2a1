'use client';

import type { CombinedError } from 'urql';
import { useT } from '@/lib/i18n/index.tsx';
import { problemsOf } from '@/lib/errors.ts';

/**
 * Shows what went wrong by error code, translated, with the server's detail underneath. Pages
 * render their partial data next to it: an unavailable backend or a forbidden field never blanks
 * the page.
 */
export function ErrorBanner({ errors }: { errors: (CombinedError | undefined | null)[] }) {
  const t = useT();
  const problems = errors.flatMap((e) => problemsOf(e));
  const unique = problems.filter((p, i) => problems.findIndex((q) => q.code === p.code && q.detail === p.detail) === i);
  if (unique.length === 0) return null;
  return (
    <div className="banners">
      {unique.map((p) => (
        <div
          key={`${p.code}:${p.detail}`}
          role="alert"
          data-code={p.code}
          className={`banner ${p.code === 'UPSTREAM_UNAVAILABLE' || p.code === 'NETWORK' ? 'warn' : 'error'}`}
        >
          <strong>{t(`error.${p.code}`)}</strong>
          <span className="detail">{p.detail}</span>
        </div>
      ))}
    </div>
  );
}
