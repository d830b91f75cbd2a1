/** An AlertRuleInput checked and turned into the columns stored (BAD_USER_INPUT for anything off). */
import { badInput } from '@meridian/core';
import type { PrismaClient } from '@meridian/core/db';
import { alertExpression, type AlertCondition, type AlertScope } from './catalogue.ts';
import { uuid, type RuleSet } from './access.ts';

export interface AlertRuleInput {
  name: string;
  scope: AlertScope;
  project?: string | null;
  metric: string;
  target?: string | null;
  condition: AlertCondition;
  threshold: number;
  forSeconds: number;
  severity: 'CRITICAL' | 'WARNING' | 'INFO';
  repeatIntervalSeconds: number;
  channelIds: string[];
  enabled?: boolean | null;
}

const NAME = /^[\p{L}\p{N} ._:-]{1,80}$/u;

function wholeIn(value: number, min: number, max: number, field: string): number {
  if (!Number.isInteger(value) || value < min || value > max) throw badInput(`"${field}" must be a whole number from ${min} to ${max}.`, field);
  return value;
}

export async function ruleColumns(prisma: PrismaClient, input: AlertRuleInput, set: RuleSet) {
  if (!NAME.test(input.name)) throw badInput('"name" must be 1 to 80 letters, digits, spaces, ".", "_", ":" or "-".', 'name');
  const project = 'project' in set ? set.project : null;
  // Builds (and so validates) the expression: metric of the scope, names, threshold.
  alertExpression({ scope: input.scope, metric: input.metric, namespace: project, target: input.target, condition: input.condition, threshold: input.threshold });
  const ids = [...new Set(input.channelIds.map((id, i) => uuid(id, `channelIds[${i}]`)))];
  if (ids.length > 20) throw badInput('A rule takes at most 20 channels.', 'channelIds');
  const channels = await prisma.notificationChannel.findMany({ where: { id: { in: ids } } });
  const allowedWorkspace = 'project' in set ? (set.workspace ?? undefined) : null;
  for (const id of ids) {
    const c = channels.find((ch) => ch.id === id);
    // Another workspace's channel looks like no channel at all.
    if (!c || (allowedWorkspace === null ? c.workspaceName !== null : c.workspaceName !== allowedWorkspace)) {
      throw badInput(`Channel "${id}" is not available to this rule: project rules use their workspace's channels, node and cluster rules the platform's.`, 'channelIds');
    }
  }
  return {
    name: input.name,
    scope: input.scope,
    namespace: project,
    workspaceName: 'project' in set ? (set.workspace ?? null) : null,
    metric: input.metric,
    target: input.target || null,
    condition: input.condition,
    threshold: input.threshold,
    forSeconds: wholeIn(input.forSeconds, 0, 86_400, 'forSeconds'),
    severity: input.severity,
    repeatIntervalSeconds: wholeIn(input.repeatIntervalSeconds, 60, 604_800, 'repeatIntervalSeconds'),
    channelIds: ids,
    enabled: input.enabled ?? true,
  };
}
