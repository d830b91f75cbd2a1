'use client';

import { useQuery } from 'urql';
import type { Capabilities } from '@/ui/nav.ts';
import { ViewerQuery } from '@/features/account/operations.ts';

/** The signed-in user and their capabilities (null until the API answered). */
export function useViewer() {
  const [res] = useQuery({ query: ViewerQuery, variables: {} });
  const me = res.data?.me ?? null;
  const capabilities: Capabilities | null = me
    ? { canManageUsers: me.canManageUsers, canChangePassword: me.canChangePassword, canCreateWorkspace: me.canCreateWorkspace, canViewCluster: me.platformRole === 'PLATFORM_ADMIN', canReadAuditLog: me.canReadAuditLog, canSearchAuditLog: me.canSearchAuditLog }
    : null;
  return { me, capabilities, fetching: res.fetching };
}
