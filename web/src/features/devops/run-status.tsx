'use client';

import type { PipelineRunStatus, PipelineStageStatus } from '@/gql/graphql.ts';
import { useT } from '@/lib/i18n/index.tsx';

/** A run's or a stage's state as a coloured word (`data-status` for tests and styles). */
export function RunStatus({ status, stage }: { status: PipelineRunStatus | PipelineStageStatus; stage?: boolean }) {
  const t = useT();
  return (
    <span className={`run-status run-status-${status.toLowerCase()}`} data-status={status} data-testid={stage ? 'stage-status' : 'run-status'}>
      {t(`devops.status.${status}`)}
    </span>
  );
}

/** "1m 05s", "850 ms": a duration the way a run history shows it. */
export function duration(ms: number | null | undefined): string {
  if (ms == null || !Number.isFinite(ms)) return '—';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m ${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(m / 60)}h ${String(m % 60).padStart(2, '0')}m`;
}
