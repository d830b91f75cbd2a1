import { badInput } from '../errors.ts';

/**
 * Kubernetes label selectors, evaluated in memory against cached objects (the API server's own
 * grammar: `a=b`, `a==b`, `a!=b`, `a in (x,y)`, `a notin (x)`, `a`, `!a`, comma = AND).
 */

export type Requirement =
  | { key: string; op: 'in'; values: string[] }
  | { key: string; op: 'notin'; values: string[] }
  | { key: string; op: 'exists' }
  | { key: string; op: 'notexists' };

export type LabelMatcher = (labels: Record<string, string> | undefined) => boolean;

// Qualified names as the API server allows them, e.g. app, app.kubernetes.io/name.
const KEY = /^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;
const VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;

function invalid(selector: string, why: string): never {
  throw badInput(`Invalid label selector "${selector}": ${why}.`, 'labelSelector');
}

/** Splits on commas that are not inside parentheses. */
function splitTerms(selector: string): string[] {
  const terms: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of selector) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      terms.push(cur);
      cur = '';
    } else cur += ch;
  }
  terms.push(cur);
  return terms.map((t) => t.trim()).filter(Boolean);
}

function checkKey(selector: string, key: string): string {
  // The API server's limits: a DNS-subdomain prefix of at most 253, a name of at most 63.
  const slash = key.lastIndexOf('/');
  const [prefix, name] = slash >= 0 ? [key.slice(0, slash), key.slice(slash + 1)] : ['', key];
  if (!KEY.test(key) || prefix.length > 253 || name.length > 63) invalid(selector, `"${key}" is not a valid label key`);
  return key;
}

function checkValue(selector: string, value: string): string {
  if (!VALUE.test(value) || value.length > 63) invalid(selector, `"${value}" is not a valid label value`);
  return value;
}

export function parseLabelSelector(selector: string): Requirement[] {
  const reqs: Requirement[] = [];
  for (const term of splitTerms(selector)) {
    let m: RegExpMatchArray | null;
    if ((m = term.match(/^(\S+?)\s+(in|notin)\s*\((.*)\)$/))) {
      const values = m[3].split(',').map((v) => checkValue(selector, v.trim()));
      reqs.push({ key: checkKey(selector, m[1]), op: m[2] as 'in' | 'notin', values });
    } else if ((m = term.match(/^([^=!\s]+)\s*(==|=|!=)\s*(\S*)$/))) {
      const key = checkKey(selector, m[1]);
      const value = checkValue(selector, m[3]);
      reqs.push(m[2] === '!=' ? { key, op: 'notin', values: [value] } : { key, op: 'in', values: [value] });
    } else if ((m = term.match(/^!\s*(\S+)$/))) {
      reqs.push({ key: checkKey(selector, m[1]), op: 'notexists' });
    } else if ((m = term.match(/^(\S+)$/))) {
      reqs.push({ key: checkKey(selector, m[1]), op: 'exists' });
    } else {
      invalid(selector, `cannot read "${term}"`);
    }
  }
  return reqs;
}

export function matchesRequirements(reqs: Requirement[], labels: Record<string, string> = {}): boolean {
  return reqs.every((r) => {
    const has = Object.prototype.hasOwnProperty.call(labels, r.key);
    switch (r.op) {
      case 'exists':
        return has;
      case 'notexists':
        return !has;
      case 'in':
        return has && r.values.includes(labels[r.key]);
      case 'notin':
        return !has || !r.values.includes(labels[r.key]);
    }
  });
}

/** Parses once, returns a fast matcher. Throws BAD_USER_INPUT on a malformed selector. */
export function labelMatcher(selector: string | null | undefined): LabelMatcher {
  if (!selector || !selector.trim()) return () => true;
  const reqs = parseLabelSelector(selector);
  return (labels) => matchesRequirements(reqs, labels ?? {});
}

/** A workload's `spec.selector` (matchLabels + matchExpressions) as a matcher and as text. */
export interface K8sLabelSelector {
  matchLabels?: Record<string, string>;
  matchExpressions?: { key: string; operator: string; values?: string[] }[];
}

export function selectorToString(sel: K8sLabelSelector | undefined): string {
  if (!sel) return '';
  const parts = Object.entries(sel.matchLabels ?? {}).map(([k, v]) => `${k}=${v}`);
  for (const e of sel.matchExpressions ?? []) {
    const op = e.operator.toLowerCase();
    if (op === 'exists') parts.push(e.key);
    else if (op === 'doesnotexist') parts.push(`!${e.key}`);
    else parts.push(`${e.key} ${op} (${(e.values ?? []).join(',')})`);
  }
  return parts.join(',');
}

export function selectorMatcher(sel: K8sLabelSelector | undefined): LabelMatcher {
  // An empty selector on a workload selects nothing (apps/v1 requires one anyway).
  const text = selectorToString(sel);
  if (!text) return () => false;
  return labelMatcher(text);
}
