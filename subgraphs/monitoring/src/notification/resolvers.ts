/** Notification channels: list, create, delete, test-send, and their delivery history. */
import { conflict } from '@meridian/core';
import type { MonitoringContext } from '../context.ts';
import type { NotificationChannelType } from '../generated/resolvers.ts';
import { alertingOf, canManageChannelsOf, channelListAccess, channelManageAccess, manageableChannel } from '../alerting/access.ts';
import type { NotificationChannelModel, NotificationDeliveryModel } from '../alerting/model.ts';
import { channelParts, type ChannelInput, type EmailSettings, type WebhookSettings } from './channel-input.ts';
import { deliver } from './deliveries.ts';
import { seal } from './secret-box.ts';

export const channelQueries = {
  notificationChannels: async (_: unknown, args: { workspace?: string | null }, ctx: MonitoringContext) => {
    await channelListAccess(ctx, args.workspace);
    return alertingOf(ctx).prisma.notificationChannel.findMany({ where: { workspaceName: args.workspace ?? null }, orderBy: [{ name: 'asc' }, { id: 'asc' }] });
  },
};

export const channelMutations = {
  createNotificationChannel: async (_: unknown, args: { input: ChannelInput }, ctx: MonitoringContext) => {
    const workspace = args.input.workspace ?? null;
    await channelManageAccess(ctx, workspace);
    const { settings, secret } = channelParts(args.input);
    const { prisma } = alertingOf(ctx);
    if (await prisma.notificationChannel.count({ where: { workspaceName: workspace, name: args.input.name } })) {
      throw conflict(`A channel named "${args.input.name}" exists already.`);
    }
    return prisma.notificationChannel.create({
      data: { name: args.input.name, type: args.input.type, workspaceName: workspace, settings: settings as object, secret: secret === null ? null : seal(secret) },
    });
  },
  deleteNotificationChannel: async (_: unknown, args: { id: string }, ctx: MonitoringContext) => {
    const channel = await manageableChannel(ctx, args.id);
    await alertingOf(ctx).prisma.notificationChannel.delete({ where: { id: channel.id } });
    return true;
  },
  testNotificationChannel: async (_: unknown, args: { id: string }, ctx: MonitoringContext) => {
    const channel = await manageableChannel(ctx, args.id);
    const a = alertingOf(ctx);
    return deliver(a.prisma, a.log, channel, {
      kind: 'TEST',
      title: `Meridian test notification: ${channel.name}`,
      lines: [`Sent by ${ctx.identity.username ?? 'Meridian'} to check channel "${channel.name}".`, `at ${new Date().toISOString()}`],
    }, a.delivery);
  },
};

export const NotificationChannel = {
  type: (c: NotificationChannelModel) => c.type as NotificationChannelType,
  workspace: (c: NotificationChannelModel) => c.workspaceName,
  recipients: (c: NotificationChannelModel) => (c.type === 'EMAIL' ? (c.settings as unknown as EmailSettings).to : null),
  endpoint: (c: NotificationChannelModel) => {
    if (c.type !== 'EMAIL') return (c.settings as unknown as WebhookSettings).endpoint;
    const s = c.settings as unknown as EmailSettings;
    return `${s.smtpHost}:${s.smtpPort}`;
  },
  hasSecret: (c: NotificationChannelModel) => c.secret !== null,
  deliveries: async (c: NotificationChannelModel, args: { first?: number | null }, ctx: MonitoringContext) => {
    if (!canManageChannelsOf(ctx.identity, c.workspaceName)) return [];
    return alertingOf(ctx).prisma.notificationDelivery.findMany({ where: { channelId: c.id }, orderBy: { createdAt: 'desc' }, take: Math.min(Math.max(args.first ?? 20, 1), 500) });
  },
  createdAt: (c: NotificationChannelModel) => c.createdAt.toISOString(),
};

export const NotificationDelivery = {
  createdAt: (d: NotificationDeliveryModel) => d.createdAt.toISOString(),
  deliveredAt: (d: NotificationDeliveryModel) => d.deliveredAt?.toISOString() ?? null,
};
