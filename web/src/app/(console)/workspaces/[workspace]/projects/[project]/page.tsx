'use client';

import { useCallback, useRef } from 'react';
import Link from 'next/link';
import { useParams, useSearchParams } from 'next/navigation';
import { DeploymentTable } from '../../../../../../components/DeploymentTable.tsx';
import { ErrorBanner } from '../../../../../../components/ErrorBanner.tsx';
import { PodDrawer } from '../../../../../../components/PodDrawer.tsx';
import { PodTable } from '../../../../../../components/PodTable.tsx';
import { Stepper } from '../../../../../../components/Stepper.tsx';
import { useLivePods } from '../../../../../../hooks/useLivePods.ts';
import { useT } from '../../../../../../i18n/index.tsx';

type Tab = 'pods' | 'deployments';

/**
 * Step 3: the project's workloads. Tab and open pod live in the query string (shallow updates via
 * history, no navigation), so a link reproduces the view and Back closes the drawer.
 */
export default function ProjectPage() {
  const { workspace, project } = useParams<{ workspace: string; project: string }>();
  return <ProjectView key={project} workspace={workspace} project={project} />;
}

function ProjectView({ workspace, project }: { workspace: string; project: string }) {
  const t = useT();
  const search = useSearchParams();
  const tab: Tab = search.get('tab') === 'deployments' ? 'deployments' : 'pods';
  const openPod = search.get('pod');
  const live = useLivePods(project);

  const openedHere = useRef(false);
  const setQuery = useCallback((changes: Record<string, string | null>, push: boolean) => {
    const params = new URLSearchParams(window.location.search);
    for (const [k, v] of Object.entries(changes)) {
      if (v === null) params.delete(k);
      else params.set(k, v);
    }
    const qs = params.toString();
    const url = `${window.location.pathname}${qs ? `?${qs}` : ''}`;
    if (push) window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  }, []);

  const namespace = live.project?.name ?? project;
  // Not visible (or not existing; the API does not say which): the reason and a way back, no empty table.
  if (live.missing) {
    return (
      <section>
        <Stepper workspace={workspace} project={project} />
        <h1>{t('project.title', { project })}</h1>
        <ErrorBanner errors={[live.error]} />
        <Link href={`/workspaces/${workspace}`}>← {t('project.back')}</Link>
      </section>
    );
  }
  return (
    <section>
      <Stepper workspace={workspace} project={project} />
      <h1>{t('project.title', { project: live.project?.displayName || project })}</h1>
      <ErrorBanner errors={[live.error, live.metricsError, live.subscriptionError]} />
      <div className="tabs" role="tablist">
        {(['pods', 'deployments'] as const).map((id) => (
          <button
            key={id}
            type="button"
            role="tab"
            aria-selected={tab === id}
            className={tab === id ? 'active' : ''}
            onClick={() => setQuery({ tab: id === 'pods' ? null : id }, false)}
          >
            {t(id === 'pods' ? 'project.tab.pods' : 'project.tab.deployments')}
          </button>
        ))}
      </div>
      {/* The pod table stays mounted on the other tab so its live state is never thrown away. */}
      <div hidden={tab !== 'pods'}>
        <PodTable
          pods={live.pods}
          total={live.total}
          live={live.live}
          loading={live.fetching}
          onOpen={(pod) => {
            // Opening from the table adds a history entry, so Back (or Close) returns to it.
            openedHere.current = !openPod;
            setQuery({ pod }, !openPod);
          }}
        />
      </div>
      {tab === 'deployments' && <DeploymentTable project={project} podEvents={live.eventCount} />}
      {openPod && (
        <PodDrawer
          namespace={namespace}
          name={openPod}
          live={live.pods.find((p) => p.name === openPod)}
          onClose={() => {
            if (openedHere.current) window.history.back();
            else setQuery({ pod: null }, false);
            openedHere.current = false;
          }}
        />
      )}
    </section>
  );
}
