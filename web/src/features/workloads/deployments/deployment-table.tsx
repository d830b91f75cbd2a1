'use client';

import { useEffect, useState } from 'react';
import { useQuery } from 'urql';
import { useT } from '../i18n/index.tsx';
import { ProjectDeploymentsQuery, type DeploymentRow } from '../operations/workloads.ts';
import { ErrorBanner } from './ErrorBanner.tsx';
import { ScaleDialog } from './ScaleDialog.tsx';

/**
 * The Scale action is offered only when the API says the caller may change this project
 * (`Project.viewerCanEdit`, the rule the server enforces); otherwise the table says "view only".
 * A FORBIDDEN answer to a scale (a role taken away since the page loaded) hides it as well.
 */
export function DeploymentTable({ project, podEvents }: { project: string; podEvents: number }) {
  const t = useT();
  const [forbidden, setForbidden] = useState(false);
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
  // Unknown until the answer arrives: no button that might turn out to be a dead end.
  const canEdit = res.data?.project?.viewerCanEdit === true && !forbidden;
  const viewOnly = !!res.data?.project && !canEdit;

  return (
    <div>
      <ErrorBanner errors={[res.error]} />
      {viewOnly && (
        <p className="hint" role="note" data-testid="view-only-hint">
          {t('deployments.viewOnlyHint')}
        </p>
      )}
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
                ) : viewOnly ? (
                  <span className="muted small" data-testid="view-only">
                    {t('deployments.noPermission')}
                  </span>
                ) : null}
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
