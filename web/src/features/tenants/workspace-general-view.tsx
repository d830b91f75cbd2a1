'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { useMutation, useQuery } from 'urql';
import { useT } from '@/lib/i18n/index.tsx';
import { ErrorBanner } from '@/ui/error-banner.tsx';
import { DeleteWorkspaceMutation, UpdateWorkspaceMutation, WorkspaceGeneralQuery } from '@/features/tenants/operations.ts';
import { DetailsForm } from '@/features/tenants/details-form.tsx';
import '@/features/tenants/tenants.css';

/**
 * Workspace settings → General: display name and description, and Delete. Deleting takes its
 * projects' namespaces with it, so the confirmation names every project and each must be ticked
 * (the API checks the same list: `confirm` must be exactly its projects).
 */
export function WorkspaceGeneralView({ workspace }: { workspace: string }) {
  const t = useT();
  const router = useRouter();
  const [res] = useQuery({ query: WorkspaceGeneralQuery, variables: { name: workspace } });
  const [updateState, update] = useMutation(UpdateWorkspaceMutation);
  const [deleteState, remove] = useMutation(DeleteWorkspaceMutation);
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const [typed, setTyped] = useState('');
  const ws = res.data?.workspace;
  const projects = ws?.projects?.edges.map((e) => e.node.name) ?? [];
  const allTicked = projects.every((p) => ticked.has(p));
  const toggle = (p: string) => setTicked((s) => (s.has(p) ? new Set([...s].filter((x) => x !== p)) : new Set([...s, p])));

  async function deleteWorkspace() {
    const r = await remove({ name: workspace, confirm: [...ticked] });
    if (r.data?.deleteWorkspace) router.push('/');
  }

  return (
    <section data-testid="workspace-general">
      <h1>{t('tenants.workspaceGeneral.title', { workspace: ws?.displayName || workspace })}</h1>
      <ErrorBanner errors={[res.error]} />
      {ws && (
        <>
          <DetailsForm
            displayName={ws.displayName === ws.name ? '' : ws.displayName}
            description={ws.description}
            canEdit={ws.viewerCanEdit}
            saving={updateState.fetching}
            error={updateState.error}
            onSave={async (input) => !(await update({ name: workspace, input })).error}
          />
          {ws.viewerCanDelete && (
            <div className="danger-zone" data-testid="delete-workspace">
              <h2>{t('tenants.deleteWorkspace.title')}</h2>
              <p>{projects.length ? t('tenants.deleteWorkspace.projects', { n: projects.length }) : t('tenants.deleteWorkspace.noProjects')}</p>
              <ul className="plain">
                {projects.map((p) => (
                  <li key={p}>
                    <label>
                      <input type="checkbox" checked={ticked.has(p)} onChange={() => toggle(p)} data-testid={`confirm-project-${p}`} /> <span className="mono">{p}</span>
                    </label>
                  </li>
                ))}
              </ul>
              <label>
                {t('tenants.typeName', { name: workspace })}
                <input value={typed} onChange={(e) => setTyped(e.target.value)} name="confirm-name" autoComplete="off" />
              </label>
              <ErrorBanner errors={[deleteState.error]} />
              <button type="button" className="danger" disabled={!allTicked || typed !== workspace || deleteState.fetching} onClick={deleteWorkspace} data-testid="delete-workspace-button">
                {deleteState.fetching ? t('tenants.deleting') : t('tenants.deleteWorkspace.submit')}
              </button>
            </div>
          )}
        </>
      )}
    </section>
  );
}
