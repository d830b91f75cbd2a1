'use client';

import { useEffect, useState } from 'react';
import { useQuery } from 'urql';
import { useT } from '@/lib/i18n/index.tsx';
import { hasCode } from '@/lib/errors.ts';
import { ErrorBanner } from '@/ui/error-banner.tsx';
import { SecretContentQuery } from '@/features/kinds/operations.ts';
import { secretPanelState } from '@/features/kinds/secret-data.ts';

/**
 * A Secret's values on its own page: editors reveal them on click (read then, from the API
 * server, never kept in a list or the page's live reads); viewers see a note instead. A revealed
 * Secret that changes is read again.
 */
export function SecretDataPanel({ project, name, canEdit, resourceVersion }: { project: string; name: string; canEdit: boolean; resourceVersion: string }) {
  const t = useT();
  const [revealed, setRevealed] = useState(false);
  const [res, reexecute] = useQuery({ query: SecretContentQuery, variables: { project, name }, pause: !revealed || !canEdit, requestPolicy: 'network-only' });
  useEffect(() => {
    if (revealed) reexecute({ requestPolicy: 'network-only' });
  }, [resourceVersion, revealed, reexecute]);

  const object = res.data?.kubeObject;
  const content = object && 'content' in object ? object.content : null;
  const state = secretPanelState({ canEdit, revealed, forbidden: hasCode(res.error, 'FORBIDDEN'), content: res.fetching ? null : content });

  return (
    <div data-testid="secret-data">
      <h3>{t('secret.data')}</h3>
      {state.show === 'viewer-note' && (
        <p className="muted" data-testid="secret-data-forbidden">
          {t('secret.viewerNote')}
        </p>
      )}
      {state.show === 'reveal' && (
        <button type="button" onClick={() => setRevealed(true)} data-testid="secret-reveal">
          {t('secret.reveal')}
        </button>
      )}
      {state.show === 'loading' && !res.error && <p className="muted">{t('common.loading')}</p>}
      {res.error && !hasCode(res.error, 'FORBIDDEN') && <ErrorBanner errors={[res.error]} />}
      {state.show === 'values' && (
        <>
          <p className="small">
            {t('secret.type')}: <span className="mono">{state.type}</span>{' '}
            <button type="button" className="small-button" onClick={() => setRevealed(false)} data-testid="secret-hide">
              {t('secret.hide')}
            </button>
          </p>
          {state.entries.length === 0 ? (
            <p className="muted">{t('secret.empty')}</p>
          ) : (
            <dl className="kv" data-testid="secret-values">
              {state.entries.map((e) => (
                <SecretValue key={e.key} label={e.key} text={e.text} note={e.binary ? t('secret.binary', { bytes: e.bytes }) : null} />
              ))}
            </dl>
          )}
        </>
      )}
    </div>
  );
}

function SecretValue({ label, text, note }: { label: string; text: string; note: string | null }) {
  return (
    <>
      <dt className="mono">{label}</dt>
      <dd>
        <pre className="secret-value" data-key={label}>
          {text}
        </pre>
        {note && <span className="muted small">{note}</span>}
      </dd>
    </>
  );
}
