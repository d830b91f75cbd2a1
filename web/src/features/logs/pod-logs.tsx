'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { useSubscription, type CombinedError } from 'urql';
import { graphql, getFragmentData, type FragmentType } from '@/gql/index.ts';
import type { PodLogTailSubscription as TailEvent } from '@/gql/graphql.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { ErrorBanner } from '@/ui/error-banner.tsx';
import { PodLogTailSubscription } from '@/features/logs/operations.ts';

/**
 * The first page of a container's log, selected by whoever queries the pod (the pod drawer asks
 * for it together with the pod's details: one request). `$container` and `$tailLines` are that
 * query's variables.
 */
export const PodLogsFragment = graphql(`
  fragment PodLogs_pod on Pod {
    logs(container: $container, tailLines: $tailLines) {
      container
      truncated
      lines {
        time
        message
      }
    }
  }
`);

export const TAIL_LINES = 200;
/** Followed lines kept in the DOM; older ones scroll away (the query's tail is kept). */
const MAX_FOLLOWED = 2000;

type Line = { time?: string | null; message: string };
const same = (a: Line | undefined, b: Line | undefined) => !!a && !!b && a.time === b.time && a.message === b.message;

/**
 * The last lines of a container's log (from the parent's query), then, while "follow" is on, new
 * lines as they are written (subscription). The subscription starts by repeating the newest
 * line, which is how the two are joined without a gap or a duplicate.
 */
export function PodLogs({
  namespace,
  name,
  container,
  pod,
  fetching,
  error,
  onRefresh,
}: {
  namespace: string;
  name: string;
  container: string | null;
  pod: FragmentType<typeof PodLogsFragment> | null | undefined;
  fetching: boolean;
  error: CombinedError | undefined;
  onRefresh: () => void;
}) {
  const t = useT();
  const [follow, setFollow] = useState(true);
  const lines: Line[] = getFragmentData(PodLogsFragment, pod)?.logs?.lines ?? [];
  const lastQueried = useRef<Line | undefined>(undefined);
  lastQueried.current = lines[lines.length - 1];

  const append = useCallback((prev: Line[] | undefined, data: TailEvent) => {
    const line = data.podLogTail;
    if (prev === undefined) return same(line, lastQueried.current) ? [] : [line];
    const next = [...prev, line];
    return next.length > MAX_FOLLOWED ? next.slice(next.length - MAX_FOLLOWED) : next;
  }, []);
  const [tail] = useSubscription(
    { query: PodLogTailSubscription, variables: { namespace, pod: name, container }, pause: !follow || !pod },
    append,
  );
  // The query may have been read again after the subscription began (a refresh): lines it already
  // shows are not shown twice.
  const lastTime = lines[lines.length - 1]?.time;
  const followed = follow ? (tail.data ?? []).filter((l) => !lastTime || !l.time || l.time > lastTime) : [];

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
        <button type="button" className="small-button" onClick={onRefresh}>
          {t('pod.refreshLogs')}
        </button>
      </div>
      <ErrorBanner errors={[error, follow ? tail.error : null]} />
      <pre className="logs" ref={box} data-testid="pod-logs">
        {all.map((l, i) => (
          <div key={i} className="log-line">
            {l.time && <span className="log-time">{l.time}</span>}
            {l.message}
          </div>
        ))}
        {!fetching && all.length === 0 && <span className="muted">{t('pod.noLogs')}</span>}
        {fetching && all.length === 0 && <span className="muted">{t('common.loading')}</span>}
      </pre>
    </>
  );
}
