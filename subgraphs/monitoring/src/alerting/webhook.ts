/**
 * POST /internal/alertmanager: Alertmanager's one webhook receiver for this install (its
 * routes, one per rule, all end here). Authenticated by the install's token (Bearer, compared in
 * constant time); each alert of the payload is a notice through its rule's channels, delivered
 * in the background with retries (deliveries.ts), so Alertmanager gets its answer at once.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import express from 'express';
import type { AlertRule } from '@meridian/core/generated/prisma/client';
import { deliver } from '../notification/deliveries.ts';
import type { Notice } from '../notification/senders.ts';
import type { Alerting } from './alerting.ts';

interface AmWebhookAlert {
  status: 'firing' | 'resolved';
  labels: Record<string, string>;
  annotations?: Record<string, string>;
  startsAt?: string;
  endsAt?: string;
}

const digest = (s: string) => createHash('sha256').update(s).digest();
const sameToken = (given: string, expected: string) => timingSafeEqual(digest(given), digest(expected));

/** The object an alert is about: its pod, workload or node label; empty for the cluster. */
export const alertTarget = (labels: Record<string, string>) => labels.pod ?? labels.workload ?? labels.node ?? '';

export function noticeFor(rule: AlertRule, alert: AmWebhookAlert): Notice {
  const resolved = alert.status === 'resolved';
  const target = alertTarget(alert.labels);
  const where = rule.namespace ? `project ${rule.namespace}` : rule.scope === 'NODE' ? 'nodes' : 'cluster';
  return {
    kind: resolved ? 'RESOLVED' : 'ALERT',
    title: `[${resolved ? 'RESOLVED' : rule.severity}] ${rule.name}${target ? ` (${target})` : ''}`,
    lines: [
      `${rule.metric} ${rule.condition} ${rule.threshold} for ${rule.forSeconds}s in ${where}`,
      ...(target ? [`target: ${target}`] : []),
      ...(alert.annotations?.summary ? [alert.annotations.summary] : []),
      `${resolved ? 'resolved' : 'since'}: ${resolved ? alert.endsAt : alert.startsAt}`,
    ],
    rule: { id: rule.id, name: rule.name, severity: rule.severity, scope: rule.scope, project: rule.namespace },
    alerts: [{ status: alert.status, labels: alert.labels, startsAt: alert.startsAt, endsAt: alert.endsAt }],
  };
}

async function notify(alerting: Alerting, alerts: AmWebhookAlert[]): Promise<void> {
  const { prisma, log } = alerting;
  for (const alert of alerts) {
    if (alert.labels.meridian_install !== alerting.install.installId || !alert.labels.meridian_rule) continue;
    const rule = await prisma.alertRule.findUnique({ where: { id: alert.labels.meridian_rule } }).catch(() => null);
    if (!rule) continue;
    const channels = await prisma.notificationChannel.findMany({ where: { id: { in: rule.channelIds } } });
    const notice = noticeFor(rule, alert);
    for (const channel of channels) {
      const delivery = deliver(prisma, log, channel, notice, alerting.delivery).catch((err: Error) => log.error({ err: err.message, channel: channel.id }, 'delivery not recorded'));
      alerting.pending.add(delivery);
      void delivery.finally(() => alerting.pending.delete(delivery));
    }
  }
}

export const alertmanagerWebhook = (alerting: () => Alerting | undefined) => (app: express.Express) => {
  app.post('/internal/alertmanager', express.json({ limit: '1mb' }), (req, res) => {
    const a = alerting();
    const header = req.headers.authorization ?? '';
    if (!a || !header.startsWith('Bearer ') || !sameToken(header.slice(7), a.install.webhookToken)) {
      res.status(401).json({ error: 'unauthorized' });
      return;
    }
    const body = req.body as { alerts?: unknown };
    if (!Array.isArray(body?.alerts)) {
      res.status(400).json({ error: 'an Alertmanager webhook payload is expected' });
      return;
    }
    const work = notify(a, body.alerts as AmWebhookAlert[]).catch((err: Error) => a.log.error({ err: err.message }, 'alert notification failed'));
    a.pending.add(work);
    void work.finally(() => a.pending.delete(work));
    res.status(200).json({ ok: true });
  });
};
