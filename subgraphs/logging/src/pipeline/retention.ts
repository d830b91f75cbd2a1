/**
 * Retention by days: daily indices (`logstash-YYYY.MM.DD`) whose day is older than the kept
 * number of days are deleted, checked at start and every hour.
 */
import type { Client } from '@elastic/elasticsearch';
import type { Logger } from '@meridian/core';

const DAY_MS = 24 * 3600 * 1000;

/** The indices of `prefix` older than `keepDays` days before `now` (by the date in their name). */
export function expiredIndices(names: string[], prefix: string, keepDays: number, now = Date.now()): string[] {
  const cutoff = new Date(now - keepDays * DAY_MS).toISOString().slice(0, 10).replace(/-/g, '.');
  return names.filter((n) => n.startsWith(prefix) && /^\d{4}\.\d\d\.\d\d$/.test(n.slice(prefix.length)) && n.slice(prefix.length) < cutoff);
}

export async function deleteExpiredIndices(es: Client, prefix: string, keepDays: number, log: Logger): Promise<string[]> {
  const indices = await es.cat.indices({ index: `${prefix}*`, format: 'json', h: 'index' });
  const names = (indices as { index?: string }[]).map((i) => i.index ?? '');
  const expired = expiredIndices(names, prefix, keepDays);
  if (expired.length) {
    await es.indices.delete({ index: expired.join(','), ignore_unavailable: true });
    log.info({ deleted: expired, keepDays }, 'expired log indices deleted');
  }
  return expired;
}

export function startRetention(es: Client, prefix: string, keepDays: number, log: Logger): () => void {
  const run = () => void deleteExpiredIndices(es, prefix, keepDays, log).catch((err: Error) => log.warn({ err: err.message }, 'log retention check failed; tried again in an hour'));
  run();
  const timer = setInterval(run, 3600_000);
  timer.unref();
  return () => clearInterval(timer);
}

/**
 * Deletes every index matching `pattern`. Elasticsearch 8 refuses a wildcard in a delete
 * (action.destructive_requires_name), so the names are resolved first and deleted by name.
 */
export async function deleteIndices(es: Client, pattern: string): Promise<string[]> {
  const names = Object.keys(await es.indices.get({ index: pattern, ignore_unavailable: true, allow_no_indices: true }));
  if (names.length) await es.indices.delete({ index: names.join(','), ignore_unavailable: true });
  return names;
}
