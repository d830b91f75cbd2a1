'use client';

import { useState, type FormEvent } from 'react';
import type { CombinedError } from 'urql';
import { useT } from '@/lib/i18n/index.tsx';
import { ErrorBanner } from '@/ui/error-banner.tsx';
import { Dialog, DialogActions } from '@/ui/dialog.tsx';
import { FormField } from '@/ui/form-field.tsx';

/** Deleting a DevOps project, pipeline or credential asks for its name to be typed first. */
export function ConfirmDeleteDialog({ what, name, busy, error, onClose, onConfirm }: { what: string; name: string; busy: boolean; error?: CombinedError; onClose: () => void; onConfirm: (typed: string) => void }) {
  const t = useT();
  const [typed, setTyped] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (typed === name) onConfirm(typed);
  };
  return (
    <Dialog title={t('devops.delete.title', { what, name })} onClose={onClose} onSubmit={submit}>
      <p className="small">{t('devops.delete.warning', { what, name })}</p>
      <FormField label={t('devops.delete.typeName', { name })} name="confirm">
        <input name="confirm" value={typed} autoComplete="off" onChange={(e) => setTyped(e.target.value)} data-testid="delete-confirm" />
      </FormField>
      <ErrorBanner errors={[error]} />
      <DialogActions onCancel={onClose} submitLabel={t('devops.delete.submit')} busyLabel={t('devops.delete.deleting')} busy={busy} disabled={typed !== name} />
    </Dialog>
  );
}
