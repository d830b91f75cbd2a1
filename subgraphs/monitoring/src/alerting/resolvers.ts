/** Alerting's and notification's resolvers, merged into the subgraph's map by resolvers/index.ts. */
import { channelMutations, channelQueries, NotificationChannel, NotificationDelivery } from '../notification/resolvers.ts';
import { Alert, alertQueries, AlertSilence, alertSubscriptions, silenceMutations } from './alert-resolvers.ts';
import { policies } from '@meridian/core';
import type { MonitoringContext } from '../context.ts';
import { AlertRule, ruleMutations, ruleQueries } from './rule-resolvers.ts';

export const alertingQueries = { ...ruleQueries, ...alertQueries, ...channelQueries };
export const alertingMutations = { ...ruleMutations, ...silenceMutations, ...channelMutations };
export const alertingTypes = { AlertRule, Alert, AlertSilence, NotificationChannel, NotificationDelivery, Subscription: alertSubscriptions };

/** Project.viewerCanManageAlerting: the policy createAlertRule enforces (the project is already visible here). */
export const alertingProject = {
  viewerCanManageAlerting: (p: { name: string }, _: unknown, ctx: MonitoringContext) =>
    policies.projectBundle({ namespace: p.name, workspace: ctx.sources.directory.workspaceOf(p.name) }, 'manage-alerting').allows(ctx.identity),
};
