'use client';

import { useEffect, useState, type FormEvent } from 'react';
import type { CombinedError } from 'urql';
import { useT } from '@/lib/i18n/index.tsx';
import { ErrorBanner } from '@/ui/error-banner.tsx';
import { FormField } from '@/ui/form-field.tsx';

/** Display name and description of a workspace or project; read-only for those who may not edit. */
export function DetailsForm({
  displayName,
  description,
  canEdit,
  saving,
  error,
  onSave,
}: {
  displayName: string;
  description: string;
  canEdit: boolean;
  saving: boolean;
  error: CombinedError | undefined;
  onSave: (input: { displayName: string; description: string }) => Promise<boolean>;
}) {
  const t = useT();
  const [name, setName] = useState(displayName);
  const [text, setText] = useState(description);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    setName(displayName);
    setText(description);
  }, [displayName, description]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setSaved(await onSave({ displayName: name.trim(), description: text.trim() }));
  }

  return (
    <form className="settings-form" onSubmit={submit} noValidate data-testid="details-form">
      <FormField label={t('tenants.field.displayName')} name="displayName">
        <input name="displayName" value={name} disabled={!canEdit} onChange={(e) => (setName(e.target.value), setSaved(false))} />
      </FormField>
      <FormField label={t('tenants.field.description')} name="description">
        <textarea name="description" value={text} rows={3} disabled={!canEdit} onChange={(e) => (setText(e.target.value), setSaved(false))} />
      </FormField>
      <ErrorBanner errors={[error]} />
      {canEdit && (
        <div className="actions">
          {saved && (
            <span className="ok-note" role="status">
              {t('tenants.saved')}
            </span>
          )}
          <button type="submit" className="primary" disabled={saving}>
            {saving ? t('tenants.saving') : t('tenants.save')}
          </button>
        </div>
      )}
    </form>
  );
}
