/**
 * Container logs through the Kubernetes log API (what `kubectl logs [-f]` uses): one read with
 * CoreV1Api.readNamespacedPodLog, or a followed stream read line by line (core's kubeLineStream). Always with
 * timestamps, so that every line carries the runtime's RFC 3339 time.
 */
import type { KubeConfig } from '@meridian/core/kube/index';
import { kubeLineStream } from '@meridian/core/kube/transport';
import { CoreV1Api, type V1Pod } from '@meridian/core/kube/client-node';

/** Reads stop at this many bytes: a log page is for reading, not for downloading a file. */
export const LOG_BYTE_LIMIT = 4 * 1024 * 1024;
/** A followed line longer than this (no newline yet) is handed over in pieces of this size. */
export const FOLLOW_LINE_BYTES = 64 * 1024;

export interface ParsedLine {
  time: string | null;
  message: string;
}

const STAMP = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)) ?/;

/** Splits `2024-01-01T00:00:00.123456789Z message` into its time and message. */
export function parseLine(raw: string): ParsedLine {
  const m = raw.match(STAMP);
  return m ? { time: m[1], message: raw.slice(m[0].length) } : { time: null, message: raw };
}

/** Every container name of a pod (init and ephemeral ones too: their logs are readable). */
export function containerNames(pod: V1Pod): string[] {
  const spec = pod.spec;
  return [...(spec?.containers ?? []), ...(spec?.initContainers ?? []), ...(spec?.ephemeralContainers ?? [])].map((c) => c.name);
}

/** What kubectl picks when no container is named: the annotated default, else the first. */
export function defaultContainer(pod: V1Pod): string | undefined {
  return pod.metadata?.annotations?.['kubectl.kubernetes.io/default-container'] ?? pod.spec?.containers?.[0]?.name;
}

export class KubernetesLogs {
  private readonly core: CoreV1Api;

  constructor(private readonly kc: KubeConfig) {
    this.core = kc.makeApiClient(CoreV1Api);
  }

  readPod(namespace: string, name: string): Promise<V1Pod> {
    return this.core.readNamespacedPod({ namespace, name });
  }

  /**
   * The last `tailLines` lines. Asks for one line more than wanted: if it comes, older lines
   * exist and the answer is truncated — exact, without a second request.
   */
  async tail(
    namespace: string,
    pod: string,
    opts: { container: string; tailLines: number; sinceSeconds?: number; previous?: boolean },
  ): Promise<{ lines: ParsedLine[]; truncated: boolean }> {
    const text = await this.core.readNamespacedPodLog({
      namespace,
      name: pod,
      container: opts.container,
      tailLines: opts.tailLines + 1,
      sinceSeconds: opts.sinceSeconds,
      previous: opts.previous,
      timestamps: true,
      limitBytes: LOG_BYTE_LIMIT,
    });
    const raw = text.split('\n');
    if (raw[raw.length - 1] === '') raw.pop();
    const overTail = raw.length > opts.tailLines;
    const lines = (overTail ? raw.slice(raw.length - opts.tailLines) : raw).map(parseLine);
    return { lines, truncated: overTail || Buffer.byteLength(text) >= LOG_BYTE_LIMIT };
  }

  /**
   * Follows a container's log (`follow=true`), as `kubectl logs -f`: `onLine` per line, `onEnd`
   * exactly once: with no error when Kubernetes ends the stream (the container stopped), with
   * the cause when the pod is gone, or when the API server drops the connection mid-stream
   * (then the subscriber is told, never left waiting). A line without its newline is held up to
   * FOLLOW_LINE_BYTES and then handed over in pieces, so memory stays bounded. Returns a stop
   * function.
   */
  follow(
    namespace: string,
    pod: string,
    container: string,
    tailLines: number,
    onLine: (line: ParsedLine) => void,
    onEnd: (err?: Error) => void,
  ): () => void {
    const path = `/api/v1/namespaces/${encodeURIComponent(namespace)}/pods/${encodeURIComponent(pod)}/log`;
    const handle = kubeLineStream(
      this.kc,
      path,
      { container, follow: true, timestamps: true, tailLines },
      (line) => onLine(parseLine(line)),
      onEnd,
      { accept: '*/*', maxLineBytes: FOLLOW_LINE_BYTES, what: `log of ${namespace}/${pod}/${container}` },
    );
    return () => handle.abort();
  }
}
