'use client';

import { useMemo } from 'react';
import { graphql } from '@/gql/index.ts';
import type { SessionRow_SessionFragment } from '@/gql/graphql.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { useNow } from '@/lib/use-now.ts';
import { age } from '@/lib/format.ts';
import type { ServerColumn } from '@/ui/data-table.tsx';

export const SessionRowFragment = graphql(`
  fragment SessionRow_session on UserSession {
    id
    createdAt
    lastSeenAt
    clientAddress
    userAgent
    method
    current
  }
`);

export type SessionRow = SessionRow_SessionFragment;

/** The sessions table's columns (the API lists newest first; nothing sorts here). */
export function useSessionColumns(onRevoke: (session: SessionRow) => void): ServerColumn<SessionRow>[] {
  const t = useT();
  const now = useNow();
  return useMemo<ServerColumn<SessionRow>[]>(
    () => [
      {
        id: 'created',
        enableSorting: false,
        header: () => t('sessions.col.created'),
        cell: ({ row }) => new Date(row.original.createdAt).toLocaleString(),
      },
      {
        id: 'lastSeen',
        enableSorting: false,
        header: () => t('sessions.col.lastSeen'),
        cell: ({ row }) => t('sessions.ago', { age: age(t, row.original.lastSeenAt, now) }),
      },
      { id: 'address', enableSorting: false, meta: { className: 'mono' }, header: () => t('sessions.col.address'), cell: ({ row }) => row.original.clientAddress ?? t('sessions.unknown') },
      {
        id: 'agent',
        enableSorting: false,
        header: () => t('sessions.col.userAgent'),
        // Browsers send long strings: the start is shown, all of it on hover.
        cell: ({ row }) => (
          <span className="session-agent" title={row.original.userAgent ?? undefined}>
            {row.original.userAgent ?? t('sessions.unknown')}
          </span>
        ),
      },
      { id: 'method', enableSorting: false, header: () => t('sessions.col.method'), cell: ({ row }) => t(`sessions.method.${row.original.method}`) },
      {
        id: 'actions',
        enableSorting: false,
        header: () => '',
        cell: ({ row }) =>
          row.original.current ? (
            <span className="role" data-testid="session-current">
              {t('sessions.current')}
            </span>
          ) : (
            <button type="button" className="link-button" onClick={() => onRevoke(row.original)} data-testid="session-revoke">
              {t('sessions.revoke')}
            </button>
          ),
      },
    ],
    [t, now, onRevoke],
  );
}
