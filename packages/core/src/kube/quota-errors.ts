import type { GraphQLError } from 'graphql';
import { badInput } from '../errors.ts';
import { KubeApiError } from './transport.ts';

/**
 * The API server's ResourceQuota admission refuses a create with 403 Forbidden and words like
 *   pods "web" is forbidden: exceeded quota: meridian-quota, requested: limits.cpu=2, used: limits.cpu=0, limited: limits.cpu=1
 *   pods "web" is forbidden: failed quota: meridian-quota: must specify limits.cpu for: app
 * That is the caller's input exceeding a limit their project set, not Meridian lacking a
 * permission: BAD_USER_INPUT with `extensions.reason` QUOTA_EXCEEDED, `extensions.resource` (the
 * first resource named), `extensions.quota`, and for "exceeded" the requested, used and limited
 * amounts of each resource over its limit.
 */
export const QUOTA_EXCEEDED = 'QUOTA_EXCEEDED';

const EXCEEDED = /exceeded quota: ([^,]+), requested: (.*?), used: (.*?), limited: (.*)$/;
const FAILED = /failed quota: ([^:]+): must specify (.*)$/;

/** "limits.cpu=2,limits.memory=1Gi" → { limits.cpu: "2", limits.memory: "1Gi" } */
function amounts(list: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const pair of list.split(',')) {
    const at = pair.indexOf('=');
    if (at > 0) out.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
  }
  return out;
}

export function quotaRefusal(err: unknown, what: { kind: string; name: string }): GraphQLError | undefined {
  if (!(err instanceof KubeApiError) || err.statusCode !== 403) return undefined;
  const exceeded = EXCEEDED.exec(err.statusMessage);
  if (exceeded) {
    const [, quota, requestedText, usedText, limitedText] = exceeded;
    const requested = amounts(requestedText);
    const used = amounts(usedText);
    const limited = amounts(limitedText);
    const resources = [...requested.keys()];
    const parts = resources.map((r) => `${r}: requested ${requested.get(r)}, already used ${used.get(r) ?? '0'} of ${limited.get(r) ?? '?'}`);
    const e = badInput(`${what.kind} "${what.name}" would exceed the project's quota (${quota}) for ${resources.join(', ')}: ${parts.join('; ')}.`, 'resources');
    Object.assign(e.extensions, {
      reason: QUOTA_EXCEEDED,
      resource: resources[0] ?? null,
      quota,
      exceeded: resources.map((r) => ({ resource: r, requested: requested.get(r) ?? null, used: used.get(r) ?? null, limited: limited.get(r) ?? null })),
    });
    return e;
  }
  const failed = FAILED.exec(err.statusMessage);
  if (failed) {
    const [, quota, missing] = failed;
    const resource = /^([^\s,;]+)/.exec(missing)?.[1] ?? null;
    const e = badInput(
      `${what.kind} "${what.name}" must set ${missing.replace(/\s+for:\s+/g, ' for container ')}: the project's quota (${quota}) limits it. Set it on every container, or give the project default requests and limits (a LimitRange).`,
      'resources',
    );
    Object.assign(e.extensions, { reason: QUOTA_EXCEEDED, resource, quota, exceeded: [] });
    return e;
  }
  return undefined;
}
