'use client';

import { useMutation, useQuery } from 'urql';
import { getFragmentData } from '@/gql/index.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { ErrorBanner } from '@/ui/error-banner.tsx';
import { IsolationSwitch } from '@/features/project-settings/isolation-switch.tsx';
import { QuotaForm } from '@/features/project-settings/quota-form.tsx';
import { QuotaUsageRowFragment, QuotaUsageTable } from '@/features/project-settings/quota-usage-table.tsx';
import styles from '@/features/project-settings/quotas.module.css';
import { SetWorkspaceNetworkIsolationMutation, SetWorkspaceQuotaMutation, WorkspaceQuotasQuery } from '@/features/workspace-settings/operations.ts';

/** Workspace settings → quotas and isolation: the quota over its projects' sum, with usage bars, and the isolation switch. */
export function WorkspaceQuotasView({ workspace }: { workspace: string }) {
  const t = useT();
  const [res, refetch] = useQuery({ query: WorkspaceQuotasQuery, variables: { workspace } });
  const [, setQuota] = useMutation(SetWorkspaceQuotaMutation);
  const [isoRes, setIsolation] = useMutation(SetWorkspaceNetworkIsolationMutation);
  const w = res.data?.workspace;
  const canEdit = w?.viewerCanManageSettings === true;
  const quota = w?.quota ?? [];

  return (
    <section data-testid="workspace-quotas">
      <h1>{t('quotas.workspaceTitle', { workspace: w?.displayName || workspace })}</h1>
      <p className="muted">{t('quotas.workspaceSubtitle')}</p>
      <ErrorBanner errors={[res.error]} />
      {res.fetching && !res.data && <p className="muted">{t('common.loading')}</p>}
      {w && !canEdit && <p className="notice">{t('quotas.workspaceReadOnly')}</p>}
      {w && (
        <>
          <div className={styles.section}>
            <h2>{t('quotas.usage')}</h2>
            <div className="toolbar">
              <div className="spacer" />
              <button type="button" className="small-button" onClick={() => refetch({ requestPolicy: 'network-only' })}>
                {t('common.refresh')}
              </button>
            </div>
            <QuotaUsageTable rows={quota} showAllocated />
            {canEdit && (
              // No key from the quota: the first save turns "none" into "set", and remounting the
              // form then lost its "saved" notice (seen in CI). The form's rows are what was saved.
              <QuotaForm
                testId="workspace-quota-form"
                initial={quota.map((q) => getFragmentData(QuotaUsageRowFragment, q)).map((q) => ({ resource: q.resource, hard: q.hard }))}
                onSave={async (hard) => (await setQuota({ workspace, hard })).error}
              />
            )}
          </div>
          <div className={styles.section}>
            <h2>{t('isolation.title')}</h2>
            <IsolationSwitch
              enabled={w.networkIsolated}
              help={t('isolation.workspaceHelp')}
              canEdit={canEdit}
              busy={isoRes.fetching}
              error={isoRes.error}
              onChange={(enabled) => void setIsolation({ workspace, enabled })}
            />
          </div>
        </>
      )}
    </section>
  );
}
