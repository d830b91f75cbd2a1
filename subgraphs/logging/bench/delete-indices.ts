import type { Client } from '@elastic/elasticsearch';

/**
 * Deletes every index matching `pattern`. Elasticsearch 8 refuses a wildcard in a delete
 * (action.destructive_requires_name), so the names are resolved first and deleted by name.
 */
export async function deleteIndices(es: Client, pattern: string): Promise<string[]> {
  const names = Object.keys(await es.indices.get({ index: pattern, ignore_unavailable: true, allow_no_indices: true }));
  if (names.length) await es.indices.delete({ index: names.join(','), ignore_unavailable: true });
  return names;
}
