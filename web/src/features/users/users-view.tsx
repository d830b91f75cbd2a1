'use client';

import { useCallback, useMemo, useState } from 'react';
import { useQuery } from 'urql';
import type { SortingState } from '@tanstack/react-table';
import { getFragmentData } from '@/gql/index.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { firstRowOf, usePagedView } from '@/lib/paging.ts';
import { useDebounced } from '@/lib/use-debounced.ts';
import { DataTable } from '@/ui/data-table.tsx';
import { ErrorBanner } from '@/ui/error-banner.tsx';
import { Pager } from '@/ui/pager.tsx';
import { CreateUserDialog } from '@/features/users/create-user-dialog.tsx';
import { USER_PAGE_SIZE, UsersQuery } from '@/features/users/operations.ts';
import { UserRowFragment, userSortFor, useUserColumns } from '@/features/users/user-row.tsx';

const BY_USERNAME: SortingState = [{ id: 'username', desc: false }];

/**
 * Platform users (platform admins; the sidebar lists this page only for them, and the API answers
 * FORBIDDEN to anyone else, which the banner shows). Filter, sort and pages come from the API.
 */
export function UsersView() {
  const t = useT();
  const [filterInput, setFilterInput] = useState('');
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<string | null>(null);
  const paging = usePagedView<SortingState>(BY_USERNAME);
  const filter = useDebounced(filterInput.trim());
  if (filter !== paging.view.filter) paging.setFilter(filter);
  const sorting = paging.view.sort;
  const sort = useMemo(() => userSortFor(sorting), [sorting]);
  const [res, refetch] = useQuery({
    query: UsersQuery,
    variables: { filter: paging.view.filter || null, first: USER_PAGE_SIZE, after: paging.after, sort },
  });
  const refresh = useCallback(() => refetch({ requestPolicy: 'network-only' }), [refetch]);
  const columns = useUserColumns(refresh);

  const users = res.data?.users;
  const rows = useMemo(() => users?.edges.map((e) => getFragmentData(UserRowFragment, e.node)) ?? [], [users]);
  return (
    <section>
      <h1>{t('users.title')}</h1>
      <p className="muted">{t('users.subtitle')}</p>
      <ErrorBanner errors={[res.error]} />
      {created && (
        <p className="notice" role="status" data-testid="user-created">
          {t('users.created', { name: created })}
        </p>
      )}
      {users && (
        <div className="toolbar">
          <input
            className="filter"
            placeholder={t('users.filter')}
            aria-label={t('users.filter')}
            value={filterInput}
            onChange={(e) => setFilterInput(e.target.value)}
          />
          <span className="muted small">{t('users.count', { n: users.totalCount })}</span>
          <div className="spacer" />
          <button type="button" className="primary" onClick={() => setCreating(true)}>
            {t('users.create')}
          </button>
        </div>
      )}
      {res.fetching && !res.data && <p className="muted">{t('common.loading')}</p>}
      {users && (
        <DataTable
          columns={columns}
          rows={rows}
          rowId={(u) => u.id}
          sorting={sorting}
          onSortingChange={paging.setSort}
          rowProps={(u) => ({ 'data-testid': 'user-row', 'data-username': u.username })}
          testId="user-table"
        />
      )}
      {users && users.edges.length === 0 && <p className="empty">{t('users.empty')}</p>}
      <Pager
        firstRow={firstRowOf(paging.view, USER_PAGE_SIZE)}
        rows={rows.length}
        total={users?.totalCount ?? 0}
        pageInfo={users?.pageInfo}
        busy={res.fetching}
        onPrevious={paging.previous}
        onNext={paging.next}
      />
      {creating && (
        <CreateUserDialog
          onClose={() => setCreating(false)}
          onCreated={(name) => {
            setCreating(false);
            setCreated(name);
            refetch({ requestPolicy: 'network-only' });
          }}
        />
      )}
    </section>
  );
}
