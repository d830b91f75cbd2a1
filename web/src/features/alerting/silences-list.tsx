'use client';

import { useMutation, type UseQueryState } from 'urql';
import type { SilencesQuery as SilencesData } from '@/gql/graphql.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { ErrorBanner } from '@/ui/error-banner.tsx';
import { ExpireAlertSilenceMutation } from '@/features/alerting/operations.ts';

/** A project's (or the nodes' / cluster's) silences (Alertmanager's), with their window; managers expire active ones. */
export function SilencesList({ result, onExpired }: { result: UseQueryState<SilencesData>; onExpired: () => void }) {
  const t = useT();
  const [expired, expire] = useMutation(ExpireAlertSilenceMutation);
  const silences = result.data?.alertSilences ?? [];
  return (
    <div>
      <ErrorBanner errors={[result.error, expired.error]} />
      {silences.length === 0 ? (
        <p className="muted" data-testid="no-silences">
          {t('alerting.noSilences')}
        </p>
      ) : (
        <table className="table" data-testid="alert-silences">
          <thead>
            <tr>
              <th>{t('alerting.col.rule')}</th>
              <th>{t('alerting.col.target')}</th>
              <th>{t('alerting.col.window')}</th>
              <th>{t('alerting.col.state')}</th>
              <th>{t('alerting.col.comment')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {silences.map((s) => (
              <tr key={s.id} data-testid="alert-silence-row" data-state={s.state} data-rule={s.rule.name}>
                <td>{s.rule.name}</td>
                <td className="mono">{s.target ?? t('alerting.allTargets')}</td>
                <td>
                  {new Date(s.startsAt).toLocaleString()} – {new Date(s.endsAt).toLocaleString()}
                </td>
                <td>{s.state}</td>
                <td>
                  {s.comment} <span className="muted small">{s.createdBy}</span>
                </td>
                <td>
                  {s.rule.viewerCanManage && s.state !== 'expired' && (
                    <button type="button" className="small-button" data-testid="silence-expire" onClick={() => void expire({ id: s.id }).then(onExpired)}>
                      {t('alerting.expire')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
