import type { SortDirection } from './connection.ts';
import type { SortKey } from './cursor.ts';

export function compareKeys(a: SortKey, b: SortKey): number {
  if (a[0] !== b[0]) return a[0] < b[0] ? -1 : 1;
  if (a[1] !== b[1]) return a[1] < b[1] ? -1 : 1;
  return 0;
}

/**
 * Keys kept in ascending order with binary-search insert/remove: O(log n) to find a cursor's
 * position, O(n) memmove per insert — cheap next to the object itself, and done once per
 * change rather than once per request. Used by the Kubernetes cache indexes.
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
