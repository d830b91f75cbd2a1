'use client';

import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { useT } from '@/lib/i18n/index.tsx';
import type { GroupRoleMappingSource } from '@/gql/graphql.ts';
import { Dialog, DialogActions } from '@/ui/dialog.tsx';
import { ErrorBanner } from '@/ui/error-banner.tsx';
import { FormField } from '@/ui/form-field.tsx';
import { CreateGroupRoleMappingMutation } from '@/features/sso/operations.ts';

type Kind = 'platform' | 'workspace' | 'project';

/** Adds one mapping: a group, which sign-ins, and one grant (roles by name, as the API takes them). */
export function AddMappingDialog({ onClose, onAdded }: { onClose: () => void; onAdded: () => void }) {
  const t = useT();
  const [group, setGroup] = useState('');
  const [source, setSource] = useState<GroupRoleMappingSource | ''>('');
  const [kind, setKind] = useState<Kind>('workspace');
  const [target, setTarget] = useState('');
  const [role, setRole] = useState('');
  const [state, create] = useMutation(CreateGroupRoleMappingMutation);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const grant = kind === 'platform' ? { platformRole: role.trim() } : kind === 'workspace' ? { workspace: target.trim(), workspaceRole: role.trim() } : { project: target.trim(), projectRole: role.trim() };
    const res = await create({ input: { group: group.trim(), source: source || null, ...grant } });
    if (res.data?.createGroupRoleMapping) onAdded();
  }

  return (
    <Dialog title={t('mappings.add')} onClose={onClose} onSubmit={submit}>
      <FormField label={t('mappings.col.group')} name="group">
        <input name="group" value={group} onChange={(e) => setGroup(e.target.value)} data-testid="mapping-group" />
      </FormField>
      <FormField label={t('mappings.col.source')} name="source">
        <select name="source" value={source} onChange={(e) => setSource(e.target.value as GroupRoleMappingSource | '')}>
          <option value="">{t('mappings.source.any')}</option>
          <option value="LDAP">LDAP</option>
          <option value="OIDC">OIDC</option>
        </select>
      </FormField>
      <FormField label={t('mappings.kind')} name="kind">
        <select name="kind" value={kind} onChange={(e) => setKind(e.target.value as Kind)} data-testid="mapping-kind">
          <option value="platform">{t('mappings.kind.platform')}</option>
          <option value="workspace">{t('mappings.kind.workspace')}</option>
          <option value="project">{t('mappings.kind.project')}</option>
        </select>
      </FormField>
      {kind !== 'platform' && (
        <FormField label={t(kind === 'workspace' ? 'mappings.kind.workspace' : 'mappings.kind.project')} name="target">
          <input name="target" value={target} onChange={(e) => setTarget(e.target.value)} data-testid="mapping-target" />
        </FormField>
      )}
      <FormField label={t('mappings.role')} name="role">
        <input name="role" value={role} placeholder={t(`mappings.rolePlaceholder.${kind}`)} onChange={(e) => setRole(e.target.value)} data-testid="mapping-role" />
      </FormField>
      <ErrorBanner errors={[state.error]} />
      <DialogActions onCancel={onClose} submitLabel={t('mappings.add')} busyLabel={t('mappings.adding')} busy={state.fetching} />
    </Dialog>
  );
}
