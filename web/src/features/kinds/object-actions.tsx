'use client';

import { useState } from 'react';
import { useMutation, type CombinedError } from 'urql';
import { useT } from '@/lib/i18n/index.tsx';
import { ErrorBanner } from '@/ui/error-banner.tsx';
import type { KubeObjectRow } from '@/features/kinds/object-row.ts';
import type { KindPage } from '@/features/kinds/kind-pages.ts';
import {
  CordonNodeMutation,
  DrainNodeMutation,
  PauseRolloutMutation,
  RestartRolloutMutation,
  ResumeCronJobMutation,
  ResumeRolloutMutation,
  RunCronJobMutation,
  SuspendCronJobMutation,
  UncordonNodeMutation,
} from '@/features/kinds/operations.ts';

/**
 * The kind's own controls, offered only to callers who may use them: restart, pause/resume a
 * rollout; suspend, resume, run a CronJob; cordon, uncordon, drain a node (platform admins).
 */
export function ObjectActions({ page, row, project, canEdit, onDone }: { page: KindPage; row: KubeObjectRow; project: string | null; canEdit: boolean; onDone: () => void }) {
  const t = useT();
  const [error, setError] = useState<CombinedError | undefined>();
  const [note, setNote] = useState<string | null>(null);
  const [, restart] = useMutation(RestartRolloutMutation);
  const [, pause] = useMutation(PauseRolloutMutation);
  const [, resume] = useMutation(ResumeRolloutMutation);
  const [, suspendCron] = useMutation(SuspendCronJobMutation);
  const [, resumeCron] = useMutation(ResumeCronJobMutation);
  const [, runCron] = useMutation(RunCronJobMutation);
  const [, cordon] = useMutation(CordonNodeMutation);
  const [, uncordon] = useMutation(UncordonNodeMutation);
  const [, drain] = useMutation(DrainNodeMutation);
  const [busy, setBusy] = useState(false);
  if (!canEdit) return null;

  const run = async <D,>(action: () => Promise<{ error?: CombinedError; data?: D }>, done: string | ((data: D | undefined) => string)) => {
    setBusy(true);
    setNote(null);
    const res = await action();
    setBusy(false);
    setError(res.error);
    if (!res.error) {
      setNote(typeof done === 'string' ? done : done(res.data));
      onDone();
    }
  };
  const p = project ?? '';
  const name = row.name;
  const buttons: { id: string; label: string; go: () => void }[] = [];
  if (page.workload?.restart) buttons.push({ id: 'restart', label: t('action.restart'), go: () => run(() => restart({ kind: page.kind, project: p, name }), t('action.restarted')) });
  if (row.__typename === 'Deployment') {
    if (row.paused) buttons.push({ id: 'resume', label: t('action.resume'), go: () => run(() => resume({ project: p, name }), t('action.done')) });
    else buttons.push({ id: 'pause', label: t('action.pause'), go: () => run(() => pause({ project: p, name }), t('action.done')) });
  }
  if (row.__typename === 'CronJob') {
    if (row.suspend) buttons.push({ id: 'resume', label: t('action.resume'), go: () => run(() => resumeCron({ project: p, name }), t('action.done')) });
    else buttons.push({ id: 'suspend', label: t('action.suspend'), go: () => run(() => suspendCron({ project: p, name }), t('action.done')) });
    buttons.push({ id: 'run', label: t('action.runNow'), go: () => run(() => runCron({ project: p, name }), t('action.jobStarted')) });
  }
  if (row.__typename === 'Node') {
    if (row.unschedulable) buttons.push({ id: 'uncordon', label: t('action.uncordon'), go: () => run(() => uncordon({ name }), t('action.done')) });
    else buttons.push({ id: 'cordon', label: t('action.cordon'), go: () => run(() => cordon({ name }), t('action.done')) });
    buttons.push({ id: 'drain', label: t('action.drain'), go: () =>
        run(
          () => drain({ name }),
          (data) => {
            const result = data?.drainNode;
            if (!result || result.complete) return t('action.drained');
            return t('action.drainIncomplete', { evicted: result.evicted.length, pending: result.pending.map((p) => p.pod).join(', ') });
          },
        ),
    });
  }
  if (!buttons.length) return null;
  return (
    <div>
      <div className="detail-actions">
        {buttons.map((b) => (
          <button key={b.id} type="button" disabled={busy} onClick={b.go} data-testid={`action-${b.id}`}>
            {b.label}
          </button>
        ))}
        {note && <span className="ok-note" role="status">{note}</span>}
      </div>
      <ErrorBanner errors={[error]} />
    </div>
  );
}
