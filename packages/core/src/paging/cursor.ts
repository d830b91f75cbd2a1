import { createHmac, timingSafeEqual } from 'node:crypto';
import { config } from '../config.ts';
import { badInput } from '../errors.ts';

/**
 * Opaque cursors, signed so that an edited or made-up one is refused (BAD_USER_INPUT) rather
 * than silently resuming somewhere else. Two kinds:
 * - keyset: the last item's sort key and its unique tie-breaker (name, id). Paging resumes
 *   strictly after it, so rows added or removed between pages never cause duplicates or gaps
 *   among the rows that stayed. For every source that can seek in sort order (Postgres, the
 *   Kubernetes cache indexes).
 * - offset: the position of the item, for sources that only page by position (Jenkins' `{M,N}`
 *   ranges, Elasticsearch's `from`).
 * Every cursor names the list and order it came from (`scope`); using it with another is refused.
 * Cursors carry no authority: every page is still filtered by what the caller may see.
 */

/** [primary sort value, unique tie-breaker]; for a sort by name both are the name. */
export type SortKey = readonly [string | number, string];

type Payload = { k: 'key'; s: string; v: SortKey } | { k: 'off'; s: string; o: number };

const MAC_BYTES = 12;
let macKey: Buffer | undefined;

/** A key of its own for cursors, derived from the internal key (never the identity-signing key itself). */
function mac(data: string): Buffer {
  macKey ??= createHmac('sha256', config.internalKey).update('meridian paging cursor v1').digest();
  return createHmac('sha256', macKey).update(data).digest().subarray(0, MAC_BYTES);
}

function encode(payload: Payload): string {
  const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
  return `${body}.${mac(body).toString('base64url')}`;
}

const notOurs = () => badInput('The "after" cursor is not one this list issued (malformed or altered); start again without it.', 'after');

function decode(cursor: string, kind: Payload['k'], scope: string): Payload {
  const [body, sig, extra] = cursor.split('.');
  if (!body || !sig || extra !== undefined) throw notOurs();
  const given = Buffer.from(sig, 'base64url');
  if (given.length !== MAC_BYTES || !timingSafeEqual(given, mac(body))) throw notOurs();
  let payload: Payload;
  try {
    payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Payload;
  } catch {
    throw notOurs();
  }
  if (payload?.k !== kind || payload.s !== scope) {
    throw badInput('The "after" cursor belongs to another list or sort order; start again without it.', 'after');
  }
  return payload;
}

export function keysetCursor(scope: string, key: SortKey): string {
  return encode({ k: 'key', s: scope, v: key });
}

export function decodeKeysetCursor(cursor: string, scope: string): SortKey {
  const p = decode(cursor, 'key', scope);
  const v = p.k === 'key' ? p.v : undefined;
  if (!Array.isArray(v) || v.length !== 2 || (typeof v[0] !== 'string' && typeof v[0] !== 'number') || typeof v[1] !== 'string') throw notOurs();
  return [v[0], v[1]];
}

/** The cursor of the item at `offset` (0-based) of a list. */
export function offsetCursor(scope: string, offset: number): string {
  return encode({ k: 'off', s: scope, o: offset });
}

/** The offset of the item the cursor points at. */
export function decodeOffsetCursor(cursor: string, scope: string): number {
  const p = decode(cursor, 'off', scope);
  const o = p.k === 'off' ? p.o : undefined;
  if (!Number.isSafeInteger(o) || (o as number) < 0) throw notOurs();
  return o as number;
}
