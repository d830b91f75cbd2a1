'use client';

import { useEffect, useState } from 'react';
import { useQuery } from 'urql';
import { CreateUserDialog } from '../../../components/CreateUserDialog.tsx';
import { ErrorBanner } from '../../../components/ErrorBanner.tsx';
import { PlatformRoleSelect } from '../../../components/PlatformRoleSelect.tsx';
import { useT } from '../../../i18n/index.tsx';
import { useNow } from '../../../hooks/useNow.ts';
import { age } from '../../../lib/format.ts';
import { UsersQuery } from '../../../operations/tenancy.ts';

const PAGE = 50;

/**
 * Platform users (platform admins; the sidebar links here only for them, and the API answers
 * FORBIDDEN to anyone else, which the banner shows).
 */
export default function UsersPage() {
  const t = useT();
  const now = useNow();
  const [filterInput, setFilterInput] = useState('');
  const [filter, setFilter] = useState('');
  const [first, setFirst] = useState(PAGE);
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<string | null>(null);
  const [res, refetch] = useQuery({ query: UsersQuery, variables: { filter: filter || null, first } });

  // Ask once typing pauses, not per keystroke.
  useEffect(() => {
    const id = setTimeout(() => {
      setFilter(filterInput.trim());
      setFirst(PAGE);
    }, 250);
    return () => clearTimeout(id);
  }, [filterInput]);

  const users = res.data?.users;
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
        <table className="table" data-testid="user-table">
          <thead>
            <tr>
              <th>{t('users.col.username')}</th>
              <th>{t('users.col.displayName')}</th>
              <th>{t('users.col.email')}</th>
              <th>{t('users.col.role')}</th>
              <th>{t('users.col.source')}</th>
              <th>{t('users.col.created')}</th>
              <th>{t('users.col.lastLogin')}</th>
            </tr>
          </thead>
          <tbody>
            {users.edges.map(({ node }) => (
              <tr key={node.id} data-testid="user-row" data-username={node.username}>
                <td className="mono">{node.username}</td>
                <td>{node.displayName}</td>
                <td>{node.email}</td>
                <td>
                  <PlatformRoleSelect username={node.username} role={node.platformRole} />
                </td>
                <td>{t(`users.source.${node.source}`)}</td>
                <td>{age(t, node.createdAt, now)}</td>
                <td>{node.lastLoginAt ? age(t, node.lastLoginAt, now) : t('users.never')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {users && users.edges.length === 0 && <p className="empty">{t('users.empty')}</p>}
      {users?.pageInfo.hasNextPage && (
        <p>
          <button type="button" onClick={() => setFirst((n) => Math.min(500, n + PAGE))} disabled={res.fetching}>
            {t('users.more')}
          </button>
        </p>
      )}
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
