'use client';

import { useMemo } from 'react';
import { graphql, type FragmentType } from '@/gql/index.ts';
import type { DeploymentRow_DeploymentFragment } from '@/gql/graphql.ts';
import { useT } from '@/lib/i18n/index.tsx';
import type { ServerColumn } from '@/ui/data-table.tsx';
import type { ScaleDialogFragment } from '@/features/workloads/deployments/scale-dialog.tsx';

/** A row of the deployment table; the Scale dialog reads its own part (ScaleDialog_deployment). */
export const DeploymentRowFragment = graphql(`
  fragment DeploymentRow_deployment on Deployment {
    name
    namespace
    replicas
    readyReplicas
    ...ScaleDialog_deployment
  }
`);

export type DeploymentRow = DeploymentRow_DeploymentFragment;

/**
 * The deployment table's columns. Name sorts on the server. The action column offers Scale only
 * when the caller may change the project (`canEdit`), else says "view only" (`viewOnly`); while
 * the answer is unknown it shows nothing, so no button turns out to be a dead end.
 */
export function useDeploymentColumns({
  canEdit,
  viewOnly,
  onScale,
}: {
  canEdit: boolean;
  viewOnly: boolean;
  onScale: (deployment: FragmentType<typeof ScaleDialogFragment>) => void;
}): ServerColumn<DeploymentRow>[] {
  const t = useT();
  return useMemo<ServerColumn<DeploymentRow>[]>(
    () => [
      { id: 'name', accessorFn: (d) => d.name, meta: { className: 'mono' }, header: () => t('deployments.col.name'), cell: ({ row }) => row.original.name },
      {
        id: 'replicas',
        enableSorting: false,
        meta: { className: 'num' },
        header: () => t('deployments.col.replicas'),
        cell: ({ row }) => row.original.replicas,
      },
      {
        id: 'ready',
        enableSorting: false,
        meta: { className: 'num' },
        header: () => t('deployments.col.ready'),
        cell: ({ row }) => row.original.readyReplicas ?? 0,
      },
      {
        id: 'actions',
        enableSorting: false,
        header: () => t('deployments.col.actions'),
        cell: ({ row }) =>
          canEdit ? (
            <button type="button" className="small-button" onClick={() => onScale(row.original)}>
              {t('deployments.scale')}
            </button>
          ) : viewOnly ? (
            <span className="muted small" data-testid="view-only">
              {t('deployments.noPermission')}
            </span>
          ) : null,
      },
    ],
    [t, canEdit, viewOnly, onScale],
  );
}
