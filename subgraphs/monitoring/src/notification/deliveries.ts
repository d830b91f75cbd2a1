/**
 * Deliveries with history: every notice to a channel is a row (PENDING, then SENT or FAILED)
 * with its attempts and last error; a failed attempt is retried with growing waits (1 s, 2 s,
 * 4 s, ... up to `maxAttempts`). Errors are stored by their message, which never holds a secret
 * (senders.ts), and logged without the channel's settings.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from '@meridian/core';
import type { PrismaClient } from '@meridian/core/db';
import type { NotificationChannel } from '@meridian/core/generated/prisma/client';
import { open } from './secret-box.ts';
import { sendNotice, type Notice } from './senders.ts';
import type { ChannelType } from './channel-input.ts';
import { privateHostsFromEnv } from './destinations.ts';

export interface DeliveryOptions {
  maxAttempts: number;
  /** The first retry's wait; each next one doubles. */
  firstBackoffMs: number;
  /** "host:port" destinations allowed although private or loopback (destinations.ts). */
  allowedPrivateHosts: readonly string[];
}

export const defaultDelivery = (): DeliveryOptions => ({ maxAttempts: 4, firstBackoffMs: 1000, allowedPrivateHosts: privateHostsFromEnv() });

/** Sends `notice` through `channel`, recording each attempt; resolves with the final row. */
export async function deliver(prisma: PrismaClient, log: Logger, channel: NotificationChannel, notice: Notice, opts: DeliveryOptions) {
  const row = await prisma.notificationDelivery.create({
    data: { channelId: channel.id, ruleId: notice.rule?.id ?? null, kind: notice.kind, status: 'PENDING', summary: notice.title.slice(0, 300) },
  });
  for (let attempt = 1; ; attempt++) {
    try {
      // Opened per attempt, inside the try: a secret sealed under another key is a failed delivery, not a lost one.
      await sendNotice({ type: channel.type as ChannelType, settings: channel.settings, secret: channel.secret ? open(channel.secret) : null }, notice, opts.allowedPrivateHosts);
      return prisma.notificationDelivery.update({ where: { id: row.id }, data: { status: 'SENT', attempts: attempt, deliveredAt: new Date() } });
    } catch (err) {
      const reason = (err as Error).message.slice(0, 500);
      const last = attempt >= opts.maxAttempts;
      log.warn({ channel: channel.id, delivery: row.id, attempt, reason }, last ? 'notification failed' : 'notification attempt failed; retrying');
      const updated = await prisma.notificationDelivery.update({ where: { id: row.id }, data: { status: last ? 'FAILED' : 'PENDING', attempts: attempt, lastError: reason } });
      if (last) return updated;
      await sleep(opts.firstBackoffMs * 2 ** (attempt - 1));
    }
  }
}
