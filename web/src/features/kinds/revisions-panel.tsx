'use client';

import { useMemo, useState } from 'react';
import { useMutation } from 'urql';
import { useT } from '@/lib/i18n/index.tsx';
import { age } from '@/lib/format.ts';
import { useNow } from '@/lib/use-now.ts';
import { ErrorBanner } from '@/ui/error-banner.tsx';
import type { KubeObjectRow } from '@/features/kinds/object-row.ts';
import { useLiveObjects } from '@/features/kinds/use-live-objects.ts';
import { RollbackRolloutMutation } from '@/features/kinds/operations.ts';

/** The revision number of a ReplicaSet or ControllerRevision row. */
function revisionOf(o: KubeObjectRow): number | null {
  if (o.__typename === 'ReplicaSet') return o.revision;
  if (o.__typename === 'ControllerRevision') return o.controllerRevision;
  return null;
}

/**
 * A workload's rollout history: a Deployment's ReplicaSets (revision annotation), a StatefulSet's
 * or DaemonSet's ControllerRevisions, newest first, each with Roll back (`rollbackRollout`) except
 * the one running now (the highest revision; rolling back makes a new, higher one).
 */
export function RevisionsPanel({ kind, source, project, name, canEdit, onRolledBack }: { kind: string; source: 'ReplicaSet' | 'ControllerRevision'; project: string; name: string; canEdit: boolean; onRolledBack: (revision: number) => void }) {
  const t = useT();
  const now = useNow();
  const filter = useMemo(() => ({ owner: `${kind}/${name}` }), [kind, name]);
  const live = useLiveObjects({ kind: source, project, first: 100, after: null, sort: { field: 'CREATED_AT', direction: 'DESC' }, filter });
  const [state, rollback] = useMutation(RollbackRolloutMutation);
  const [done, setDone] = useState<number | null>(null);
  const revisions = useMemo(
    () => live.rows.map((o) => ({ o, revision: revisionOf(o) })).filter((r): r is { o: KubeObjectRow; revision: number } => r.revision !== null).sort((a, b) => b.revision - a.revision),
    [live.rows],
  );
  const current = revisions[0]?.revision ?? null;

  async function rollTo(revision: number) {
    const res = await rollback({ kind, project, name, revision });
    if (res.data) {
      setDone(revision);
      onRolledBack(revision);
    }
  }

  return (
    <div data-testid="revisions">
      <ErrorBanner errors={[live.error, state.error]} />
      {done !== null && (
        <p className="ok-note" role="status" data-testid="rollback-done">
          {t('rollout.rolledBack', { revision: done })}
        </p>
      )}
      <table className="table">
        <thead>
          <tr>
            <th>{t('kinds.col.revision')}</th>
            <th>{t('kinds.col.name')}</th>
            <th>{t('kinds.col.images')}</th>
            <th>{t('kinds.col.age')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {revisions.map(({ o, revision }) => (
            <tr key={o.name} data-testid="revision-row" data-revision={revision}>
              <td className="num">{revision}</td>
              <td className="mono">{o.name}</td>
              <td>{o.__typename === 'ReplicaSet' ? o.images.join(', ') : t('common.none')}</td>
              <td>{age(t, o.metadata.createdAt, now)}</td>
              <td>
                {revision === current ? (
                  <span className="muted small">{t('rollout.current')}</span>
                ) : (
                  canEdit && (
                    <button type="button" className="small-button" disabled={state.fetching} onClick={() => rollTo(revision)} data-testid="rollback">
                      {t('rollout.rollback')}
                    </button>
                  )
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {live.loaded && revisions.length === 0 && <p className="empty">{t('rollout.noRevisions')}</p>}
    </div>
  );
}
