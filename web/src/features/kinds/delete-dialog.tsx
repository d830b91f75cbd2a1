'use client';

import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import type { PropagationPolicy } from '@/gql/graphql.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { Dialog, DialogActions } from '@/ui/dialog.tsx';
import { ErrorBanner } from '@/ui/error-banner.tsx';
import { FormField } from '@/ui/form-field.tsx';
import { DeleteObjectMutation } from '@/features/kinds/operations.ts';

const POLICIES: PropagationPolicy[] = ['BACKGROUND', 'FOREGROUND', 'ORPHAN'];

/**
 * Deleting names the object and asks for its name to be typed: nothing is deleted by a stray
 * click. The propagation policy says what happens to what it owns (pods of a Deployment, …).
 */
export function DeleteDialog({ kind, kindLabel, project, name, onClose, onDeleted }: { kind: string; kindLabel: string; project: string; name: string; onClose: () => void; onDeleted: () => void }) {
  const t = useT();
  const [typed, setTyped] = useState('');
  const [policy, setPolicy] = useState<PropagationPolicy>('BACKGROUND');
  const [state, remove] = useMutation(DeleteObjectMutation);
  const matches = typed === name;

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!matches) return;
    const res = await remove({ kind, project, name, propagationPolicy: policy });
    if (res.data?.deleteObject) onDeleted();
  }

  return (
    <Dialog title={t('delete.title', { kind: kindLabel, name })} onClose={onClose} onSubmit={submit}>
      <p className="small">{t('delete.warning', { kind: kindLabel, name, project })}</p>
      <FormField label={t('delete.typeName', { name })} name="confirm">
        <input name="confirm" value={typed} autoComplete="off" onChange={(e) => setTyped(e.target.value)} data-testid="delete-confirm" />
      </FormField>
      <fieldset className="choices">
        <legend>{t('delete.propagation')}</legend>
        {POLICIES.map((p) => (
          <label key={p} className="inline">
            <input type="radio" name="propagation" value={p} checked={policy === p} onChange={() => setPolicy(p)} />
            {t(`delete.policy.${p}`)}
          </label>
        ))}
      </fieldset>
      <ErrorBanner errors={[state.error]} />
      <DialogActions onCancel={onClose} submitLabel={t('delete.submit')} busyLabel={t('delete.deleting')} busy={state.fetching} disabled={!matches} />
    </Dialog>
  );
}
