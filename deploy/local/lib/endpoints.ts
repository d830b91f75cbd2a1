import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
export const LAB_STATE = process.env.MERIDIAN_LAB_DIR ?? join(root, '.lab');

/**
 * The endpoints published by a running lab (`npm run lab:up`), for tests and the launcher.
 * Throws a clear error when the lab (or the named component) is not up.
 */
export function labEndpoints(component?: string): Record<string, string> & Record<string, unknown> {
  const file = join(LAB_STATE, 'endpoints.json');
  if (!existsSync(file)) throw new Error(`the local lab is not running (no ${file}); start it with "npm run lab:up"`);
  const all = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Record<string, string>>;
  if (!component) return all as never;
  const eps = all[component];
  if (!eps) throw new Error(`the lab component "${component}" is not running; start it with "npm run lab:up"`);
  return eps;
}
