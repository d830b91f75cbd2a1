'use client';

import { useState } from 'react';
import { useQuery } from 'urql';
import { getFragmentData, type FragmentType } from '@/gql/index.ts';
import type { LogRecordFieldsFragment as Fields } from '@/gql/graphql.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { ErrorBanner } from '@/ui/error-banner.tsx';
import { LogContextQuery, LogRecordFieldsFragment } from '@/features/logs/operations.ts';
import { Highlighted } from '@/features/logs/highlighted.tsx';

function Line({ r, hit }: { r: Fields; hit?: boolean }) {
  return (
    <div className={`log-line${hit ? ' log-hit' : ''}`} data-level={r.level ?? ''}>
      <span className="muted mono small">{new Date(r.time).toLocaleString()}</span> <span className={`log-level log-level-${(r.level ?? 'none').toLowerCase()}`}>{r.level ?? ''}</span>{' '}
      <span className="muted small">
        {r.pod}/{r.container}
      </span>{' '}
      <span className="mono log-message">{hit && r.highlights.length ? r.highlights.map((f, i) => <Highlighted key={i} fragment={f} />) : r.message}</span>
    </div>
  );
}

/** The lines the same container wrote around a hit (logContext), read when opened. */
function Context({ project, id }: { project: string; id: string }) {
  const [res] = useQuery({ query: LogContextQuery, variables: { project, id } });
  const ctx = res.data?.logContext;
  return (
    <div className="log-context" data-testid="log-context">
      <ErrorBanner errors={[res.error]} />
      {ctx?.before.map((f) => {
        const r = getFragmentData(LogRecordFieldsFragment, f);
        return <Line key={r.id} r={r} />;
      })}
      <div className="log-context-mark" />
      {ctx?.after.map((f) => {
        const r = getFragmentData(LogRecordFieldsFragment, f);
        return <Line key={r.id} r={r} />;
      })}
    </div>
  );
}

/** One search result: the line (keywords marked), and its context on demand. */
export function LogRow({ record }: { record: FragmentType<typeof LogRecordFieldsFragment> }) {
  const t = useT();
  const r = getFragmentData(LogRecordFieldsFragment, record);
  const [open, setOpen] = useState(false);
  return (
    <li className="log-row" data-testid="log-row" data-pod={r.pod ?? ''}>
      <Line r={r} hit />
      {r.id && (
        <button type="button" className="link-button small" onClick={() => setOpen((o) => !o)} data-testid="log-context-toggle">
          {open ? t('logs.context.hide') : t('logs.context.show')}
        </button>
      )}
      {open && <Context project={r.namespace} id={r.id} />}
    </li>
  );
}

/** A live line (no context: it may not be indexed yet). */
export function LiveRow({ record }: { record: FragmentType<typeof LogRecordFieldsFragment> }) {
  const r = getFragmentData(LogRecordFieldsFragment, record);
  return (
    <li className="log-row" data-testid="log-live-row" data-pod={r.pod ?? ''}>
      <Line r={r} />
    </li>
  );
}
