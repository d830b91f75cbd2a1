'use client';

import { useT } from '@/lib/i18n/index.tsx';

/**
 * "21–40 of 95" with previous/next. Pages are cursor pages from the API: next passes the page's
 * `endCursor`, previous goes back to the cursor remembered before (see lib/paging.ts).
 */
export function Pager({
  firstRow,
  rows,
  total,
  hasPrevious,
  endCursor,
  hasNext,
  busy,
  onPrevious,
  onNext,
}: {
  firstRow: number;
  rows: number;
  total: number;
  hasPrevious: boolean;
  hasNext: boolean;
  endCursor: string | null | undefined;
  busy: boolean;
  onPrevious: () => void;
  onNext: (endCursor: string) => void;
}) {
  const t = useT();
  if (!hasPrevious && !hasNext) return null;
  return (
    <div className="pager" role="group">
      <span className="muted small" data-testid="pager-range">
        {t('pager.range', { from: rows ? firstRow : 0, to: firstRow + rows - 1, total })}
      </span>
      <button type="button" className="small-button" disabled={!hasPrevious || busy} onClick={onPrevious}>
        {t('pager.previous')}
      </button>
      <button
        type="button"
        className="small-button"
        disabled={!hasNext || !endCursor || busy}
        onClick={() => endCursor && onNext(endCursor)}
      >
        {t('pager.next')}
      </button>
    </div>
  );
}
