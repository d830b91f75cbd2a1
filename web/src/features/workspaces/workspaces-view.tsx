'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { useQuery } from 'urql';
import { useT } from '@/lib/i18n/index.tsx';
import { ErrorBanner } from '@/ui/error-banner.tsx';
import { Stepper } from '@/ui/stepper.tsx';
import { WorkspacesQuery } from '@/features/workspaces/operations.ts';
import { WorkspaceCard } from '@/features/workspaces/workspace-card.tsx';
import { useViewer } from '@/features/account/use-viewer.ts';
import { CreateWorkspaceDialog } from '@/features/tenants/create-workspace-dialog.tsx';
import '@/features/tenants/tenants.css';

/** Step 1 of the wizard: pick a workspace. Same query as the sidebar, so it is served from cache. */
export function WorkspacesView() {
  const t = useT();
  const [res] = useQuery({ query: WorkspacesQuery, variables: {} });
  const workspaces = res.data?.workspaces;
  const { capabilities } = useViewer();
  const router = useRouter();
  const [creating, setCreating] = useState(false);
  return (
    <section>
      <Stepper />
      <div className="page-head">
        <h1>{t('workspaces.title')}</h1>
        {capabilities?.canCreateWorkspace && (
          <button type="button" className="primary" onClick={() => setCreating(true)} data-testid="create-workspace">
            {t('tenants.createWorkspace.title')}
          </button>
        )}
      </div>
      <p className="muted">{t('workspaces.subtitle')}</p>
      <ErrorBanner errors={[res.error]} />
      {res.fetching && !res.data && <p className="muted">{t('common.loading')}</p>}
      {workspaces && workspaces.edges.length === 0 && <p className="empty">{t('workspaces.empty')}</p>}
      <div className="cards">
        {workspaces?.edges.map(({ node }) => <WorkspaceCard key={node.name} workspace={node} />)}
      </div>
      {workspaces && <p className="muted small">{t('workspaces.count', { n: workspaces.totalCount })}</p>}
      {creating && <CreateWorkspaceDialog onClose={() => setCreating(false)} onCreated={(name) => router.push(`/workspaces/${name}`)} />}
    </section>
  );
}
