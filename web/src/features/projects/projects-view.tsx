'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { useQuery } from 'urql';
import { useT } from '@/lib/i18n/index.tsx';
import { ErrorBanner } from '@/ui/error-banner.tsx';
import { Stepper } from '@/ui/stepper.tsx';
import { WorkspaceProjectsQuery } from '@/features/projects/operations.ts';
import { ProjectCard } from '@/features/projects/project-card.tsx';
import { CreateProjectDialog } from '@/features/tenants/create-project-dialog.tsx';
import '@/features/tenants/tenants.css';

/** Step 2: pick a project of the workspace. */
export function ProjectsView({ workspace }: { workspace: string }) {
  const t = useT();
  const [res] = useQuery({ query: WorkspaceProjectsQuery, variables: { name: workspace } });
  const projects = res.data?.workspace?.projects;
  const router = useRouter();
  const [creating, setCreating] = useState(false);
  return (
    <section>
      <Stepper workspace={workspace} />
      <div className="page-head">
        <h1>{t('projects.title', { workspace: res.data?.workspace?.displayName || workspace })}</h1>
        {res.data?.workspace?.viewerCanCreateProject && (
          <button type="button" className="primary" onClick={() => setCreating(true)} data-testid="create-project">
            {t('tenants.createProject.button')}
          </button>
        )}
      </div>
      <p className="muted">{t('projects.subtitle')}</p>
      <ErrorBanner errors={[res.error]} />
      {res.fetching && !res.data && <p className="muted">{t('common.loading')}</p>}
      {projects && projects.edges.length === 0 && <p className="empty">{t('projects.empty')}</p>}
      <div className="cards">
        {projects?.edges.map(({ node }) => <ProjectCard key={node.name} workspace={workspace} project={node} />)}
      </div>
      {creating && <CreateProjectDialog workspace={workspace} onClose={() => setCreating(false)} onCreated={(name) => router.push(`/workspaces/${workspace}/projects/${name}`)} />}
    </section>
  );
}
