'use client';

import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { getFragmentData } from '@/gql/index.ts';
import type { NotificationChannelType } from '@/gql/graphql.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { ErrorBanner } from '@/ui/error-banner.tsx';
import {
  CreateNotificationChannelMutation,
  DeleteNotificationChannelMutation,
  NotificationChannelItemFragment,
  ChannelsQuery,
  TestNotificationChannelMutation,
} from '@/features/alerting/operations.ts';
import styles from '@/features/alerting/alerting.module.css';

const TYPES = ['EMAIL', 'WEBHOOK', 'DINGTALK', 'WECOM', 'SLACK'] as NotificationChannelType[];
const EMPTY = { name: '', type: 'EMAIL' as NotificationChannelType, to: '', from: '', smtpHost: '', smtpPort: '25', smtpUser: '', smtpPassword: '', url: '' };

/**
 * A workspace's notification channels (or, without a workspace, the platform's): what each sends
 * to (host only: secrets never come back), its last deliveries, a test-send; workspace admins
 * (platform admins for the platform's) add and delete channels.
 */
export function ChannelsView({ workspace }: { workspace: string | null }) {
  const t = useT();
  const [res, refetch] = useQuery({ query: ChannelsQuery, variables: { workspace, workspaceName: workspace ?? '', isWorkspace: workspace !== null }, requestPolicy: 'cache-and-network' });
  const [created, create] = useMutation(CreateNotificationChannelMutation);
  const [deleted, remove] = useMutation(DeleteNotificationChannelMutation);
  const [tested, test] = useMutation(TestNotificationChannelMutation);
  const [form, setForm] = useState(EMPTY);
  const canManage = workspace ? res.data?.workspace?.viewerCanManageSettings === true : res.data?.me?.platformRole === 'PLATFORM_ADMIN';
  const channels = (res.data?.notificationChannels ?? []).map((c) => getFragmentData(NotificationChannelItemFragment, c));
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const set = (key: keyof typeof EMPTY, value: string) => setForm((f) => ({ ...f, [key]: value }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    const email = form.type === 'EMAIL';
    const r = await create({
      input: {
        name: form.name.trim(),
        type: form.type,
        workspace,
        email: email
          ? {
              to: form.to.split(',').map((s) => s.trim()).filter(Boolean),
              from: form.from.trim(),
              smtpHost: form.smtpHost.trim(),
              smtpPort: Number(form.smtpPort),
              smtpUser: form.smtpUser.trim() || null,
              smtpPassword: form.smtpPassword || null,
            }
          : null,
        webhook: email ? null : { urlWithToken: form.url.trim() },
      },
    });
    if (!r.error) {
      setForm(EMPTY);
      reload();
    }
  }

  const field = (key: keyof typeof EMPTY, label: Parameters<typeof t>[0], type = 'text') => (
    <label>
      {t(label)}
      <input type={type} value={form[key]} onChange={(e) => set(key, e.target.value)} data-testid={`channel-${key}`} autoComplete="off" />
    </label>
  );

  return (
    <section data-testid="channels-view">
      <h1>{workspace ? t('alerting.channels.title', { workspace }) : t('alerting.channels.platformTitle')}</h1>
      <p className="muted">{t('alerting.channels.subtitle')}</p>
      <ErrorBanner errors={[res.error, deleted.error, tested.error]} />
      {res.data && !canManage && <p className="notice">{t('alerting.channels.readOnly')}</p>}
      {channels.length === 0 && res.data && <p className="muted">{t('alerting.channels.none')}</p>}
      {channels.length > 0 && (
        <table className="table" data-testid="channels">
          <thead>
            <tr>
              <th>{t('alerting.channels.name')}</th>
              <th>{t('alerting.channels.type')}</th>
              <th>{t('alerting.channels.endpoint')}</th>
              <th>{t('alerting.channels.deliveries')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {channels.map((c) => (
              <tr key={c.id} data-testid="channel-row" data-channel={c.name}>
                <td>{c.name}</td>
                <td>{t(`alerting.channels.type.${c.type}`)}</td>
                <td className="mono">
                  {c.recipients?.join(', ')} {c.endpoint}
                </td>
                <td className="small" data-testid="channel-deliveries">
                  {c.deliveries.length === 0
                    ? t('alerting.channels.noDeliveries')
                    : c.deliveries.slice(0, 3).map((d) => (
                        <div key={d.id} className={d.status === 'FAILED' ? 'error' : undefined} title={d.lastError ?? undefined} data-status={d.status}>
                          {new Date(d.createdAt).toLocaleTimeString()} {t('alerting.channels.delivery', { kind: d.kind, status: d.status, attempts: d.attempts })}
                        </div>
                      ))}
                </td>
                <td>
                  {canManage && (
                    <>
                      <button type="button" className="small-button" disabled={tested.fetching} data-testid="channel-test" onClick={() => void test({ id: c.id }).then(reload)}>
                        {t('alerting.channels.test')}
                      </button>{' '}
                      <button type="button" className="small-button" data-testid="channel-delete" onClick={() => void remove({ id: c.id }).then(reload)}>
                        {t('alerting.delete')}
                      </button>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {canManage && (
        <form onSubmit={(e) => void submit(e)} className={styles.section} data-testid="channel-form">
          <h2>{t('alerting.channels.new')}</h2>
          <ErrorBanner errors={[created.error]} />
          <div className={styles.form}>
            {field('name', 'alerting.channels.name')}
            <label>
              {t('alerting.channels.type')}
              <select value={form.type} onChange={(e) => set('type', e.target.value)} data-testid="channel-type">
                {TYPES.map((ty) => (
                  <option key={ty} value={ty}>
                    {t(`alerting.channels.type.${ty}`)}
                  </option>
                ))}
              </select>
            </label>
            {form.type === 'EMAIL' ? (
              <>
                {field('to', 'alerting.channels.to')}
                {field('from', 'alerting.channels.from')}
                {field('smtpHost', 'alerting.channels.smtpHost')}
                {field('smtpPort', 'alerting.channels.smtpPort', 'number')}
                {field('smtpUser', 'alerting.channels.smtpUser')}
                {field('smtpPassword', 'alerting.channels.smtpPassword', 'password')}
              </>
            ) : (
              <div className={styles.wide}>{field('url', 'alerting.channels.url', 'password')}</div>
            )}
          </div>
          <button type="submit" className="primary" disabled={created.fetching} data-testid="channel-create">
            {t('alerting.channels.create')}
          </button>
        </form>
      )}
    </section>
  );
}
