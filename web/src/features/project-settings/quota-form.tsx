'use client';

import { useState, type FormEvent } from 'react';
import type { CombinedError } from 'urql';
import { useT } from '@/lib/i18n/index.tsx';
import { ErrorBanner } from '@/ui/error-banner.tsx';
import { QUOTA_RESOURCES, resourceLabel } from '@/features/project-settings/quota-resources.ts';
import styles from '@/features/project-settings/quotas.module.css';

export interface QuotaLimit {
  resource: string;
  hard: string;
}

/**
 * The limits of a quota as rows (resource, amount); saving sends them all (none: no quota).
 * The API checks them (and, for a workspace, the sum rule) and names the refused resource.
 */
export function QuotaForm({ initial, onSave, testId }: { initial: QuotaLimit[]; onSave: (hard: QuotaLimit[]) => Promise<CombinedError | undefined>; testId: string }) {
  const t = useT();
  const [rows, setRows] = useState<QuotaLimit[]>(initial);
  const [error, setError] = useState<CombinedError | undefined>();
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const unused = QUOTA_RESOURCES.filter((r) => !rows.some((row) => row.resource === r));
  const refused = error?.graphQLErrors[0]?.extensions?.resource;

  const change = (i: number, patch: Partial<QuotaLimit>) => {
    setSaved(false);
    setRows((rs) => rs.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  };
  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    const err = await onSave(rows.map((r) => ({ resource: r.resource, hard: r.hard.trim() })));
    setBusy(false);
    setError(err);
    setSaved(!err);
  }

  return (
    <form onSubmit={submit} data-testid={testId}>
      <ErrorBanner errors={[error]} />
      {typeof refused === 'string' && (
        <p className="field-error" role="alert" data-testid="quota-refused-resource">
          {t('quotas.overResource', { resource: resourceLabel(t, refused) })}
        </p>
      )}
      <div className={styles.rows}>
        {rows.map((row, i) => (
          <div className={styles.row} key={i}>
            <select aria-label={t('quotas.resource')} value={row.resource} onChange={(e) => change(i, { resource: e.target.value })} data-testid={`quota-resource-${i}`}>
              {[row.resource, ...unused].map((r) => (
                <option key={r} value={r}>
                  {resourceLabel(t, r)}
                </option>
              ))}
            </select>
            <input aria-label={t('quotas.amount')} value={row.hard} onChange={(e) => change(i, { hard: e.target.value })} placeholder="2, 500m, 4Gi" data-testid={`quota-hard-${i}`} />
            <button type="button" className="link-button" onClick={() => setRows((rs) => rs.filter((_, j) => j !== i))}>
              {t('quotas.remove')}
            </button>
          </div>
        ))}
      </div>
      <div className="toolbar">
        {unused.length > 0 && (
          <button type="button" className="small-button" onClick={() => setRows((rs) => [...rs, { resource: unused[0], hard: '' }])} data-testid="quota-add">
            {t('quotas.addLimit')}
          </button>
        )}
        <div className="spacer" />
        {saved && (
          <span className="notice" role="status" data-testid="quota-saved">
            {t('quotas.saved')}
          </span>
        )}
        <button type="submit" className="primary" disabled={busy} data-testid="quota-save">
          {t('quotas.save')}
        </button>
      </div>
    </form>
  );
}
