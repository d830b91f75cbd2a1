import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * Does the field being resolved select any of `names` (through inline fragments and fragment
 * spreads too)? `Pod.metrics` / `Project.metrics` load their instant values (one query per
 * metric) only when a client asks for them, not for a dashboard that reads `series` only.
 */
export function selectsAny(info: GraphQLResolveInfo, names: ReadonlySet<string>): boolean {
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode | undefined): boolean =>
    !!set?.selections.some((s) => {
      if (s.kind === Kind.FIELD) return names.has(s.name.value);
      if (s.kind === Kind.INLINE_FRAGMENT) return walk(s.selectionSet);
      if (seen.has(s.name.value)) return false;
      seen.add(s.name.value);
      return walk(info.fragments[s.name.value]?.selectionSet);
    });
  return info.fieldNodes.some((n) => walk(n.selectionSet));
}
