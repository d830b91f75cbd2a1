'use client';

import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql, getFragmentData } from '@/gql/index.ts';
import { useI18n } from '@/lib/i18n/index.tsx';
import { useEscape } from '@/lib/use-escape.ts';
import { ErrorBanner } from '@/ui/error-banner.tsx';
import { PhaseBadge } from '@/features/workloads/pods/phase-badge.tsx';
import { PodRowFragment, type PodStatus } from '@/features/workloads/pods/pod-row.tsx';
import { PodLogs, TAIL_LINES } from '@/features/logs/pod-logs.tsx';

/** What the drawer shows of a pod: its row's fields, then images, container states, which log it shows. */
export const PodDrawerFragment = graphql(`
  fragment PodDrawer_pod on Pod {
    ...PodRow_pod
    containers {
      name
      image
      state
      reason
    }
    logs(container: $container, tailLines: $tailLines) {
      container
    }
  }
`);

/** Details and the first page of logs in one request; the log view reads its part (PodLogs_pod). */
export const PodDetailQuery = graphql(`
  query PodDetail($namespace: String!, $name: String!, $container: String, $tailLines: Int!) {
    pod(namespace: $namespace, name: $name) {
      ...PodDrawer_pod
      ...PodLogs_pod
    }
  }
`);

/**
 * A pod's details and its logs, in a drawer over the table so the live table keeps streaming
 * underneath. `live` is the pod's latest streamed state, so status stays current while the drawer is open.
 */
export function PodDrawer({
  namespace,
  name,
  live,
  onClose,
}: {
  namespace: string;
  name: string;
  live: PodStatus | undefined;
  onClose: () => void;
}) {
  const { t, locale } = useI18n();
  const [container, setContainer] = useState<string | null>(null);
  const [res, refresh] = useQuery({
    query: PodDetailQuery,
    variables: { namespace, name, container, tailLines: TAIL_LINES },
    requestPolicy: 'cache-and-network',
  });
  const pod = getFragmentData(PodDrawerFragment, res.data?.pod);
  const info = live ?? getFragmentData(PodRowFragment, pod);
  const details = new Map(pod?.containers.map((c) => [c.name, c]));
  const containers = info?.containers ?? [];
  const shownContainer = container ?? pod?.logs?.container ?? containers[0]?.name ?? null;
  useEscape(onClose);

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
      <PodLogs
        key={`${name}/${container ?? ''}`}
        namespace={namespace}
        name={name}
        container={container}
        pod={res.data?.pod}
        fetching={res.fetching}
        error={res.error}
        onRefresh={() => refresh({ requestPolicy: 'network-only' })}
      />
    </aside>
  );
}
