'use client';

import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { useT } from '@/lib/i18n/index.tsx';
import type { MessageKey } from '@/lib/i18n/en.ts';
import { Dialog, DialogActions } from '@/ui/dialog.tsx';
import { ErrorBanner } from '@/ui/error-banner.tsx';
import { FormField } from '@/ui/form-field.tsx';
import { CreateSourceToImageMutation } from '@/features/devops/operations.ts';
import { useCredentialChoices } from '@/features/devops/use-credential-choices.ts';

const FIELDS = ['name', 'gitUrl', 'branch', 'builderImage', 'targetImage', 'tag'] as const;
const REQUIRED = new Set<string>(['name', 'gitUrl', 'builderImage', 'targetImage']);
type Field = (typeof FIELDS)[number];

/**
 * Build an image from source: a pipeline made from the API's template (check out the Git
 * repository, build with the builder image, push the target image), run like any other.
 */
export function SourceToImageDialog({ project, onClose, onCreated }: { project: string; onClose: () => void; onCreated: (pipeline: string) => void }) {
  const t = useT();
  const [values, setValues] = useState<Record<Field, string>>({ name: '', gitUrl: '', branch: 'main', builderImage: '', targetImage: '', tag: 'latest' });
  const [gitCredentialId, setGitCredential] = useState('');
  const [registryCredentialId, setRegistryCredential] = useState('');
  const [tried, setTried] = useState(false);
  const [state, create] = useMutation(CreateSourceToImageMutation);
  const ids = useCredentialChoices(project);
  const missing = FIELDS.filter((f) => REQUIRED.has(f) && !values[f].trim());

  async function submit(e: FormEvent) {
    e.preventDefault();
    setTried(true);
    if (missing.length) return;
    const v = Object.fromEntries(FIELDS.map((f) => [f, values[f].trim()])) as Record<Field, string>;
    const res = await create({ project, input: { ...v, branch: v.branch || 'main', tag: v.tag || 'latest', gitCredentialId: gitCredentialId || null, registryCredentialId: registryCredentialId || null } });
    if (res.data) onCreated(res.data.createSourceToImage.name);
  }

  const credentialSelect = (name: string, value: string, set: (v: string) => void) => (
    <select name={name} value={value} onChange={(e) => set(e.target.value)}>
      <option value="">{t('devops.editor.noCredential')}</option>
      {ids.map((id) => (
        <option key={id} value={id}>
          {id}
        </option>
      ))}
    </select>
  );

  return (
    <Dialog title={t('devops.s2i.title')} onClose={onClose} onSubmit={submit}>
      <p className="muted small">{t('devops.s2i.help')}</p>
      {FIELDS.map((f) => (
        <FormField key={f} label={t(`devops.s2i.${f}` as MessageKey)} name={f} error={tried && missing.includes(f) ? t('form.required') : null}>
          <input name={f} value={values[f]} onChange={(e) => setValues((v) => ({ ...v, [f]: e.target.value }))} autoComplete="off" />
        </FormField>
      ))}
      <FormField label={t('devops.s2i.gitCredential')} name="gitCredentialId">
        {credentialSelect('gitCredentialId', gitCredentialId, setGitCredential)}
      </FormField>
      <FormField label={t('devops.s2i.registryCredential')} name="registryCredentialId">
        {credentialSelect('registryCredentialId', registryCredentialId, setRegistryCredential)}
      </FormField>
      <ErrorBanner errors={[state.error]} />
      <DialogActions onCancel={onClose} submitLabel={t('devops.projects.createSubmit')} busyLabel={t('devops.projects.creating')} busy={state.fetching} />
    </Dialog>
  );
}
