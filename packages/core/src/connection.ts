import { badInput } from './errors.ts';
import { labelMatcher } from './kube/labels.ts';

/**
 * Cursor connections (Relay style: first/after, edges, pageInfo, totalCount) over indexes that
 * are kept sorted as data changes — never over a list copied and sorted per request.
 *
 * A cursor is an opaque encoding of the last item's sort key plus its name (the tie-breaker),
 * not an offset. Paging resumes strictly after that key, so items added or removed between
 * two page requests never cause duplicates or skips among the items that stayed.
 */

export type SortDirection = 'ASC' | 'DESC';

export interface SortOrder<F extends string = string> {
  field: F;
  direction: SortDirection;
}

/** [primary sort value, name]; for a sort by name both are the name. */
export type SortKey = readonly [string | number, string];

export function compareKeys(a: SortKey, b: SortKey): number {
  if (a[0] !== b[0]) return a[0] < b[0] ? -1 : 1;
  if (a[1] !== b[1]) return a[1] < b[1] ? -1 : 1;
  return 0;
}

/**
 * Keys kept in ascending order with binary-search insert/remove: O(log n) to find a cursor's
 * position, O(n) memmove per insert — cheap next to the object itself, and done once per
 * change rather than once per request.
 */
export class SortedKeys {
  private keys: SortKey[] = [];

  get size(): number {
    return this.keys.length;
  }

  /** Index of the first key >= `key`. */
  private lowerBound(key: SortKey): number {
    let lo = 0;
    let hi = this.keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compareKeys(this.keys[mid], key) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  insert(key: SortKey): void {
    const i = this.lowerBound(key);
    if (i < this.keys.length && compareKeys(this.keys[i], key) === 0) return;
    this.keys.splice(i, 0, key);
  }

  remove(key: SortKey): void {
    const i = this.lowerBound(key);
    if (i < this.keys.length && compareKeys(this.keys[i], key) === 0) this.keys.splice(i, 1);
  }

  /** Keys in `direction` order, strictly after `after` in that order. Lazy: no copy. */
  *walk(direction: SortDirection, after?: SortKey): Generator<SortKey> {
    if (direction === 'ASC') {
      let i = 0;
      if (after) {
        i = this.lowerBound(after);
        if (i < this.keys.length && compareKeys(this.keys[i], after) === 0) i++;
      }
      for (; i < this.keys.length; i++) yield this.keys[i];
    } else {
      let i = this.keys.length - 1;
      if (after) i = this.lowerBound(after) - 1; // the last key strictly below `after`
      for (; i >= 0; i--) yield this.keys[i];
    }
  }
}

/** Anything a connection can page through: items in sort order after a key. */
export interface OrderedSource<T> {
  /** Number of items before filtering. */
  size: number;
  walk(order: SortOrder, after?: SortKey): Iterable<T>;
  keyOf(item: T, order: SortOrder): SortKey;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export interface Connection<T> {
  edges: Edge<T>[];
  nodes: T[];
  pageInfo: PageInfo;
  /** A getter, so a filtered count (a scan of the index) runs only if the client asks for it. */
  readonly totalCount: number;
}

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 500;

export function encodeCursor(order: SortOrder, key: SortKey): string {
  return Buffer.from(JSON.stringify([order.field, order.direction, key[0], key[1]])).toString('base64url');
}

export function decodeCursor(cursor: string, order: SortOrder): SortKey {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badInput('The "after" cursor is not one this API issued.', 'after');
  }
  if (
    !Array.isArray(parsed) ||
    parsed.length !== 4 ||
    (typeof parsed[2] !== 'string' && typeof parsed[2] !== 'number') ||
    typeof parsed[3] !== 'string'
  ) {
    throw badInput('The "after" cursor is not one this API issued.', 'after');
  }
  if (parsed[0] !== order.field || parsed[1] !== order.direction) {
    throw badInput('The "after" cursor belongs to a different sort order; start again without it.', 'after');
  }
  return [parsed[2], parsed[3]];
}

export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw badInput(`"first" must be between 0 and ${MAX_PAGE_SIZE}.`, 'first');
  }
  return first;
}

/**
 * One page of `source` in `order`, after the cursor, keeping items that pass `filter`. Walks
 * only as far as needed to fill the page (plus one item, to know whether there is a next page).
 */
export function paginate<T>(
  source: OrderedSource<T>,
  args: PageArgs & { order: SortOrder; filter?: (item: T) => boolean },
): Connection<T> {
  const limit = pageSize(args.first);
  const after = args.after ? decodeCursor(args.after, args.order) : undefined;
  const filter = args.filter;
  const edges: Edge<T>[] = [];
  let hasNextPage = false;
  for (const item of source.walk(args.order, after)) {
    if (filter && !filter(item)) continue;
    if (edges.length === limit) {
      hasNextPage = true;
      break;
    }
    edges.push({ node: item, cursor: encodeCursor(args.order, source.keyOf(item, args.order)) });
  }
  let counted: number | undefined;
  return {
    edges,
    nodes: edges.map((e) => e.node),
    pageInfo: {
      hasNextPage,
      hasPreviousPage: !!after,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    get totalCount() {
      if (counted !== undefined) return counted;
      if (!filter) return (counted = source.size);
      let n = 0;
      for (const item of source.walk(args.order)) if (filter(item)) n++;
      return (counted = n);
    },
  };
}

/** Combines optional predicates into one (undefined when there is nothing to filter). */
export function allOf<T>(...predicates: (((item: T) => boolean) | undefined | false)[]): ((item: T) => boolean) | undefined {
  const ps = predicates.filter((p): p is (item: T) => boolean => typeof p === 'function');
  if (!ps.length) return undefined;
  return (item) => ps.every((p) => p(item));
}

/** Case-insensitive substring match on a name; undefined when no filter was given. */
export function nameContains<T>(needle: string | null | undefined, nameOf: (item: T) => string): ((item: T) => boolean) | undefined {
  if (!needle) return undefined;
  const n = needle.toLowerCase();
  return (item) => nameOf(item).toLowerCase().includes(n);
}

/** Items whose labels match a Kubernetes label selector; BAD_USER_INPUT if it is malformed. */
export function labelSelectorFilter<T>(
  selector: string | null | undefined,
  labelsOf: (item: T) => Record<string, string> | undefined,
): ((item: T) => boolean) | undefined {
  if (!selector || !selector.trim()) return undefined;
  const matches = labelMatcher(selector);
  return (item) => matches(labelsOf(item));
}
