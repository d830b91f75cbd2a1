/**
 * Who may do what with alerting, through the access layer only:
 * - a project's rules, alerts and silences: seeing needs view-monitoring in the project,
 *   changing (rules, silences) manage-alerting; a project the caller may not see is NOT_FOUND;
 * - node and cluster rules: platform admins (viewCluster / manageCluster); hidden from others
 *   when asked by id (NOT_FOUND), refused when asked by scope (FORBIDDEN);
 * - channels: a workspace's are listed to those who see the workspace (to pick them in a rule)
 *   and managed by its admins; the platform's are for platform admins.
 */
import { badInput, hiddenOrMissing, policies, projectAccess, requireUser, upstreamUnavailable, workspaceAccess, type Identity } from '@meridian/core';
import type { AlertRule, NotificationChannel } from '@meridian/core/generated/prisma/client';
import type { MonitoringContext } from '../context.ts';
import type { Alerting } from './alerting.ts';
import type { AlertScope } from './catalogue.ts';

export function alertingOf(ctx: MonitoringContext): Alerting {
  if (!ctx.sources.alerting) throw upstreamUnavailable('Alerting', new Error('alerting is not configured on this monitoring subgraph (no database)'));
  return ctx.sources.alerting;
}

export interface ScopeArgs {
  project?: string | null;
  scope?: AlertScope | null;
}

/** Which rules a list asks for: one project's, or the node and cluster ones. */
export type RuleSet = { project: string; workspace?: string } | { cluster: true };

/** Checks a list's arguments and the caller's right to see (or change) that set. */
export async function ruleSetAccess(ctx: MonitoringContext, args: ScopeArgs, write = false): Promise<RuleSet> {
  if (args.project) {
    if (args.scope && args.scope !== 'PROJECT') throw badInput('Give either a project or a NODE / CLUSTER scope, not both.', 'scope');
    const scope = await projectAccess(ctx.identity, ctx.sources.directory, args.project).require(write ? 'manage-alerting' : 'view-monitoring');
    return { project: args.project, workspace: scope.workspace };
  }
  if (!args.scope || args.scope === 'PROJECT') throw badInput('A project is needed for project rules and alerts.', 'project');
  (write ? policies.manageCluster : policies.viewCluster).enforce(ctx.identity);
  return { cluster: true };
}

/** May the caller see this rule (NOT_FOUND otherwise) and, with `write`, change it (FORBIDDEN otherwise)? */
export async function ruleAccess(ctx: MonitoringContext, rule: AlertRule | null, id: string, write = false): Promise<AlertRule> {
  if (!rule) throw hiddenOrMissing('AlertRule', id);
  if (rule.scope === 'PROJECT') {
    await projectAccess(ctx.identity, ctx.sources.directory, rule.namespace!).require('view-monitoring');
    if (write) await projectAccess(ctx.identity, ctx.sources.directory, rule.namespace!).require('manage-alerting');
    return rule;
  }
  if (!policies.viewCluster.allows(ctx.identity)) throw hiddenOrMissing('AlertRule', id);
  if (write) policies.manageCluster.enforce(ctx.identity);
  return rule;
}

/** The capability field: true when `ruleAccess(..., write)` would pass. */
export async function canManageRule(ctx: MonitoringContext, rule: AlertRule): Promise<boolean> {
  if (rule.scope !== 'PROJECT') return policies.manageCluster.allows(ctx.identity);
  try {
    await projectAccess(ctx.identity, ctx.sources.directory, rule.namespace!).require('manage-alerting');
    return true;
  } catch {
    return false;
  }
}

/** Listing a workspace's channels (null: the platform's). */
export async function channelListAccess(ctx: MonitoringContext, workspace: string | null | undefined): Promise<void> {
  if (workspace) return workspaceAccess(ctx.identity, ctx.sources.directory, workspace).view();
  policies.viewCluster.enforce(ctx.identity);
}

export const canManageChannelsOf = (identity: Identity, workspace: string | null) =>
  workspace ? policies.manageWorkspace(workspace).allows(identity) : policies.manageCluster.allows(identity);

/** Creating, deleting, testing a channel or reading its deliveries. */
export async function channelManageAccess(ctx: MonitoringContext, workspace: string | null): Promise<void> {
  if (workspace) {
    await workspaceAccess(ctx.identity, ctx.sources.directory, workspace).view();
    policies.manageWorkspace(workspace).enforce(ctx.identity);
    return;
  }
  policies.manageCluster.enforce(ctx.identity);
}

/** A channel by id that the caller may manage; NOT_FOUND when they may not even list it. */
export async function manageableChannel(ctx: MonitoringContext, id: string): Promise<NotificationChannel> {
  requireUser(ctx.identity);
  const channel = await alertingOf(ctx).prisma.notificationChannel.findUnique({ where: { id: uuid(id, 'id') } });
  if (!channel) throw hiddenOrMissing('NotificationChannel', id);
  try {
    await channelListAccess(ctx, channel.workspaceName);
  } catch {
    throw hiddenOrMissing('NotificationChannel', id);
  }
  await channelManageAccess(ctx, channel.workspaceName);
  return channel;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Ids are UUIDs: anything else is BAD_USER_INPUT before the database is asked. */
export function uuid(value: string, field: string): string {
  if (!UUID.test(value)) throw badInput(`"${field}" is not an id.`, field);
  return value.toLowerCase();
}
