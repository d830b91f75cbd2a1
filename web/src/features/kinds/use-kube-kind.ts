'use client';

import { useQuery } from 'urql';
import { KubeKindsQuery } from '@/features/kinds/operations.ts';

/** The API's description of a kind (`kubeKinds`, asked once and cached by urql). */
export function useKubeKind(kind: string) {
  const [res] = useQuery({ query: KubeKindsQuery, variables: {} });
  return res.data?.kubeKinds.find((k) => k.kind === kind) ?? null;
}
