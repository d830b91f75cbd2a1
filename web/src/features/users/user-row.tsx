'use client';

import { useMemo } from 'react';
import { graphql } from '@/gql/index.ts';
import type { UserRow_UserFragment } from '@/gql/graphql.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { useNow } from '@/lib/use-now.ts';
import { age } from '@/lib/format.ts';
import type { ServerColumn } from '@/ui/data-table.tsx';
import { PlatformRoleSelect } from '@/features/users/platform-role-select.tsx';
import { UserActions } from '@/features/users/user-actions.tsx';

export const UserRowFragment = graphql(`
  fragment UserRow_user on User {
    id
    username
    email
    displayName
    platformRole
    source
    createdAt
    lastLoginAt
    disabledAt
    viewerCanDisable
  }
`);

export type UserRow = UserRow_UserFragment;

/** The users table's columns; Username and Created sort on the server. `onChanged`: a user was deleted. */
export function useUserColumns(onChanged: () => void): ServerColumn<UserRow>[] {
  const t = useT();
  const now = useNow();
  return useMemo<ServerColumn<UserRow>[]>(
    () => [
      { id: 'username', accessorFn: (u) => u.username, meta: { className: 'mono' }, header: () => t('users.col.username'), cell: ({ row }) => row.original.username },
      { id: 'displayName', enableSorting: false, header: () => t('users.col.displayName'), cell: ({ row }) => row.original.displayName },
      { id: 'email', enableSorting: false, header: () => t('users.col.email'), cell: ({ row }) => row.original.email },
      {
        id: 'role',
        enableSorting: false,
        header: () => t('users.col.role'),
        cell: ({ row }) => <PlatformRoleSelect username={row.original.username} role={row.original.platformRole} />,
      },
      { id: 'source', enableSorting: false, header: () => t('users.col.source'), cell: ({ row }) => t(`users.source.${row.original.source}`) },
      { id: 'created', accessorFn: (u) => u.createdAt, header: () => t('users.col.created'), cell: ({ row }) => age(t, row.original.createdAt, now) },
      {
        id: 'lastLogin',
        enableSorting: false,
        header: () => t('users.col.lastLogin'),
        cell: ({ row }) => (row.original.lastLoginAt ? age(t, row.original.lastLoginAt, now) : t('users.never')),
      },
      {
        id: 'actions',
        enableSorting: false,
        header: () => t('users.col.actions'),
        cell: ({ row }) => <UserActions username={row.original.username} disabled={!!row.original.disabledAt} canChange={row.original.viewerCanDisable} onDeleted={onChanged} />,
      },
    ],
    [t, now, onChanged],
  );
}

/** The column header clicked, as the API's user sort ("Created" ascending = newest first, like an age). */
export function userSortFor(sorting: { id: string; desc: boolean }[]) {
  const s = sorting[0];
  if (s?.id === 'created') return { field: 'CREATED_AT' as const, direction: s.desc ? ('ASC' as const) : ('DESC' as const) };
  return { field: 'USERNAME' as const, direction: s?.desc ? ('DESC' as const) : ('ASC' as const) };
}
