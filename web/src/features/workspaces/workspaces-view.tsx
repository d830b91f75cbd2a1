'use client';

import { useQuery } from 'urql';
import { useT } from '@/lib/i18n/index.tsx';
import { ErrorBanner } from '@/ui/error-banner.tsx';
import { Stepper } from '@/ui/stepper.tsx';
import { WorkspacesQuery } from '@/features/workspaces/operations.ts';
import { WorkspaceCard } from '@/features/workspaces/workspace-card.tsx';

/** Step 1 of the wizard: pick a workspace. Same query as the sidebar, so it is served from cache. */
export function WorkspacesView() {
  const t = useT();
  const [res] = useQuery({ query: WorkspacesQuery, variables: {} });
  const workspaces = res.data?.workspaces;
  return (
    <section>
      <Stepper />
      <h1>{t('workspaces.title')}</h1>
      <p className="muted">{t('workspaces.subtitle')}</p>
      <ErrorBanner errors={[res.error]} />
      {res.fetching && !res.data && <p className="muted">{t('common.loading')}</p>}
      {workspaces && workspaces.edges.length === 0 && <p className="empty">{t('workspaces.empty')}</p>}
      <div className="cards">
        {workspaces?.edges.map(({ node }) => <WorkspaceCard key={node.name} workspace={node} />)}
      </div>
      {workspaces && <p className="muted small">{t('workspaces.count', { n: workspaces.totalCount })}</p>}
    </section>
  );
}
