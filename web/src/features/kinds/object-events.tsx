'use client';

import { useCallback, useMemo, useState } from 'react';
import { useSubscription } from 'urql';
import { getFragmentData, type FragmentType } from '@/gql/index.ts';
import type { KubeEventItem_EventFragment, ObjectEventsSubscription as ObjectEventsData } from '@/gql/graphql.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { ErrorBanner } from '@/ui/error-banner.tsx';
import { KubeEventItemFragment, ObjectEventsSubscription } from '@/features/kinds/operations.ts';
import { EventHistory } from '@/features/logs/event-history.tsx';

type Item = KubeEventItem_EventFragment;

/**
 * The object's Kubernetes events, newest first: the `events` subscription sends those recorded
 * so far, then each new one as it happens. Cluster kinds (no namespace) show the events the
 * detail query read.
 */
export function ObjectEvents({ kind, namespace, name, initial }: { kind: string; namespace: string | null; name: string; initial: FragmentType<typeof KubeEventItemFragment>[] }) {
  const t = useT();
  const [byName, setByName] = useState<Map<string, Item>>(() => new Map());
  const handle = useCallback((_prev: unknown, data: ObjectEventsData) => {
    const event = getFragmentData(KubeEventItemFragment, data.events.event);
    setByName((m) => {
      const next = new Map(m);
      if (data.events.type === 'DELETED') next.delete(event.name);
      else next.set(event.name, event);
      return next;
    });
    return data;
  }, []);
  const [sub] = useSubscription({ query: ObjectEventsSubscription, variables: { kind, namespace: namespace ?? '', name }, pause: !namespace }, handle);
  const items = useMemo(() => {
    const list = namespace ? [...byName.values()] : initial.map((e) => getFragmentData(KubeEventItemFragment, e));
    return list.sort((a, b) => (b.lastSeen ?? '').localeCompare(a.lastSeen ?? ''));
  }, [byName, initial, namespace]);

  return (
    <div>
      <ErrorBanner errors={[sub.error]} />
      {items.length === 0 ? (
        <p className="muted" data-testid="no-events">
          {t('kinds.noEvents')}
        </p>
      ) : (
        <ul className="event-list" data-testid="event-list">
          {items.map((e) => (
            <li key={e.name} className={e.type === 'Warning' ? 'warning' : ''} data-testid="event-item" data-reason={e.reason ?? ''}>
              <strong>{e.reason ?? e.type}</strong> <span className="muted small">{e.lastSeen ? new Date(e.lastSeen).toLocaleString() : ''}{e.count > 1 ? ` ×${e.count}` : ''}{e.source ? ` · ${e.source}` : ''}</span>
              <div>{e.message}</div>
            </li>
          ))}
        </ul>
      )}
      {namespace && <EventHistory project={namespace} kind={kind} name={name} />}
    </div>
  );
}
