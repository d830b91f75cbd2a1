'use client';

import { useMemo } from 'react';
import { graphql } from '@/gql/index.ts';
import type { PodRow_PodFragment, PodRowUsage_PodFragment } from '@/gql/graphql.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { useNow } from '@/lib/use-now.ts';
import { age, cpu, memory } from '@/lib/format.ts';
import type { ServerColumn } from '@/ui/data-table.tsx';
import { PhaseBadge } from '@/features/workloads/pods/phase-badge.tsx';

/**
 * A row of the pod table. The pods query and the podStatusChanged subscription both select this
 * fragment, so a streamed pod has exactly the fields of a queried one.
 */
export const PodRowFragment = graphql(`
  fragment PodRow_pod on Pod {
    name
    namespace
    phase
    podIP
    nodeName
    createdAt
    containers {
      name
      ready
      restartCount
    }
  }
`);

/** CPU/memory of a row: from Prometheus, asked for separately (see ProjectPodMetricsQuery). */
export const PodRowUsageFragment = graphql(`
  fragment PodRowUsage_pod on Pod {
    name
    metrics {
      cpu
      memory
    }
  }
`);

export type PodStatus = PodRow_PodFragment;
export type PodUsage = PodRowUsage_PodFragment['metrics'];
/** What a row shows: the pod's status, with usage joined in by name (null until it arrives). */
export type PodRow = PodStatus & { metrics?: PodUsage };

const restartsOf = (p: PodStatus) => p.containers.reduce((n, c) => n + c.restartCount, 0);

/**
 * The pod table's columns. Name and Age sort on the server (the API sorts by NAME or
 * CREATED_AT); the other columns are shown as they come.
 */
export function usePodColumns(onOpen: (pod: string) => void): ServerColumn<PodRow>[] {
  const t = useT();
  const now = useNow();
  return useMemo<ServerColumn<PodRow>[]>(
    () => [
      {
        id: 'name',
        accessorFn: (p) => p.name,
        header: () => t('pods.col.name'),
        cell: ({ row }) => (
          <button type="button" className="link-button mono" onClick={() => onOpen(row.original.name)}>
            {row.original.name}
          </button>
        ),
      },
      { id: 'phase', enableSorting: false, header: () => t('pods.col.status'), cell: ({ row }) => <PhaseBadge phase={row.original.phase} /> },
      {
        id: 'ready',
        enableSorting: false,
        header: () => t('pods.col.ready'),
        cell: ({ row }) => `${row.original.containers.filter((c) => c.ready).length}/${row.original.containers.length}`,
      },
      {
        id: 'restarts',
        enableSorting: false,
        meta: { className: 'num' },
        header: () => t('pods.col.restarts'),
        cell: ({ row }) => restartsOf(row.original),
      },
      {
        id: 'ip',
        enableSorting: false,
        meta: { className: 'mono' },
        header: () => t('pods.col.ip'),
        cell: ({ row }) => row.original.podIP ?? t('common.none'),
      },
      { id: 'node', enableSorting: false, header: () => t('pods.col.node'), cell: ({ row }) => row.original.nodeName ?? t('common.none') },
      {
        id: 'cpu',
        enableSorting: false,
        meta: { className: 'num' },
        header: () => t('pods.col.cpu'),
        cell: ({ row }) => cpu(row.original.metrics?.cpu),
      },
      {
        id: 'memory',
        enableSorting: false,
        meta: { className: 'num' },
        header: () => t('pods.col.memory'),
        cell: ({ row }) => memory(row.original.metrics?.memory),
      },
      {
        id: 'age',
        accessorFn: (p) => p.createdAt,
        meta: { className: 'num' },
        header: () => t('pods.col.age'),
        cell: ({ row }) => age(t, row.original.createdAt, now),
      },
    ],
    [t, now, onOpen],
  );
}
