'use client';

import { useCallback, useMemo, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import type { SortingState } from '@tanstack/react-table';
import { getFragmentData } from '@/gql/index.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { firstRowOf, usePagedView } from '@/lib/paging.ts';
import { DataTable } from '@/ui/data-table.tsx';
import { ErrorBanner } from '@/ui/error-banner.tsx';
import { Pager } from '@/ui/pager.tsx';
import { MySessionsQuery, RevokeSessionMutation, SESSION_PAGE_SIZE } from '@/features/account/operations.ts';
import { SessionRowFragment, useSessionColumns, type SessionRow } from '@/features/account/session-row.tsx';

const NO_SORT: SortingState = [];

/** My account → sessions: where the caller is signed in (newest first), and ending any other session. */
export function SessionsView() {
  const t = useT();
  const paging = usePagedView<SortingState>(NO_SORT);
  const [ended, setEnded] = useState(false);
  const [res, refetch] = useQuery({ query: MySessionsQuery, variables: { first: SESSION_PAGE_SIZE, after: paging.after }, requestPolicy: 'cache-and-network' });
  const [revoking, revoke] = useMutation(RevokeSessionMutation);
  const onRevoke = useCallback(
    async (session: SessionRow) => {
      const out = await revoke({ id: session.id });
      if (out.data) {
        setEnded(true);
        refetch({ requestPolicy: 'network-only' });
      }
    },
    [revoke, refetch],
  );
  const columns = useSessionColumns(onRevoke);

  const sessions = res.data?.mySessions;
  const rows = useMemo(() => sessions?.edges.map((e) => getFragmentData(SessionRowFragment, e.node)) ?? [], [sessions]);
  return (
    <section>
      <h1>{t('sessions.title')}</h1>
      <p className="muted">{t('sessions.subtitle')}</p>
      <ErrorBanner errors={[res.error, revoking.error]} />
      {ended && (
        <p className="notice" role="status" data-testid="session-ended">
          {t('sessions.ended')}
        </p>
      )}
      {sessions && <p className="muted small">{t('sessions.count', { n: sessions.totalCount })}</p>}
      {res.fetching && !res.data && <p className="muted">{t('common.loading')}</p>}
      {sessions && (
        <DataTable
          columns={columns}
          rows={rows}
          rowId={(s) => s.id}
          sorting={NO_SORT}
          onSortingChange={() => undefined}
          rowProps={(s) => ({ 'data-testid': 'session-row', 'data-current': String(s.current) })}
          testId="session-table"
        />
      )}
      <Pager
        firstRow={firstRowOf(paging.view, SESSION_PAGE_SIZE)}
        rows={rows.length}
        total={sessions?.totalCount ?? 0}
        pageInfo={sessions?.pageInfo}
        busy={res.fetching}
        onPrevious={paging.previous}
        onNext={paging.next}
      />
    </section>
  );
}
