/**
 * One container log line on its way from the collector, through Kafka (topic meridian.logs, key
 * namespace/pod/container), to Elasticsearch. Its id is derived from what the line is (the
 * container instance, the runtime's timestamp, and its place among lines of the same timestamp),
 * so a line collected twice (a collector restarted mid-stream) or delivered twice (an indexer
 * restarted before committing) is written to the same document: never a duplicate.
 */
import { createHash } from 'node:crypto';

export const LOG_TOPIC = 'meridian.logs';

export interface LogRecord {
  id: string;
  /** RFC 3339 with the runtime's precision. */
  time: string;
  namespace: string;
  pod: string;
  podUid: string;
  container: string;
  node: string | null;
  message: string;
  /** Same-timestamp lines of this container before this one (keeps ids distinct and stable). */
  ordinal: number;
}

export function recordId(podUid: string, container: string, time: string, ordinal: number): string {
  return createHash('sha256').update(`${podUid}\0${container}\0${time}\0${ordinal}`).digest('base64url').slice(0, 32);
}

/** `logstash-YYYY.MM.DD` of the line's own day (UTC), the daily indices KubeSphere searches. */
export function dailyIndex(time: string, prefix = 'logstash-'): string {
  const d = new Date(time);
  const day = Number.isNaN(d.getTime()) ? new Date() : d;
  return `${prefix}${day.toISOString().slice(0, 10).replace(/-/g, '.')}`;
}

/** The Elasticsearch document of a line, in Fluent Bit's shape (what LogStore searches). */
export function logDocument(r: LogRecord) {
  return {
    '@timestamp': r.time,
    log: r.message,
    kubernetes: { namespace_name: r.namespace, pod_name: r.pod, pod_id: r.podUid, container_name: r.container, host: r.node ?? undefined },
  };
}

/**
 * A Kafka message back into a record. A message that is not a record (a malformed line, another
 * producer's bytes) is kept, not dropped: it is indexed raw, under an id from its bytes.
 */
export function decodeRecord(value: Buffer | null, fallbackTime: string): { record: LogRecord } | { raw: string; id: string; time: string } {
  const text = value?.toString('utf8') ?? '';
  try {
    const r = JSON.parse(text) as Partial<LogRecord>;
    if (typeof r.id === 'string' && typeof r.time === 'string' && typeof r.namespace === 'string' && typeof r.message === 'string') return { record: r as LogRecord };
  } catch {
    /* kept raw below */
  }
  return { raw: text, id: createHash('sha256').update(text).digest('base64url').slice(0, 32), time: fallbackTime };
}
