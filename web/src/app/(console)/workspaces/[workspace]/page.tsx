'use client';

import Link from 'next/link';
import { useParams } from 'next/navigation';
import { useQuery } from 'urql';
import { ErrorBanner } from '../../../../components/ErrorBanner.tsx';
import { Stepper } from '../../../../components/Stepper.tsx';
import { useT } from '../../../../i18n/index.tsx';
import { WorkspaceProjectsQuery } from '../../../../operations/tenancy.ts';

/** Step 2: pick a project of the workspace. */
export default function WorkspacePage() {
  const t = useT();
  const { workspace } = useParams<{ workspace: string }>();
  const [res] = useQuery({ query: WorkspaceProjectsQuery, variables: { name: workspace } });
  const projects = res.data?.workspace?.projects;
  return (
    <section>
      <Stepper workspace={workspace} />
      <h1>{t('projects.title', { workspace: res.data?.workspace?.displayName || workspace })}</h1>
      <p className="muted">{t('projects.subtitle')}</p>
      <ErrorBanner errors={[res.error]} />
      {res.fetching && !res.data && <p className="muted">{t('common.loading')}</p>}
      {projects && projects.edges.length === 0 && <p className="empty">{t('projects.empty')}</p>}
      <div className="cards">
        {projects?.edges.map(({ node }) => (
          <Link
            key={node.name}
            href={`/workspaces/${workspace}/projects/${node.name}`}
            className="card"
            data-testid="project-card"
          >
            <span className="card-title">{node.displayName || node.name}</span>
            <span className="card-sub">{node.name}</span>
          </Link>
        ))}
      </div>
    </section>
  );
}
