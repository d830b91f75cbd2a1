/**
 * Alert state at the subgraph: every `pollMs` it reads this install's alerts from Prometheus
 * (/api/v1/alerts: pending and firing) and Alertmanager (/api/v2/alerts and /api/v2/silences:
 * which are silenced, silence-match.ts),
 * compares them with the open alerts it stored, writes each change (alert_instances, with a
 * transition in alert_events: the history) and tells subscribers (`alertsChanged`). An open
 * alert that Prometheus no longer reports has resolved.
 */
import { createHash } from 'node:crypto';
import { EventEmitter } from 'node:events';
import type { Logger } from '@meridian/core';
import type { PrismaClient } from '@meridian/core/db';
import type { AlertInstance, AlertRule } from '@meridian/core/generated/prisma/client';
import type { AlertmanagerClient, AmAlert, AmSilence } from './alertmanager-client.ts';
import { silencedBy } from './silence-match.ts';

export type AlertRow = AlertInstance & { rule: AlertRule };

interface PromAlert {
  labels: Record<string, string>;
  state: 'pending' | 'firing' | 'inactive';
  activeAt?: string;
  value?: string;
}

/** A stable key of an alert's own labels (the rule's series: pod, node, ...). */
export const fingerprint = (labels: Record<string, string>) =>
  createHash('sha256')
    .update(JSON.stringify(Object.keys(labels).sort().map((k) => [k, labels[k]])))
    .digest('hex')
    .slice(0, 16);

async function prometheusAlerts(prometheusUrl: string, installId: string, timeoutMs: number): Promise<PromAlert[]> {
  const res = await fetch(new URL('api/v1/alerts', prometheusUrl.endsWith('/') ? prometheusUrl : `${prometheusUrl}/`), { signal: AbortSignal.timeout(timeoutMs) });
  if (!res.ok) throw new Error(`Prometheus /api/v1/alerts answered ${res.status}`);
  const body = (await res.json()) as { data?: { alerts?: PromAlert[] } };
  return (body.data?.alerts ?? []).filter((a) => a.labels.meridian_install === installId && a.state !== 'inactive');
}

/**
 * The labels Alertmanager matches silences against: its copy of the alert carries Prometheus'
 * labels plus the external ones (found by Prometheus' own); Prometheus' labels until it has one.
 */
const alertmanagerLabels = (am: AmAlert[], labels: Record<string, string>) =>
  am.find((a) => Object.entries(labels).every(([k, v]) => a.labels[k] === v))?.labels ?? labels;

export class AlertStates extends EventEmitter<{ change: [AlertRow] }> {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;

  constructor(
    private readonly deps: { prisma: PrismaClient; prometheusUrl: string; alertmanager: AlertmanagerClient; installId: string; log: Logger; timeoutMs: number },
  ) {
    super();
    this.setMaxListeners(0);
  }

  start(pollMs: number): void {
    const tick = () => {
      this.running = this.poll()
        .catch((err: Error) => this.deps.log.warn({ err: err.message }, 'alert state poll failed'))
        .finally(() => {
          this.running = undefined;
          if (this.timer !== undefined) this.timer = setTimeout(tick, pollMs);
        });
    };
    this.timer = setTimeout(tick, 0);
  }

  async stop(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
  }

  /** One comparison of Prometheus' alerts with the stored open ones. */
  async poll(): Promise<void> {
    const { prisma, installId } = this.deps;
    const mine = [`meridian_install="${installId}"`];
    const [prom, am, silences] = await Promise.all([
      prometheusAlerts(this.deps.prometheusUrl, installId, this.deps.timeoutMs),
      this.deps.alertmanager.alerts(mine).catch(() => [] as AmAlert[]),
      this.deps.alertmanager.silences(mine).catch(() => [] as AmSilence[]),
    ]);
    const open = await prisma.alertInstance.findMany({ where: { state: { not: 'RESOLVED' } } });
    const openByKey = new Map(open.map((a) => [`${a.ruleId}/${a.fingerprint}`, a]));
    const now = new Date();
    const changed: Array<{ ruleId: string; fingerprint: string }> = [];
    for (const a of prom) {
      const ruleId = a.labels.meridian_rule;
      if (!ruleId) continue;
      const fp = fingerprint(a.labels);
      const key = `${ruleId}/${fp}`;
      const state = a.state === 'firing' ? 'FIRING' : 'PENDING';
      const silenced = silencedBy(silences, alertmanagerLabels(am, a.labels));
      const value = a.value === undefined ? null : Number(a.value);
      const before = openByKey.get(key);
      openByKey.delete(key);
      if (before && before.state === state && before.silenced === silenced) continue;
      const exists = await prisma.alertRule.count({ where: { id: ruleId } });
      if (!exists) continue; // a rule deleted a moment ago; Prometheus has not reloaded yet
      const activeAt = a.activeAt ? new Date(a.activeAt) : now;
      await prisma.alertInstance.upsert({
        where: { ruleId_fingerprint: { ruleId, fingerprint: fp } },
        create: { ruleId, fingerprint: fp, labels: a.labels, state, silenced, value, activeAt, updatedAt: now },
        update: { labels: a.labels, state, silenced, value, activeAt: before ? before.activeAt : activeAt, resolvedAt: null, updatedAt: now },
      });
      if (before?.state !== state) await prisma.alertEvent.create({ data: { ruleId, fingerprint: fp, state, value, at: now } });
      changed.push({ ruleId, fingerprint: fp });
    }
    for (const gone of openByKey.values()) {
      await prisma.alertInstance.update({ where: { ruleId_fingerprint: { ruleId: gone.ruleId, fingerprint: gone.fingerprint } }, data: { state: 'RESOLVED', silenced: false, resolvedAt: now, updatedAt: now } });
      await prisma.alertEvent.create({ data: { ruleId: gone.ruleId, fingerprint: gone.fingerprint, state: 'RESOLVED', value: gone.value, at: now } });
      changed.push({ ruleId: gone.ruleId, fingerprint: gone.fingerprint });
    }
    if (!changed.length || this.listenerCount('change') === 0) return;
    const rows = await prisma.alertInstance.findMany({ where: { OR: changed.map((c) => ({ ruleId: c.ruleId, fingerprint: c.fingerprint })) }, include: { rule: true } });
    for (const row of rows) this.emit('change', row);
  }
}
