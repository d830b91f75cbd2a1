'use client';

import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { useT } from '@/lib/i18n/index.tsx';
import { useFocusOnOpen } from '@/lib/use-focus-on-open.ts';
import { Dialog, DialogActions } from '@/ui/dialog.tsx';
import { ErrorBanner } from '@/ui/error-banner.tsx';
import { FormField } from '@/ui/form-field.tsx';
import { CreateProjectMutation } from '@/features/tenants/operations.ts';
import { nameProblem } from '@/features/tenants/name-rule.ts';

/**
 * Creates a project (a namespace labelled with the workspace). A name taken anywhere in the
 * cluster is refused as "not available" without saying by whom (tenant names stay private).
 */
export function CreateProjectDialog({ workspace, onClose, onCreated }: { workspace: string; onClose: () => void; onCreated: (name: string) => void }) {
  const t = useT();
  const [name, setName] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [touched, setTouched] = useState(false);
  const [state, create] = useMutation(CreateProjectMutation);
  const first = useFocusOnOpen();
  const problem = nameProblem(name);
  const serverNameError = state.error?.graphQLErrors.find((e) => e.extensions?.field === 'name' || e.extensions?.code === 'CONFLICT')?.message;

  async function submit(e: FormEvent) {
    e.preventDefault();
    setTouched(true);
    if (problem) return;
    const res = await create({ workspace, name, displayName: displayName.trim() || null });
    if (res.data?.createProject) onCreated(res.data.createProject.name);
  }

  return (
    <Dialog title={t('tenants.createProject.title', { workspace })} onClose={onClose} onSubmit={submit}>
      <FormField label={t('tenants.field.name')} name="name" error={serverNameError ?? (touched && problem ? t(problem) : null)}>
        <input ref={first} name="name" value={name} autoComplete="off" onChange={(e) => setName(e.target.value)} aria-invalid={!!(touched && problem)} />
      </FormField>
      <FormField label={t('tenants.field.displayName')} name="displayName">
        <input name="displayName" value={displayName} onChange={(e) => setDisplayName(e.target.value)} />
      </FormField>
      <ErrorBanner errors={[serverNameError ? undefined : state.error]} />
      <DialogActions onCancel={onClose} submitLabel={t('tenants.createProject.submit')} busyLabel={t('tenants.creating')} busy={state.fetching} />
    </Dialog>
  );
}
