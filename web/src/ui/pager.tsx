'use client';

import { getFragmentData, graphql, type FragmentType } from '@/gql/index.ts';
import { useT } from '@/lib/i18n/index.tsx';

/** What every paged list asks of its connection's `pageInfo` for the pager (and live merges). */
export const PagerFragment = graphql(`
  fragment Pager_pageInfo on PageInfo {
    hasNextPage
    hasPreviousPage
    endCursor
  }
`);

/**
 * "21–40 of 95" with previous/next. Pages are cursor pages from the API: next passes the page's
 * `endCursor`, previous goes back to the cursor remembered before (see lib/paging.ts).
 */
export function Pager({
  firstRow,
  rows,
  total,
  pageInfo,
  busy,
  onPrevious,
  onNext,
}: {
  firstRow: number;
  rows: number;
  total: number;
  pageInfo: FragmentType<typeof PagerFragment> | null | undefined;
  busy: boolean;
  onPrevious: () => void;
  onNext: (endCursor: string) => void;
}) {
  const t = useT();
  const page = getFragmentData(PagerFragment, pageInfo);
  const hasPrevious = !!page?.hasPreviousPage;
  const hasNext = !!page?.hasNextPage;
  const endCursor = page?.endCursor;
  if (!hasPrevious && !hasNext) return null;
  return (
    <div className="pager" role="group">
      <span className="muted small" data-testid="pager-range">
        {t('pager.range', { from: rows ? firstRow : 0, to: firstRow + rows - 1, total })}
      </span>
      <button type="button" className="small-button" disabled={!hasPrevious || busy} onClick={onPrevious} data-testid="pager-previous">
        {t('pager.previous')}
      </button>
      <button
        type="button"
        className="small-button"
        disabled={!hasNext || !endCursor || busy}
        onClick={() => endCursor && onNext(endCursor)}
        data-testid="pager-next"
      >
        {t('pager.next')}
      </button>
    </div>
  );
}
