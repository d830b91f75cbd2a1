'use client';

import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { useT } from '@/lib/i18n/index.tsx';
import { useFocusOnOpen } from '@/lib/use-focus-on-open.ts';
import { Dialog, DialogActions } from '@/ui/dialog.tsx';
import { ErrorBanner } from '@/ui/error-banner.tsx';
import { FormField } from '@/ui/form-field.tsx';
import { AddWorkspaceAdminMutation, CreateWorkspaceMutation } from '@/features/tenants/operations.ts';
import { nameProblem } from '@/features/tenants/name-rule.ts';

/**
 * The create-workspace wizard: 1. name, display name, description; 2. who administers it (a
 * user name, or nobody but the platform admins). The workspace is made first, then the grant; if
 * the grant is refused, the workspace stays and the error says why (the user can be added later
 * under Members).
 */
export function CreateWorkspaceDialog({ onClose, onCreated }: { onClose: () => void; onCreated: (name: string) => void }) {
  const t = useT();
  const [step, setStep] = useState<1 | 2>(1);
  const [name, setName] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [description, setDescription] = useState('');
  const [admin, setAdmin] = useState('');
  const [touched, setTouched] = useState(false);
  const [created, setCreated] = useState<string | null>(null);
  const [createState, create] = useMutation(CreateWorkspaceMutation);
  const [grantState, grant] = useMutation(AddWorkspaceAdminMutation);
  const first = useFocusOnOpen();
  const problem = nameProblem(name);
  const serverNameError = createState.error?.graphQLErrors.find((e) => e.extensions?.field === 'name' || e.extensions?.code === 'CONFLICT')?.message;

  async function submit(e: FormEvent) {
    e.preventDefault();
    setTouched(true);
    if (step === 1) {
      if (!problem) setStep(2);
      return;
    }
    let workspace = created;
    if (!workspace) {
      const res = await create({ input: { name, displayName: displayName.trim() || null, description: description.trim() || null } });
      if (!res.data?.createWorkspace) {
        if (res.error?.graphQLErrors.some((g) => g.extensions?.field === 'name' || g.extensions?.code === 'CONFLICT')) setStep(1);
        return;
      }
      workspace = res.data.createWorkspace.name;
      setCreated(workspace);
    }
    if (admin.trim()) {
      const res = await grant({ workspace, username: admin.trim() });
      if (res.error) return;
    }
    onCreated(workspace);
  }

  return (
    <Dialog title={t('tenants.createWorkspace.title')} onClose={onClose} onSubmit={submit}>
      <p className="muted small" data-testid="wizard-step">
        {t('tenants.step', { n: step, of: 2 })} · {step === 1 ? t('tenants.step.basics') : t('tenants.step.admin')}
      </p>
      {step === 1 ? (
        <>
          <FormField label={t('tenants.field.name')} name="name" error={serverNameError ?? (touched && problem ? t(problem) : null)}>
            <input ref={first} name="name" value={name} autoComplete="off" onChange={(e) => setName(e.target.value)} aria-invalid={!!(touched && problem)} />
          </FormField>
          <FormField label={t('tenants.field.displayName')} name="displayName">
            <input name="displayName" value={displayName} onChange={(e) => setDisplayName(e.target.value)} />
          </FormField>
          <FormField label={t('tenants.field.description')} name="description">
            <textarea name="description" value={description} onChange={(e) => setDescription(e.target.value)} rows={3} />
          </FormField>
        </>
      ) : (
        <>
          <FormField label={t('tenants.field.admin')} name="admin">
            <input name="admin" value={admin} autoComplete="off" placeholder={t('tenants.field.adminHint')} onChange={(e) => setAdmin(e.target.value)} />
          </FormField>
          {created && <p className="muted small">{t('tenants.createWorkspace.madeGrantFailed', { name: created })}</p>}
        </>
      )}
      <ErrorBanner errors={[serverNameError ? undefined : createState.error, grantState.error]} />
      <div className="actions">
        {step === 2 && (
          <button type="button" onClick={() => setStep(1)} disabled={!!created} data-testid="wizard-back">
            {t('tenants.back')}
          </button>
        )}
      </div>
      <DialogActions
        onCancel={onClose}
        submitLabel={step === 1 ? t('tenants.next') : t('tenants.createWorkspace.submit')}
        busyLabel={t('tenants.creating')}
        busy={createState.fetching || grantState.fetching}
      />
    </Dialog>
  );
}
