'use client';

import { useMemo, useState } from 'react';
import { useT } from '../i18n/index.tsx';
import { useNow } from '../hooks/useNow.ts';
import { age, cpu, memory } from '../lib/format.ts';
import type { PodRow } from '../operations/workloads.ts';
import { PhaseBadge } from './PhaseBadge.tsx';
import { sortPods, type PodSort, type PodSortKey } from '../lib/sortPods.ts';

interface Props {
  pods: PodRow[];
  /** How many pods the project has; more than `pods.length` when the first page did not hold them all. */
  total: number;
  live: boolean;
  loading: boolean;
  onOpen: (pod: string) => void;
}

export function PodTable({ pods, total, live, loading, onOpen }: Props) {
  const t = useT();
  const now = useNow();
  const [filter, setFilter] = useState('');
  const [sort, setSort] = useState<PodSort>({ key: 'name', dir: 'asc' });
  const needle = filter.trim().toLowerCase();
  const shown = useMemo(
    () => sortPods(needle ? pods.filter((p) => p.name.toLowerCase().includes(needle)) : pods, sort),
    [pods, needle, sort],
  );

  const header = (key: PodSortKey, label: string, className?: string) => (
    <th
      className={className}
      aria-sort={sort.key === key ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined}
    >
      <button
        type="button"
        className="sort"
        onClick={() => setSort((s) => ({ key, dir: s.key === key && s.dir === 'asc' ? 'desc' : 'asc' }))}
      >
        {label}
        <span aria-hidden className="sort-mark">
          {sort.key === key ? (sort.dir === 'asc' ? '▲' : '▼') : ''}
        </span>
      </button>
    </th>
  );

  return (
    <div>
      <div className="toolbar">
        <input
          type="search"
          className="filter"
          placeholder={t('pods.filter')}
          aria-label={t('pods.filter')}
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
        />
        <span className="muted small" data-testid="pod-count">
          {t('pods.count', { n: pods.length })}
        </span>
        <div className="spacer" />
        <span className={`live ${live ? 'on' : ''}`} data-testid="live-indicator" data-live={live}>
          <span className="dot" aria-hidden /> {live ? t('pods.live') : t('pods.connecting')}
        </span>
      </div>
      <table className="table" data-testid="pod-table">
        <thead>
          <tr>
            {header('name', t('pods.col.name'))}
            {header('phase', t('pods.col.status'))}
            <th>{t('pods.col.ready')}</th>
            {header('restarts', t('pods.col.restarts'), 'num')}
            <th>{t('pods.col.ip')}</th>
            <th>{t('pods.col.node')}</th>
            <th className="num">{t('pods.col.cpu')}</th>
            <th className="num">{t('pods.col.memory')}</th>
            {header('age', t('pods.col.age'), 'num')}
          </tr>
        </thead>
        <tbody>
          {shown.map((p) => {
            const ready = p.containers.filter((c) => c.ready).length;
            const restarts = p.containers.reduce((n, c) => n + c.restartCount, 0);
            return (
              <tr key={p.name} data-testid="pod-row" data-pod={p.name}>
                <td>
                  <button type="button" className="link-button mono" onClick={() => onOpen(p.name)}>
                    {p.name}
                  </button>
                </td>
                <td>
                  <PhaseBadge phase={p.phase} />
                </td>
                <td>
                  {ready}/{p.containers.length}
                </td>
                <td className="num">{restarts}</td>
                <td className="mono">{p.podIP ?? t('common.none')}</td>
                <td>{p.nodeName ?? t('common.none')}</td>
                <td className="num">{cpu(p.metrics?.cpu)}</td>
                <td className="num">{memory(p.metrics?.memory)}</td>
                <td className="num">{age(t, p.createdAt, now)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {loading && pods.length === 0 && <p className="muted pad">{t('common.loading')}</p>}
      {!loading && pods.length === 0 && <p className="empty">{t('pods.empty')}</p>}
      {pods.length > 0 && shown.length === 0 && <p className="empty">{t('pods.noMatch')}</p>}
      {total > pods.length && <p className="muted small pad">{t('pods.truncated', { n: pods.length, total })}</p>}
    </div>
  );
}
