/**
 * Collected container logs in Elasticsearch, as Fluent Bit's (or Logstash's) `logstash-*`
 * daily indices hold them: `@timestamp`, `log`, `kubernetes.{namespace_name,pod_name,
 * container_name,host}` — KubeSphere's shape. Names are matched on their `.keyword` sub-fields
 * (dynamic mapping indexes strings as text + keyword); keywords on the analysed `log` text, so
 * they match case-insensitively.
 */
import { Client, errors } from '@elastic/elasticsearch';
import type { estypes } from '@elastic/elasticsearch';
import { levelOf, levelQuery, type LogLevelName } from './log-level.ts';
import { logContext, scanLogs, type ContextLines } from './log-pages.ts';
import { dateHistogram } from './date-histogram.ts';

export const DEFAULT_INDEX = 'logstash-*';
/** Elasticsearch's index.max_result_window: from + size may not exceed it. */
export const MAX_RESULT_WINDOW = 10_000;

const F = {
  time: '@timestamp',
  log: 'log',
  namespace: 'kubernetes.namespace_name',
  pod: 'kubernetes.pod_name',
  container: 'kubernetes.container_name',
  host: 'kubernetes.host',
} as const;
export const exact = (field: string) => `${field}.keyword`;
export { F as LOG_FIELDS };

export interface LogQuery {
  /** Each namespace searched, with the time it was created: older records are someone else's. */
  namespaces: { name: string; since: string }[];
  pods?: string[];
  containers?: string[];
  keywords?: string[];
  levels?: LogLevelName[];
  start?: string;
  end?: string;
}

export interface LogHit {
  id: string;
  time: string;
  message: string;
  namespace: string;
  pod: string | null;
  container: string | null;
  host: string | null;
  level: LogLevelName | null;
  /** Highlighted fragments around the keywords (empty when none were searched). */
  highlights: string[];
}

export interface LogDoc {
  '@timestamp'?: string;
  log?: string;
  kubernetes?: { namespace_name?: string; pod_name?: string; container_name?: string; host?: string };
}

/** The query part shared by search and histogram. */
export function logFilter(q: LogQuery): estypes.QueryDslQueryContainer {
  const filter: estypes.QueryDslQueryContainer[] = [
    {
      bool: {
        should: q.namespaces.map((ns) => ({
          bool: { filter: [{ term: { [exact(F.namespace)]: ns.name } }, { range: { [F.time]: { gte: ns.since } } }] },
        })),
        minimum_should_match: 1,
      },
    },
  ];
  if (q.pods?.length) filter.push({ terms: { [exact(F.pod)]: q.pods } });
  if (q.containers?.length) filter.push({ terms: { [exact(F.container)]: q.containers } });
  if (q.start || q.end) filter.push({ range: { [F.time]: { ...(q.start ? { gte: q.start } : {}), ...(q.end ? { lte: q.end } : {}) } } });
  if (q.keywords?.length) filter.push(keywordQuery(q.keywords));
  if (q.levels?.length) filter.push(levelQuery(F.log, q.levels));
  return { bool: { filter } };
}

const keywordQuery = (keywords: string[]): estypes.QueryDslQueryContainer => ({
  bool: { should: keywords.map((k) => ({ match_phrase: { [F.log]: k } })), minimum_should_match: 1 },
});

/** The request part every read over a LogQuery shares. */
export function logRequest(q: LogQuery) {
  return { query: logFilter(q) };
}

/** Fragments of `log` around the keywords, HTML-escaped with <em> marks (none without keywords). */
export function logHighlight(q: LogQuery): estypes.SearchHighlight | undefined {
  if (!q.keywords?.length) return undefined;
  return { encoder: 'html', pre_tags: ['<em>'], post_tags: ['</em>'], fields: { [F.log]: { number_of_fragments: 3, fragment_size: 200, highlight_query: keywordQuery(q.keywords) } } };
}

export class LogStore {
  constructor(
    private readonly client: Client,
    private readonly index = DEFAULT_INDEX,
  ) {}

  /** The client, for the pipeline's indexer and retention (they write what this reads). */
  get elasticsearch(): Client {
    return this.client;
  }

  static connect(url: string, index?: string): LogStore {
    return new LogStore(new Client({ node: url, requestTimeout: 10_000, maxRetries: 1 }), index);
  }

  async search(q: LogQuery, page: { from: number; size: number; order: 'asc' | 'desc' }): Promise<{ total: number; hits: LogHit[] }> {
    const res = await this.client.search<LogDoc>({
      index: this.index,
      ignore_unavailable: true,
      allow_no_indices: true,
      ...logRequest(q),
      highlight: logHighlight(q),
      // unmapped_type: a daily index the indexer just made may not have its mapping yet.
      sort: [{ [F.time]: { order: page.order, unmapped_type: 'date' } }],
      from: page.from,
      size: page.size,
      track_total_hits: true,
      _source: [F.time, F.log, F.namespace, F.pod, F.container, F.host],
    });
    const total = typeof res.hits.total === 'number' ? res.hits.total : (res.hits.total?.value ?? 0);
    return { total, hits: res.hits.hits.map(toHit) };
  }

  async histogram(q: LogQuery, interval: string): Promise<{ time: string; count: number }[]> {
    return dateHistogram(this.client, { index: this.index, query: logFilter(q), field: F.time, interval });
  }

  /** `before` and `after` lines of the hit's container around it; null when `id` is not in `q`. */
  async context(q: LogQuery, id: string, before: number, after: number): Promise<ContextLines | null> {
    return logContext(this.client, this.index, q, id, before, after);
  }

  /** Every hit of `q` in time order, up to `limit`, paged through a point in time. */
  scan(q: LogQuery, order: 'asc' | 'desc', limit: number, signal?: AbortSignal): AsyncGenerator<LogHit> {
    return scanLogs(this.client, this.index, q, order, limit, signal);
  }

  async ping(): Promise<boolean> {
    return this.client.ping();
  }
}

export function toHit(h: estypes.SearchHit<LogDoc>): LogHit {
  const doc = h._source ?? {};
  const k = doc.kubernetes ?? {};
  // Runtimes keep the newline that ended the line; the console shows lines.
  const message = (doc.log ?? '').replace(/\r?\n$/, '');
  return {
    id: h._id ?? '',
    time: doc['@timestamp'] ?? '',
    message,
    level: levelOf(message),
    highlights: h.highlight?.[F.log] ?? [],
    namespace: k.namespace_name ?? '',
    pod: k.pod_name ?? null,
    container: k.container_name ?? null,
    host: k.host ?? null,
  };
}

/** True when the error means Elasticsearch could not be reached or is failing (not our query). */
export function isUnavailable(err: unknown): boolean {
  if (err instanceof errors.ConnectionError || err instanceof errors.TimeoutError || err instanceof errors.NoLivingConnectionsError) return true;
  return err instanceof errors.ResponseError && (err.statusCode ?? 0) >= 500;
}
