'use client';

import { useMemo } from 'react';
import Link from 'next/link';
import { graphql } from '@/gql/index.ts';
import type { DevOpsProjectRow_DevOpsProjectFragment } from '@/gql/graphql.ts';
import { useT } from '@/lib/i18n/index.tsx';
import type { ServerColumn } from '@/ui/data-table.tsx';
import { devopsHref } from '@/features/devops/routes.ts';

export const DevOpsProjectRowFragment = graphql(`
  fragment DevOpsProjectRow_devOpsProject on DevOpsProject {
    name
    workspace
    description
    viewerCanDelete
  }
`);

export type DevOpsProjectRow = DevOpsProjectRow_DevOpsProjectFragment;

/** The DevOps projects table: name (opens it), description, Delete for those who may. */
export function useDevOpsProjectColumns(workspace: string, onDelete: (name: string) => void): ServerColumn<DevOpsProjectRow>[] {
  const t = useT();
  return useMemo<ServerColumn<DevOpsProjectRow>[]>(
    () => [
      {
        id: 'name',
        enableSorting: false,
        meta: { className: 'mono' },
        header: () => t('devops.projects.col.name'),
        cell: ({ row }) => <Link href={devopsHref(workspace, row.original.name)}>{row.original.name}</Link>,
      },
      { id: 'description', enableSorting: false, header: () => t('devops.projects.col.description'), cell: ({ row }) => row.original.description ?? '' },
      {
        id: 'actions',
        enableSorting: false,
        header: () => '',
        cell: ({ row }) =>
          row.original.viewerCanDelete ? (
            <button type="button" className="small-button" onClick={() => onDelete(row.original.name)} data-testid="devops-project-delete">
              {t('devops.delete.submit')}
            </button>
          ) : null,
      },
    ],
    [t, workspace, onDelete],
  );
}
