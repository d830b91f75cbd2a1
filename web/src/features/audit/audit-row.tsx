'use client';

import { useMemo } from 'react';
import { graphql } from '@/gql/index.ts';
import type { AuditRow_EventFragment } from '@/gql/graphql.ts';
import { useT } from '@/lib/i18n/index.tsx';
import type { ServerColumn } from '@/ui/data-table.tsx';

export const AuditRowFragment = graphql(`
  fragment AuditRow_event on AuditEvent {
    id
    time
    username
    credential
    credentialId
    operationName
    operation
    targetKind
    workspace
    project
    targetName
    arguments
    result
    requestId
    clientAddress
  }
`);

/** A row of either source (Postgres auditEvents, Elasticsearch searchAuditEvents): one value type. */
export type AuditRow = Omit<AuditRow_EventFragment, '__typename' | ' $fragmentName'>;

const target = (e: AuditRow) => [e.targetKind, [e.workspace, e.project, e.targetName].filter(Boolean).join(' / ')].filter(Boolean).join(': ');

/** The audit table's columns; the API orders by time, newest first (no other sort). */
export function useAuditColumns(): ServerColumn<AuditRow>[] {
  const t = useT();
  return useMemo<ServerColumn<AuditRow>[]>(
    () => [
      { id: 'time', enableSorting: false, meta: { className: 'mono' }, header: () => t('audit.col.time'), cell: ({ row }) => new Date(row.original.time).toLocaleString() },
      {
        id: 'user',
        enableSorting: false,
        header: () => t('audit.col.user'),
        cell: ({ row }) => (
          <span title={row.original.credentialId ?? undefined}>
            {row.original.username ?? '—'} <span className="muted small">{t(`audit.credential.${row.original.credential}`)}</span>
          </span>
        ),
      },
      { id: 'operation', enableSorting: false, meta: { className: 'mono' }, header: () => t('audit.col.operation'), cell: ({ row }) => row.original.operation },
      { id: 'target', enableSorting: false, header: () => t('audit.col.target'), cell: ({ row }) => target(row.original) },
      {
        id: 'result',
        enableSorting: false,
        header: () => t('audit.col.result'),
        cell: ({ row }) => <span className={row.original.result === 'ok' ? 'ok' : 'error'}>{row.original.result}</span>,
      },
      { id: 'client', enableSorting: false, meta: { className: 'mono' }, header: () => t('audit.col.client'), cell: ({ row }) => row.original.clientAddress ?? '—' },
      {
        id: 'arguments',
        enableSorting: false,
        header: () => t('audit.col.arguments'),
        cell: ({ row }) => (
          <details>
            <summary className="muted small">{t('audit.show')}</summary>
            <pre className="mono small" data-testid="audit-arguments">{JSON.stringify(JSON.parse(row.original.arguments), null, 2)}</pre>
            <p className="muted small">{t('audit.requestId', { id: row.original.requestId })}</p>
          </details>
        ),
      },
    ],
    [t],
  );
}
