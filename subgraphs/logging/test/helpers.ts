/** Shared test helpers of the logging subgraph. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LAB_DIR } from '@meridian/core';

/** MERIDIAN_ELASTICSEARCH_URL, else the lab's Elasticsearch; fails clearly when neither runs. */
export function labElasticsearchUrl(): string {
  if (process.env.MERIDIAN_ELASTICSEARCH_URL) return process.env.MERIDIAN_ELASTICSEARCH_URL;
  const file = join(LAB_DIR, 'endpoints.json');
  const eps = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { elasticsearch?: { url?: string } }) : {};
  if (!eps.elasticsearch?.url) throw new Error(`the lab's Elasticsearch is not running (no elasticsearch in ${file}); start it with "npx tsx deploy/local/lab.ts up --only elasticsearch"`);
  return eps.elasticsearch.url;
}
