'use client';

import { useCallback, useEffect, useState } from 'react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useQuery, useSubscription } from 'urql';
import { useReconnected } from '@/lib/use-reconnected.ts';
import { getFragmentData } from '@/gql/index.ts';
import { useT } from '@/lib/i18n/index.tsx';
import type { MessageKey } from '@/lib/i18n/en.ts';
import { hasCode } from '@/lib/errors.ts';
import { ErrorBanner } from '@/ui/error-banner.tsx';
import { KubeObjectRowFragment } from '@/features/kinds/object-row.ts';
import { KubeObjectsQuery, kubeObjectsVariables, ProjectCapabilitiesQuery, ResourceChangedSubscription } from '@/features/kinds/operations.ts';
import { listHref, type KindPage } from '@/features/kinds/kind-pages.ts';
import { useKubeKind } from '@/features/kinds/use-kube-kind.ts';
import { ObjectOverview } from '@/features/kinds/object-overview.tsx';
import { ObjectEvents } from '@/features/kinds/object-events.tsx';
import { ObjectActions } from '@/features/kinds/object-actions.tsx';
import { RelatedObjects } from '@/features/kinds/related-objects.tsx';
import { RevisionsPanel } from '@/features/kinds/revisions-panel.tsx';
import { YamlPanel } from '@/features/kinds/yaml-panel.tsx';
import { DeleteDialog } from '@/features/kinds/delete-dialog.tsx';
import { StatusBadge } from '@/features/kinds/status-badge.tsx';
import { SecretDataPanel } from '@/features/kinds/secret-data-panel.tsx';
import { ObjectMonitoring } from '@/features/monitoring/object-monitoring.tsx';
import { hasMonitoring } from '@/features/monitoring/dashboards.ts';
import '@/features/kinds/kinds.css';

type Tab = 'overview' | 'pods' | 'jobs' | 'revisions' | 'monitoring' | 'yaml' | 'events';
const RELOAD_AFTER_MS = 250;

/**
 * Any object's page: overview with status and conditions, its pods (workloads) or Jobs
 * (CronJobs), revisions with rollback, YAML (edit, dry run, save), events (live), the kind's
 * actions and Delete. It stays current through `resourceChanged` for its own name.
 */
export function KindDetailView({ page, workspace, project, name }: { page: KindPage; workspace?: string; project?: string; name: string }) {
  const t = useT();
  const router = useRouter();
  const api = useKubeKind(page.kind);
  const [tab, setTab] = useState<Tab>('overview');
  // The YAML tab edits the version it was opened at; Reload takes the current one (the page itself stays live).
  const [yamlVersion, setYamlVersion] = useState<string | null>(null);
  const [deleting, setDeleting] = useState(false);
  const namespace = page.cluster ? null : (project ?? null);
  const [res, reexecute] = useQuery({ query: KubeObjectsQuery, variables: kubeObjectsVariables({ detail: { kind: page.kind, project: namespace, name } }), requestPolicy: 'cache-and-network' });
  const [caps] = useQuery({ query: ProjectCapabilitiesQuery, variables: { project: project ?? '' }, pause: !namespace });
  const reload = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  // Changes made while the socket was down sent no event: read the object again once it is back.
  useReconnected(reload);

  // This object changed (status, a rollout, someone's edit): read it again, shortly after a burst.
  const [changes, setChanges] = useState(0);
  const [sub] = useSubscription(
    { query: ResourceChangedSubscription, variables: { kind: page.kind, project: namespace ?? '', filter: { name } }, pause: !namespace || !res.data?.kubeObject },
    useCallback((_p: unknown, data: { resourceChanged: { object: unknown } }) => {
      setChanges((n) => n + 1);
      return data;
    }, []),
  );
  useEffect(() => {
    if (!changes) return;
    const id = setTimeout(reload, RELOAD_AFTER_MS);
    return () => clearTimeout(id);
  }, [changes, reload]);

  const object = res.data?.kubeObject ?? null;
  const row = object ? getFragmentData(KubeObjectRowFragment, object) : null;
  const back = listHref(page, { workspace, project });
  const missing = !res.fetching && !object && (hasCode(res.error, 'NOT_FOUND') || hasCode(res.error, 'FORBIDDEN'));
  const canEdit = page.cluster ? true : caps.data?.project?.viewerCanEdit === true;
  const writable = api ? !api.readOnly : false;

  if (missing || (!object && res.error)) {
    return (
      <section>
        <h1>{name}</h1>
        <ErrorBanner errors={[res.error]} />
        {back && <Link href={back}>← {t(page.label)}</Link>}
      </section>
    );
  }
  if (!object || !row) return <p className="muted pad">{t('common.loading')}</p>;

  const tabs: { id: Tab; label: MessageKey }[] = [{ id: 'overview', label: 'kinds.tab.overview' }];
  if (page.workload) tabs.push({ id: 'pods', label: 'kinds.tab.pods' });
  if (page.kind === 'CronJob') tabs.push({ id: 'jobs', label: 'kinds.tab.jobs' });
  if (page.workload?.revisions) tabs.push({ id: 'revisions', label: 'kinds.tab.revisions' });
  if (hasMonitoring(page.kind)) tabs.push({ id: 'monitoring', label: 'monitoring.tab' });
  tabs.push({ id: 'yaml', label: 'kinds.tab.yaml' }, { id: 'events', label: 'kinds.tab.events' });
  const podFilter = row.__typename === 'Deployment' ? { labelSelector: row.selector } : { owner: `${page.kind}/${name}` };

  return (
    <section data-testid="object-detail" data-kind={page.kind} data-name={name}>
      {back && (
        <Link href={back} className="small">
          ← {t(page.label)}
        </Link>
      )}
      <div className="kind-head">
        <h1>
          {t(page.label)} <span className="mono">{name}</span>
        </h1>
        <StatusBadge status={row.status.status} message={row.status.message} />
        <div className="spacer" />
        {page.kind === 'Pod' && workspace && project && (
          <Link className="button" href={`/workspaces/${workspace}/projects/${project}?pod=${encodeURIComponent(name)}`}>
            {t('kinds.podLogs')}
          </Link>
        )}
        {canEdit && writable && namespace && (
          <button type="button" onClick={() => setDeleting(true)} data-testid="delete-object">
            {t('delete.submit')}
          </button>
        )}
      </div>
      <ObjectActions page={page} row={row} project={namespace} canEdit={canEdit} onDone={reload} />
      <ErrorBanner errors={[res.error, sub.error]} />
      <div className="tabs" role="tablist">
        {tabs.map((x) => (
          <button key={x.id} type="button" role="tab" aria-selected={tab === x.id} className={tab === x.id ? 'active' : ''} onClick={() => {
              setTab(x.id);
              if (x.id === 'yaml') setYamlVersion(row.metadata.resourceVersion);
            }} data-testid={`tab-${x.id}`}>
            {t(x.label)}
          </button>
        ))}
      </div>
      {tab === 'overview' && <ObjectOverview page={page} row={row} meta={object.metadata} yaml={object.yaml} />}
      {tab === 'overview' && page.kind === 'Secret' && namespace && caps.data && <SecretDataPanel project={namespace} name={name} canEdit={canEdit} resourceVersion={row.metadata.resourceVersion} />}
      {tab === 'pods' && workspace && project && <RelatedObjects kind="Pod" workspace={workspace} project={project} filter={podFilter} />}
      {tab === 'jobs' && workspace && project && <RelatedObjects kind="Job" workspace={workspace} project={project} filter={{ owner: `CronJob/${name}` }} />}
      {tab === 'revisions' && page.workload?.revisions && project && (
        <RevisionsPanel kind={page.kind} source={page.workload.revisions} project={project} name={name} canEdit={canEdit} onRolledBack={reload} />
      )}
      {tab === 'yaml' && (
        <div>
          {(!canEdit || !writable || !namespace) && <p className="hint">{t('yaml.readOnly')}</p>}
          {yamlVersion !== row.metadata.resourceVersion && (
            <p className="hint" data-testid="yaml-changed">
              {t('yaml.changed')}{' '}
              <button type="button" className="small-button" onClick={() => setYamlVersion(row.metadata.resourceVersion)} data-testid="yaml-reload">
                {t('yaml.reload')}
              </button>
            </p>
          )}
          <YamlPanel
            key={yamlVersion ?? ''}
            project={namespace ?? ''}
            kind={page.kind}
            initial={object.yaml}
            mode="update"
            readOnly={!canEdit || !writable || !namespace}
            onSaved={reload}
          />
        </div>
      )}
      {tab === 'monitoring' && <ObjectMonitoring kind={page.kind} project={namespace} name={name} />}
      {tab === 'events' && <ObjectEvents kind={page.kind} namespace={namespace} name={name} initial={object.events} />}
      {deleting && namespace && (
        <DeleteDialog
          kind={page.kind}
          kindLabel={t(page.label)}
          project={namespace}
          name={name}
          onClose={() => setDeleting(false)}
          onDeleted={() => {
            setDeleting(false);
            if (back) router.push(back);
          }}
        />
      )}
    </section>
  );
}
