'use client';

import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { useT } from '@/lib/i18n/index.tsx';
import { useFocusOnOpen } from '@/lib/use-focus-on-open.ts';
import type { MessageKey } from '@/lib/i18n/en.ts';
import { problemsOf } from '@/lib/errors.ts';
import type { PlatformRole } from '@/gql/graphql.ts';
import { Dialog, DialogActions } from '@/ui/dialog.tsx';
import { ErrorBanner } from '@/ui/error-banner.tsx';
import { FormField } from '@/ui/form-field.tsx';
import { PLATFORM_ROLES, newUserProblems, type NewUserFields } from '@/features/users/user-rules.ts';
import { CreateUserMutation } from '@/features/users/operations.ts';

type Field = keyof NewUserFields;

/**
 * Creates a local user. Each field shows the rule it breaks once touched (the API's rules, see
 * user-rules.ts); a refusal from the API (a taken name, a rule this form does not know) is
 * shown under the field it names, or as a banner.
 */
export function CreateUserDialog({ onClose, onCreated }: { onClose: () => void; onCreated: (username: string) => void }) {
  const t = useT();
  const [fields, setFields] = useState<NewUserFields>({ username: '', email: '', password: '' });
  const [displayName, setDisplayName] = useState('');
  const [role, setRole] = useState<PlatformRole>('PLATFORM_REGULAR');
  const [temporary, setTemporary] = useState(false);
  const [touched, setTouched] = useState<Partial<Record<Field, boolean>>>({});
  const [serverField, setServerField] = useState<{ field: Field; message: string } | null>(null);
  const [state, create] = useMutation(CreateUserMutation);
  const first = useFocusOnOpen();
  const problems = newUserProblems(fields);

  const set = (field: Field, value: string) => {
    setFields((f) => ({ ...f, [field]: value }));
    setTouched((x) => ({ ...x, [field]: true }));
    if (serverField?.field === field) setServerField(null);
  };

  async function submit(e: FormEvent) {
    e.preventDefault();
    setTouched({ username: true, email: true, password: true });
    if (Object.keys(problems).length) return;
    const res = await create({
      input: { username: fields.username, email: fields.email.trim(), password: fields.password, displayName: displayName.trim() || null, platformRole: role, mustChangePassword: temporary },
    });
    if (res.data?.createUser) {
      onCreated(res.data.createUser.username);
      return;
    }
    const field = res.error?.graphQLErrors[0]?.extensions?.field;
    if (field === 'username' || field === 'email' || field === 'password') {
      setServerField({ field, message: res.error!.graphQLErrors[0].message });
    }
  }

  const errorFor = (field: Field): string | null => {
    if (serverField?.field === field) return serverField.message;
    const key: MessageKey | undefined = problems[field];
    return touched[field] && key ? t(key) : null;
  };
  const taken = problemsOf(state.error).some((p) => p.code === 'CONFLICT');

  const input = (field: Field, label: MessageKey, props: { type?: string; autoComplete?: string } = {}) => {
    const error = errorFor(field);
    return (
      <FormField label={t(label)} name={field} error={error}>
        <input
          ref={field === 'username' ? first : undefined}
          name={field}
          value={fields[field]}
          aria-invalid={!!error}
          onChange={(e) => set(field, e.target.value)}
          onBlur={() => setTouched((x) => ({ ...x, [field]: true }))}
          {...props}
        />
      </FormField>
    );
  };

  return (
    <Dialog title={t('users.create.title')} onClose={onClose} onSubmit={submit}>
      {input('username', 'users.field.username', { autoComplete: 'off' })}
      {input('email', 'users.field.email', { type: 'email', autoComplete: 'off' })}
      <FormField label={t('users.field.displayName')} name="displayName">
        <input name="displayName" value={displayName} onChange={(e) => setDisplayName(e.target.value)} />
      </FormField>
      {input('password', 'users.field.password', { type: 'password', autoComplete: 'new-password' })}
      <FormField label={t('users.field.role')} name="platformRole">
        <select name="platformRole" value={role} onChange={(e) => setRole(e.target.value as PlatformRole)}>
          {PLATFORM_ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`role.${r}`)}
            </option>
          ))}
        </select>
      </FormField>
      <label className="inline">
        <input type="checkbox" name="mustChangePassword" checked={temporary} onChange={(e) => setTemporary(e.target.checked)} /> {t('users.field.temporary')}
      </label>
      {taken && (
        <p className="field-error" role="alert" data-testid="user-taken">
          {t('users.taken')}
        </p>
      )}
      {!taken && !serverField && <ErrorBanner errors={[state.error]} />}
      <DialogActions onCancel={onClose} submitLabel={t('users.submit')} busyLabel={t('users.submitting')} busy={state.fetching} />
    </Dialog>
  );
}
