import { labelMatcher } from '../kube/labels.ts';

/** Predicates lists filter with while they page (applied before a page is filled). */

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
