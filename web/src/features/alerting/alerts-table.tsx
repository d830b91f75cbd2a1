'use client';

import { useCallback, useMemo, useState } from 'react';
import { useMutation, useQuery, useSubscription } from 'urql';
import { getFragmentData } from '@/gql/index.ts';
import type { AlertItem_AlertFragment, AlertsChangedSubscription as AlertsChangedData } from '@/gql/graphql.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { DataTable, type ServerColumn } from '@/ui/data-table.tsx';
import { ErrorBanner } from '@/ui/error-banner.tsx';
import { useLivePage } from '@/lib/use-live-page.ts';
import { AlertItemFragment, AlertsChangedSubscription, AlertsQuery, CreateAlertSilenceMutation } from '@/features/alerting/operations.ts';
import { placeVars, type AlertingPlace } from '@/features/alerting/place.ts';
import styles from '@/features/alerting/alerting.module.css';

type Alert = AlertItem_AlertFragment;
const NO_SORT: never[] = [];

/**
 * A project's (or the nodes' / the cluster's) alerts, newest change first: the first page from `alerts`, then every change from
 * `alertsChanged` as it happens (no reload). After the socket reconnects (the gateway closes it
 * when the user's grants change) the page is read again: changes made while it was closed have no
 * event. A manager silences one alert's target for an hour.
 */
export function AlertsTable({ place, onSilenced }: { place: AlertingPlace; onSilenced: () => void }) {
  const t = useT();
  const vars = placeVars(place);
  const [res, refetch] = useQuery({ query: AlertsQuery, variables: { ...vars, first: 100 }, requestPolicy: 'cache-and-network' });
  const [live, setLive] = useState<Map<string, Alert>>(() => new Map());
  const refresh = useCallback(() => refetch({ requestPolicy: 'network-only' }), [refetch]);
  const reset = useCallback(() => setLive(new Map()), []);
  const handle = useCallback((_prev: unknown, data: AlertsChangedData) => {
    const alert = getFragmentData(AlertItemFragment, data.alertsChanged.alert);
    setLive((m) => new Map(m).set(alert.id, alert));
    return data;
  }, []);
  const [sub] = useSubscription({ query: AlertsChangedSubscription, variables: vars }, handle);
  const resync = useLivePage(0, sub.error, refresh, reset);
  const [silenced, silence] = useMutation(CreateAlertSilenceMutation);
  const rows = useMemo(() => {
    const byId = new Map<string, Alert>();
    for (const e of res.data?.alerts.edges ?? []) {
      const a = getFragmentData(AlertItemFragment, e.node);
      byId.set(a.id, a);
    }
    for (const [id, a] of live) {
      const known = byId.get(id);
      if (!known || known.updatedAt <= a.updatedAt) byId.set(id, a);
    }
    return [...byId.values()].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }, [res.data, live]);

  const columns = useMemo<ServerColumn<Alert>[]>(
    () => [
      {
        id: 'state',
        enableSorting: false,
        header: () => t('alerting.col.state'),
        cell: ({ row }) => (
          <span className={`${styles.state} ${styles[row.original.state]}`} data-testid="alert-state">
            {t(`alerting.state.${row.original.state}`)}
            {row.original.silenced ? ` · ${t('alerting.silenced')}` : ''}
          </span>
        ),
      },
      { id: 'rule', enableSorting: false, header: () => t('alerting.col.rule'), cell: ({ row }) => row.original.rule.name },
      { id: 'severity', enableSorting: false, header: () => t('alerting.col.severity'), cell: ({ row }) => t(`alerting.severity.${row.original.rule.severity}`) },
      { id: 'target', enableSorting: false, meta: { className: 'mono' }, header: () => t('alerting.col.target'), cell: ({ row }) => row.original.target || '—' },
      { id: 'value', enableSorting: false, meta: { className: 'num' }, header: () => t('alerting.col.value'), cell: ({ row }) => (row.original.value == null ? '—' : Number(row.original.value.toPrecision(4))) },
      {
        id: 'since',
        enableSorting: false,
        header: () => t('alerting.col.since'),
        cell: ({ row }) => new Date(row.original.resolvedAt ?? row.original.activeAt ?? row.original.updatedAt).toLocaleString(),
      },
      {
        id: 'actions',
        enableSorting: false,
        header: () => '',
        cell: ({ row }) =>
          row.original.rule.viewerCanManage && row.original.state !== 'RESOLVED' && !row.original.silenced ? (
            <button
              type="button"
              className="small-button"
              data-testid="alert-silence"
              onClick={() =>
                void silence({ ruleId: row.original.rule.id, target: row.original.target || null, endsAt: new Date(Date.now() + 3600_000).toISOString(), comment: 'console' }).then((r) => {
                  if (!r.error) onSilenced();
                })
              }
            >
              {t('alerting.silence')}
            </button>
          ) : null,
      },
    ],
    [t, silence, onSilenced],
  );

  return (
    <div>
      <ErrorBanner errors={[res.error, resync ? undefined : sub.error, silenced.error]} />
      {rows.length === 0 ? (
        <p className="muted" data-testid="no-alerts">
          {t('alerting.noAlerts')}
        </p>
      ) : (
        <DataTable testId="alerts-table" columns={columns} rows={rows} rowId={(a) => a.id} sorting={NO_SORT} onSortingChange={() => undefined} rowProps={(a) => ({ 'data-rule': a.rule.name, 'data-state': a.state })} />
      )}
    </div>
  );
}
