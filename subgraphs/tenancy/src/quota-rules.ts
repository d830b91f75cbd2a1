import { badInput } from '@meridian/core';
import { QUOTA_RESOURCES, exceeds, formatQuantity, parseQuantity } from '@meridian/core/kube';
import type { GraphQLError } from 'graphql';

const KNOWN = new Set<string>(QUOTA_RESOURCES);
const isCount = (resource: string) => !/cpu|memory|storage/.test(resource);

export type Hard = Record<string, string>;

/** A quota refusal names its resource for clients (`extensions.resource`) as well as in words. */
export function quotaInputError(message: string, field: string, resource: string): GraphQLError {
  const e = badInput(message, field);
  e.extensions.resource = resource;
  return e;
}

/** The limits as given, checked: known resources, each once, a non-negative quantity (whole for counts). */
export function checkHard(items: readonly { resource: string; hard: string }[], field = 'hard'): Hard {
  const out: Hard = {};
  items.forEach((item, i) => {
    const at = `${field}[${i}]`;
    if (!KNOWN.has(item.resource)) throw quotaInputError(`"${item.resource.slice(0, 60)}" is not a resource a quota can limit (one of ${QUOTA_RESOURCES.join(', ')}).`, `${at}.resource`, item.resource);
    if (Object.hasOwn(out, item.resource)) throw quotaInputError(`${item.resource} is given twice.`, `${at}.resource`, item.resource);
    const hard = item.hard.trim();
    const value = parseQuantity(hard);
    if (value === undefined || value < 0) throw quotaInputError(`${item.resource}: "${hard.slice(0, 30)}" is not a quantity (e.g. 500m, 2, 512Mi, 10Gi).`, `${at}.hard`, item.resource);
    if (isCount(item.resource) && !Number.isInteger(value)) throw quotaInputError(`${item.resource} is a number of objects: give a whole number.`, `${at}.hard`, item.resource);
    out[item.resource] = hard;
  });
  return out;
}

/** Container defaults of a LimitRange: each a quantity or absent. */
export interface ContainerDefaults {
  defaultRequestCpu?: string | null;
  defaultRequestMemory?: string | null;
  defaultLimitCpu?: string | null;
  defaultLimitMemory?: string | null;
}

export function checkDefaults(input: ContainerDefaults): ContainerDefaults {
  const one = (key: keyof ContainerDefaults, resource: 'cpu' | 'memory') => {
    const v = input[key]?.trim();
    if (!v) return undefined;
    const n = parseQuantity(v);
    if (n === undefined || n <= 0) throw quotaInputError(`${key}: "${v.slice(0, 30)}" is not a positive quantity (e.g. ${resource === 'cpu' ? '100m, 0.5, 2' : '128Mi, 1Gi'}).`, key, resource);
    return v;
  };
  const out = {
    defaultRequestCpu: one('defaultRequestCpu', 'cpu'),
    defaultRequestMemory: one('defaultRequestMemory', 'memory'),
    defaultLimitCpu: one('defaultLimitCpu', 'cpu'),
    defaultLimitMemory: one('defaultLimitMemory', 'memory'),
  };
  // The API server refuses a default request above the default limit; say so in our words.
  for (const [req, lim, resource] of [['defaultRequestCpu', 'defaultLimitCpu', 'cpu'], ['defaultRequestMemory', 'defaultLimitMemory', 'memory']] as const) {
    const r = out[req];
    const l = out[lim];
    if (r && l && exceeds(parseQuantity(r)!, parseQuantity(l)!)) throw quotaInputError(`The default ${resource} request (${r}) is above the default ${resource} limit (${l}).`, req, resource);
  }
  return out;
}

/** One row of a quota for people and bars: its limit, what is used, and the share used. */
export interface QuotaUsageRow {
  resource: string;
  hard: string;
  used: string | null;
  allocated: string | null;
  fraction: number | null;
}

export function usageRow(resource: string, hard: string, used: string | null | undefined, allocated: string | null = null): QuotaUsageRow {
  const h = parseQuantity(hard);
  const u = used == null ? undefined : parseQuantity(used);
  const fraction = h === undefined || u === undefined ? null : h === 0 ? (u === 0 ? 0 : 1) : u / h;
  return { resource, hard, used: used ?? null, allocated, fraction };
}

/** Rows in the order of QUOTA_RESOURCES (others after, by name): a stable order for tables. */
export function orderedResources(resources: Iterable<string>): string[] {
  const rank = (r: string) => {
    const i = (QUOTA_RESOURCES as readonly string[]).indexOf(r);
    return i < 0 ? QUOTA_RESOURCES.length : i;
  };
  return [...new Set(resources)].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/** The sum of one resource over several quotas, as a quantity (undefined values count 0). */
export function sumOf(resource: string, values: readonly (string | undefined)[]): { total: number; text: string } {
  const total = values.reduce((acc, v) => acc + (parseQuantity(v) ?? 0), 0);
  return { total, text: formatQuantity(total, resource) };
}

/**
 * The workspace rule: its projects' quotas may add up to at most the workspace's quota, and
 * every project must bound each resource the workspace limits (an unbounded project could use
 * all of it). `projects` holds every project's quota limits, the one being changed already with
 * its new value; the first broken rule comes back as a BAD_USER_INPUT naming the resource.
 */
export function checkAllocation(
  workspace: string,
  workspaceHard: Hard,
  projects: readonly { name: string; hard: Hard | undefined }[],
  field: string,
  /** Which projects must bound every limited resource (the others count 0 where they do not). */
  mustBound: (project: string) => boolean = () => true,
): GraphQLError | undefined {
  for (const resource of orderedResources(Object.keys(workspaceHard))) {
    const unbounded = projects.find((p) => mustBound(p.name) && (!p.hard || !Object.hasOwn(p.hard, resource)));
    if (unbounded) {
      return quotaInputError(
        `Workspace "${workspace}" limits ${resource}, so project "${unbounded.name}" needs a quota for ${resource} too (its use counts against the workspace).`,
        field,
        resource,
      );
    }
    const sum = sumOf(resource, projects.map((p) => (p.hard && Object.hasOwn(p.hard, resource) ? p.hard[resource] : undefined)));
    const limit = parseQuantity(workspaceHard[resource])!;
    if (exceeds(sum.total, limit)) {
      return quotaInputError(
        `Over the quota of workspace "${workspace}" for ${resource}: its projects' quotas would add up to ${sum.text}, above the workspace's ${workspaceHard[resource]}.`,
        field,
        resource,
      );
    }
  }
  return undefined;
}
