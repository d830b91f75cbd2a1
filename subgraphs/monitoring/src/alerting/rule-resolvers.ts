/** Alert rules: the catalogue, lists, the editor's preview, create / update / delete (then sync). */
import { badInput, fromUpstream, requireUser } from '@meridian/core';
import type { AlertRule as AlertRuleRow } from '@meridian/core/generated/prisma/client';
import type { MonitoringContext } from '../context.ts';
import type { AlertCondition, AlertScope, QueryAlertMetricPreviewArgs, QueryAlertRulesArgs } from '../generated/resolvers.ts';
import { alertingOf, canManageRule, ruleAccess, ruleSetAccess, uuid, type RuleSet } from './access.ts';
import { alertExpression, alertMetrics, metricExpression, type RuleTarget } from './catalogue.ts';
import { ruleColumns, type AlertRuleInput } from './rule-input.ts';
import { alertTarget } from './webhook.ts';

export const ruleWhere = (set: RuleSet, scope?: AlertScope | null) => ('project' in set ? { scope: 'PROJECT', namespace: set.project } : scope ? { scope } : { scope: { in: ['NODE', 'CLUSTER'] } });

export async function loadRule(ctx: MonitoringContext, id: string, write = false): Promise<AlertRuleRow> {
  const rule = await alertingOf(ctx).prisma.alertRule.findUnique({ where: { id: uuid(id, 'id') } });
  return ruleAccess(ctx, rule, id, write);
}

async function currentValues(ctx: MonitoringContext, rule: RuleTarget) {
  const samples = await fromUpstream('Prometheus', () => ctx.sources.prometheus.query(metricExpression(rule)));
  return samples.map((s) => ({ target: alertTarget(s.labels), value: s.value }));
}

/** Writes the rules out; a Prometheus or Alertmanager that does not take them is UPSTREAM_UNAVAILABLE (the rule is kept, the next change syncs again). */
const synced = (ctx: MonitoringContext) => fromUpstream('Prometheus and Alertmanager', () => alertingOf(ctx).sync());

export const ruleQueries = {
  alertMetrics: (_: unknown, args: { scope?: AlertScope | null }, ctx: MonitoringContext) => {
    // Any signed-in user: the catalogue names metrics and holds no data.
    requireUser(ctx.identity);
    return alertMetrics(args.scope);
  },
  alertRules: async (_: unknown, args: QueryAlertRulesArgs, ctx: MonitoringContext) => {
    const set = await ruleSetAccess(ctx, args);
    return alertingOf(ctx).prisma.alertRule.findMany({ where: ruleWhere(set, args.scope), orderBy: [{ name: 'asc' }, { id: 'asc' }] });
  },
  alertRule: (_: unknown, args: { id: string }, ctx: MonitoringContext) => loadRule(ctx, args.id),
  alertMetricPreview: async (_: unknown, args: QueryAlertMetricPreviewArgs, ctx: MonitoringContext) => {
    const set = await ruleSetAccess(ctx, { project: args.project, scope: args.scope });
    return currentValues(ctx, { scope: args.scope, metric: args.metric, namespace: 'project' in set ? set.project : null, target: args.target });
  },
};

export const ruleMutations = {
  createAlertRule: async (_: unknown, args: { input: AlertRuleInput }, ctx: MonitoringContext) => {
    const set = await ruleSetAccess(ctx, { project: args.input.project, scope: args.input.scope }, true);
    const { prisma } = alertingOf(ctx);
    const rule = await prisma.alertRule.create({ data: { ...(await ruleColumns(prisma, args.input, set)), createdById: ctx.identity.userId ?? null } });
    await synced(ctx);
    return rule;
  },
  updateAlertRule: async (_: unknown, args: { id: string; input: AlertRuleInput }, ctx: MonitoringContext) => {
    const rule = await loadRule(ctx, args.id, true);
    const set = await ruleSetAccess(ctx, { project: args.input.project, scope: args.input.scope }, true);
    const { prisma } = alertingOf(ctx);
    const columns = await ruleColumns(prisma, args.input, set);
    if (columns.scope !== rule.scope || columns.namespace !== rule.namespace) {
      throw badInput('A rule keeps its scope and project: create a new rule instead.', 'scope');
    }
    const updated = await prisma.alertRule.update({ where: { id: rule.id }, data: columns });
    await synced(ctx);
    return updated;
  },
  deleteAlertRule: async (_: unknown, args: { id: string }, ctx: MonitoringContext) => {
    const rule = await loadRule(ctx, args.id, true);
    await alertingOf(ctx).prisma.alertRule.delete({ where: { id: rule.id } });
    await synced(ctx);
    return true;
  },
};

export const AlertRule = {
  project: (r: AlertRuleRow) => r.namespace,
  condition: (r: AlertRuleRow) => r.condition as AlertCondition,
  channels: (r: AlertRuleRow, _: unknown, ctx: MonitoringContext) =>
    alertingOf(ctx).prisma.notificationChannel.findMany({ where: { id: { in: r.channelIds } }, orderBy: { name: 'asc' } }),
  expression: (r: AlertRuleRow) => alertExpression({ scope: r.scope as AlertScope, metric: r.metric, namespace: r.namespace, target: r.target, condition: r.condition as AlertCondition, threshold: r.threshold }),
  currentValues: (r: AlertRuleRow, _: unknown, ctx: MonitoringContext) => currentValues(ctx, { scope: r.scope as AlertScope, metric: r.metric, namespace: r.namespace, target: r.target }),
  viewerCanManage: (r: AlertRuleRow, _: unknown, ctx: MonitoringContext) => canManageRule(ctx, r),
  createdAt: (r: AlertRuleRow) => r.createdAt.toISOString(),
  updatedAt: (r: AlertRuleRow) => r.updatedAt.toISOString(),
};
