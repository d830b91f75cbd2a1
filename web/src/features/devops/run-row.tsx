'use client';

import { useMemo } from 'react';
import Link from 'next/link';
import { graphql } from '@/gql/index.ts';
import type { RunRow_PipelineRunFragment } from '@/gql/graphql.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { useNow } from '@/lib/use-now.ts';
import { age } from '@/lib/format.ts';
import type { ServerColumn } from '@/ui/data-table.tsx';
import { RunStatus, duration } from '@/features/devops/run-status.tsx';

export const RunRowFragment = graphql(`
  fragment RunRow_pipelineRun on PipelineRun {
    id
    number
    status
    startedAt
    durationMs
    startedBy
    stages {
      id
      name
      status
      durationMs
    }
  }
`);

export type RunRow = RunRow_PipelineRunFragment;

/** The run history's columns: number (opens the run), state, each stage with its duration, start, length, cause. */
export function useRunColumns(runHref: (n: number) => string): ServerColumn<RunRow>[] {
  const t = useT();
  const now = useNow();
  return useMemo<ServerColumn<RunRow>[]>(
    () => [
      {
        id: 'number',
        enableSorting: false,
        header: () => t('devops.runs.col.number'),
        cell: ({ row }) => (row.original.number == null ? t('devops.status.QUEUED') : <Link href={runHref(row.original.number)}>#{row.original.number}</Link>),
      },
      { id: 'status', enableSorting: false, header: () => t('devops.runs.col.status'), cell: ({ row }) => <RunStatus status={row.original.status} /> },
      {
        id: 'stages',
        enableSorting: false,
        header: () => t('devops.runs.col.stages'),
        cell: ({ row }) => (
          <span className="stage-chips">
            {(row.original.stages ?? []).map((s) => (
              <span key={s.id} className={`stage-chip stage-${s.status.toLowerCase()}`} title={`${s.name}: ${t(`devops.status.${s.status}`)}`}>
                {s.name} <span className="muted">{duration(s.durationMs)}</span>
              </span>
            ))}
          </span>
        ),
      },
      { id: 'started', enableSorting: false, header: () => t('devops.runs.col.started'), cell: ({ row }) => age(t, row.original.startedAt, now) },
      { id: 'duration', enableSorting: false, meta: { className: 'num' }, header: () => t('devops.runs.col.duration'), cell: ({ row }) => duration(row.original.durationMs) },
      { id: 'startedBy', enableSorting: false, header: () => t('devops.runs.col.startedBy'), cell: ({ row }) => row.original.startedBy ?? '—' },
    ],
    [t, now, runHref],
  );
}
