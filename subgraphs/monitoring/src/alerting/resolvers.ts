/** Alerting's and notification's resolvers, merged into the subgraph's map by resolvers/index.ts. */
import { channelMutations, channelQueries, NotificationChannel, NotificationDelivery } from '../notification/resolvers.ts';
import { Alert, alertQueries, AlertSilence, alertSubscriptions, silenceMutations } from './alert-resolvers.ts';
import { AlertRule, ruleMutations, ruleQueries } from './rule-resolvers.ts';

export const alertingQueries = { ...ruleQueries, ...alertQueries, ...channelQueries };
export const alertingMutations = { ...ruleMutations, ...silenceMutations, ...channelMutations };
export const alertingTypes = { AlertRule, Alert, AlertSilence, NotificationChannel, NotificationDelivery, Subscription: alertSubscriptions };
