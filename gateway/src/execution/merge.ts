/**
 * The merged data of one request, built from subgraph answers that other requests may share
 * (in-flight deduplication hands several requests the same parsed answer). Nothing here ever
 * writes into a shared answer: an object or list is written only once this request owns it,
 * and it comes to own one by copying it (shallowly) into its place in the tree the first time a
 * fetch has to write under it. Subtrees nobody writes under stay shared, uncopied.
 */
export class MergedData {
  readonly root: Record<string, unknown> = {};
  private readonly owned = new Set<object>([this.root]);

  /** The value at parent[key], copied into place first if this request does not own it yet. */
  private own(parent: Record<string, unknown> | unknown[], key: string | number): unknown {
    const value = (parent as Record<string | number, unknown>)[key];
    if (value === null || typeof value !== 'object' || this.owned.has(value)) return value;
    const copy: object = Array.isArray(value) ? value.slice() : { ...(value as object) };
    this.owned.add(copy);
    if (key === '__proto__') Object.defineProperty(parent, key, { value: copy, enumerable: true, writable: true, configurable: true });
    else (parent as Record<string | number, unknown>)[key] = copy;
    return copy;
  }

  /**
   * The objects at a plan path (`users.@.reviews.@.product`: `@` walks into a list), owned so
   * that a fetch may merge into them, nulls left out. Like @apollo/gateway's
   * flattenResultsAtPath; a path that ends on a list yields its elements.
   */
  objectsAt(path: readonly (string | number)[]): Record<string, unknown>[] {
    const out: Record<string, unknown>[] = [];
    this.collect(this.root, path, 0, out);
    return out;
  }

  private collect(value: unknown, path: readonly (string | number)[], at: number, out: Record<string, unknown>[]) {
    if (value === null || value === undefined) return;
    if (at === path.length) {
      if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) {
          const element = this.own(value, i);
          if (element !== null && element !== undefined) out.push(element as Record<string, unknown>);
        }
      } else {
        out.push(value as Record<string, unknown>);
      }
      return;
    }
    const step = path[at];
    if (step === '@') {
      if (!Array.isArray(value)) return;
      for (let i = 0; i < value.length; i++) this.collect(this.own(value, i), path, at + 1, out);
      return;
    }
    if (Array.isArray(value) || typeof value !== 'object' || !Object.prototype.hasOwnProperty.call(value, step)) return;
    this.collect(this.own(value as Record<string, unknown>, step), path, at + 1, out);
  }

  /**
   * Merges a (possibly shared) answer into an object this request owns: @apollo/gateway's
   * deepMerge rules (objects merge key by key, equal-length lists element by element, anything
   * else replaces), copying whatever it has to write into.
   */
  merge(target: Record<string, unknown> | unknown[], source: unknown): void {
    if (source === undefined || source === null || typeof source !== 'object') return;
    const into = target as Record<string | number, unknown>;
    for (const key of Object.keys(source)) {
      const incoming = (source as Record<string, unknown>)[key];
      if (incoming === undefined) continue;
      const existing = Object.prototype.hasOwnProperty.call(into, key) ? into[key] : undefined;
      if (existing && isPlainObject(incoming)) {
        const owned = this.own(into, key);
        if (owned !== null && typeof owned === 'object') this.merge(owned as Record<string, unknown>, incoming);
        else this.set(into, key, incoming);
      } else if (Array.isArray(incoming) && Array.isArray(existing) && incoming.length === existing.length) {
        const list = this.own(into, key) as unknown[];
        for (let i = 0; i < incoming.length; i++) {
          if (isPlainObject(list[i]) && isPlainObject(incoming[i])) this.merge(this.own(list, i) as Record<string, unknown>, incoming[i]);
          else list[i] = incoming[i];
        }
      } else {
        this.set(into, key, incoming);
      }
    }
  }

  private set(target: Record<string | number, unknown>, key: string, value: unknown) {
    if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
    else target[key] = value;
  }
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);
