'use client';

import { useCallback, useEffect, useMemo, useState } from 'react';
import { useQuery } from 'urql';
import type { SortingState } from '@tanstack/react-table';
import { getFragmentData, type FragmentType } from '@/gql/index.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { firstRowOf, usePagedView } from '@/lib/paging.ts';
import { DataTable } from '@/ui/data-table.tsx';
import { ErrorBanner } from '@/ui/error-banner.tsx';
import { Pager } from '@/ui/pager.tsx';
import { DEPLOYMENT_PAGE_SIZE, ProjectDeploymentsQuery } from '@/features/workloads/deployments/operations.ts';
import { DeploymentRowFragment, useDeploymentColumns } from '@/features/workloads/deployments/deployment-row.tsx';
import { ScaleDialog, type ScaleDialogFragment } from '@/features/workloads/deployments/scale-dialog.tsx';

const BY_NAME: SortingState = [{ id: 'name', desc: false }];

/**
 * The Scale action is offered only when the API says the caller may change this project
 * (`Project.viewerCanEdit`, the rule the server enforces); otherwise the table says "view only".
 * A FORBIDDEN answer to a scale (a role taken away since the page loaded) hides it as well.
 */
export function DeploymentTable({ project, podEvents }: { project: string; podEvents: number }) {
  const t = useT();
  const [forbidden, setForbidden] = useState(false);
  const paging = usePagedView<SortingState>(BY_NAME);
  const { sort: sorting } = paging.view;
  const sort = useMemo(() => ({ field: 'NAME' as const, direction: sorting[0]?.desc ? ('DESC' as const) : ('ASC' as const) }), [sorting]);
  const [res, refetch] = useQuery({
    query: ProjectDeploymentsQuery,
    variables: { name: project, first: DEPLOYMENT_PAGE_SIZE, after: paging.after, sort },
  });

  // Ready counts change when pods do: re-read the (small) page shortly after a burst of pod
  // events instead of polling it.
  useEffect(() => {
    if (podEvents === 0) return;
    const id = setTimeout(() => refetch({ requestPolicy: 'network-only' }), 400);
    return () => clearTimeout(id);
  }, [podEvents, refetch]);

  const [scaling, setScaling] = useState<FragmentType<typeof ScaleDialogFragment> | null>(null);
  const deployments = res.data?.project?.deployments;
  const rows = useMemo(() => deployments?.edges.map((e) => getFragmentData(DeploymentRowFragment, e.node)) ?? [], [deployments]);
  // Unknown until the answer arrives: no button that might turn out to be a dead end.
  const canEdit = res.data?.project?.viewerCanEdit === true && !forbidden;
  const viewOnly = !!res.data?.project && !canEdit;
  const columns = useDeploymentColumns({ canEdit, viewOnly, onScale: useCallback((d) => setScaling(d), []) });

  return (
    <div>
      <ErrorBanner errors={[res.error]} />
      {viewOnly && (
        <p className="hint" role="note" data-testid="view-only-hint">
          {t('deployments.viewOnlyHint')}
        </p>
      )}
      <DataTable
        columns={columns}
        rows={rows}
        rowId={(d) => d.name}
        sorting={sorting}
        onSortingChange={paging.setSort}
        rowProps={(d) => ({ 'data-testid': 'deployment-row', 'data-deployment': d.name })}
        testId="deployment-table"
      />
      {res.fetching && !res.data && <p className="muted pad">{t('common.loading')}</p>}
      {res.data && rows.length === 0 && <p className="empty">{t('deployments.empty')}</p>}
      <Pager
        firstRow={firstRowOf(paging.view, DEPLOYMENT_PAGE_SIZE)}
        rows={rows.length}
        total={deployments?.totalCount ?? 0}
        pageInfo={deployments?.pageInfo}
        busy={res.fetching}
        onPrevious={paging.previous}
        onNext={paging.next}
      />
      {scaling && <ScaleDialog deployment={scaling} onClose={() => setScaling(null)} onForbidden={() => setForbidden(true)} />}
    </div>
  );
}
