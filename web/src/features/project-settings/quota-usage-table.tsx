'use client';

import { useMemo } from 'react';
import { graphql, getFragmentData, type FragmentType } from '@/gql/index.ts';
import type { QuotaUsageRow_QuotaUsageFragment } from '@/gql/graphql.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { DataTable, type ServerColumn } from '@/ui/data-table.tsx';
import { resourceLabel } from '@/features/project-settings/quota-resources.ts';
import styles from '@/features/project-settings/quotas.module.css';

export const QuotaUsageRowFragment = graphql(`
  fragment QuotaUsageRow_quotaUsage on QuotaUsage {
    resource
    hard
    used
    allocated
    fraction
  }
`);

type Row = QuotaUsageRow_QuotaUsageFragment;

/** A bar of used ÷ hard; full and red at or over the limit. */
function UsageBar({ fraction }: { fraction: number | null | undefined }) {
  if (fraction == null) return null;
  const pct = Math.min(100, Math.round(fraction * 100));
  return (
    <span className={styles.bar} role="meter" aria-valuemin={0} aria-valuemax={100} aria-valuenow={pct} data-testid="quota-bar">
      <span className={fraction >= 1 ? styles.full : styles.fill} style={{ width: `${pct}%` }} />
    </span>
  );
}

/** Each limited resource: used / limit with a bar (and, for a workspace, what its projects were given). */
export function QuotaUsageTable({ rows: refs, showAllocated = false }: { rows: readonly FragmentType<typeof QuotaUsageRowFragment>[]; showAllocated?: boolean }) {
  const t = useT();
  const rows = refs.map((r) => getFragmentData(QuotaUsageRowFragment, r));
  const columns = useMemo<ServerColumn<Row>[]>(
    () => [
      { id: 'resource', enableSorting: false, header: () => t('quotas.resource'), cell: ({ row }) => resourceLabel(t, row.original.resource) },
      {
        id: 'usage',
        enableSorting: false,
        header: () => t('quotas.usage'),
        cell: ({ row }) => (
          <span data-testid={`quota-usage-${row.original.resource}`}>
            {row.original.used ?? t('quotas.notCounted')} / {row.original.hard}
          </span>
        ),
      },
      { id: 'bar', enableSorting: false, header: () => '', cell: ({ row }) => <UsageBar fraction={row.original.fraction} /> },
      ...(showAllocated ? [{ id: 'allocated', enableSorting: false, header: () => t('quotas.allocated'), cell: ({ row }) => row.original.allocated ?? '' } as ServerColumn<Row>] : []),
    ],
    [t, showAllocated],
  );
  if (rows.length === 0) return <p className="empty">{t('quotas.none')}</p>;
  return <DataTable columns={columns} rows={rows} rowId={(r) => r.resource} sorting={[]} onSortingChange={() => undefined} testId="quota-usage" />;
}
