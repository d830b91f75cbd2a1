'use client';

import { useCallback, useMemo, useState } from 'react';
import { useQuery } from 'urql';
import type { SortingState } from '@tanstack/react-table';
import { getFragmentData } from '@/gql/index.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { firstRowOf, usePagedView } from '@/lib/paging.ts';
import { DataTable } from '@/ui/data-table.tsx';
import { ErrorBanner } from '@/ui/error-banner.tsx';
import { Pager } from '@/ui/pager.tsx';
import { API_TOKEN_PAGE_SIZE, MyApiTokensQuery } from '@/features/account/operations.ts';
import { ApiTokenRowFragment, useApiTokenColumns, type ApiTokenRow } from '@/features/account/api-token-row.tsx';
import { CreateApiTokenDialog } from '@/features/account/create-api-token-dialog.tsx';
import { RevokeApiTokenDialog } from '@/features/account/revoke-api-token-dialog.tsx';

const NO_SORT: SortingState = [];

/** My account → API tokens: the caller's tokens (newest first, pages from the API), create, revoke. */
export function ApiTokensView() {
  const t = useT();
  const paging = usePagedView<SortingState>(NO_SORT);
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<ApiTokenRow | null>(null);
  const [revoked, setRevoked] = useState<string | null>(null);
  const [res, refetch] = useQuery({ query: MyApiTokensQuery, variables: { first: API_TOKEN_PAGE_SIZE, after: paging.after } });
  const onRevoke = useCallback((token: ApiTokenRow) => setRevoking(token), []);
  const columns = useApiTokenColumns(onRevoke);
  const reload = useCallback(() => refetch({ requestPolicy: 'network-only' }), [refetch]);

  const tokens = res.data?.myApiTokens;
  const rows = useMemo(() => tokens?.edges.map((e) => getFragmentData(ApiTokenRowFragment, e.node)) ?? [], [tokens]);
  return (
    <section>
      <h1>{t('tokens.title')}</h1>
      <p className="muted">{t('tokens.subtitle')}</p>
      <ErrorBanner errors={[res.error]} />
      {revoked && (
        <p className="notice" role="status" data-testid="token-revoked">
          {t('tokens.revoked', { name: revoked })}
        </p>
      )}
      <div className="toolbar">
        {tokens && <span className="muted small">{t('tokens.count', { n: tokens.totalCount })}</span>}
        <div className="spacer" />
        <button type="button" className="primary" onClick={() => setCreating(true)} data-testid="token-create">
          {t('tokens.create')}
        </button>
      </div>
      {res.fetching && !res.data && <p className="muted">{t('common.loading')}</p>}
      {tokens && (
        <DataTable
          columns={columns}
          rows={rows}
          rowId={(tk) => tk.id}
          sorting={NO_SORT}
          onSortingChange={() => undefined}
          rowProps={(tk) => ({ 'data-testid': 'token-row', 'data-name': tk.name })}
          testId="token-table"
        />
      )}
      {tokens && tokens.edges.length === 0 && <p className="empty">{t('tokens.empty')}</p>}
      <Pager
        firstRow={firstRowOf(paging.view, API_TOKEN_PAGE_SIZE)}
        rows={rows.length}
        total={tokens?.totalCount ?? 0}
        pageInfo={tokens?.pageInfo}
        busy={res.fetching}
        onPrevious={paging.previous}
        onNext={paging.next}
      />
      {creating && <CreateApiTokenDialog onClose={() => setCreating(false)} onCreated={reload} />}
      {revoking && (
        <RevokeApiTokenDialog
          token={revoking}
          onClose={() => setRevoking(null)}
          onRevoked={(name) => {
            setRevoking(null);
            setRevoked(name);
            reload();
          }}
        />
      )}
    </section>
  );
}
