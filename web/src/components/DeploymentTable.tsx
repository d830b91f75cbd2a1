'use client';

import { useEffect, useState } from 'react';
import { useQuery } from 'urql';
import { useT } from '../i18n/index.tsx';
import { ProjectDeploymentsQuery, type DeploymentRow } from '../operations/workloads.ts';
import { ErrorBanner } from './ErrorBanner.tsx';
import { ScaleDialog } from './ScaleDialog.tsx';

/**
 * The API has no "what may I do here" field yet, so the Scale action is offered unless the
 * server has refused it once for this project (FORBIDDEN); from then on the row says "view only"
 * instead of offering a button that cannot work.
 */
export function DeploymentTable({ project, podEvents }: { project: string; podEvents: number }) {
  const t = useT();
  const [forbidden, setForbidden] = useState(false);
  const canEdit = !forbidden;
  const [res, refetch] = useQuery({ query: ProjectDeploymentsQuery, variables: { name: project } });

  // Ready counts change when pods do: re-read the (small) deployment list shortly after a burst
  // of pod events instead of polling it.
  useEffect(() => {
    if (podEvents === 0) return;
    const id = setTimeout(() => refetch({ requestPolicy: 'network-only' }), 400);
    return () => clearTimeout(id);
  }, [podEvents, refetch]);
  const [scaling, setScaling] = useState<DeploymentRow | null>(null);
  const rows = res.data?.project?.deployments?.edges.map((e) => e.node) ?? [];

  return (
    <div>
      <ErrorBanner errors={[res.error]} />
      <table className="table" data-testid="deployment-table">
        <thead>
          <tr>
            <th>{t('deployments.col.name')}</th>
            <th className="num">{t('deployments.col.replicas')}</th>
            <th className="num">{t('deployments.col.ready')}</th>
            <th>{t('deployments.col.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((d) => (
            <tr key={d.name} data-testid="deployment-row" data-deployment={d.name}>
              <td className="mono">{d.name}</td>
              <td className="num">{d.replicas}</td>
              <td className="num">{d.readyReplicas ?? 0}</td>
              <td>
                {canEdit ? (
                  <button type="button" className="small-button" onClick={() => setScaling(d)}>
                    {t('deployments.scale')}
                  </button>
                ) : (
                  <span className="muted small">{t('deployments.noPermission')}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {res.fetching && !res.data && <p className="muted pad">{t('common.loading')}</p>}
      {res.data && rows.length === 0 && <p className="empty">{t('deployments.empty')}</p>}
      {scaling && (
        <ScaleDialog deployment={scaling} onClose={() => setScaling(null)} onForbidden={() => setForbidden(true)} />
      )}
    </div>
  );
}
