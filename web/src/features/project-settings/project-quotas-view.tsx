'use client';

import { useMutation, useQuery } from 'urql';
import { getFragmentData } from '@/gql/index.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { ErrorBanner } from '@/ui/error-banner.tsx';
import { IsolationSwitch } from '@/features/project-settings/isolation-switch.tsx';
import { LimitRangeForm } from '@/features/project-settings/limit-range-form.tsx';
import { ProjectQuotasQuery, SetProjectNetworkIsolationMutation, SetProjectQuotaMutation } from '@/features/project-settings/operations.ts';
import { QuotaForm } from '@/features/project-settings/quota-form.tsx';
import { QuotaUsageRowFragment, QuotaUsageTable } from '@/features/project-settings/quota-usage-table.tsx';
import styles from '@/features/project-settings/quotas.module.css';

/** Project settings → quotas and isolation: usage bars, the quota and limit range forms, the isolation switch. */
export function ProjectQuotasView({ project }: { project: string }) {
  const t = useT();
  const [res, refetch] = useQuery({ query: ProjectQuotasQuery, variables: { project } });
  const [, setQuota] = useMutation(SetProjectQuotaMutation);
  const [isoRes, setIsolation] = useMutation(SetProjectNetworkIsolationMutation);
  const p = res.data?.project;
  const canEdit = p?.viewerCanManageSettings === true;
  const quota = p?.quota ?? [];

  return (
    <section data-testid="project-quotas">
      <h1>{t('quotas.projectTitle', { project: p?.displayName || project })}</h1>
      <p className="muted">{t('quotas.projectSubtitle')}</p>
      <ErrorBanner errors={[res.error]} />
      {res.fetching && !res.data && <p className="muted">{t('common.loading')}</p>}
      {p && !canEdit && <p className="notice">{t('quotas.readOnly')}</p>}
      {p && (
        <>
          <div className={styles.section}>
            <h2>{t('quotas.usage')}</h2>
            <div className="toolbar">
              <div className="spacer" />
              <button type="button" className="small-button" onClick={() => refetch({ requestPolicy: 'network-only' })} data-testid="quota-refresh">
                {t('common.refresh')}
              </button>
            </div>
            <QuotaUsageTable rows={quota} />
            {canEdit && (
              // No key from the quota: the first save turns "none" into "set", and remounting the
              // form then lost its "saved" notice (seen in CI). The form's rows are what was saved.
              <QuotaForm
                testId="project-quota-form"
                initial={quota.map((q) => getFragmentData(QuotaUsageRowFragment, q)).map((q) => ({ resource: q.resource, hard: q.hard }))}
                onSave={async (hard) => (await setQuota({ project, hard })).error}
              />
            )}
          </div>
          <div className={styles.section}>
            <h2>{t('limits.title')}</h2>
            <p className="muted">{t('limits.subtitle')}</p>
            <LimitRangeForm project={project} defaults={p.limitRange} canEdit={canEdit} />
          </div>
          <div className={styles.section}>
            <h2>{t('isolation.title')}</h2>
            <IsolationSwitch
              enabled={p.networkIsolated}
              help={t('isolation.projectHelp')}
              canEdit={canEdit}
              busy={isoRes.fetching}
              error={isoRes.error}
              onChange={(enabled) => void setIsolation({ project, enabled })}
            />
          </div>
        </>
      )}
    </section>
  );
}
