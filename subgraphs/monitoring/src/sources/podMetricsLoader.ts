import type { PodMetricsModel } from '../model.ts';
import type { PrometheusClient } from './prometheus.ts';
import { podMetrics, podSelector } from './promql.ts';

/** Pods per query: keeps the `pod=~"a|b|…"` regex of one query to a sane size. */
const CHUNK = 200;

type Waiter = { resolve: (m: PodMetricsModel) => void; reject: (e: unknown) => void };

/**
 * Per-request batching of instant pod metrics: a page of 50 pods asking for `metrics` costs
 * four Prometheus queries per namespace (cpu, memory, rx, tx), not four per pod. Calls made in
 * the same turn of the event loop are collected and sent together.
 */
export function createPodMetricsLoader(prom: PrometheusClient) {
  let pending: Map<string, Map<string, Waiter[]>> | undefined;

  async function flushNamespace(namespace: string, waiters: Map<string, Waiter[]>) {
    const pods = [...waiters.keys()];
    try {
      const models = new Map<string, PodMetricsModel>(
        pods.map((pod) => [pod, { namespace, pod, cpu: null, memory: null, networkReceiveBytesPerSecond: null, networkTransmitBytesPerSecond: null }]),
      );
      for (let i = 0; i < pods.length; i += CHUNK) {
        const sel = podSelector(namespace, pods.slice(i, i + CHUNK));
        const [cpu, memory, rx, tx] = await Promise.all([
          prom.query(podMetrics.pod_cpu_usage(sel)),
          prom.query(podMetrics.pod_memory_usage_wo_cache(sel)),
          prom.query(podMetrics.pod_net_bytes_received(sel)),
          prom.query(podMetrics.pod_net_bytes_transmitted(sel)),
        ]);
        const put = (samples: typeof cpu, field: 'cpu' | 'memory' | 'networkReceiveBytesPerSecond' | 'networkTransmitBytesPerSecond') => {
          for (const s of samples) {
            const m = models.get(s.labels.pod);
            if (m && Number.isFinite(s.value)) m[field] = s.value;
          }
        };
        put(cpu, 'cpu');
        put(memory, 'memory');
        put(rx, 'networkReceiveBytesPerSecond');
        put(tx, 'networkTransmitBytesPerSecond');
      }
      for (const [pod, ws] of waiters) for (const w of ws) w.resolve(models.get(pod)!);
    } catch (err) {
      for (const ws of waiters.values()) for (const w of ws) w.reject(err);
    }
  }

  function flush() {
    const batch = pending!;
    pending = undefined;
    for (const [ns, waiters] of batch) void flushNamespace(ns, waiters);
  }

  return function load(namespace: string, pod: string): Promise<PodMetricsModel> {
    if (!pending) {
      pending = new Map();
      setImmediate(flush);
    }
    let byPod = pending.get(namespace);
    if (!byPod) pending.set(namespace, (byPod = new Map()));
    const waiters = byPod.get(pod) ?? [];
    byPod.set(pod, waiters);
    return new Promise((resolve, reject) => waiters.push({ resolve, reject }));
  };
}
