'use client';

import { useEffect, useState } from 'react';
import { useQuery } from 'urql';
import { useI18n } from '../i18n/index.tsx';
import { PodDetailQuery } from '../operations/logging.ts';
import type { PodRow } from '../operations/workloads.ts';
import { ErrorBanner } from './ErrorBanner.tsx';
import { PhaseBadge } from './PhaseBadge.tsx';

const TAIL_LINES = 200;

/**
 * A pod's details and its logs, in a drawer over the table so the live table keeps streaming
 * underneath. `live` is the row from the table, so status stays current while the drawer is open.
 */
export function PodDrawer({
  namespace,
  name,
  live,
  onClose,
}: {
  namespace: string;
  name: string;
  live: PodRow | undefined;
  onClose: () => void;
}) {
  const { t, locale } = useI18n();
  const [container, setContainer] = useState<string | null>(null);
  const [res, refresh] = useQuery({
    query: PodDetailQuery,
    variables: { namespace, name, container, tailLines: TAIL_LINES },
    requestPolicy: 'cache-and-network',
  });
  const pod = res.data?.pod;
  const containers = (live ?? pod)?.containers ?? [];
  const lines = pod?.logs?.lines ?? [];

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  const phase = live?.phase ?? pod?.phase;
  return (
    <aside className="drawer" role="dialog" aria-labelledby="pod-title" data-testid="pod-drawer">
      <header className="drawer-head">
        <h2 id="pod-title" className="mono">
          {t('pod.title', { name })}
        </h2>
        <button type="button" className="link-button" onClick={onClose}>
          {t('common.close')}
        </button>
      </header>
      <ErrorBanner errors={[res.error]} />
      <dl className="facts">
        <dt>{t('pod.status')}</dt>
        <dd>{phase ? <PhaseBadge phase={phase} /> : t('common.none')}</dd>
        <dt>{t('pod.ip')}</dt>
        <dd className="mono">{(live ?? pod)?.podIP ?? t('common.none')}</dd>
        <dt>{t('pod.node')}</dt>
        <dd>{(live ?? pod)?.nodeName ?? t('common.none')}</dd>
        <dt>{t('pod.created')}</dt>
        <dd>{(live ?? pod)?.createdAt ? new Date((live ?? pod)!.createdAt!).toLocaleString(locale) : t('common.none')}</dd>
      </dl>
      <h3>{t('pod.containers')}</h3>
      <ul className="containers">
        {containers.map((c) => (
          <li key={c.name}>
            <span className="mono">{c.name}</span>
            <span className={c.ready ? 'ok' : 'bad'}>{c.ready ? t('pod.ready') : t('pod.notReady')}</span>
            <span className="muted small">{t('pod.restarts', { n: c.restartCount })}</span>
          </li>
        ))}
      </ul>
      <div className="logs-head">
        <h3>{t('pod.logs')}</h3>
        <span className="muted small">{t('pod.tail', { n: TAIL_LINES })}</span>
        <div className="spacer" />
        {containers.length > 1 && (
          <label className="inline">
            {t('pod.container')}
            <select value={container ?? ''} onChange={(e) => setContainer(e.target.value || null)}>
              {containers.map((c) => (
                <option key={c.name} value={c.name}>
                  {c.name}
                </option>
              ))}
            </select>
          </label>
        )}
        <button type="button" className="small-button" onClick={() => refresh({ requestPolicy: 'network-only' })}>
          {t('pod.refreshLogs')}
        </button>
      </div>
      <pre className="logs" data-testid="pod-logs">
        {lines.map((l, i) => (
          <div key={i} className="log-line">
            {l.time && <span className="log-time">{l.time}</span>}
            {l.message}
          </div>
        ))}
        {!res.fetching && lines.length === 0 && <span className="muted">{t('pod.noLogs')}</span>}
        {res.fetching && lines.length === 0 && <span className="muted">{t('common.loading')}</span>}
      </pre>
    </aside>
  );
}
