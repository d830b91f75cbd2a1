'use client';

import { useState } from 'react';
import { useMutation } from 'urql';
import { useT } from '@/lib/i18n/index.tsx';
import { problemsOf } from '@/lib/errors.ts';
import { PLATFORM_ROLES } from '@/features/users/user-rules.ts';
import { SetUserPlatformRoleMutation } from '@/features/users/operations.ts';
import type { PlatformRole } from '@/gql/graphql.ts';

/**
 * A user's platform role, changed in place. The select shows the stored role until the API has
 * taken the new one; a refusal (the last platform admin) is said next to it.
 */
export function PlatformRoleSelect({ username, role }: { username: string; role: PlatformRole }) {
  const t = useT();
  const [state, setRole] = useMutation(SetUserPlatformRoleMutation);
  const [problem, setProblem] = useState<string | null>(null);

  async function change(next: PlatformRole) {
    setProblem(null);
    const res = await setRole({ username, role: next });
    const p = problemsOf(res.error)[0];
    if (p) setProblem(p.code === 'CONFLICT' ? t('users.lastAdmin') : t(`error.${p.code}`));
  }

  return (
    <span className="inline-field">
      <select
        aria-label={t('users.roleOf', { name: username })}
        data-testid="user-role"
        value={role}
        disabled={state.fetching}
        onChange={(e) => change(e.target.value as PlatformRole)}
      >
        {PLATFORM_ROLES.map((r) => (
          <option key={r} value={r}>
            {t(`role.${r}`)}
          </option>
        ))}
      </select>
      {problem && (
        <span className="field-error" role="alert" data-testid="user-role-error">
          {problem}
        </span>
      )}
    </span>
  );
}
