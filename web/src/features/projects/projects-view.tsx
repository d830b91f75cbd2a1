'use client';

import { useQuery } from 'urql';
import { useT } from '@/lib/i18n/index.tsx';
import { ErrorBanner } from '@/ui/error-banner.tsx';
import { Stepper } from '@/ui/stepper.tsx';
import { WorkspaceProjectsQuery } from '@/features/projects/operations.ts';
import { ProjectCard } from '@/features/projects/project-card.tsx';

/** Step 2: pick a project of the workspace. */
export function ProjectsView({ workspace }: { workspace: string }) {
  const t = useT();
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
        {projects?.edges.map(({ node }) => <ProjectCard key={node.name} workspace={workspace} project={node} />)}
      </div>
    </section>
  );
}
