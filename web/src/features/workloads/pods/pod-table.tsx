'use client';

import type { SortingState } from '@tanstack/react-table';
import type { FragmentType } from '@/gql/index.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { DataTable } from '@/ui/data-table.tsx';
import { Pager, type PagerFragment } from '@/ui/pager.tsx';
import { usePodColumns, type PodRow } from '@/features/workloads/pods/pod-row.tsx';

interface Props {
  rows: PodRow[];
  /** Pods matching the filter, all pages. */
  total: number;
  pageInfo: FragmentType<typeof PagerFragment> | null;
  /** Row number of the page's first row (1 on the first page). */
  firstRow: number;
  live: boolean;
  loading: boolean;
  filter: string;
  onFilter: (text: string) => void;
  sorting: SortingState;
  onSort: (sorting: SortingState) => void;
  onPrevious: () => void;
  onNext: (endCursor: string) => void;
  onOpen: (pod: string) => void;
}

/** A page of pods as the API sorted and filtered it; a click on Name or Age asks for another order. */
export function PodTable(props: Props) {
  const { rows, total, pageInfo, live, loading, filter } = props;
  const t = useT();
  const columns = usePodColumns(props.onOpen);
  return (
    <div>
      <div className="toolbar">
        <input
          type="search"
          className="filter"
          placeholder={t('pods.filter')}
          aria-label={t('pods.filter')}
          value={filter}
          onChange={(e) => props.onFilter(e.target.value)}
        />
        <span className="muted small" data-testid="pod-count">
          {t('pods.count', { n: total })}
        </span>
        <div className="spacer" />
        <span className={`live ${live ? 'on' : ''}`} data-testid="live-indicator" data-live={live}>
          <span className="dot" aria-hidden /> {live ? t('pods.live') : t('pods.connecting')}
        </span>
      </div>
      <DataTable
        columns={columns}
        rows={rows}
        rowId={(p) => p.name}
        sorting={props.sorting}
        onSortingChange={props.onSort}
        rowProps={(p) => ({ 'data-testid': 'pod-row', 'data-pod': p.name })}
        testId="pod-table"
      />
      {loading && rows.length === 0 && <p className="muted pad">{t('common.loading')}</p>}
      {!loading && rows.length === 0 && <p className="empty">{filter.trim() ? t('pods.noMatch') : t('pods.empty')}</p>}
      <Pager
        firstRow={props.firstRow}
        rows={rows.length}
        total={total}
        pageInfo={pageInfo}
        busy={loading}
        onPrevious={props.onPrevious}
        onNext={props.onNext}
      />
    </div>
  );
}
