/**
 * Issue #11's ingest half: `pods` lab pods whose containers write `rate` lines/s in all, for
 * `seconds`, followed by the real pipeline (collector through the kubelet log API → Kafka →
 * indexer → Elasticsearch) under its own index prefix and consumer group; Elasticsearch is
 * refreshed and counted every POLL_MS.
 *
 * The lab's log generator writes about one line a second per container and has no rate knob
 * that applies without restarting it (which empties every container's log in the lab), so the
 * bench appends the fast output itself, in the same CRI format and with the same line
 * generator, to the very files kwok serves these pods' logs from (the generator's files, found
 * by pod uid): the kubelet API, the collector and everything after it are the product's.
 * Lag: a probe line (unique token) is written every PROBE_MS and looked for at each poll: line
 * written → searchable (includes up to POLL_MS of polling).
 */
import { existsSync, appendFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Client } from '@elastic/elasticsearch';
import { createLogger } from '@meridian/core';
import { kafkaBrokers } from '@meridian/core/kafka/index';
import { labKafkaBrokers } from '@meridian/core/kafka/testing';
import { Kinds, kubeRequest, sharedCaches } from '@meridian/core/kube/index';
import { createNamespace, createPod, deleteNamespace, labKubeConfig, labKubeconfigPath, waitFor } from '@meridian/core/kube/testing';
import { labEndpoints } from '../../../deploy/local/lib/endpoints.ts';
import { containerOutput, containerSeed, criLines } from '../../../deploy/local/kwok/log-lines.ts';
import { percentile } from '../../../gateway/bench/timing.ts';
import { startPipeline } from '../src/pipeline/index.ts';
import { deleteIndices } from '../src/pipeline/retention.ts';

const POLL_MS = 500;
const PROBE_MS = 250;
const WRITE_EVERY_MS = 100;

export interface IngestResult {
  written: number;
  writeSeconds: number;
  searchable: number;
  /** First line written → every line searchable. */
  allSearchableSeconds: number | null;
  /** Searchable lines per second while writing, after the first fifth (the pipeline's pace). */
  steadyRate: number;
  lagMs: number[];
  probes: number;
}

interface Writer {
  file: string;
  seed: number;
  seq: number;
}

async function podLogFile(namespace: string, name: string): Promise<string> {
  const kc = labKubeConfig();
  const logDir = labEndpoints('kwok').logDir as string;
  const pod = await waitFor(`pod ${name} Running`, async () => {
    const p = await kubeRequest<{ metadata: { uid: string }; status?: { phase?: string } }>(kc, { path: `/api/v1/namespaces/${namespace}/pods/${name}` });
    return p.status?.phase === 'Running' ? p : undefined;
  }, 120_000, 500);
  const file = join(logDir, namespace, `${name}_${pod.metadata.uid}`, 'main.log');
  return waitFor(`the lab's log file of ${name}`, () => (existsSync(file) ? file : undefined), 180_000, 250); // the generator adopts pods once a second, slower with thousands
}

const countLines = (file: string) => readFileSync(file, 'utf8').split('\n').length - 1;

export async function measureIngest(es: Client, opts: { id: string; pods: number; rate: number; seconds: number }): Promise<IngestResult> {
  const kc = labKubeConfig();
  const namespace = `bench-ingest-${opts.id}`;
  const prefix = `bench-ingest-${opts.id}-`;
  const caches = sharedCaches(labKubeconfigPath());
  let pipeline: Awaited<ReturnType<typeof startPipeline>> | undefined;
  try {
    await createNamespace(kc, namespace, `bench-ingest-ws-${opts.id}`);
    const names = Array.from({ length: opts.pods }, (_, i) => `writer-${i}`);
    // Placed by name on the lab's kwok nodes, as the scale benches do: the scheduler may have no room left.
    const nodes = await kubeRequest<{ items: { metadata: { name: string } }[] }>(kc, { path: '/api/v1/nodes?labelSelector=type%3Dkwok' });
    const kwokNodes = nodes.items.map((n) => n.metadata.name).filter((n) => n.startsWith('kwok-node-'));
    await Promise.all(names.map((n, i) => createPod(kc, namespace, n, { nodeName: kwokNodes[i % kwokNodes.length] })));
    const writers: Writer[] = await Promise.all(names.map(async (n) => ({ file: await podLogFile(namespace, n), seed: containerSeed(namespace, n, 'main'), seq: 1_000_000 })));

    pipeline = await startPipeline(
      { kubeConfig: caches.kubeConfig(), pods: caches.for(Kinds.Pod), elasticsearch: es, log: createLogger('logging-bench') },
      {
        brokers: kafkaBrokers() ?? labKafkaBrokers(),
        checkpointFile: join(mkdtempSync(join(tmpdir(), 'meridian-bench-collector-')), 'checkpoints.json'),
        namespaces: (n) => n === namespace,
        indexPrefix: prefix,
        groupId: `bench-ingest-${opts.id}`,
        fromBeginning: false,
        retentionDays: 30,
      },
    );

    const probes = new Map<string, { written: number; found?: number }>();
    const count = async () => {
      await es.indices.refresh({ index: `${prefix}*`, ignore_unavailable: true, allow_no_indices: true });
      const res = await es.count({ index: `${prefix}*`, ignore_unavailable: true, allow_no_indices: true, query: { term: { 'kubernetes.namespace_name.keyword': namespace } } });
      const open = [...probes].filter(([, p]) => p.found === undefined).map(([token]) => token);
      if (open.length) {
        const hits = await es.search<{ log: string }>({ index: `${prefix}*`, size: open.length, _source: ['log'], query: { terms: { log: open } } });
        const now = performance.now();
        for (const h of hits.hits.hits) {
          const token = h._source?.log.match(/lagprobe\w+/)?.[0].toLowerCase();
          const p = token ? probes.get(token) : undefined;
          if (p && p.found === undefined) p.found = now;
        }
      }
      return res.count;
    };

    // Write at `rate` for `seconds`, catching up after a stalled tick; probes on their own beat.
    const t0 = performance.now();
    let written = 0;
    let probeNo = 0;
    let next = 0;
    const curve: { t: number; count: number }[] = [];
    let polling = true;
    const poller = (async () => {
      while (polling) {
        curve.push({ t: (performance.now() - t0) / 1000, count: await count().catch(() => curve.at(-1)?.count ?? 0) });
        await new Promise((r) => setTimeout(r, POLL_MS));
      }
    })();
    while (performance.now() - t0 < opts.seconds * 1000) {
      const elapsed = performance.now() - t0;
      let due = Math.min(Math.floor((opts.rate * elapsed) / 1000) - written, opts.rate / 2);
      const byWriter = new Map<Writer, string[]>();
      while (due > 0) {
        const w = writers[next++ % writers.length];
        const lines = containerOutput(w.seed, ++w.seq);
        byWriter.set(w, [...(byWriter.get(w) ?? []), ...lines]);
        due -= lines.length;
      }
      if (elapsed >= probeNo * PROBE_MS) {
        const token = `lagprobe${opts.id}x${probeNo++}`;
        byWriter.set(writers[probeNo % writers.length], [...(byWriter.get(writers[probeNo % writers.length]) ?? []), `INFO  bench: ${token}`]);
        probes.set(token.toLowerCase(), { written: performance.now() });
      }
      for (const [w, lines] of byWriter) {
        appendFileSync(w.file, criLines(lines));
        written += lines.length;
      }
      await new Promise((r) => setTimeout(r, WRITE_EVERY_MS));
    }
    const writeSeconds = (performance.now() - t0) / 1000;
    // Everything in the files now, the lab generator's own lines included, must become searchable.
    const expected = writers.reduce((sum, w) => sum + countLines(w.file), 0);
    const deadline = performance.now() + Math.max(180_000, opts.seconds * 6_000);
    let done: number | null = null;
    while (performance.now() < deadline) {
      const last = curve.at(-1);
      if (last && last.count >= expected) {
        done = last.t;
        break;
      }
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
    polling = false;
    await poller;
    const from = curve.find((c) => c.t >= writeSeconds / 5) ?? curve[0];
    const to = [...curve].reverse().find((c) => c.t <= writeSeconds) ?? curve.at(-1)!;
    const lagMs = [...probes.values()].filter((p) => p.found !== undefined).map((p) => p.found! - p.written);
    return {
      written: expected,
      writeSeconds,
      searchable: curve.at(-1)?.count ?? 0,
      allSearchableSeconds: done,
      steadyRate: to.t > from.t ? (to.count - from.count) / (to.t - from.t) : 0,
      lagMs,
      probes: probes.size,
    };
  } finally {
    await pipeline?.stop().catch(() => undefined);
    await caches.release();
    await deleteNamespace(kc, namespace);
    await deleteIndices(es, `${prefix}*`).catch((err: Error) => console.error(`!!! could not delete ${prefix}*: ${err.message}`));
  }
}

export const lagSummary = (xs: number[]) => (xs.length ? `p50 ${percentile(xs, 50).toFixed(0)} ms, p95 ${percentile(xs, 95).toFixed(0)} ms, max ${Math.max(...xs).toFixed(0)} ms` : 'none found');
