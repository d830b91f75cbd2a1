'use client';

import { useMemo } from 'react';
import { graphql } from '@/gql/index.ts';
import type { CredentialRow_CredentialFragment } from '@/gql/graphql.ts';
import { useT } from '@/lib/i18n/index.tsx';
import type { ServerColumn } from '@/ui/data-table.tsx';

/** Id, type and description only: the API never returns a credential's secret. */
export const CredentialRowFragment = graphql(`
  fragment CredentialRow_credential on Credential {
    id
    project
    type
    description
  }
`);

export type CredentialRow = CredentialRow_CredentialFragment;

export function useCredentialColumns(canManage: boolean, onDelete: (id: string) => void): ServerColumn<CredentialRow>[] {
  const t = useT();
  return useMemo<ServerColumn<CredentialRow>[]>(
    () => [
      { id: 'id', accessorFn: (c) => c.id, meta: { className: 'mono' }, header: () => t('devops.credentials.col.id'), cell: ({ row }) => row.original.id },
      { id: 'type', enableSorting: false, header: () => t('devops.credentials.col.type'), cell: ({ row }) => t(`devops.credentialType.${row.original.type}`) },
      { id: 'description', enableSorting: false, header: () => t('devops.credentials.col.description'), cell: ({ row }) => row.original.description ?? '' },
      {
        id: 'actions',
        enableSorting: false,
        header: () => '',
        cell: ({ row }) =>
          canManage ? (
            <button type="button" className="small-button" onClick={() => onDelete(row.original.id)} data-testid="credential-delete">
              {t('devops.delete.submit')}
            </button>
          ) : null,
      },
    ],
    [t, canManage, onDelete],
  );
}
