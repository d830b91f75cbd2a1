import { parseAllDocuments } from 'yaml';

/**
 * Arguments as they go into an audit record: anything that could be a secret is replaced by
 * REDACTED, decided by the argument's or field's name (a denylist), so a new mutation with a
 * `password` or a `privateKey` is covered without anyone remembering to list it.
 */
export const REDACTED = '[REDACTED]';

/** Names (lowercase, without `-` and `_`) whose value is always a secret. */
// callbackurl: finishOidcLogin's URL carries the provider's authorization code.
const DENIED = new Set(['password', 'passphrase', 'token', 'secret', 'privatekey', 'kubeconfig', 'credentials', 'stringdata', 'apikey', 'callbackurl']);
/** A name ending in one of these is a secret too: oldPassword, accessToken, clientSecret, bindPassword. */
const DENIED_SUFFIXES = ['password', 'passphrase', 'token', 'secret', 'privatekey', 'kubeconfig', 'credentials', 'apikey'];
/** In a Secret (a manifest of kind Secret, or a mutation about one) these hold its values. */
const SECRET_VALUES = new Set(['data', 'binarydata', 'stringdata']);

const normalise = (name: string) => name.toLowerCase().replace(/[-_]/g, '');

export function isDeniedName(name: string): boolean {
  const n = normalise(name);
  return DENIED.has(n) || DENIED_SUFFIXES.some((s) => n.endsWith(s));
}

/** YAML arguments (applyYaml, updateObject) are recorded as their documents, redacted. */
const YAML_ARGUMENTS = new Set(['yaml']);
const MAX_YAML = 256 * 1024;

function redactYaml(text: string): unknown {
  if (text.length > MAX_YAML) return `[YAML of ${text.length} characters, not recorded]`;
  try {
    const docs = parseAllDocuments(text);
    if (!Array.isArray(docs) || docs.some((d) => d.errors.length)) return '[unreadable YAML]';
    return docs.map((d) => redactValue(d.toJS(), false));
  } catch {
    // Unparsable text could still hold a secret: record only that it was there.
    return '[unreadable YAML]';
  }
}

/** `https://user:password@host/...` (a Git URL, say): the user information goes. */
const URL_CREDENTIALS = /(\b[a-z][a-z0-9+.-]*:\/\/)[^/@\s]+@/gi;

function redactValue(value: unknown, inSecret: boolean): unknown {
  if (typeof value === 'string') return value.replace(URL_CREDENTIALS, `$1${REDACTED}@`);
  if (Array.isArray(value)) return value.map((v) => redactValue(v, inSecret));
  if (!value || typeof value !== 'object' || value instanceof Date) return value;
  const obj = value as Record<string, unknown>;
  const secretObject = inSecret || obj.kind === 'Secret';
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(obj)) {
    if (isDeniedName(key) || (secretObject && SECRET_VALUES.has(normalise(key)))) out[key] = REDACTED;
    else if (YAML_ARGUMENTS.has(key) && typeof v === 'string') out[key] = redactYaml(v);
    else out[key] = redactValue(v, false);
  }
  return out;
}

/**
 * A mutation's arguments without secrets. `field` is the mutation's name: for one about Secrets
 * (createSecret) the values (`data`, `stringData`, ...) of its input are removed as well.
 */
export function redactArguments(field: string, args: Record<string, unknown>): Record<string, unknown> {
  const aboutSecrets = /secret/i.test(field);
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(args)) {
    if (isDeniedName(key)) out[key] = REDACTED;
    else if (YAML_ARGUMENTS.has(key) && typeof v === 'string') out[key] = redactYaml(v);
    else out[key] = redactValue(v, aboutSecrets && !!v && typeof v === 'object');
  }
  return out;
}
