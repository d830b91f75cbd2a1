/**
 * The log collector: follows every running container's log through the Kubernetes log API (the
 * kubelet's, which the lab's kwok serves), and publishes each line to Kafka (topic meridian.logs,
 * key namespace/pod/container) with an id from what the line is. A container's checkpoint moves
 * only when Kafka acknowledged its lines; when Kafka refuses, every stream is stopped and later
 * re-read from its checkpoint, so nothing is lost and nothing grows in memory while Kafka is down
 * (the container's log on the node is the buffer, as with Fluent Bit).
 */
import type { Kafka, Producer } from 'kafkajs';
import type { KubeConfig } from '@meridian/core/kube/index';
import type { ResourceCache } from '@meridian/core/kube/index';
import { kubeLineStream, type WatchHandle } from '@meridian/core/kube/transport';
import { idempotentProducer, sendAll } from '@meridian/core/kafka/index';
import type { Logger } from '@meridian/core';
import { parseLine, FOLLOW_LINE_BYTES } from '../sources/kubernetes-logs.ts';
import { CheckpointFile, type Checkpoint } from './checkpoints.ts';
import { LOG_TOPIC, recordId, type LogRecord } from './log-record.ts';

interface PodLike {
  metadata?: { name?: string; namespace?: string; uid?: string; creationTimestamp?: string };
  spec?: { nodeName?: string };
  status?: { containerStatuses?: { name: string; state?: { running?: unknown; terminated?: unknown } }[] };
}

interface Follower {
  handle: WatchHandle;
  /** The last line read (acknowledged or not): timestamp and same-timestamp ordinal. */
  lastTime: string | null;
  ordinal: number;
}

export interface LogCollectorOptions {
  kafka: Kafka;
  kubeConfig: KubeConfig;
  pods: ResourceCache<PodLike>;
  checkpointFile: string;
  log: Logger;
  /** Only these namespaces (a test's); default every namespace. */
  namespaces?: (namespace: string) => boolean;
  flushMs?: number;
  /**
   * At most this many followed streams (one HTTP stream per container through the API server):
   * beyond it the newest pods' containers are followed and the rest are not, with a warning.
   * A node agent reading files (Fluent Bit) has no such limit; a stream per container does.
   */
  maxStreams?: number;
}

export interface LogCollector {
  /** Lines acknowledged by Kafka since start. */
  readonly published: number;
  readonly following: number;
  stop(): Promise<void>;
}

const RETRY_MS = 2_000;
const BATCH = 500;
/**
 * Lines read but not yet acknowledged, at most: past it, a stream stops (its lines so far are
 * sent, and its checkpoint moves with them) and is followed again from there once Kafka caught up.
 */
const MAX_PENDING = 20_000;

export async function startLogCollector(opts: LogCollectorOptions): Promise<LogCollector> {
  const { log } = opts;
  const checkpoints = new CheckpointFile(opts.checkpointFile);
  const followers = new Map<string, Follower>(); // podUid/container
  let pending: LogRecord[] = [];
  let producer: Producer | undefined;
  let stopped = false;
  let published = 0;
  let kafkaDown = false;

  const maxStreams = opts.maxStreams ?? Number(process.env.MERIDIAN_LOG_COLLECTOR_MAX_STREAMS ?? 100);
  let warnedCap = 0;
  const wanted = () => {
    const running: { key: string; pod: PodLike; container: string; created: string }[] = [];
    for (const pod of opts.pods.all()) {
      const ns = pod.metadata?.namespace ?? '';
      if (opts.namespaces && !opts.namespaces(ns)) continue;
      for (const c of pod.status?.containerStatuses ?? []) {
        if (c.state?.running) running.push({ key: `${pod.metadata?.uid}/${c.name}`, pod, container: c.name, created: pod.metadata?.creationTimestamp ?? '' });
      }
    }
    if (running.length > maxStreams) {
      running.sort((a, b) => (a.created < b.created ? 1 : a.created > b.created ? -1 : 0));
      if (running.length !== warnedCap) log.warn({ running: running.length, followed: maxStreams }, 'more running containers than MERIDIAN_LOG_COLLECTOR_MAX_STREAMS: following the newest');
      warnedCap = running.length;
    }
    return new Map(running.slice(0, maxStreams).map((r) => [r.key, r]));
  };

  function follow(key: string, pod: PodLike, container: string) {
    const namespace = pod.metadata!.namespace!;
    const name = pod.metadata!.name!;
    const uid = pod.metadata!.uid!;
    const from: Checkpoint | undefined = checkpoints.get(key);
    const f: Follower = { handle: { abort: () => undefined }, lastTime: null, ordinal: 0 };
    followers.set(key, f);
    f.handle = kubeLineStream(
      opts.kubeConfig,
      `/api/v1/namespaces/${encodeURIComponent(namespace)}/pods/${encodeURIComponent(name)}/log`,
      // sinceTime has second precision: lines of that second come again and are skipped below.
      { container, follow: true, timestamps: true, sinceTime: from ? from.time.replace(/\.\d+/, '') : undefined },
      (raw) => {
        const line = parseLine(raw);
        const time = line.time ?? new Date().toISOString();
        f.ordinal = time === f.lastTime ? f.ordinal + 1 : 0;
        f.lastTime = time;
        if (from && (time < from.time || (time === from.time && f.ordinal <= from.ordinal))) return;
        if (pending.length >= MAX_PENDING) {
          if (followers.get(key) === f) followers.delete(key);
          f.handle.abort();
          return;
        }
        pending.push({ id: recordId(uid, container, time, f.ordinal), time, namespace, pod: name, podUid: uid, container, node: pod.spec?.nodeName ?? null, message: line.message, ordinal: f.ordinal });
        if (pending.length >= BATCH) void flush();
      },
      (err) => {
        if (followers.get(key) === f) followers.delete(key);
        if (err && !stopped) log.debug({ namespace, pod: name, container, err: err.message }, 'log stream ended; followed again if still running');
      },
      { accept: '*/*', maxLineBytes: FOLLOW_LINE_BYTES, what: `log of ${namespace}/${name}/${container}` },
    );
  }

  /** Start streams for running containers that have none; stop those whose container is gone. */
  function reconcile() {
    if (stopped || kafkaDown || pending.length > MAX_PENDING / 2) return;
    const want = wanted();
    for (const [key, f] of followers) {
      if (!want.has(key)) {
        followers.delete(key);
        f.handle.abort();
      }
    }
    for (const [key, { pod, container }] of want) if (!followers.has(key)) follow(key, pod, container);
  }

  let flushing: Promise<void> | undefined;
  /** Sends what is pending, BATCH lines a request (one request stays well under Kafka's 1 MB). */
  async function flush(): Promise<void> {
    if (flushing || !pending.length || !producer) return flushing;
    flushing = (async () => {
      try {
        while (pending.length && producer && !kafkaDown) {
          const batch = pending.slice(0, BATCH);
          await sendAll(producer, LOG_TOPIC, batch.map((r) => ({ key: `${r.namespace}/${r.pod}/${r.container}`, value: JSON.stringify(r) })));
          pending = pending.slice(batch.length);
          published += batch.length;
          for (const r of batch) checkpoints.set(`${r.podUid}/${r.container}`, { time: r.time, ordinal: r.ordinal });
        }
      } catch (err) {
        // Kafka refused: stop reading, forget what was read since the checkpoints, read it again
        // later with a new producer (an idempotent producer that failed mid-sequence stays broken).
        kafkaDown = true;
        const lines = pending.length;
        pending = [];
        for (const f of followers.values()) f.handle.abort();
        followers.clear();
        log.warn({ err: (err as Error).message, lines }, 'Kafka refused log lines; streams stop and resume from their checkpoints');
        const failed = producer;
        producer = undefined;
        void failed?.disconnect().catch(() => undefined);
        setTimeout(() => {
          void connectProducer().then(() => {
            kafkaDown = false;
            reconcile();
          });
        }, RETRY_MS);
      } finally {
        flushing = undefined;
      }
    })();
    return flushing;
  }

  async function connectProducer(): Promise<void> {
    while (!stopped) {
      const p = idempotentProducer(opts.kafka);
      try {
        await p.connect();
        producer = p;
        return;
      } catch (err) {
        log.warn({ err: (err as Error).message }, 'log collector cannot reach Kafka yet; retrying');
        await new Promise((r) => setTimeout(r, RETRY_MS));
      }
    }
  }

  await connectProducer();
  const offChange = opts.pods.onChange(() => reconcile());
  const ticker = setInterval(() => {
    void flush();
    reconcile(); // streams that ended (container restarted, connection dropped) start again
  }, opts.flushMs ?? 200);
  reconcile();
  log.info({ following: followers.size }, 'log collector started');

  return {
    get published() {
      return published;
    },
    get following() {
      return followers.size;
    },
    async stop() {
      stopped = true;
      offChange();
      clearInterval(ticker);
      for (const f of followers.values()) f.handle.abort();
      followers.clear();
      await flush().catch(() => undefined);
      checkpoints.flush();
      await producer?.disconnect().catch(() => undefined);
    },
  };
}
