'use client';

import { useMemo } from 'react';
import { parse } from 'yaml';
import { useT } from '@/lib/i18n/index.tsx';
import type { KubeObjectRow } from '@/features/kinds/object-row.ts';
import type { KindPage } from '@/features/kinds/kind-pages.ts';
import { StatusBadge } from '@/features/kinds/status-badge.tsx';

interface Meta {
  labels: { key: string; value: string }[];
  annotations: { key: string; value: string }[];
  ownerReferences: { kind: string; name: string; controller: boolean }[];
}

export interface Condition {
  type: string;
  status: string;
  reason?: string;
  message?: string;
  lastTransitionTime?: string;
}

/** status.conditions of any kind, read from its YAML (every kind's conditions look alike). */
export function conditionsOf(yamlText: string): Condition[] {
  try {
    const doc = parse(yamlText) as { status?: { conditions?: unknown } } | null;
    const list = doc?.status?.conditions;
    return Array.isArray(list) ? (list.filter((c) => c && typeof c === 'object' && 'type' in c) as Condition[]) : [];
  } catch {
    return [];
  }
}

/** What a kind's list shows, as a definition list, plus metadata and its status conditions. */
export function ObjectOverview({ page, row, meta, yaml }: { page: KindPage; row: KubeObjectRow; meta: Meta; yaml: string }) {
  const t = useT();
  const conditions = useMemo(() => conditionsOf(yaml), [yaml]);
  return (
    <div data-testid="object-overview">
      <dl className="kv">
        <dt>{t('kinds.col.status')}</dt>
        <dd>
          <StatusBadge status={row.status.status} message={row.status.message} /> {row.status.message && <span className="muted small">{row.status.message}</span>}
        </dd>
        {row.namespace && (
          <>
            <dt>{t('kinds.field.project')}</dt>
            <dd>{row.namespace}</dd>
          </>
        )}
        {page.columns.map((c) => (
          <FieldRow key={c.id} label={t(c.header)} value={c.value(row, t)} />
        ))}
        <FieldRow label={t('kinds.field.created')} value={new Date(row.metadata.createdAt).toLocaleString()} />
        <dt>{t('kinds.field.labels')}</dt>
        <dd className="chips">{meta.labels.length ? meta.labels.map((l) => <span key={l.key} className="chip">{`${l.key}=${l.value}`}</span>) : t('common.none')}</dd>
        <dt>{t('kinds.field.annotations')}</dt>
        <dd className="chips">{meta.annotations.length ? meta.annotations.map((l) => <span key={l.key} className="chip" title={l.value}>{l.key}</span>) : t('common.none')}</dd>
        <dt>{t('kinds.field.owners')}</dt>
        <dd>{meta.ownerReferences.length ? meta.ownerReferences.map((o) => `${o.kind}/${o.name}`).join(', ') : t('common.none')}</dd>
      </dl>
      <h3>{t('kinds.conditions')}</h3>
      {conditions.length === 0 ? (
        <p className="muted">{t('kinds.noConditions')}</p>
      ) : (
        <table className="table" data-testid="conditions">
          <thead>
            <tr>
              <th>{t('kinds.col.type')}</th>
              <th>{t('kinds.col.status')}</th>
              <th>{t('kinds.col.reason')}</th>
              <th>{t('kinds.col.message')}</th>
              <th>{t('kinds.field.since')}</th>
            </tr>
          </thead>
          <tbody>
            {conditions.map((c) => (
              <tr key={c.type}>
                <td>{c.type}</td>
                <td>{c.status}</td>
                <td>{c.reason ?? t('common.none')}</td>
                <td style={{ whiteSpace: 'normal' }}>{c.message ?? t('common.none')}</td>
                <td>{c.lastTransitionTime ? new Date(c.lastTransitionTime).toLocaleString() : t('common.none')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

function FieldRow({ label, value }: { label: string; value: string }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </>
  );
}
