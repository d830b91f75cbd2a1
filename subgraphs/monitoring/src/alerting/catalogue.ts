/**
 * The fixed catalogue of what an alert rule may watch, with KubeSphere's metric names, and the
 * one place rule expressions are built. A rule names a metric of this catalogue, a scope, an
 * optional target (a pod, a workload, a node) and a threshold; every name that reaches PromQL is
 * checked against the Kubernetes name grammar first and then quoted, so no input can add PromQL.
 */
import { badInput } from '@meridian/core';
import { podMetrics, str } from '../sources/promql.ts';

export type AlertScope = 'PROJECT' | 'NODE' | 'CLUSTER';
export type AlertTargetKind = 'POD' | 'WORKLOAD' | 'NODE' | 'NONE';
export type AlertCondition = 'GT' | 'GTE' | 'LT' | 'LTE';

export interface AlertMetric {
  name: string;
  scope: AlertScope;
  /** What a rule's target names. */
  target: AlertTargetKind;
  unit: 'cores' | 'bytes' | 'bytes/s' | 'ratio' | 'count';
  description: string;
  /** PromQL for the project (`ns`: a namespace matcher, or '') narrowed to `target` (a quoted name) when given. */
  expr: (ns: string, target?: string) => string;
}

const and = (...matchers: (string | false | undefined)[]) => matchers.filter(Boolean).join(', ');

/** A pod metric of the project's pods, or of one pod. */
const podMetric = (build: (sel: string) => string) => (ns: string, pod?: string) => build(and(ns, pod && `pod=${pod}`));

/** A pod metric summed per workload: the owner series (the lab's recording rule) picks the workload's pods. */
const workloadMetric = (build: (sel: string) => string) => (ns: string, workload?: string) =>
  `sum by (namespace, workload) (${build(ns)} * on (namespace, pod) group_left (workload) namespace_workload_pod:kube_pod_owner:relabel{${and(ns, workload && `workload=${workload}`)}})`;

const METRICS: AlertMetric[] = [
  { name: 'pod_cpu_usage', scope: 'PROJECT', target: 'POD', unit: 'cores', description: 'CPU used by a pod', expr: podMetric(podMetrics.pod_cpu_usage) },
  { name: 'pod_memory_usage_wo_cache', scope: 'PROJECT', target: 'POD', unit: 'bytes', description: 'Memory used by a pod (working set)', expr: podMetric(podMetrics.pod_memory_usage_wo_cache) },
  { name: 'pod_net_bytes_received', scope: 'PROJECT', target: 'POD', unit: 'bytes/s', description: 'Network received by a pod', expr: podMetric(podMetrics.pod_net_bytes_received) },
  { name: 'pod_net_bytes_transmitted', scope: 'PROJECT', target: 'POD', unit: 'bytes/s', description: 'Network sent by a pod', expr: podMetric(podMetrics.pod_net_bytes_transmitted) },
  { name: 'workload_cpu_usage', scope: 'PROJECT', target: 'WORKLOAD', unit: 'cores', description: 'CPU used by a workload (its pods together)', expr: workloadMetric(podMetrics.pod_cpu_usage) },
  { name: 'workload_memory_usage_wo_cache', scope: 'PROJECT', target: 'WORKLOAD', unit: 'bytes', description: 'Memory used by a workload (its pods together)', expr: workloadMetric(podMetrics.pod_memory_usage_wo_cache) },
  {
    name: 'workload_deployment_replica_unavailable',
    scope: 'PROJECT',
    target: 'WORKLOAD',
    unit: 'count',
    description: 'Unavailable replicas of a Deployment',
    expr: (ns, deployment) =>
      `max by (namespace, workload) (label_replace(kube_deployment_status_replicas_unavailable{${and('job="kube-state-metrics"', ns, deployment && `deployment=${deployment}`)}}, "workload", "$1", "deployment", "(.*)"))`,
  },
  { name: 'node_cpu_utilisation', scope: 'NODE', target: 'NODE', unit: 'ratio', description: 'Share of a node’s allocatable CPU in use', expr: (_ns, node) => `max by (node) (node:node_cpu_utilisation:ratio{${and(node && `node=${node}`)}})` },
  { name: 'node_memory_utilisation', scope: 'NODE', target: 'NODE', unit: 'ratio', description: 'Share of a node’s allocatable memory in use', expr: (_ns, node) => `max by (node) (node:node_memory_utilisation:ratio{${and(node && `node=${node}`)}})` },
  { name: 'cluster_cpu_utilisation', scope: 'CLUSTER', target: 'NONE', unit: 'ratio', description: 'Share of the cluster’s allocatable CPU in use', expr: () => 'cluster:node_cpu_utilisation:ratio' },
  { name: 'cluster_memory_utilisation', scope: 'CLUSTER', target: 'NONE', unit: 'ratio', description: 'Share of the cluster’s allocatable memory in use', expr: () => 'cluster:node_memory_utilisation:ratio' },
];

const BY_NAME: ReadonlyMap<string, AlertMetric> = new Map(METRICS.map((m) => [m.name, m]));

export const alertMetrics = (scope?: AlertScope | null) => METRICS.filter((m) => !scope || m.scope === scope);

export function alertMetric(name: string, scope: AlertScope): AlertMetric {
  const metric = BY_NAME.get(name);
  if (!metric || metric.scope !== scope) throw badInput(`"${name}" is not a ${scope.toLowerCase()} alert metric; see alertMetrics(scope: ${scope}).`, 'metric');
  return metric;
}

// RFC 1123 labels and subdomains: what Kubernetes allows in namespace, pod, workload and node names.
const DNS_NAME = /^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$/;

/** A Kubernetes object name or BAD_USER_INPUT naming the field. */
export function kubeName(value: string, field: string): string {
  if (!DNS_NAME.test(value)) throw badInput(`"${field}" must be a Kubernetes name (lower-case letters, digits, "-" and "."), got "${value.slice(0, 80)}".`, field);
  return value;
}

const OPERATOR: Record<AlertCondition, string> = { GT: '>', GTE: '>=', LT: '<', LTE: '<=' };

export interface RuleTarget {
  scope: AlertScope;
  metric: string;
  /** The project; required for PROJECT rules, absent otherwise. */
  namespace?: string | null;
  target?: string | null;
}

/** The metric's expression for the rule's project and target (without the condition): used for the preview too. */
export function metricExpression(rule: RuleTarget): string {
  const metric = alertMetric(rule.metric, rule.scope);
  const ns = rule.scope === 'PROJECT' ? `namespace=${str(kubeName(rule.namespace ?? '', 'project'))}` : '';
  if (rule.target && metric.target === 'NONE') throw badInput(`${metric.name} has no target: leave "target" empty.`, 'target');
  return metric.expr(ns, rule.target ? str(kubeName(rule.target, 'target')) : undefined);
}

export function threshold(value: number): string {
  if (!Number.isFinite(value)) throw badInput('"threshold" must be a finite number.', 'threshold');
  return String(value);
}

/** The alert expression: the metric, its condition and threshold. */
export const alertExpression = (rule: RuleTarget & { condition: AlertCondition; threshold: number }) =>
  `${metricExpression(rule)} ${OPERATOR[rule.condition]} ${threshold(rule.threshold)}`;
