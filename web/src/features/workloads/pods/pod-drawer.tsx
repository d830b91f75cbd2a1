'use client';

import { useEffect, useState } from 'react';
import { useQuery } from 'urql';
import { useI18n } from '../i18n/index.tsx';
import { PodDetailQuery } from '../operations/logging.ts';
import type { PodRow } from '../operations/workloads.ts';
import { ErrorBanner } from './ErrorBanner.tsx';
import { PhaseBadge } from './PhaseBadge.tsx';
import { PodLogs, TAIL_LINES } from './PodLogs.tsx';

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
  // Same document as the log view (urql dedupes it): details and the first log page in one request.
  const [res] = useQuery({
    query: PodDetailQuery,
    variables: { namespace, name, container, tailLines: TAIL_LINES },
    requestPolicy: 'cache-and-network',
  });
  const pod = res.data?.pod;
  const info = live ?? pod;
  const details = new Map(pod?.containers.map((c) => [c.name, c]));
  const containers = live?.containers ?? pod?.containers ?? [];
  const shownContainer = container ?? pod?.logs?.container ?? containers[0]?.name ?? null;

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

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
      {/* Log errors are shown by the log view; here only a pod that cannot be read at all. */}
      {!pod && <ErrorBanner errors={[res.error]} />}
      <dl className="facts">
        <dt>{t('pod.status')}</dt>
        <dd>{info ? <PhaseBadge phase={info.phase} /> : t('common.none')}</dd>
        <dt>{t('pod.ip')}</dt>
        <dd className="mono">{info?.podIP ?? t('common.none')}</dd>
        <dt>{t('pod.node')}</dt>
        <dd>{info?.nodeName ?? t('common.none')}</dd>
        <dt>{t('pod.created')}</dt>
        <dd>{info?.createdAt ? new Date(info.createdAt).toLocaleString(locale) : t('common.none')}</dd>
      </dl>
      <h3>{t('pod.containers')}</h3>
      <ul className="containers">
        {containers.map((c) => {
          const d = details.get(c.name);
          return (
            <li key={c.name}>
              {containers.length > 1 ? (
                <label className="inline" title={t('pod.container')}>
                  <input
                    type="radio"
                    name="container"
                    checked={c.name === shownContainer}
                    onChange={() => setContainer(c.name)}
                  />
                  <span className="mono">{c.name}</span>
                </label>
              ) : (
                <span className="mono">{c.name}</span>
              )}
              <span className={c.ready ? 'ok' : 'bad'}>{c.ready ? t('pod.ready') : t('pod.notReady')}</span>
              {d?.state && (
                <span className="muted small">
                  {d.state}
                  {d.reason ? ` · ${d.reason}` : ''}
                </span>
              )}
              <span className="muted small">{t('pod.restarts', { n: c.restartCount })}</span>
              {d?.image && <span className="muted small mono">{d.image}</span>}
            </li>
          );
        })}
      </ul>
      <PodLogs key={`${name}/${container ?? ''}`} namespace={namespace} name={name} container={container} />
    </aside>
  );
}
