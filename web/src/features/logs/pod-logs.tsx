'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { useQuery, useSubscription } from 'urql';
import { useT } from '../i18n/index.tsx';
import { PodDetailQuery, PodLogTailSubscription } from '../operations/logging.ts';
import type { PodLogTailSubscription as TailEvent } from '../gql/graphql.ts';
import { ErrorBanner } from './ErrorBanner.tsx';

export const TAIL_LINES = 200;
/** Followed lines kept in the DOM; older ones scroll away (the query's tail is kept). */
const MAX_FOLLOWED = 2000;

type Line = { time?: string | null; message: string };
const same = (a: Line | undefined, b: Line | undefined) => !!a && !!b && a.time === b.time && a.message === b.message;

/**
 * The last lines of a container's log (query), then, while "follow" is on, new lines as they are
 * written (subscription). The subscription starts by repeating the newest line, which is how the
 * two are joined without a gap or a duplicate.
 */
export function PodLogs({ namespace, name, container }: { namespace: string; name: string; container: string | null }) {
  const t = useT();
  const [follow, setFollow] = useState(true);
  const [res, refresh] = useQuery({
    query: PodDetailQuery,
    variables: { namespace, name, container, tailLines: TAIL_LINES },
    requestPolicy: 'cache-and-network',
  });
  const lines: Line[] = res.data?.pod?.logs?.lines ?? [];
  const lastQueried = useRef<Line | undefined>(undefined);
  lastQueried.current = lines[lines.length - 1];

  const append = useCallback((prev: Line[] | undefined, data: TailEvent) => {
    const line = data.podLogTail;
    if (prev === undefined) return same(line, lastQueried.current) ? [] : [line];
    const next = [...prev, line];
    return next.length > MAX_FOLLOWED ? next.slice(next.length - MAX_FOLLOWED) : next;
  }, []);
  const [tail] = useSubscription(
    { query: PodLogTailSubscription, variables: { namespace, pod: name, container }, pause: !follow || !res.data },
    append,
  );
  const followed = follow ? (tail.data ?? []) : [];

  const box = useRef<HTMLPreElement>(null);
  useEffect(() => {
    if (follow && box.current) box.current.scrollTop = box.current.scrollHeight;
  }, [follow, lines.length, followed.length]);

  const all = [...lines, ...followed];
  return (
    <>
      <div className="logs-head">
        <h3>{t('pod.logs')}</h3>
        <span className="muted small">{t('pod.tail', { n: TAIL_LINES })}</span>
        <div className="spacer" />
        <label className="inline">
          <input type="checkbox" checked={follow} onChange={(e) => setFollow(e.target.checked)} />
          {t('pod.follow')}
        </label>
        <button type="button" className="small-button" onClick={() => refresh({ requestPolicy: 'network-only' })}>
          {t('pod.refreshLogs')}
        </button>
      </div>
      <ErrorBanner errors={[res.error, follow ? tail.error : null]} />
      <pre className="logs" ref={box} data-testid="pod-logs">
        {all.map((l, i) => (
          <div key={i} className="log-line">
            {l.time && <span className="log-time">{l.time}</span>}
            {l.message}
          </div>
        ))}
        {!res.fetching && all.length === 0 && <span className="muted">{t('pod.noLogs')}</span>}
        {res.fetching && all.length === 0 && <span className="muted">{t('common.loading')}</span>}
      </pre>
    </>
  );
}
