import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '@meridian/core/config';

/**
 * Who may send operation text the manifest does not hold:
 * - `off`: everyone (ids are still accepted);
 * - `browsers` (default): API tokens and scripts, but not browsers (requests with an Origin
 *   header), which may run only the console's own operations;
 * - `all`: nobody.
 */
export type PersistedMode = 'off' | 'browsers' | 'all';

export const PERSISTED_MODES: readonly PersistedMode[] = ['off', 'browsers', 'all'];

/** The console's operations as codegen extracted them: "sha256:<hex>" -> document text. */
export const CONSOLE_MANIFEST_PATH = join(REPO_ROOT, 'web', 'src', 'gql', 'persisted-documents.json');

export interface PersistedOperations {
  mode: PersistedMode;
  /** Document text by its SHA-256 in hex (no prefix). */
  byHash: ReadonlyMap<string, string>;
}

export const sha256Hex = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * A manifest's entries, each checked to be the SHA-256 of its text: the id a client sends is then
 * also what an exact-text request hashes to, so both ways find the same entry.
 */
export function manifestEntries(manifest: Record<string, unknown>): Map<string, string> {
  const byHash = new Map<string, string>();
  for (const [id, text] of Object.entries(manifest)) {
    const hash = id.replace(/^sha256:/, '');
    if (typeof text !== 'string' || sha256Hex(text) !== hash) throw new Error(`persisted operation ${id} is not the SHA-256 of its text`);
    byHash.set(hash, text);
  }
  return byHash;
}

export function persistedModeFromEnv(env: NodeJS.ProcessEnv = process.env): PersistedMode {
  const mode = (env.MERIDIAN_PERSISTED_OPERATIONS ?? 'browsers').trim() as PersistedMode;
  if (!PERSISTED_MODES.includes(mode)) throw new Error(`MERIDIAN_PERSISTED_OPERATIONS must be one of ${PERSISTED_MODES.join(', ')}, not "${mode}"`);
  return mode;
}

/**
 * The mode and manifest from MERIDIAN_PERSISTED_OPERATIONS and MERIDIAN_PERSISTED_OPERATIONS_FILE
 * (default the console's, web/src/gql/persisted-documents.json). A mode that limits callers
 * without a manifest to limit them to is refused at start.
 */
export function loadPersistedOperations(opts: { mode?: PersistedMode; manifest?: Record<string, unknown>; file?: string } = {}): PersistedOperations {
  const mode = opts.mode ?? persistedModeFromEnv();
  if (opts.manifest) return { mode, byHash: manifestEntries(opts.manifest) };
  const file = opts.file ?? process.env.MERIDIAN_PERSISTED_OPERATIONS_FILE ?? CONSOLE_MANIFEST_PATH;
  if (!existsSync(file)) {
    if (mode === 'off') return { mode, byHash: new Map() };
    throw new Error(`MERIDIAN_PERSISTED_OPERATIONS=${mode} needs the console's operation manifest, ${file} (npm run codegen writes it)`);
  }
  return { mode, byHash: manifestEntries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) };
}
