/**
 * Container logs through the Kubernetes log API (what `kubectl logs [-f]` uses): one read with
 * CoreV1Api.readNamespacedPodLog, or a followed stream with client-node's Log. Always with
 * timestamps, so that every line carries the runtime's RFC 3339 time.
 */
import { PassThrough } from 'node:stream';
import type { KubeConfig } from '@meridian/core/kube/index';
import { CoreV1Api, Log, type V1Pod } from '@meridian/core/kube/client-node';

/** Reads stop at this many bytes: a log page is for reading, not for downloading a file. */
export const LOG_BYTE_LIMIT = 4 * 1024 * 1024;

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
   * Follows a container's log (`follow=true`); calls `onLine` per complete line and `onEnd`
   * when the stream ends (container gone, API server closed it). Returns a stop function.
   */
  async follow(
    namespace: string,
    pod: string,
    container: string,
    tailLines: number,
    onLine: (line: ParsedLine) => void,
    onEnd: (err?: Error) => void,
  ): Promise<() => void> {
    const stream = new PassThrough();
    let buffered = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      buffered += chunk;
      let nl: number;
      while ((nl = buffered.indexOf('\n')) >= 0) {
        onLine(parseLine(buffered.slice(0, nl)));
        buffered = buffered.slice(nl + 1);
      }
    });
    stream.on('end', () => onEnd());
    stream.on('error', (err) => onEnd(err));
    const controller = await new Log(this.kc).log(namespace, pod, container, stream, { follow: true, timestamps: true, tailLines });
    return () => {
      controller.abort();
      stream.destroy();
    };
  }
}
