'use client';

import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import type { CredentialInput } from '@/gql/graphql.ts';
import { useT } from '@/lib/i18n/index.tsx';
import type { MessageKey } from '@/lib/i18n/en.ts';
import { Dialog, DialogActions } from '@/ui/dialog.tsx';
import { ErrorBanner } from '@/ui/error-banner.tsx';
import { FormField } from '@/ui/form-field.tsx';
import { CreateCredentialMutation } from '@/features/devops/operations.ts';

export type NewCredentialType = 'USERNAME_PASSWORD' | 'SSH_KEY' | 'SECRET_TEXT' | 'KUBECONFIG';
const TYPES: NewCredentialType[] = ['USERNAME_PASSWORD', 'SSH_KEY', 'SECRET_TEXT', 'KUBECONFIG'];

/** Each type's fields: `secret` ones are password inputs, `long` ones text areas; `optional` may stay blank. */
const FIELDS: Record<NewCredentialType, { name: string; secret?: boolean; long?: boolean; optional?: boolean }[]> = {
  USERNAME_PASSWORD: [{ name: 'username' }, { name: 'password', secret: true }],
  SSH_KEY: [{ name: 'username' }, { name: 'privateKey', long: true }, { name: 'passphrase', secret: true, optional: true }],
  SECRET_TEXT: [{ name: 'secret', secret: true }],
  KUBECONFIG: [{ name: 'content', long: true }],
};

const ID = /^[A-Za-z0-9._-]+$/;

/** The mutation's input for a type and the form's values (pure: the unit test checks it). */
export function credentialInput(type: NewCredentialType, id: string, description: string, v: Record<string, string>): CredentialInput {
  const base = { id, description: description.trim() || null };
  switch (type) {
    case 'USERNAME_PASSWORD':
      return { ...base, usernamePassword: { username: v.username ?? '', password: v.password ?? '' } };
    case 'SSH_KEY':
      return { ...base, sshKey: { username: v.username ?? '', privateKey: v.privateKey ?? '', passphrase: v.passphrase || null } };
    case 'SECRET_TEXT':
      return { ...base, secretText: { secret: v.secret ?? '' } };
    case 'KUBECONFIG':
      return { ...base, kubeconfig: { content: v.content ?? '' } };
  }
}

/**
 * A new credential in the project's Jenkins folder. Secrets are typed into password fields or
 * text areas, sent once, and never shown again (the list has id, type and description only);
 * the values are dropped with the dialog.
 */
export function CreateCredentialDialog({ project, onClose, onCreated }: { project: string; onClose: () => void; onCreated: (id: string) => void }) {
  const t = useT();
  const [type, setType] = useState<NewCredentialType>('USERNAME_PASSWORD');
  const [id, setId] = useState('');
  const [description, setDescription] = useState('');
  const [values, setValues] = useState<Record<string, string>>({});
  const [tried, setTried] = useState(false);
  const [state, create] = useMutation(CreateCredentialMutation);
  const idError = !id ? t('form.required') : !ID.test(id) ? t('devops.credentials.idRule') : null;
  const missing = FIELDS[type].filter((f) => !f.optional && !(values[f.name] ?? '').trim()).map((f) => f.name);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setTried(true);
    if (idError || missing.length) return;
    const res = await create({ project, input: credentialInput(type, id, description, values) });
    if (res.data) onCreated(res.data.createCredential.id);
  }

  return (
    <Dialog title={t('devops.credentials.create')} onClose={onClose} onSubmit={submit}>
      <FormField label={t('devops.credentials.col.type')} name="type">
        <select name="type" value={type} onChange={(e) => setType(e.target.value as NewCredentialType)}>
          {TYPES.map((x) => (
            <option key={x} value={x}>
              {t(`devops.credentialType.${x}`)}
            </option>
          ))}
        </select>
      </FormField>
      <FormField label={t('devops.credentials.col.id')} name="id" error={tried ? idError : null}>
        <input name="id" value={id} onChange={(e) => setId(e.target.value)} autoComplete="off" />
      </FormField>
      <FormField label={t('devops.credentials.col.description')} name="description">
        <input name="description" value={description} onChange={(e) => setDescription(e.target.value)} autoComplete="off" />
      </FormField>
      {FIELDS[type].map((f) => (
        <FormField key={`${type}-${f.name}`} label={t(`devops.credentials.field.${f.name}` as MessageKey)} name={f.name} error={tried && missing.includes(f.name) ? t('form.required') : null}>
          {f.long ? (
            <textarea name={f.name} rows={6} className="mono" spellCheck={false} value={values[f.name] ?? ''} onChange={(e) => setValues((v) => ({ ...v, [f.name]: e.target.value }))} />
          ) : (
            <input name={f.name} type={f.secret ? 'password' : 'text'} autoComplete={f.secret ? 'new-password' : 'off'} value={values[f.name] ?? ''} onChange={(e) => setValues((v) => ({ ...v, [f.name]: e.target.value }))} />
          )}
        </FormField>
      ))}
      <ErrorBanner errors={[state.error]} />
      <DialogActions onCancel={onClose} submitLabel={t('devops.credentials.createSubmit')} busyLabel={t('devops.credentials.creating')} busy={state.fetching} />
    </Dialog>
  );
}
