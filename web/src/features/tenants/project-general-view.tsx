'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { useMutation, useQuery } from 'urql';
import { useT } from '@/lib/i18n/index.tsx';
import { ErrorBanner } from '@/ui/error-banner.tsx';
import { DeleteProjectMutation, ProjectGeneralQuery, UpdateProjectMutation } from '@/features/tenants/operations.ts';
import { DetailsForm } from '@/features/tenants/details-form.tsx';
import '@/features/tenants/tenants.css';

/** Project settings → General: display name and description, and Delete after typing its name. */
export function ProjectGeneralView({ workspace, project }: { workspace: string; project: string }) {
  const t = useT();
  const router = useRouter();
  const [res] = useQuery({ query: ProjectGeneralQuery, variables: { name: project } });
  const [updateState, update] = useMutation(UpdateProjectMutation);
  const [deleteState, remove] = useMutation(DeleteProjectMutation);
  const [typed, setTyped] = useState('');
  const p = res.data?.project;

  async function deleteProject() {
    const r = await remove({ name: project, confirm: typed });
    if (r.data?.deleteProject) router.push(`/workspaces/${workspace}`);
  }

  return (
    <section data-testid="project-general">
      <h1>{t('tenants.projectGeneral.title', { project: p?.displayName || project })}</h1>
      <ErrorBanner errors={[res.error]} />
      {p && (
        <>
          <DetailsForm
            displayName={p.displayName === p.name ? '' : p.displayName}
            description={p.description}
            canEdit={p.viewerCanDelete}
            saving={updateState.fetching}
            error={updateState.error}
            onSave={async (input) => !(await update({ name: project, input })).error}
          />
          {p.viewerCanDelete && (
            <div className="danger-zone" data-testid="delete-project">
              <h2>{t('tenants.deleteProject.title')}</h2>
              <p>{t('tenants.deleteProject.warning')}</p>
              <label>
                {t('tenants.typeName', { name: project })}
                <input value={typed} onChange={(e) => setTyped(e.target.value)} name="confirm-name" autoComplete="off" />
              </label>
              <ErrorBanner errors={[deleteState.error]} />
              <button type="button" className="danger" disabled={typed !== project || deleteState.fetching} onClick={deleteProject} data-testid="delete-project-button">
                {deleteState.fetching ? t('tenants.deleting') : t('tenants.deleteProject.submit')}
              </button>
            </div>
          )}
        </>
      )}
    </section>
  );
}
