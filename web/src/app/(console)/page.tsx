'use client';

import Link from 'next/link';
import { useQuery } from 'urql';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { Stepper } from '../../components/Stepper.tsx';
import { useT } from '../../i18n/index.tsx';
import { NavQuery } from '../../operations/tenancy.ts';

/** Step 1 of the wizard: pick a workspace. Same query as the sidebar, so it is served from cache. */
export default function WorkspacesPage() {
  const t = useT();
  const [res] = useQuery({ query: NavQuery, variables: {} });
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
        {workspaces?.edges.map(({ node }) => (
          <Link key={node.name} href={`/workspaces/${node.name}`} className="card" data-testid="workspace-card">
            <span className="card-title">{node.displayName || node.name}</span>
            <span className="card-sub">{node.name}</span>
          </Link>
        ))}
      </div>
      {workspaces && <p className="muted small">{t('workspaces.count', { n: workspaces.totalCount })}</p>}
    </section>
  );
}
