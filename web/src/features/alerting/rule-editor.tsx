'use client';

import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import type { AlertCondition, AlertSeverity } from '@/gql/graphql.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { useDebounced } from '@/lib/use-debounced.ts';
import { ErrorBanner } from '@/ui/error-banner.tsx';
import { AlertEditorDataQuery, AlertMetricPreviewQuery, CreateAlertRuleMutation } from '@/features/alerting/operations.ts';
import styles from '@/features/alerting/alerting.module.css';
import { placeScope, type AlertingPlace } from '@/features/alerting/place.ts';

const CONDITIONS: { id: AlertCondition; label: string }[] = [
  { id: 'GT' as AlertCondition, label: '>' },
  { id: 'GTE' as AlertCondition, label: '≥' },
  { id: 'LT' as AlertCondition, label: '<' },
  { id: 'LTE' as AlertCondition, label: '≤' },
];
const SEVERITIES = ['CRITICAL', 'WARNING', 'INFO'] as AlertSeverity[];

interface Form {
  name: string;
  metric: string;
  target: string;
  condition: AlertCondition;
  threshold: string;
  forSeconds: string;
  severity: AlertSeverity;
  repeatIntervalSeconds: string;
  channelIds: string[];
  enabled: boolean;
}

/**
 * The rule editor of a project: a metric of the catalogue, an optional pod or workload, the
 * condition; the preview shows the metric's current values for that choice (alertMetricPreview,
 * the same expression the rule will evaluate), so a threshold can be set against real numbers.
 */
export function RuleEditor({ place, onCreated }: { place: AlertingPlace; onCreated: () => void }) {
  const t = useT();
  const scope = placeScope(place);
  const project = place.kind === 'project' ? place.project : null;
  const [data] = useQuery({ query: AlertEditorDataQuery, variables: { workspace: place.kind === 'project' ? place.workspace : null, scope } });
  const [form, setForm] = useState<Form>({
    name: '',
    metric: scope === 'PROJECT' ? 'pod_cpu_usage' : scope === 'NODE' ? 'node_cpu_utilisation' : 'cluster_cpu_utilisation',
    target: '',
    condition: 'GT' as AlertCondition,
    threshold: '0.5',
    forSeconds: '60',
    severity: 'WARNING' as AlertSeverity,
    repeatIntervalSeconds: '3600',
    channelIds: [],
    enabled: true,
  });
  const previewArgs = useDebounced(JSON.stringify({ scope, project, metric: form.metric, target: form.target.trim() || null }));
  const [preview] = useQuery({ query: AlertMetricPreviewQuery, variables: JSON.parse(previewArgs) as { scope: typeof scope; project: string | null; metric: string; target: string | null }, requestPolicy: 'network-only' });
  const [created, create] = useMutation(CreateAlertRuleMutation);
  const metric = data.data?.alertMetrics.find((m) => m.name === form.metric);
  const set = <K extends keyof Form>(key: K, value: Form[K]) => setForm((f) => ({ ...f, [key]: value }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    const res = await create({
      input: {
        name: form.name.trim(),
        scope,
        project,
        metric: form.metric,
        target: form.target.trim() || null,
        condition: form.condition,
        threshold: Number(form.threshold),
        forSeconds: Number(form.forSeconds),
        severity: form.severity,
        repeatIntervalSeconds: Number(form.repeatIntervalSeconds),
        channelIds: form.channelIds,
        enabled: form.enabled,
      },
    });
    if (!res.error) {
      setForm((f) => ({ ...f, name: '' }));
      onCreated();
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} data-testid="alert-rule-editor">
      <h3>{t('alerting.editor.title')}</h3>
      <ErrorBanner errors={[data.error, created.error]} />
      <div className={styles.form}>
        <label>
          {t('alerting.editor.name')}
          <input required value={form.name} onChange={(e) => set('name', e.target.value)} data-testid="rule-name" />
        </label>
        <label>
          {t('alerting.editor.metric')}
          <select value={form.metric} onChange={(e) => set('metric', e.target.value)} data-testid="rule-metric">
            {data.data?.alertMetrics.map((m) => (
              <option key={m.name} value={m.name}>
                {m.name} ({m.unit})
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('alerting.editor.target')}
          <input value={form.target} onChange={(e) => set('target', e.target.value)} placeholder={metric?.target.toLowerCase()} disabled={metric?.target === 'NONE'} data-testid="rule-target" />
        </label>
        <label>
          {t('alerting.editor.condition')}
          <select value={form.condition} onChange={(e) => set('condition', e.target.value as AlertCondition)} data-testid="rule-condition">
            {CONDITIONS.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('alerting.editor.threshold')}
          <input type="number" step="any" required value={form.threshold} onChange={(e) => set('threshold', e.target.value)} data-testid="rule-threshold" />
        </label>
        <label>
          {t('alerting.editor.for')}
          <input type="number" min={0} max={86400} required value={form.forSeconds} onChange={(e) => set('forSeconds', e.target.value)} data-testid="rule-for" />
        </label>
        <label>
          {t('alerting.editor.severity')}
          <select value={form.severity} onChange={(e) => set('severity', e.target.value as AlertSeverity)} data-testid="rule-severity">
            {SEVERITIES.map((s) => (
              <option key={s} value={s}>
                {t(`alerting.severity.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('alerting.editor.repeat')}
          <input type="number" min={60} required value={form.repeatIntervalSeconds} onChange={(e) => set('repeatIntervalSeconds', e.target.value)} data-testid="rule-repeat" />
        </label>
        <div className={`${styles.wide} ${styles.checks}`}>
          <span>{t('alerting.editor.channels')}:</span>
          {data.data?.notificationChannels.length === 0 && <span className="muted">{t('alerting.editor.noChannels')}</span>}
          {data.data?.notificationChannels.map((c) => (
            <label key={c.id}>
              <input
                type="checkbox"
                checked={form.channelIds.includes(c.id)}
                onChange={(e) => set('channelIds', e.target.checked ? [...form.channelIds, c.id] : form.channelIds.filter((id) => id !== c.id))}
                data-testid={`rule-channel-${c.name}`}
              />
              {c.name} <span className="muted small">{t(`alerting.channels.type.${c.type}`)}</span>
            </label>
          ))}
          <label>
            <input type="checkbox" checked={form.enabled} onChange={(e) => set('enabled', e.target.checked)} data-testid="rule-enabled" />
            {t('alerting.editor.enabled')}
          </label>
        </div>
        <div className={styles.wide} data-testid="rule-preview">
          <strong>{t('alerting.editor.preview')}:</strong>{' '}
          {preview.error ? (
            <span className="error">{preview.error.graphQLErrors[0]?.message ?? preview.error.message}</span>
          ) : preview.data?.alertMetricPreview?.length ? (
            preview.data.alertMetricPreview.slice(0, 10).map((v) => (
              <span key={v.target} className="mono" data-testid="rule-preview-value">
                {v.target || '—'} = {Number(v.value.toPrecision(4))}{' '}
              </span>
            ))
          ) : (
            <span className="muted">{t('alerting.editor.previewNone')}</span>
          )}
        </div>
      </div>
      <button type="submit" className="primary" disabled={created.fetching} data-testid="rule-create">
        {t('alerting.editor.create')}
      </button>
    </form>
  );
}
