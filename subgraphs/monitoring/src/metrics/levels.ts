import { oneOf } from '../sources/promql.ts';

/**
 * The levels KubeSphere monitors and how an object of each is named in Prometheus' answers.
 * `keyLabels` identify one object (a query's selector matches them, its `sum by` keeps them);
 * the container level is keyed by its pod and answers one series per container.
 */
export type MetricLevel = 'cluster' | 'node' | 'workspace' | 'namespace' | 'workload' | 'pod' | 'container';

/** The workspace label as kube-state-metrics exports it (deploy/local/prometheus/rules.yml). */
export const WORKSPACE_LABEL = 'label_meridian_io_workspace';

export const keyLabels: Record<MetricLevel, readonly string[]> = {
  cluster: [],
  node: ['node'],
  workspace: [WORKSPACE_LABEL],
  namespace: ['namespace'],
  workload: ['namespace', 'workload', 'workload_type'],
  pod: ['namespace', 'pod'],
  container: ['namespace', 'pod'],
};

/** One measured object: its key labels and their values (e.g. `{ namespace, pod }`). */
export type ObjectKey = Readonly<Record<string, string>>;

export const objectId = (level: MetricLevel, labels: Readonly<Record<string, string | undefined>>) => keyLabels[level].map((l) => labels[l] ?? '').join('/');

/**
 * A batch's selector: per key label, the values of every object asked (one query for all of
 * them; answers for other combinations are dropped by the caller). `only(...)` narrows it to
 * some labels, for the side of a join that lacks the others.
 */
export interface Selector {
  /** Every key label's matcher, comma-joined ('' at the cluster level). */
  all: string;
  only(...labels: string[]): string;
}

export function selectorOf(level: MetricLevel, objects: readonly ObjectKey[]): Selector {
  return selectorFrom(new Map(keyLabels[level].map((label) => [label, [...new Set(objects.map((o) => o[label]))]])));
}

/** A selector of label → the values it may have. */
export function selectorFrom(values: ReadonlyMap<string, readonly string[]>): Selector {
  const matchers = new Map([...values].map(([label, v]) => [label, oneOf(label, [...v])]));
  return {
    all: [...matchers.values()].join(', '),
    only: (...labels) => labels.flatMap((l) => (matchers.has(l) ? [matchers.get(l)!] : [])).join(', '),
  };
}

/** `{a, b}` without empty parts. */
export const sel = (...parts: string[]) => `{${parts.filter(Boolean).join(', ')}}`;
