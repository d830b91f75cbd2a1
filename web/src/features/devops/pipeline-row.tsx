'use client';

import { useMemo } from 'react';
import Link from 'next/link';
import { graphql } from '@/gql/index.ts';
import type { PipelineRow_PipelineFragment } from '@/gql/graphql.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { useNow } from '@/lib/use-now.ts';
import { age } from '@/lib/format.ts';
import type { ServerColumn } from '@/ui/data-table.tsx';
import { RunStatus, duration } from '@/features/devops/run-status.tsx';
import { devopsHref } from '@/features/devops/routes.ts';

export const PipelineRowFragment = graphql(`
  fragment PipelineRow_pipeline on Pipeline {
    name
    project
    description
    lastRun {
      id
      number
      status
      startedAt
      durationMs
    }
  }
`);

export type PipelineRow = PipelineRow_PipelineFragment;

/** The pipelines table: name (opens it), description, last run's state, start and length. */
export function usePipelineColumns(workspace: string): ServerColumn<PipelineRow>[] {
  const t = useT();
  const now = useNow();
  return useMemo<ServerColumn<PipelineRow>[]>(
    () => [
      {
        id: 'name',
        enableSorting: false,
        meta: { className: 'mono' },
        header: () => t('devops.pipelines.col.name'),
        cell: ({ row }) => <Link href={devopsHref(workspace, row.original.project, row.original.name)}>{row.original.name}</Link>,
      },
      { id: 'description', enableSorting: false, header: () => t('devops.pipelines.col.description'), cell: ({ row }) => row.original.description ?? '' },
      {
        id: 'lastRun',
        enableSorting: false,
        header: () => t('devops.pipelines.col.lastRun'),
        cell: ({ row }) => {
          const r = row.original.lastRun;
          return r ? (
            <>
              #{r.number ?? '…'} <RunStatus status={r.status} />
            </>
          ) : (
            t('devops.pipelines.neverRun')
          );
        },
      },
      { id: 'started', enableSorting: false, header: () => t('devops.runs.col.started'), cell: ({ row }) => age(t, row.original.lastRun?.startedAt, now) },
      { id: 'duration', enableSorting: false, meta: { className: 'num' }, header: () => t('devops.runs.col.duration'), cell: ({ row }) => duration(row.original.lastRun?.durationMs) },
    ],
    [t, now, workspace],
  );
}
