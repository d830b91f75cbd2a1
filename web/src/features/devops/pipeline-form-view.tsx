'use client';

import Link from 'next/link';
import { useQuery } from 'urql';
import { useT } from '@/lib/i18n/index.tsx';
import { ErrorBanner } from '@/ui/error-banner.tsx';
import { PipelineDefinitionQuery } from '@/features/devops/operations.ts';
import { PipelineForm } from '@/features/devops/pipeline-form.tsx';
import { devopsHref } from '@/features/devops/routes.ts';
import '@/features/kinds/kinds.css';
import '@/features/devops/devops.css';

/** The create wizard of a DevOps project's pipeline. */
export function CreatePipelineView({ workspace, project }: { workspace: string; project: string }) {
  const t = useT();
  return (
    <section className="devops">
      <p className="muted small">
        <Link href={devopsHref(workspace)}>{t('devops.projects.title')}</Link> / <Link href={devopsHref(workspace, project)}>{project}</Link>
      </p>
      <h1>{t('devops.pipelines.create')}</h1>
      <PipelineForm workspace={workspace} project={project} />
    </section>
  );
}

/** The same wizard on a saved pipeline: its definition read back (the editor's graph, SCM or text). */
export function EditPipelineView({ workspace, project, pipeline }: { workspace: string; project: string; pipeline: string }) {
  const t = useT();
  const [res] = useQuery({ query: PipelineDefinitionQuery, variables: { project, pipeline }, requestPolicy: 'network-only' });
  const p = res.data?.devopsProject?.pipeline;
  return (
    <section className="devops">
      <p className="muted small">
        <Link href={devopsHref(workspace, project)}>{project}</Link> / <Link href={devopsHref(workspace, project, pipeline)}>{pipeline}</Link>
      </p>
      <h1>{t('devops.pipeline.editTitle', { name: pipeline })}</h1>
      <ErrorBanner errors={[res.error]} />
      {res.fetching && !p && <p className="muted">{t('common.loading')}</p>}
      {p && <PipelineForm key={pipeline} workspace={workspace} project={project} pipeline={p} />}
    </section>
  );
}
