'use client';

import { useMemo } from 'react';
import Link from 'next/link';
import { graphql } from '@/gql/index.ts';
import type { DevOpsProjectRow_DevOpsProjectFragment } from '@/gql/graphql.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { age } from '@/lib/format.ts';
import { useNow } from '@/lib/use-now.ts';
import type { ServerColumn } from '@/ui/data-table.tsx';
import { devopsHref } from '@/features/devops/routes.ts';

export const DevOpsProjectRowFragment = graphql(`
  fragment DevOpsProjectRow_devOpsProject on DevOpsProject {
    name
    workspace
    description
    createdAt
    viewerCanDelete
  }
`);

export type DevOpsProjectRow = DevOpsProjectRow_DevOpsProjectFragment;

/** The DevOps projects table: name (opens it), description, age (name and age sort), Delete for those who may. */
export function useDevOpsProjectColumns(workspace: string, onDelete: (name: string) => void): ServerColumn<DevOpsProjectRow>[] {
  const t = useT();
  const now = useNow();
  return useMemo<ServerColumn<DevOpsProjectRow>[]>(
    () => [
      {
        id: 'name',
        accessorFn: (p) => p.name,
        meta: { className: 'mono' },
        header: () => t('devops.projects.col.name'),
        cell: ({ row }) => <Link href={devopsHref(workspace, row.original.name)}>{row.original.name}</Link>,
      },
      { id: 'description', enableSorting: false, header: () => t('devops.projects.col.description'), cell: ({ row }) => row.original.description ?? '' },
      { id: 'age', accessorFn: (p) => p.createdAt, header: () => t('devops.projects.col.age'), cell: ({ row }) => age(t, row.original.createdAt, now) },
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
    [t, now, workspace, onDelete],
  );
}
