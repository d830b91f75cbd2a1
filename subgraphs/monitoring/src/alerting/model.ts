/** What alerting's GraphQL types are made from (codegen mappers). */
import type { AlertInstance, AlertRule, NotificationChannel, NotificationDelivery } from '@meridian/core/generated/prisma/client';
import type { AmSilence } from './alertmanager-client.ts';

export type AlertRuleModel = AlertRule;
export type AlertModel = AlertInstance & { rule: AlertRule };
export type AlertChangeModel = { alert: AlertModel };
export type AlertSilenceModel = { silence: AmSilence; rule: AlertRule };
export type NotificationChannelModel = NotificationChannel;
export type NotificationDeliveryModel = NotificationDelivery;
export type ProjectRefModel = { name: string };
