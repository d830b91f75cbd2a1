'use client';

import { useMemo } from 'react';
import type { KubeObjectFilter } from '@/gql/graphql.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { ErrorBanner } from '@/ui/error-banner.tsx';
import { VirtualTable } from '@/ui/virtual-table.tsx';
import { kindPageByKind } from '@/features/kinds/kind-pages.ts';
import { useKindColumns } from '@/features/kinds/kind-columns.tsx';
import { useLiveObjects } from '@/features/kinds/use-live-objects.ts';
import { BY_NAME } from '@/features/kinds/sorting.ts';
import { OBJECT_PAGE_SIZE } from '@/features/kinds/operations.ts';

const NOOP = () => {};

/**
 * Objects of another kind that belong to this one (a workload's pods, a CronJob's Jobs), live:
 * the same list hook as the kind's own page, with the server's owner or label filter.
 */
export function RelatedObjects({ kind, workspace, project, filter }: { kind: string; workspace: string; project: string; filter: KubeObjectFilter }) {
  const t = useT();
  const page = kindPageByKind(kind)!;
  // The caller builds the filter on every render: keep one object per owner/selector.
  const { owner, labelSelector } = filter;
  const stableFilter = useMemo(() => ({ owner, labelSelector }), [owner, labelSelector]);
  const live = useLiveObjects({ kind, project, first: OBJECT_PAGE_SIZE, after: null, sort: { field: 'NAME', direction: 'ASC' }, filter: stableFilter });
  const columns = useKindColumns(page, workspace, project, []);
  return (
    <div data-testid={`related-${kind}`}>
      <ErrorBanner errors={[live.error, live.subscriptionError]} />
      <p className="muted small">
        {t('kinds.count', { n: live.total })} · <span className={`live-dot ${live.live ? 'on' : ''}`}>{live.live ? `● ${t('kinds.live')}` : `○ ${t('kinds.notLive')}`}</span>
      </p>
      <VirtualTable
        columns={columns}
        rows={live.rows}
        rowId={(o) => o.name}
        sorting={BY_NAME}
        onSortingChange={NOOP}
        rowProps={(o) => ({ 'data-testid': 'related-row', 'data-name': o.name, 'data-status': o.status.status })}
      />
      {live.loaded && live.rows.length === 0 && <p className="empty">{t('kinds.empty', { kind: t(page.label) })}</p>}
    </div>
  );
}
