'use client';

import { useMemo } from 'react';
import { useQuery } from 'urql';
import { CREDENTIAL_CHOICES, CredentialChoicesQuery } from '@/features/devops/operations.ts';

/** The ids a credential picker offers: the project's first CREDENTIAL_CHOICES credentials by id. */
export function useCredentialChoices(project: string): string[] {
  const [res] = useQuery({ query: CredentialChoicesQuery, variables: { project, first: CREDENTIAL_CHOICES } });
  return useMemo(() => (res.data?.devopsProject?.credentials?.nodes ?? []).map((c) => c.id), [res.data]);
}
