import type { PodMetricsModel, ProjectMetricsModel } from '../model.ts';
import type { InstantSample, PrometheusClient } from './prometheus.ts';
import { namespaceMetrics, namespaceSelector, podMetrics, podsSelector } from './promql.ts';

/**
 * Instant metrics of many pods or projects at once: ONE Prometheus query per metric for the
 * whole batch (a page of 500 pods costs four queries, not 2,000), each answer split by its
 * labels. Called by the per-request loaders (loaders.ts).
 */

export type PodKey = { namespace: string; name: string };

const finite = (s: InstantSample | undefined) => (s && Number.isFinite(s.value) ? s.value : null);

/** Samples by "namespace/pod" (or by namespace when `pod` is false). */
function byKey(samples: InstantSample[], pod: boolean): Map<string, InstantSample> {
  return new Map(samples.map((s) => [pod ? `${s.labels.namespace}/${s.labels.pod}` : s.labels.namespace, s]));
}

export async function podMetricsOf(prom: PrometheusClient, keys: readonly PodKey[]): Promise<PodMetricsModel[]> {
  const sel = podsSelector([...keys]);
  const [cpu, memory, rx, tx] = (
    await Promise.all([
      prom.query(podMetrics.pod_cpu_usage(sel)),
      prom.query(podMetrics.pod_memory_usage_wo_cache(sel)),
      prom.query(podMetrics.pod_net_bytes_received(sel)),
      prom.query(podMetrics.pod_net_bytes_transmitted(sel)),
    ])
  ).map((samples) => byKey(samples, true));
  return keys.map(({ namespace, name }) => {
    const k = `${namespace}/${name}`;
    return {
      namespace,
      pod: name,
      cpu: finite(cpu.get(k)),
      memory: finite(memory.get(k)),
      networkReceiveBytesPerSecond: finite(rx.get(k)),
      networkTransmitBytesPerSecond: finite(tx.get(k)),
    };
  });
}

export async function projectMetricsOf(prom: PrometheusClient, namespaces: readonly string[]): Promise<ProjectMetricsModel[]> {
  const sel = namespaceSelector([...namespaces]);
  const [cpu, memory, pods] = (
    await Promise.all([
      prom.query(namespaceMetrics.namespace_cpu_usage(sel)),
      prom.query(namespaceMetrics.namespace_memory_usage_wo_cache(sel)),
      prom.query(namespaceMetrics.namespace_pod_running_count(sel)),
    ])
  ).map((samples) => byKey(samples, false));
  // No series for running pods means none are running (kube-state-metrics reports every pod).
  return namespaces.map((ns) => ({ namespace: ns, cpu: finite(cpu.get(ns)), memory: finite(memory.get(ns)), podCount: finite(pods.get(ns)) ?? 0 }));
}
