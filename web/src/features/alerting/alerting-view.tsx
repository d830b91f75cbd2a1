'use client';

import { useCallback } from 'react';
import { useMutation, useQuery } from 'urql';
import { getFragmentData } from '@/gql/index.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { ErrorBanner } from '@/ui/error-banner.tsx';
import { AlertsTable } from '@/features/alerting/alerts-table.tsx';
import { RuleEditor } from '@/features/alerting/rule-editor.tsx';
import { SilencesList } from '@/features/alerting/silences-list.tsx';
import { AlertingCapabilityQuery, AlertRuleItemFragment, AlertRulesQuery, DeleteAlertRuleMutation, SilencesQuery } from '@/features/alerting/operations.ts';
import { placeVars, type AlertingPlace } from '@/features/alerting/place.ts';
import styles from '@/features/alerting/alerting.module.css';

const CONDITION: Record<string, string> = { GT: '>', GTE: '≥', LT: '<', LTE: '≤' };

/**
 * A project's alerting (or, for platform admins, the nodes' or the cluster's): its alerts (live),
 * its rules with the editor, its silences. Who may change them: Project.viewerCanManageAlerting,
 * platform admins for node and cluster rules (the rules the mutations enforce).
 */
export function AlertingView({ place }: { place: AlertingPlace }) {
  const t = useT();
  const vars = placeVars(place);
  const project = place.kind === 'project' ? place.project : '';
  const [capRes] = useQuery({ query: AlertingCapabilityQuery, variables: { project, isProject: place.kind === 'project' } });
  const [rulesRes, refetchRules] = useQuery({ query: AlertRulesQuery, variables: vars });
  const [silencesRes, refetchSilences] = useQuery({ query: SilencesQuery, variables: vars, requestPolicy: 'cache-and-network' });
  const [deleted, deleteRule] = useMutation(DeleteAlertRuleMutation);
  const rules = (rulesRes.data?.alertRules ?? []).map((r) => getFragmentData(AlertRuleItemFragment, r));
  const reloadRules = useCallback(() => refetchRules({ requestPolicy: 'network-only' }), [refetchRules]);
  const reloadSilences = useCallback(() => refetchSilences({ requestPolicy: 'network-only' }), [refetchSilences]);
  const canManage = place.kind === 'project' ? capRes.data?.project?.viewerCanManageAlerting === true : capRes.data?.me?.platformRole === 'PLATFORM_ADMIN';

  return (
    <section data-testid="alerting-view">
      <h1>{t('alerting.title', { project: place.kind === 'project' ? place.project : t(`alerting.scope.${place.scope}`) })}</h1>
      <p className="muted">{t('alerting.subtitle')}</p>

      <div className={styles.section}>
        <h2>
          {t('alerting.alerts')} <span className="muted small">● {t('alerting.live')}</span>
        </h2>
        <AlertsTable place={place} onSilenced={reloadSilences} />
      </div>

      <div className={styles.section}>
        <h2>{t('alerting.rules')}</h2>
        <ErrorBanner errors={[capRes.error, rulesRes.error, deleted.error]} />
        {rules.length === 0 && !rulesRes.fetching && <p className="muted">{t('alerting.noRules')}</p>}
        {rules.length > 0 && (
          <table className="table" data-testid="alert-rules">
            <thead>
              <tr>
                <th>{t('alerting.col.rule')}</th>
                <th>{t('alerting.col.condition')}</th>
                <th>{t('alerting.col.severity')}</th>
                <th>{t('alerting.col.channels')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {rules.map((r) => (
                <tr key={r.id} data-testid="alert-rule" data-rule={r.name}>
                  <td>
                    {r.name} {!r.enabled && <span className="muted small">({t('alerting.disabled')})</span>}
                  </td>
                  <td className="mono">
                    {r.metric}
                    {`{${r.target ?? t('alerting.allTargets')}}`} {CONDITION[r.condition]} {r.threshold} · {r.forSeconds}s
                  </td>
                  <td>{t(`alerting.severity.${r.severity}`)}</td>
                  <td>{r.channels.map((c) => c.name).join(', ') || '—'}</td>
                  <td>
                    {r.viewerCanManage && (
                      <button type="button" className="small-button" data-testid="alert-rule-delete" onClick={() => void deleteRule({ id: r.id }).then(reloadRules)}>
                        {t('alerting.delete')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {!capRes.data ? null : canManage ? <RuleEditor place={place} onCreated={reloadRules} /> : <p className="notice">{t('alerting.readOnly')}</p>}
      </div>

      <div className={styles.section}>
        <h2>{t('alerting.silences')}</h2>
        <SilencesList result={silencesRes} onExpired={reloadSilences} />
      </div>
    </section>
  );
}
