/**
 * The log collector: follows every running container's log through the Kubernetes log API (the
 * kubelet's, which the lab's kwok serves), and publishes each line to Kafka (topic meridian.logs,
 * key namespace/pod/container) with an id from what the line is. A container's checkpoint moves
 * only when Kafka acknowledged its lines; when Kafka refuses, every stream is stopped and later
 * re-read from its checkpoint, so nothing is lost and nothing grows in memory while Kafka is down
 * (the container's log on the node is the buffer, as with Fluent Bit).
 *
 * One followed stream per container costs a connection through the API server, so at most
 * `maxStreams` are followed (the newest pods'); every other running container is read in turns
 * (a plain read from where it was left, a few at a time, round robin): its lines come later, but
 * every container's log is collected.
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
  /** A followed stream (true), or a read in turns that ends at the log's current end. */
  live: boolean;
  /** When it opened or last delivered a line (ms). */
  heardAt: number;
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
  /** The slow sweep's period (default 10 s). */
  sweepMs?: number;
  /**
   * At most this many followed streams (one HTTP stream per container through the API server):
   * beyond it the newest pods' containers are followed and the rest are not, with a warning.
   * A node agent reading files (Fluent Bit) has no such limit; a stream per container does.
   */
  maxStreams?: number;
  /** Default meridian.logs. */
  topic?: string;
  /** Reads in turns at once, at most (default 8). */
  turnReads?: number;
}

export interface LogCollector {
  /** Lines acknowledged by Kafka since start. */
  readonly published: number;
  readonly following: number;
  /** Running containers read in turns (beyond maxStreams). */
  readonly inTurns: number;
  /** How often the set of followed streams was decided (each walks every cached pod). */
  readonly reconciles: number;
  stop(): Promise<void>;
}

const RETRY_MS = 2_000;
const BATCH = 500;
/**
 * Which streams run is decided again when the pod cache changes (coalesced: a rollout changes
 * hundreds of pods at once) and when a stream ends; this slow sweep only catches what no event
 * announced. Deciding walks every cached pod, so it must not run on a fast timer at 50,000 pods.
 */
const SWEEP_MS = 10_000;
const COALESCE_MS = 100;
/** A stream that ended is followed again after this (a stream failing at once does not spin). */
const REFOLLOW_MS = 1_000;
/** How often reads in turns are started (each ends at its log's current end). */
const TURN_TICK_MS = 500;
/**
 * A followed log that stays silent may be a stream that will never deliver: a half-open
 * connection, or (kwok) a container whose log file was not there yet when the stream opened, so
 * the stream follows an empty stand-in. Such a stream is re-opened from its checkpoint (one
 * request, no line twice): a container that has not printed yet after each second of silence for
 * its first 10 s (a new pod's first line is wanted searchable within 5 s: kwok has its log file
 * a second or two after the pod runs), then after 2 s, 4 s, 8 s, ...; one that has printed after
 * a minute of silence, then 2, 4 minutes; at most every 5 minutes while it stays quiet. A line
 * resets it.
 */
const SILENT_FIRST_MS = 1_000;
const SILENT_FIRST_REOPENS = 10;
const SILENT_AFTER_LINES_MS = 60_000;
const SILENT_MAX_MS = 300_000;
/**
 * Lines read but not yet acknowledged, at most: past it, a stream stops (its lines so far are
 * sent, and its checkpoint moves with them) and is followed again from there once Kafka caught up.
 */
const MAX_PENDING = 20_000;

export async function startLogCollector(opts: LogCollectorOptions): Promise<LogCollector> {
  const { log } = opts;
  const checkpoints = new CheckpointFile(opts.checkpointFile, (err) => log.warn({ err: err.message, file: opts.checkpointFile }, 'log checkpoints not written; trying again'));
  const followers = new Map<string, Follower>(); // podUid/container
  /**
   * Per container, the last line taken into `pending` (Kafka may not have it yet): where the next
   * read starts, so that a read in turns or a re-opened stream does not take a line twice.
   * Forgotten when Kafka refuses (pending is dropped; reading resumes from the checkpoints).
   */
  const readUpTo = new Map<string, Checkpoint>();
  /** The running containers beyond maxStreams, read in turns: a queue, and what each key is. */
  let turnQueue: string[] = [];
  let inTurns = new Map<string, { pod: PodLike; container: string }>();
  let pending: LogRecord[] = [];
  let producer: Producer | undefined;
  let stopped = false;
  let published = 0;
  let kafkaDown = false;
  let stoppedForBackpressure = false;

  const maxStreams = opts.maxStreams ?? Number(process.env.MERIDIAN_LOG_COLLECTOR_MAX_STREAMS ?? 100);
  let warnedCap = 0;
  /** The running containers, newest pods' first: `live` are followed, `turns` read in turns. */
  const wanted = () => {
    const running: { key: string; pod: PodLike; container: string; created: string }[] = [];
    const pods = new Set<string>();
    for (const pod of opts.pods.all()) {
      pods.add(pod.metadata?.uid ?? '');
      const ns = pod.metadata?.namespace ?? '';
      if (opts.namespaces && !opts.namespaces(ns)) continue;
      for (const c of pod.status?.containerStatuses ?? []) {
        if (c.state?.running) running.push({ key: `${pod.metadata?.uid}/${c.name}`, pod, container: c.name, created: pod.metadata?.creationTimestamp ?? '' });
      }
    }
    if (running.length > maxStreams) {
      running.sort((a, b) => (a.created < b.created ? 1 : a.created > b.created ? -1 : 0));
      if (running.length !== warnedCap) log.info({ running: running.length, followed: maxStreams }, 'more running containers than MERIDIAN_LOG_COLLECTOR_MAX_STREAMS: the newest followed, the others read in turns');
      warnedCap = running.length;
    }
    return { pods, live: new Map(running.slice(0, maxStreams).map((r) => [r.key, r])), turns: new Map(running.slice(maxStreams).map((r) => [r.key, r])) };
  };

  /** Reads a container's log from where it was left: followed (`live`) or up to its current end. */
  function read(key: string, pod: PodLike, container: string, live: boolean) {
    const namespace = pod.metadata!.namespace!;
    const name = pod.metadata!.name!;
    const uid = pod.metadata!.uid!;
    const from: Checkpoint | undefined = readUpTo.get(key) ?? checkpoints.get(key);
    const silentFor = live ? silentLimit(key) : 0;
    const f: Follower = { handle: { abort: () => undefined }, live, heardAt: Date.now(), lastTime: null, ordinal: 0 };
    followers.set(key, f);
    f.handle = kubeLineStream(
      opts.kubeConfig,
      `/api/v1/namespaces/${encodeURIComponent(namespace)}/pods/${encodeURIComponent(name)}/log`,
      // sinceTime has second precision: lines of that second come again and are skipped below.
      { container, follow: live, timestamps: true, sinceTime: from ? from.time.replace(/\.\d+/, '') : undefined },
      (raw) => {
        f.heardAt = Date.now();
        if (live) {
          silentReopens.delete(key);
          printed.add(key);
        }
        const line = parseLine(raw);
        const time = line.time ?? new Date().toISOString();
        f.ordinal = time === f.lastTime ? f.ordinal + 1 : 0;
        f.lastTime = time;
        if (from && (time < from.time || (time === from.time && f.ordinal <= from.ordinal))) return;
        if (pending.length >= MAX_PENDING) {
          if (followers.get(key) === f) followers.delete(key);
          stoppedForBackpressure = true;
          f.handle.abort();
          return;
        }
        pending.push({ id: recordId(uid, container, time, f.ordinal), time, namespace, pod: name, podUid: uid, container, node: pod.spec?.nodeName ?? null, message: line.message, ordinal: f.ordinal });
        readUpTo.set(key, { time, ordinal: f.ordinal });
        if (pending.length >= BATCH) void flush();
      },
      (err) => {
        const current = followers.get(key) === f; // not stopped by reconcile (container gone)
        if (current) followers.delete(key);
        if (!live) {
          // Its turn is over: to the back of the queue, if it is still read in turns.
          if (inTurns.has(key) && !stopped) turnQueue.push(key);
          if (err && !stopped) log.debug({ namespace, pod: name, container, err: err.message }, 'log read in turns failed; tried again at its next turn');
          return;
        }
        if (current && err && Date.now() - f.heardAt >= silentFor) {
          // Ended for its silence, not failing at once: opened again now, without a reconcile
          // (which walks every cached pod); one whose container has gone since is stopped by the
          // reconcile that the pod cache's change schedules.
          silentReopens.set(key, (silentReopens.get(key) ?? 0) + 1);
          if (!stopped && !kafkaDown && pending.length <= MAX_PENDING / 2) return read(key, pod, container, true);
        }
        if (err && !stopped) log.debug({ namespace, pod: name, container, err: err.message }, 'log stream ended; followed again if still running');
        scheduleReconcile(REFOLLOW_MS);
      },
      { accept: '*/*', maxLineBytes: FOLLOW_LINE_BYTES, what: `log of ${namespace}/${name}/${container}`, inactivityMs: live ? silentFor : undefined },
    );
  }

  const turnReads = opts.turnReads ?? 8;
  /** Starts reads in turns while fewer than `turnReads` run (and Kafka keeps up). */
  function takeTurns() {
    if (stopped || kafkaDown || pending.length > MAX_PENDING / 2) return;
    let running = 0;
    for (const f of followers.values()) if (!f.live) running++;
    while (running < turnReads && turnQueue.length) {
      const key = turnQueue.shift()!;
      const target = inTurns.get(key);
      if (!target || followers.has(key)) continue;
      read(key, target.pod, target.container, false);
      running++;
    }
  }

  /** Streams re-opened for silence in a row, per podUid/container (see SILENT_FIRST_MS). */
  const silentReopens = new Map<string, number>();
  /** Containers that have delivered a line since this collector started following them. */
  const printed = new Set<string>();
  const silentLimit = (key: string) => {
    const reopens = silentReopens.get(key) ?? 0;
    if (printed.has(key)) return Math.min(SILENT_MAX_MS, SILENT_AFTER_LINES_MS * 2 ** reopens);
    return Math.min(SILENT_MAX_MS, SILENT_FIRST_MS * 2 ** Math.max(0, reopens - SILENT_FIRST_REOPENS + 1));
  };

  let reconcileTimer: NodeJS.Timeout | undefined;
  let reconciles = 0;
  function scheduleReconcile(delayMs = COALESCE_MS) {
    if (reconcileTimer || stopped) return;
    reconcileTimer = setTimeout(() => {
      reconcileTimer = undefined;
      reconcile();
    }, delayMs);
  }

  /** Start streams for running containers that have none; stop those whose container is gone. */
  function reconcile() {
    if (stopped || kafkaDown) return;
    // Streams stopped for backpressure start again once the backlog has drained (see flush).
    if (pending.length > MAX_PENDING / 2) return;
    reconciles++;
    const { pods, live, turns } = wanted();
    // The checkpoints of pods that are gone (their logs went with them): the file keeps only
    // what may still be read, not every container ever seen. Only from a synced cache: one still
    // listing (a restart) would look as if every pod were gone.
    if (opts.pods.health().state === 'synced') for (const key of [...checkpoints.keys()]) if (!pods.has(key.slice(0, key.indexOf('/')))) checkpoints.delete(key);
    const running = (key: string) => live.has(key) || turns.has(key);
    for (const key of silentReopens.keys()) if (!live.has(key)) silentReopens.delete(key);
    for (const key of printed) if (!live.has(key)) printed.delete(key);
    for (const key of readUpTo.keys()) if (!running(key)) readUpTo.delete(key);
    // A followed stream whose container is gone, or now read in turns, stops; a read in turns
    // of a container gone stops too (one whose container is now followed ends by itself).
    for (const [key, f] of followers) {
      if (f.live ? !live.has(key) : !running(key)) {
        followers.delete(key);
        f.handle.abort();
      }
    }
    for (const [key, { pod, container }] of live) if (!followers.has(key)) read(key, pod, container, true);
    const queued = new Set(turnQueue);
    turnQueue = turnQueue.filter((key) => turns.has(key));
    for (const key of turns.keys()) if (!queued.has(key) && !followers.has(key)) turnQueue.push(key);
    inTurns = new Map([...turns].map(([key, t]) => [key, { pod: t.pod, container: t.container }]));
  }

  let flushing: Promise<void> | undefined;
  /** Sends what is pending, BATCH lines a request (one request stays well under Kafka's 1 MB). */
  async function flush(): Promise<void> {
    if (flushing || !pending.length || !producer) return flushing;
    flushing = (async () => {
      try {
        while (pending.length && producer && !kafkaDown) {
          const batch = pending.slice(0, BATCH);
          await sendAll(producer, opts.topic ?? LOG_TOPIC, batch.map((r) => ({ key: `${r.namespace}/${r.pod}/${r.container}`, value: JSON.stringify(r) })));
          pending = pending.slice(batch.length);
          published += batch.length;
          for (const r of batch) checkpoints.set(`${r.podUid}/${r.container}`, { time: r.time, ordinal: r.ordinal });
        }
        if (!pending.length && stoppedForBackpressure) {
          stoppedForBackpressure = false;
          scheduleReconcile();
        }
      } catch (err) {
        // Kafka refused: stop reading, forget what was read since the checkpoints, read it again
        // later with a new producer (an idempotent producer that failed mid-sequence stays broken).
        kafkaDown = true;
        const lines = pending.length;
        pending = [];
        readUpTo.clear();
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
  const offChange = opts.pods.onChange(() => scheduleReconcile());
  const flushTicker = setInterval(() => void flush(), opts.flushMs ?? 200);
  const sweep = setInterval(() => reconcile(), opts.sweepMs ?? SWEEP_MS);
  const turnTicker = setInterval(takeTurns, TURN_TICK_MS);
  reconcile();
  log.info({ following: followers.size }, 'log collector started');

  return {
    get published() {
      return published;
    },
    get following() {
      let live = 0;
      for (const f of followers.values()) if (f.live) live++;
      return live;
    },
    get inTurns() {
      return inTurns.size;
    },
    get reconciles() {
      return reconciles;
    },
    async stop() {
      stopped = true;
      offChange();
      clearInterval(flushTicker);
      clearInterval(sweep);
      clearInterval(turnTicker);
      clearTimeout(reconcileTimer);
      for (const f of followers.values()) f.handle.abort();
      followers.clear();
      await flush().catch(() => undefined);
      checkpoints.flush();
      await producer?.disconnect().catch(() => undefined);
    },
  };
}
