'use client';

import { getFragmentData, type FragmentType } from '@/gql/index.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { PagerFragment } from '@/ui/pager.tsx';

/**
 * Previous / next for the DevOps lists: Jenkins gives no count of a folder's jobs or a job's
 * runs without listing them all, so the API has no total and this pager shows the range only.
 */
export function CursorPager({ firstRow, rows, pageInfo, busy, onPrevious, onNext }: { firstRow: number; rows: number; pageInfo: FragmentType<typeof PagerFragment> | null | undefined; busy: boolean; onPrevious: () => void; onNext: (endCursor: string) => void }) {
  const t = useT();
  const page = getFragmentData(PagerFragment, pageInfo);
  if (!page || (!page.hasPreviousPage && !page.hasNextPage)) return null;
  const endCursor = page.endCursor;
  return (
    <div className="pager" role="group">
      <span className="muted small" data-testid="pager-range">
        {t('devops.pager.range', { from: rows ? firstRow : 0, to: firstRow + rows - 1 })}
      </span>
      <button type="button" className="small-button" disabled={!page.hasPreviousPage || busy} onClick={onPrevious}>
        {t('pager.previous')}
      </button>
      <button type="button" className="small-button" disabled={!page.hasNextPage || !endCursor || busy} onClick={() => endCursor && onNext(endCursor)}>
        {t('pager.next')}
      </button>
    </div>
  );
}
