import { API_URL } from '@/lib/config.ts';
import { getSession } from '@/lib/session.ts';
import type { LogFilter } from '@/gql/graphql.ts';

export const EXPORT_ROWS = 10_000;

/** Downloads the search's hits as logs.ndjson or logs.csv (the gateway streams them from logging). */
export async function exportLogs(filter: LogFilter, format: 'ndjson' | 'csv'): Promise<void> {
  const url = new URL(`/download/logs/logs.${format}`, API_URL);
  url.searchParams.set('filter', JSON.stringify(filter));
  url.searchParams.set('limit', String(EXPORT_ROWS));
  const token = getSession()?.token;
  const res = await fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  const blobUrl = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = blobUrl;
  a.download = `logs.${format}`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(blobUrl), 1000);
}
