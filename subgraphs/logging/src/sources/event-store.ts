/** Exported Kubernetes Events in Elasticsearch (`meridian-events-*`, written by events/indexer.ts). */
import type { Client, estypes } from '@elastic/elasticsearch';
import { EVENT_INDEX_PREFIX, type EventDocument } from '../events/event-record.ts';

export interface EventQuery {
  namespace: string;
  /** The namespace's creation: Event objects created before it belong to an earlier namespace. */
  since: string;
  kind?: string;
  name?: string;
  reason?: string;
  type?: string;
  from?: string;
  to?: string;
}

export class EventStore {
  constructor(
    private readonly client: Client,
    private readonly index = `${EVENT_INDEX_PREFIX}*`,
  ) {}

  async search(q: EventQuery, page: { from: number; size: number }): Promise<{ total: number; hits: EventDocument[] }> {
    const filter: estypes.QueryDslQueryContainer[] = [{ term: { namespace: q.namespace } }, { range: { created: { gte: q.since } } }];
    const exact: [keyof EventQuery, string][] = [['kind', 'involvedKind'], ['name', 'involvedName'], ['reason', 'reason'], ['type', 'type']];
    for (const [arg, field] of exact) {
      const v = q[arg];
      if (v) filter.push({ term: { [field]: v } });
    }
    if (q.from || q.to) filter.push({ range: { '@timestamp': { ...(q.from ? { gte: q.from } : {}), ...(q.to ? { lte: q.to } : {}) } } });
    const res = await this.client.search<EventDocument>({
      index: this.index,
      ignore_unavailable: true,
      allow_no_indices: true,
      query: { bool: { filter } },
      sort: [{ '@timestamp': { order: 'desc' } }, { uid: { order: 'asc' } }],
      from: page.from,
      size: page.size,
      track_total_hits: true,
    });
    const total = typeof res.hits.total === 'number' ? res.hits.total : (res.hits.total?.value ?? 0);
    return { total, hits: res.hits.hits.flatMap((h) => (h._source ? [h._source] : [])) };
  }
}
