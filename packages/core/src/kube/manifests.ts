import type { GraphQLError } from 'graphql';
import { LineCounter, parseAllDocuments, stringify } from 'yaml';
import { badInput } from '../errors.ts';
import type { KubeObject } from './cache.ts';
import { apiVersionOf, type KindDescriptor } from './kinds/index.ts';

/**
 * Manifests as people write them (YAML, one or more documents) and objects as Meridian shows
 * them (YAML without managedFields). Every refusal is BAD_USER_INPUT with where it is:
 * `extensions.line` (1-based, in the text given) and `extensions.field` (a manifest path).
 */

export interface Manifest {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; resourceVersion?: string; [k: string]: unknown };
  [k: string]: unknown;
}

export interface ParsedManifest {
  manifest: Manifest;
  /** The line its document starts on. */
  line: number;
}

/** The most text and documents one call takes. */
export const MAX_YAML_BYTES = 1024 * 1024;
export const MAX_DOCUMENTS = 100;

/** BAD_USER_INPUT at a line (and a field, when one is to blame). */
export function manifestError(message: string, line: number, field = 'yaml'): GraphQLError {
  const err = badInput(`${message} (line ${line})`, field);
  err.extensions.line = line;
  return err;
}

// DNS-1123 subdomain, what the API server requires of most names.
const NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/** A name the API server could take (≤ 253 characters, DNS-1123 subdomain); BAD_USER_INPUT naming `field` if not. */
export function checkObjectName(name: unknown, field: string, line?: number): string {
  const why =
    typeof name !== 'string' || !name ? 'is required' : name.length > 253 ? `is ${name.length} characters long (at most 253)` : !NAME.test(name) ? 'must be lower-case letters, digits, "-" and "." (DNS-1123)' : undefined;
  if (!why) return name as string;
  const message = `The name ${typeof name === 'string' && name ? `"${name.slice(0, 80)}" ` : ''}${why}.`;
  throw line === undefined ? badInput(message, field) : manifestError(message, line, field);
}

/** Parses YAML text into manifests; BAD_USER_INPUT with the line of the first problem. */
export function parseManifests(text: string): ParsedManifest[] {
  if (Buffer.byteLength(text, 'utf8') > MAX_YAML_BYTES) throw badInput(`The YAML is larger than ${MAX_YAML_BYTES} bytes.`, 'yaml');
  const lines = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  const list = Array.isArray(docs) ? docs : [];
  if (list.length > MAX_DOCUMENTS) throw badInput(`At most ${MAX_DOCUMENTS} YAML documents at a time.`, 'yaml');
  const out: ParsedManifest[] = [];
  for (const doc of list) {
    const line = lines.linePos(doc.range[0]).line;
    const problem = doc.errors[0];
    if (problem) throw manifestError(`Malformed YAML: ${problem.message.split('\n')[0]}`, lines.linePos(problem.pos[0]).line);
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: 50 });
    } catch (err) {
      throw manifestError(`Malformed YAML: ${(err as Error).message}`, line);
    }
    if (value === null || value === undefined) continue; // an empty document (e.g. a trailing ---)
    out.push({ manifest: checkManifest(value, line), line });
  }
  if (!out.length) throw badInput('The YAML holds no object.', 'yaml');
  return out;
}

// resource.Quantity's grammar (k8s.io/apimachinery): 100m, 1.5, 128Mi, 1e3.
const QUANTITY = /^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)(([KMGTPE]i)|[numkMGTPE]|[eE][+-]?[0-9]+)?$/;
const QUANTITY_MAPS = new Set(['requests', 'limits', 'capacity', 'allocatable', 'hard', 'default', 'defaultRequest', 'min', 'max', 'maxLimitRequestRatio']);

/**
 * Resource quantities (`resources.requests.cpu`, `hard.pods`, …) must parse: the API server
 * answers a malformed one with a 500 (it fails converting the object), not with a 422 naming it.
 * BAD_USER_INPUT naming the field instead.
 */
export function checkQuantities(value: unknown, line?: number, path = ''): void {
  if (!value || typeof value !== 'object') return;
  for (const [key, child] of Object.entries(value)) {
    const here = Array.isArray(value) ? `${path}[${key}]` : path ? `${path}.${key}` : key;
    if (!Array.isArray(value) && QUANTITY_MAPS.has(key) && child && typeof child === 'object' && !Array.isArray(child)) {
      for (const [resource, q] of Object.entries(child)) {
        if (typeof q === 'number' || (typeof q === 'string' && QUANTITY.test(q))) continue;
        const message = `${here}.${resource}: "${String(q).slice(0, 50)}" is not a quantity (e.g. 100m, 0.5, 128Mi, 1Gi).`;
        throw line === undefined ? badInput(message, `${here}.${resource}`) : manifestError(message, line, `${here}.${resource}`);
      }
    } else checkQuantities(child, line, here);
  }
}

/** The shape every manifest must have before it goes to the API server. */
function checkManifest(value: unknown, line: number): Manifest {
  if (typeof value !== 'object' || Array.isArray(value)) throw manifestError('A manifest must be a mapping (apiVersion, kind, metadata, …).', line);
  const m = value as Record<string, unknown>;
  if (typeof m.apiVersion !== 'string' || !m.apiVersion) throw manifestError('apiVersion is required.', line, 'apiVersion');
  if (typeof m.kind !== 'string' || !m.kind) throw manifestError('kind is required.', line, 'kind');
  const md = m.metadata;
  if (typeof md !== 'object' || md === null || Array.isArray(md)) throw manifestError('metadata is required (with a name).', line, 'metadata');
  const meta = md as Record<string, unknown>;
  checkObjectName(meta.name, 'metadata.name', line);
  if (meta.namespace !== undefined && typeof meta.namespace !== 'string') throw manifestError('metadata.namespace must be a string.', line, 'metadata.namespace');
  checkQuantities(m, line);
  return m as Manifest;
}

/** An object as YAML: apiVersion and kind first, managedFields never. */
export function toYaml(kind: KindDescriptor, obj: KubeObject): string {
  const { apiVersion: _a, kind: _k, metadata, ...rest } = obj as KubeObject & Record<string, unknown>;
  const { managedFields: _m, ...meta } = metadata ?? {};
  return stringify({ apiVersion: apiVersionOf(kind), kind: kind.kind, metadata: meta, ...rest }, { aliasDuplicateObjects: false });
}
