/**
 * Reads that walk the index in time order through a point in time (PIT) and search_after, never
 * `from`: the context lines around a hit, and an export of every hit of a search. Sorting on
 * `_shard_doc` after `@timestamp` orders lines of the same millisecond as they were indexed.
 */
import type { Client, estypes } from '@elastic/elasticsearch';
import { exact, LOG_FIELDS as F, logRequest, toHit, type LogDoc, type LogHit, type LogQuery } from './elasticsearch.ts';

export interface ContextLines {
  before: LogHit[];
  hit: LogHit;
  after: LogHit[];
}

const PAGE = 1000;
const KEEP_ALIVE = '1m';
// A function, not a constant: elasticsearch.ts and this module import each other, so F is not
// defined yet while this module first runs.
const SOURCE = () => [F.time, F.log, F.namespace, F.pod, F.container, F.host];

const sortBy = (order: 'asc' | 'desc'): estypes.Sort => [{ [F.time]: { order } }, { _shard_doc: { order } }];

async function withPit<T>(client: Client, index: string, fn: (pit: { id: string; keep_alive: string }) => Promise<T>): Promise<T> {
  const { id } = await client.openPointInTime({ index, keep_alive: KEEP_ALIVE, ignore_unavailable: true });
  try {
    return await fn({ id, keep_alive: KEEP_ALIVE });
  } finally {
    await client.closePointInTime({ id }).catch(() => undefined);
  }
}

export async function logContext(client: Client, index: string, q: LogQuery, id: string, before: number, after: number): Promise<ContextLines | null> {
  return withPit(client, index, async (pit) => {
    // The anchor must match the caller's scope: an id alone proves nothing.
    const scoped = logRequest({ namespaces: q.namespaces });
    const anchor = await client.search<LogDoc>({
      pit,
      size: 1,
      sort: sortBy('asc'),
      _source: SOURCE(),
      query: { bool: { filter: [scoped.query, { ids: { values: [id] } }] } },
    });
    const hitDoc = anchor.hits.hits[0];
    if (!hitDoc?.sort) return null;
    const k = hitDoc._source?.kubernetes ?? {};
    const sameContainer: estypes.QueryDslQueryContainer = {
      bool: {
        filter: [
          scoped.query,
          { term: { [exact(F.namespace)]: k.namespace_name ?? '' } },
          { term: { [exact(F.pod)]: k.pod_name ?? '' } },
          { term: { [exact(F.container)]: k.container_name ?? '' } },
        ],
      },
    };
    const around = async (order: 'asc' | 'desc', size: number) =>
      size === 0 ? [] : (await client.search<LogDoc>({ pit, size, sort: sortBy(order), search_after: hitDoc.sort, _source: SOURCE(), query: sameContainer })).hits.hits.map(toHit);
    const [earlier, later] = await Promise.all([around('desc', before), around('asc', after)]);
    return { before: earlier.reverse(), hit: toHit(hitDoc), after: later };
  });
}

export async function* scanLogs(client: Client, index: string, q: LogQuery, order: 'asc' | 'desc', limit: number, signal?: AbortSignal): AsyncGenerator<LogHit> {
  const { id } = await client.openPointInTime({ index, keep_alive: KEEP_ALIVE, ignore_unavailable: true });
  let pitId = id;
  try {
    let sent = 0;
    let searchAfter: estypes.SortResults | undefined;
    while (sent < limit && !signal?.aborted) {
      const res = await client.search<LogDoc>(
        { pit: { id: pitId, keep_alive: KEEP_ALIVE }, size: Math.min(PAGE, limit - sent), sort: sortBy(order), search_after: searchAfter, _source: SOURCE(), track_total_hits: false, ...logRequest(q) },
        { signal },
      );
      pitId = res.pit_id ?? pitId;
      const hits = res.hits.hits;
      for (const h of hits) yield toHit(h);
      sent += hits.length;
      if (hits.length === 0 || hits.length < Math.min(PAGE, limit - sent + hits.length)) return;
      searchAfter = hits.at(-1)!.sort;
    }
  } finally {
    await client.closePointInTime({ id: pitId }).catch(() => undefined);
  }
}
