'use client';

import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { useT } from '../i18n/index.tsx';
import type { MessageKey } from '../i18n/en.ts';
import { problemsOf } from '../lib/errors.ts';
import { PLATFORM_ROLES, newUserProblems, type NewUserFields } from '../lib/userRules.ts';
import { CreateUserMutation } from '../operations/tenancy.ts';
import type { PlatformRole } from '../gql/graphql.ts';
import { ErrorBanner } from './ErrorBanner.tsx';

type Field = keyof NewUserFields;

/**
 * Creates a local user. Each field shows the rule it breaks once touched (the API's rules, see
 * lib/userRules.ts); a refusal from the API (a taken name, a rule this form does not know) is
 * shown under the field it names, or as a banner.
 */
export function CreateUserDialog({ onClose, onCreated }: { onClose: () => void; onCreated: (username: string) => void }) {
  const t = useT();
  const [fields, setFields] = useState<NewUserFields>({ username: '', email: '', password: '' });
  const [displayName, setDisplayName] = useState('');
  const [role, setRole] = useState<PlatformRole>('PLATFORM_REGULAR');
  const [touched, setTouched] = useState<Partial<Record<Field, boolean>>>({});
  const [serverField, setServerField] = useState<{ field: Field; message: string } | null>(null);
  const [state, create] = useMutation(CreateUserMutation);
  const first = useRef<HTMLInputElement>(null);
  const problems = newUserProblems(fields);

  useEffect(() => {
    first.current?.focus();
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

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
      input: { username: fields.username, email: fields.email.trim(), password: fields.password, displayName: displayName.trim() || null, platformRole: role },
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
      <label>
        {t(label)}
        <input
          ref={field === 'username' ? first : undefined}
          name={field}
          value={fields[field]}
          aria-invalid={!!error}
          onChange={(e) => set(field, e.target.value)}
          onBlur={() => setTouched((x) => ({ ...x, [field]: true }))}
          {...props}
        />
        {error && (
          <span className="field-error" role="alert" data-testid={`invalid-${field}`}>
            {error}
          </span>
        )}
      </label>
    );
  };

  return (
    <div className="modal-backdrop" onClick={onClose}>
      <form
        className="modal"
        role="dialog"
        aria-modal="true"
        aria-labelledby="create-user-title"
        onClick={(e) => e.stopPropagation()}
        onSubmit={submit}
        noValidate
      >
        <h2 id="create-user-title">{t('users.create.title')}</h2>
        {input('username', 'users.field.username', { autoComplete: 'off' })}
        {input('email', 'users.field.email', { type: 'email', autoComplete: 'off' })}
        <label>
          {t('users.field.displayName')}
          <input name="displayName" value={displayName} onChange={(e) => setDisplayName(e.target.value)} />
        </label>
        {input('password', 'users.field.password', { type: 'password', autoComplete: 'new-password' })}
        <label>
          {t('users.field.role')}
          <select name="platformRole" value={role} onChange={(e) => setRole(e.target.value as PlatformRole)}>
            {PLATFORM_ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`role.${r}`)}
              </option>
            ))}
          </select>
        </label>
        {taken && (
          <p className="field-error" role="alert" data-testid="user-taken">
            {t('users.taken')}
          </p>
        )}
        {!taken && !serverField && <ErrorBanner errors={[state.error]} />}
        <div className="actions">
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary" disabled={state.fetching}>
            {state.fetching ? t('users.submitting') : t('users.submit')}
          </button>
        </div>
      </form>
    </div>
  );
}
