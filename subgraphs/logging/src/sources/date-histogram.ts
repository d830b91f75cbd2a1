/**
 * Counts per fixed time bucket of a query (searchLogs' and searchAuditEvents' histograms); with
 * `bounds`, empty buckets fill the whole range (a chart of a few records still shows the range).
 */
import type { Client, estypes } from '@elastic/elasticsearch';

export async function dateHistogram(
  client: Client,
  req: { index: string; query: estypes.QueryDslQueryContainer; field: string; interval: string; bounds?: { min?: string; max?: string } },
): Promise<{ time: string; count: number }[]> {
  const res = await client.search<unknown, Record<string, estypes.AggregationsDateHistogramAggregate>>({
    index: req.index,
    ignore_unavailable: true,
    allow_no_indices: true,
    size: 0,
    query: req.query,
    aggs: { histogram: { date_histogram: { field: req.field, fixed_interval: req.interval, min_doc_count: 0, ...(req.bounds ? { extended_bounds: req.bounds } : {}) } } },
  });
  const buckets = res.aggregations?.histogram?.buckets;
  const list = Array.isArray(buckets) ? buckets : Object.values(buckets ?? {});
  return list.map((b) => ({ time: new Date(Number(b.key)).toISOString(), count: b.doc_count }));
}
