'use client';

import { useMemo } from 'react';
import Link from 'next/link';
import type { WorkloadSortField } from '@/gql/graphql.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { age } from '@/lib/format.ts';
import { useNow } from '@/lib/use-now.ts';
import type { ServerColumn } from '@/ui/data-table.tsx';
import type { KubeObjectRow } from '@/features/kinds/object-row.ts';
import { detailHref, type KindPage } from '@/features/kinds/kind-pages.ts';
import { SORT_COLUMNS } from '@/features/kinds/sorting.ts';
import { StatusBadge } from '@/features/kinds/status-badge.tsx';

/**
 * A kind's table columns: Name (a link to its page), Status, the kind's own columns, Age. Only the
 * sort keys the API lists for the kind are clickable.
 */
export function useKindColumns(page: KindPage, workspace: string | undefined, project: string | undefined, sortKeys: readonly WorkloadSortField[] | undefined) {
  const t = useT();
  const now = useNow();
  return useMemo<ServerColumn<KubeObjectRow>[]>(() => {
    const sortable = (id: string) => !!sortKeys?.includes(SORT_COLUMNS[id]);
    return [
      {
        id: 'name',
        enableSorting: sortable('name'),
        header: () => t('kinds.col.name'),
        cell: ({ row }) => {
          const href = detailHref(page, { workspace, project }, row.original.name);
          return href ? (
            <Link href={href} className="mono" data-testid="object-link">
              {row.original.name}
            </Link>
          ) : (
            row.original.name
          );
        },
      },
      {
        id: 'status',
        enableSorting: sortable('status'),
        header: () => t('kinds.col.status'),
        cell: ({ row }) => <StatusBadge status={row.original.status.status} message={row.original.status.message} />,
      },
      ...page.columns.map<ServerColumn<KubeObjectRow>>((c) => ({
        id: c.id,
        enableSorting: false,
        header: () => t(c.header),
        meta: c.num ? { className: 'num' } : undefined,
        cell: ({ row }) => c.value(row.original, t),
      })),
      { id: 'age', enableSorting: sortable('age'), header: () => t('kinds.col.age'), cell: ({ row }) => age(t, row.original.metadata.createdAt, now) },
    ];
  }, [page, t, now, sortKeys, workspace, project]);
}
