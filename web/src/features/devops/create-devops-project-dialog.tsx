'use client';

import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { useT } from '@/lib/i18n/index.tsx';
import { Dialog, DialogActions } from '@/ui/dialog.tsx';
import { ErrorBanner } from '@/ui/error-banner.tsx';
import { FormField } from '@/ui/form-field.tsx';
import { CreateDevOpsProjectMutation } from '@/features/devops/operations.ts';

/** A DNS label: the DevOps project is a namespace and a Jenkins folder of this name. */
const NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

export function CreateDevOpsProjectDialog({ workspace, onClose, onCreated }: { workspace: string; onClose: () => void; onCreated: (name: string) => void }) {
  const t = useT();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [tried, setTried] = useState(false);
  const [state, create] = useMutation(CreateDevOpsProjectMutation);
  const nameError = !name ? t('form.required') : name.length > 63 || !NAME.test(name) ? t('devops.form.dnsLabel') : null;

  async function submit(e: FormEvent) {
    e.preventDefault();
    setTried(true);
    if (nameError) return;
    const res = await create({ workspace, name, description: description.trim() || null });
    if (res.data) onCreated(res.data.createDevOpsProject.name);
  }

  return (
    <Dialog title={t('devops.projects.create')} onClose={onClose} onSubmit={submit}>
      <FormField label={t('devops.projects.col.name')} name="name" error={tried ? nameError : null}>
        <input name="name" value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" autoFocus />
      </FormField>
      <FormField label={t('devops.projects.col.description')} name="description">
        <input name="description" value={description} onChange={(e) => setDescription(e.target.value)} autoComplete="off" />
      </FormField>
      <ErrorBanner errors={[state.error]} />
      <DialogActions onCancel={onClose} submitLabel={t('devops.projects.createSubmit')} busyLabel={t('devops.projects.creating')} busy={state.fetching} />
    </Dialog>
  );
}
