'use client';

import { useState } from 'react';
import { useQuery } from 'urql';
import { useT } from '@/lib/i18n/index.tsx';
import { ErrorBanner } from '@/ui/error-banner.tsx';
import { SearchEventsQuery } from '@/features/logs/operations.ts';

const PAGE = 50;

/**
 * A project's (or one object's) Kubernetes Events as exported to Elasticsearch, newest first:
 * those the API server already dropped (after an hour) included.
 */
export function EventHistory({ project, kind, name }: { project: string; kind?: string; name?: string }) {
  const t = useT();
  const [first, setFirst] = useState(PAGE);
  const [res] = useQuery({ query: SearchEventsQuery, variables: { project, kind: kind ?? null, name: name ?? null, first } });
  const events = res.data?.searchEvents;
  return (
    <div data-testid="event-history">
      <h3>{t('logs.events.history')}</h3>
      <ErrorBanner errors={[res.error]} />
      {events && events.edges.length === 0 ? (
        <p className="muted">{t('logs.events.none')}</p>
      ) : (
        <ul className="event-list">
          {events?.edges.map(({ node: e }) => (
            <li key={e.uid} className={e.type === 'Warning' ? 'warning' : ''} data-testid="event-history-item" data-reason={e.reason ?? ''}>
              <strong>{e.reason ?? e.type}</strong>{' '}
              <span className="muted small">
                {new Date(e.lastSeen).toLocaleString()}
                {e.count > 1 ? ` ×${e.count}` : ''}
                {kind ? '' : ` · ${e.involvedKind}/${e.involvedName}`}
                {e.source ? ` · ${e.source}` : ''}
              </span>
              <div>{e.message}</div>
            </li>
          ))}
        </ul>
      )}
      {events?.pageInfo.hasNextPage && first < 500 && (
        <button type="button" className="small-button" onClick={() => setFirst((n) => n + PAGE)}>
          {t('logs.more')}
        </button>
      )}
    </div>
  );
}
