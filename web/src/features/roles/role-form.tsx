'use client';

import { useState } from 'react';
import { useQuery } from 'urql';
import type { PermissionBundle, RoleScope } from '@/gql/graphql.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { FormField } from '@/ui/form-field.tsx';
import { PermissionBundlesQuery } from '@/features/roles/operations.ts';
import { bundleLabel } from '@/features/roles/bundle-label.ts';

export interface RoleDraft {
  name: string;
  description: string;
  bundles: PermissionBundle[];
}

const NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/**
 * Create or edit a custom role by ticking permission bundles. Only the bundles that apply to the
 * scope are offered (CREATE_PROJECTS only for a workspace role); the name is fixed when editing.
 */
export function RoleForm(props: { scope: RoleScope; initial?: RoleDraft; busy: boolean; onSave: (draft: RoleDraft) => void; onCancel: () => void }) {
  const t = useT();
  const [res] = useQuery({ query: PermissionBundlesQuery });
  const [draft, setDraft] = useState<RoleDraft>(props.initial ?? { name: '', description: '', bundles: [] });
  const editing = !!props.initial;
  const nameError = draft.name && (draft.name.length > 63 || !NAME.test(draft.name)) ? t('roles.nameRule') : null;
  const offered = (res.data?.permissionBundles ?? []).filter((b) => b.scopes.includes(props.scope));
  const toggle = (b: PermissionBundle) =>
    setDraft((d) => ({ ...d, bundles: d.bundles.includes(b) ? d.bundles.filter((x) => x !== b) : [...d.bundles, b] }));

  return (
    <form
      className="form"
      data-testid="role-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (!nameError && draft.name && draft.bundles.length) props.onSave(draft);
      }}
    >
      <FormField label={t('roles.name')} name="name" error={nameError}>
        <input name="name" value={draft.name} disabled={editing} onChange={(e) => setDraft({ ...draft, name: e.target.value.trim() })} data-testid="role-name" />
      </FormField>
      <FormField label={t('roles.description')} name="description">
        <input name="description" value={draft.description} maxLength={500} onChange={(e) => setDraft({ ...draft, description: e.target.value })} />
      </FormField>
      <fieldset data-testid="role-bundles">
        <legend>{t('roles.bundles')}</legend>
        {offered.map((b) => (
          <label key={b.bundle} className="checkbox">
            <input type="checkbox" checked={draft.bundles.includes(b.bundle)} onChange={() => toggle(b.bundle)} data-testid={`bundle-${b.bundle}`} />
            {bundleLabel(t, b.bundle)}
            {b.implies.length > 0 && <span className="muted"> ({t('roles.implies', { bundles: b.implies.map((i) => bundleLabel(t, i)).join(', ') })})</span>}
          </label>
        ))}
      </fieldset>
      {!draft.bundles.length && <p className="muted">{t('roles.pickOne')}</p>}
      <div className="toolbar">
        <button type="submit" disabled={props.busy || !draft.name || !!nameError || !draft.bundles.length} data-testid="role-save">
          {editing ? t('roles.save') : t('roles.create')}
        </button>
        <button type="button" className="small-button" onClick={props.onCancel}>
          {t('roles.cancel')}
        </button>
      </div>
    </form>
  );
}
