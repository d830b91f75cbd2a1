'use client';

import { useMemo } from 'react';
import { graphql } from '@/gql/index.ts';
import type { ApiTokenRow_ApiTokenFragment } from '@/gql/graphql.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { useNow } from '@/lib/use-now.ts';
import { age } from '@/lib/format.ts';
import type { ServerColumn } from '@/ui/data-table.tsx';

export const ApiTokenRowFragment = graphql(`
  fragment ApiTokenRow_apiToken on ApiToken {
    id
    name
    prefix
    scope
    projects
    createdAt
    expiresAt
    lastUsedAt
    status
  }
`);

export type ApiTokenRow = ApiTokenRow_ApiTokenFragment;

const day = (iso: string) => new Date(iso).toLocaleDateString();

/** The tokens table's columns (the API lists newest first; nothing sorts here). */
export function useApiTokenColumns(onRevoke: (token: ApiTokenRow) => void): ServerColumn<ApiTokenRow>[] {
  const t = useT();
  const now = useNow();
  return useMemo<ServerColumn<ApiTokenRow>[]>(
    () => [
      { id: 'name', enableSorting: false, header: () => t('tokens.col.name'), cell: ({ row }) => row.original.name },
      { id: 'prefix', enableSorting: false, meta: { className: 'mono' }, header: () => t('tokens.col.prefix'), cell: ({ row }) => `${row.original.prefix}…` },
      { id: 'scope', enableSorting: false, header: () => t('tokens.col.scope'), cell: ({ row }) => t(`tokens.scope.${row.original.scope}`) },
      {
        id: 'projects',
        enableSorting: false,
        header: () => t('tokens.col.projects'),
        cell: ({ row }) => (row.original.projects ? row.original.projects.join(', ') : t('tokens.allProjects')),
      },
      { id: 'created', enableSorting: false, header: () => t('tokens.col.created'), cell: ({ row }) => day(row.original.createdAt) },
      { id: 'expires', enableSorting: false, header: () => t('tokens.col.expires'), cell: ({ row }) => day(row.original.expiresAt) },
      {
        id: 'lastUsed',
        enableSorting: false,
        header: () => t('tokens.col.lastUsed'),
        cell: ({ row }) => (row.original.lastUsedAt ? t('tokens.ago', { age: age(t, row.original.lastUsedAt, now) }) : t('tokens.never')),
      },
      {
        id: 'status',
        enableSorting: false,
        header: () => t('tokens.col.status'),
        cell: ({ row }) => <span data-testid="token-status">{t(`tokens.status.${row.original.status}`)}</span>,
      },
      {
        id: 'actions',
        enableSorting: false,
        header: () => '',
        cell: ({ row }) =>
          row.original.status === 'ACTIVE' ? (
            <button type="button" className="link-button" onClick={() => onRevoke(row.original)} data-testid="token-revoke">
              {t('tokens.revoke')}
            </button>
          ) : null,
      },
    ],
    [t, now, onRevoke],
  );
}
